#pragma once

#include "core/Result.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// A user account as the server works with it.
struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString passwordHash;
    QString fullName;
    bool mustChangePassword = false;
    bool disabled = false;
    RoleSet roles;
};

// What it takes to create an account.
struct NewUser
{
    QString login;
    QString passwordHash;
    QString fullName;
    RoleSet roles;
    bool mustChangePassword = true;
};

// Accounts and their roles (tables app_user, user_role).
class UserStore
{
public:
    explicit UserStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<std::optional<UserRecord>> findByLogin(const QString& login) const;
    Result<std::optional<UserRecord>> findById(qint64 userId) const;
    Result<QList<UserRecord>> list() const;
    Result<qint64> create(const NewUser& user, const QDateTime& now,
                          std::optional<qint64> createdBy) const;
    Status setPassword(qint64 userId, const QString& passwordHash, bool mustChangePassword,
                       const QDateTime& now, std::optional<qint64> changedBy) const;
    Status setDisabled(qint64 userId, bool disabled, const QDateTime& now,
                       std::optional<qint64> changedBy) const;

private:
    Result<std::optional<UserRecord>> findOne(const QString& condition,
                                              const QVariant& value) const;
    QSqlDatabase m_db;
};
