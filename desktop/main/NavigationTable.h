#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>

// Which sections of the main window each role sees: the one table of that mapping.
class NavigationTable
{
public:
    enum class Section
    {
        Journal,
        Diary,
        Timetable,
        ClassesAndStudents,
        SchoolStructure,
        Reports,
        Users,
        AuditLog,
        Profile,
    };

    // Sections open to a user holding `roles`, in the order the navigation lists them.
    static QList<Section> sectionsFor(RoleSet roles);
    static QList<Section> allSections();
    static QString title(Section section);
};
