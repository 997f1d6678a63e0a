#pragma once

#include "domain/Role.h"

#include <QCoreApplication>
#include <QString>

// Roles as people read them («классный руководитель»), translated.
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    static QString name(Role role);
    // "teacher, class teacher" in the order of R17.
    static QString list(RoleSet roles);
};
