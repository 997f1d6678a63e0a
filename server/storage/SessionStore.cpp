#include "storage/SessionStore.h"

#include "storage/SqlRunner.h"

#include <algorithm>

Result<qint64> SessionStore::create(const QByteArray& tokenHash, qint64 userId,
                                    const QString& clientAddress, const QString& clientName,
                                    const QDateTime& now) const
{
    auto id = SqlRunner(m_db).scalar(
        QStringLiteral("INSERT INTO session (token_hash, user_id, client_address, client_name, "
                       "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {tokenHash, userId, clientAddress, clientName, now, now});
    if (!id)
        return id.error();
    return id->toLongLong();
}

namespace {
// The live session (not revoked, not idle too long, its user enabled) as of the first value,
// its user and roles; and, as a second step of the same statement, its last activity recorded
// anew when it is kTouchIntervalSeconds old (values: the idle limit, now, the touch limit).
// Reads do not write: last_seen_at moves only when it is that old, so most requests run a
// read-only transaction whose commit waits for no WAL flush.
QString liveSession(const QString& condition)
{
    return QStringLiteral(
               "WITH found AS (SELECT s.id, u.id AS user_id, u.login, u.full_name, "
               "  u.must_change_password, coalesce((SELECT string_agg(r.role, ',' "
               "  ORDER BY r.role COLLATE \"C\") FROM user_role r WHERE r.user_id = u.id), '') "
               "  AS roles, s.last_seen_at "
               "  FROM session s JOIN app_user u ON u.id = s.user_id "
               "  WHERE %1 AND s.revoked_at IS NULL AND s.last_seen_at > ? AND NOT u.disabled), "
               "touched AS (UPDATE session SET last_seen_at = ? "
               "  WHERE id IN (SELECT id FROM found WHERE last_seen_at <= ?)) ")
        .arg(condition);
}

// The roles as liveSession() lists them.
QString roleCodes(const RoleSet& roles)
{
    QStringList codes = roles.codes();
    std::sort(codes.begin(), codes.end());
    return codes.join(QLatin1Char(','));
}
} // namespace

Result<std::optional<AuthenticatedSession>> SessionStore::touch(const QString& condition,
                                                                const QVariant& key,
                                                                const QDateTime& now,
                                                                int idleTimeoutSeconds) const
{
    auto result = SqlRunner(m_db).exec(
        liveSession(condition) +
            QStringLiteral(
                "SELECT id, user_id, login, full_name, must_change_password, roles FROM found"),
        {key, now.addSecs(-idleTimeoutSeconds), now, now.addSecs(-kTouchIntervalSeconds)});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    if (!query.next())
        return std::optional<AuthenticatedSession>();
    AuthenticatedSession session;
    session.sessionId = query.value(0).toLongLong();
    session.user.id = query.value(1).toLongLong();
    session.user.login = query.value(2).toString();
    session.user.fullName = query.value(3).toString();
    session.user.mustChangePassword = query.value(4).toBool();
    session.user.roles =
        RoleSet::fromCodes(query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return std::optional<AuthenticatedSession>(session);
}

Result<std::optional<AuthenticatedSession>>
SessionStore::authenticate(qint64 sessionId, const QDateTime& now, int idleTimeoutSeconds) const
{
    return touch(QStringLiteral("s.id = ?"), sessionId, now, idleTimeoutSeconds);
}

Status SessionStore::confirmWithNextStatement(const AuthenticatedSession& known,
                                              const QDateTime& now, int idleTimeoutSeconds) const
{
    // 1 / 0 when the session is gone or its user differs in anything a request relies on.
    const UserRecord& user = known.user;
    return SqlRunner(m_db).confirmWithNextStatement(
        liveSession(QStringLiteral("s.id = ?")) +
            QStringLiteral("SELECT 1 / count(*) FROM found WHERE user_id = ? AND login = ? AND "
                           "full_name = ? AND must_change_password = ? AND roles = ?"),
        {known.sessionId, now.addSecs(-idleTimeoutSeconds), now,
         now.addSecs(-kTouchIntervalSeconds), user.id, user.login, user.fullName,
         user.mustChangePassword, roleCodes(user.roles)});
}

Result<std::optional<AuthenticatedSession>> SessionStore::resume(const QByteArray& tokenHash,
                                                                 const QDateTime& now,
                                                                 int idleTimeoutSeconds) const
{
    return touch(QStringLiteral("s.token_hash = ?"), tokenHash, now, idleTimeoutSeconds);
}

Status SessionStore::revoke(qint64 sessionId, const QDateTime& now) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("UPDATE session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        {now, sessionId});
    if (!result)
        return result.error();
    return Done{};
}

Status SessionStore::revokeAllOfUser(qint64 userId, const QDateTime& now) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "UPDATE session SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
        {now, userId});
    if (!result)
        return result.error();
    return Done{};
}
