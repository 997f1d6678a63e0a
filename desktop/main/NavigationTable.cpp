#include "main/NavigationTable.h"

#include <QCoreApplication>

#include <array>

namespace {
using Section = NavigationTable::Section;

struct Entry
{
    Section section;
    const char* title; // translated in NavigationTable::title
    RoleSet roles;     // empty: everyone
};

const std::array<Entry, 9>& table()
{
    static const std::array<Entry, 9> entries{{
        {Section::Journal,
         QT_TRANSLATE_NOOP("NavigationTable", "Journal"),
         {Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director}},
        {Section::Diary,
         QT_TRANSLATE_NOOP("NavigationTable", "Diary"),
         {Role::Student, Role::Parent}},
        {Section::Timetable, QT_TRANSLATE_NOOP("NavigationTable", "Timetable"), {}},
        {Section::ClassesAndStudents,
         QT_TRANSLATE_NOOP("NavigationTable", "Classes and students"),
         {Role::Secretary, Role::Deputy, Role::Director, Role::Admin, Role::ClassTeacher}},
        {Section::SchoolStructure,
         QT_TRANSLATE_NOOP("NavigationTable", "School structure"),
         {Role::Deputy, Role::Director, Role::Admin}},
        {Section::Reports,
         QT_TRANSLATE_NOOP("NavigationTable", "Reports"),
         {Role::Deputy, Role::Director, Role::ClassTeacher}},
        {Section::Users,
         QT_TRANSLATE_NOOP("NavigationTable", "Users"),
         {Role::Admin, Role::ClassTeacher}},
        {Section::AuditLog,
         QT_TRANSLATE_NOOP("NavigationTable", "Audit log"),
         {Role::Deputy, Role::Director, Role::Admin}},
        {Section::Profile, QT_TRANSLATE_NOOP("NavigationTable", "Profile"), {}},
    }};
    return entries;
}
} // namespace

QList<NavigationTable::Section> NavigationTable::sectionsFor(RoleSet roles)
{
    QList<Section> sections;
    for (const Entry& entry : table()) {
        if (entry.roles.isEmpty() || entry.roles.intersects(roles))
            sections.append(entry.section);
    }
    return sections;
}

QList<NavigationTable::Section> NavigationTable::allSections()
{
    QList<Section> sections;
    for (const Entry& entry : table())
        sections.append(entry.section);
    return sections;
}

QString NavigationTable::title(Section section)
{
    for (const Entry& entry : table()) {
        if (entry.section == section)
            return QCoreApplication::translate("NavigationTable", entry.title);
    }
    return {};
}
