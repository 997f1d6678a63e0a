#pragma once

#include "core/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// Account changes made from the server console (init, demo, `user …`), each audited as
// done from the console in the same transaction.
class UserAdmin
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)
public:
    static constexpr char kConsoleAddress[] = "console";

    explicit UserAdmin(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> addUser(const QString& login, const QString& password, const QString& fullName,
                           const RoleSet& roles, bool mustChangePassword) const;
    Status setPassword(const QString& login, const QString& password,
                       bool mustChangePassword) const;
    Status disable(const QString& login) const;

private:
    QSqlDatabase m_db;
};
