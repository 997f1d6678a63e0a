#pragma once

#include "domain/Role.h"

#include <QCborMap>
#include <QList>
#include <QString>

// One account as user.list describes it.
struct UserAccount
{
    qint64 id = 0;
    QString login;
    QString fullName;
    RoleSet roles;
    bool disabled = false;
    qint64 studentId = 0;
    QList<qint64> children;

    static UserAccount fromCbor(const QCborMap& map);
};
