#include "main/RoleNames.h"

#include <QStringList>

QString RoleNames::name(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("administrator");
    case Role::Director:
        return tr("director");
    case Role::Deputy:
        return tr("deputy director");
    case Role::Secretary:
        return tr("secretary");
    case Role::Teacher:
        return tr("teacher");
    case Role::ClassTeacher:
        return tr("class teacher");
    case Role::Student:
        return tr("student");
    case Role::Parent:
        return tr("parent");
    }
    return roleCode(role);
}

QString RoleNames::list(RoleSet roles)
{
    QStringList names;
    for (Role role : roles.toList())
        names.append(name(role));
    return names.join(QStringLiteral(", "));
}
