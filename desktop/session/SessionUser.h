#pragma once

#include "domain/Role.h"

#include <QCborMap>
#include <QString>

// The signed-in person as the server described them (auth.login, auth.resume, me).
struct SessionUser
{
    qint64 id = 0;
    QString login;
    QString fullName;
    RoleSet roles;

    bool isValid() const { return id != 0 || !login.isEmpty(); }
    // Reads `{id, login, full_name, roles[]}`.
    static SessionUser fromCbor(const QCborMap& map);
};
