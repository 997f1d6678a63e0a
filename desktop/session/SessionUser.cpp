#include "session/SessionUser.h"

#include <QCborArray>

SessionUser SessionUser::fromCbor(const QCborMap& map)
{
    SessionUser user;
    user.id = map.value(QStringLiteral("id")).toInteger();
    user.login = map.value(QStringLiteral("login")).toString();
    user.fullName = map.value(QStringLiteral("full_name")).toString();
    QStringList codes;
    const QCborArray roles = map.value(QStringLiteral("roles")).toArray();
    for (const QCborValue& role : roles)
        codes.append(role.toString());
    user.roles = RoleSet::fromCodes(codes);
    return user;
}
