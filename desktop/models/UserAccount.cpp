#include "models/UserAccount.h"

#include <QCborArray>

UserAccount UserAccount::fromCbor(const QCborMap& map)
{
    UserAccount account;
    account.id = map.value(QStringLiteral("id")).toInteger();
    account.login = map.value(QStringLiteral("login")).toString();
    account.fullName = map.value(QStringLiteral("full_name")).toString();
    QStringList codes;
    for (const QCborValue& code : map.value(QStringLiteral("roles")).toArray())
        codes.append(code.toString());
    account.roles = RoleSet::fromCodes(codes);
    account.disabled = map.value(QStringLiteral("disabled")).toBool();
    account.studentId = map.value(QStringLiteral("student_id")).toInteger();
    for (const QCborValue& child : map.value(QStringLiteral("children")).toArray())
        account.children.append(child.isMap()
                                    ? child.toMap().value(QStringLiteral("id")).toInteger()
                                    : child.toInteger());
    return account;
}
