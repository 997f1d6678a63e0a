#include "console/UserAdmin.h"

#include "auth/PasswordHasher.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/SessionStore.h"
#include "storage/UserStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>

namespace {
// Runs `change` in one transaction with its audit row; rolls back on any failure.
template <typename T, typename Change> Result<T> inTransaction(QSqlDatabase db, Change change)
{
    if (!db.transaction())
        return makeError(ErrorCode::Internal, db.lastError().text());
    Result<T> result = change();
    if (!result.ok() || !db.commit()) {
        db.rollback();
        if (result.ok())
            return makeError(ErrorCode::Internal, db.lastError().text());
    }
    return result;
}

AuditEntry consoleEntry(const QString& op, qint64 userId, const QDateTime& now)
{
    AuditEntry entry;
    entry.at = now;
    entry.clientAddress = QString::fromLatin1(UserAdmin::kConsoleAddress);
    entry.op = op;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    return entry;
}
} // namespace

Result<qint64> UserAdmin::addUser(const QString& login, const QString& password,
                                  const QString& fullName, const RoleSet& roles,
                                  bool mustChangePassword) const
{
    if (login.trimmed().isEmpty() || roles.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("A user needs a login and at least one role."));
    const QDateTime now = Clock::current().now();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        const UserStore users(m_db);
        auto existing = users.findByLogin(login);
        if (!existing)
            return existing.error();
        if (existing.value())
            return makeError(ErrorCode::Conflict, tr("The login %1 is taken.").arg(login));
        NewUser user{login.trimmed(), PasswordHasher::hash(password), fullName, roles,
                     mustChangePassword};
        auto id = users.create(user, now, std::nullopt);
        if (!id)
            return id;
        AuditEntry entry = consoleEntry(QStringLiteral("console.user_add"), *id, now);
        entry.newValue =
            QJsonObject{{QStringLiteral("login"), user.login},
                        {QStringLiteral("full_name"), fullName},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(roles.codes())}};
        if (auto audited = AuditLog(m_db).append(entry); !audited)
            return audited.error();
        return id;
    });
}

Status UserAdmin::setPassword(const QString& login, const QString& password,
                              bool mustChangePassword) const
{
    const QDateTime now = Clock::current().now();
    return inTransaction<Done>(m_db, [&]() -> Status {
        const UserStore users(m_db);
        auto user = users.findByLogin(login);
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorCode::NotFound, tr("No user with the login %1.").arg(login));
        const qint64 id = user.value()->id;
        if (auto saved = users.setPassword(id, PasswordHasher::hash(password), mustChangePassword,
                                           now, std::nullopt);
            !saved)
            return saved;
        if (auto revoked = SessionStore(m_db).revokeAllOfUser(id, now); !revoked)
            return revoked;
        if (auto audited =
                AuditLog(m_db).append(consoleEntry(QStringLiteral("console.user_passwd"), id, now));
            !audited)
            return audited.error();
        return Done{};
    });
}

Status UserAdmin::disable(const QString& login) const
{
    const QDateTime now = Clock::current().now();
    return inTransaction<Done>(m_db, [&]() -> Status {
        const UserStore users(m_db);
        auto user = users.findByLogin(login);
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorCode::NotFound, tr("No user with the login %1.").arg(login));
        const qint64 id = user.value()->id;
        if (auto saved = users.setDisabled(id, true, now, std::nullopt); !saved)
            return saved;
        if (auto revoked = SessionStore(m_db).revokeAllOfUser(id, now); !revoked)
            return revoked;
        if (auto audited = AuditLog(m_db).append(
                consoleEntry(QStringLiteral("console.user_disable"), id, now));
            !audited)
            return audited.error();
        return Done{};
    });
}
