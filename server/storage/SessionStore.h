#pragma once

#include "core/Result.h"
#include "storage/UserStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// A live session and the user it belongs to, as checked for a request.
struct AuthenticatedSession
{
    qint64 sessionId = 0;
    UserRecord user;
};

// How stale a session's recorded last activity may get before a request writes it anew.
constexpr int kTouchIntervalSeconds = 60;

// Sign-in sessions: only the SHA-256 of each token is stored.
class SessionStore
{
public:
    explicit SessionStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> create(const QByteArray& tokenHash, qint64 userId, const QString& clientAddress,
                          const QString& clientName, const QDateTime& now) const;
    // Refreshes a session that is neither revoked nor idle too long and whose user is
    // enabled; nullopt otherwise. One round trip per request. The last activity is
    // recorded to the minute (see kTouchIntervalSeconds), so a session may end up to a
    // minute before the idle timeout, never after it.
    Result<std::optional<AuthenticatedSession>> authenticate(qint64 sessionId, const QDateTime& now,
                                                             int idleTimeoutSeconds) const;
    // The same check for a session an earlier request of the connection found (`known`),
    // sent in front of the transaction's first statement (SqlRunner::confirmWithNextStatement,
    // no round trip of its own): it fails when the session has ended or its user's login,
    // name, roles or must-change-password flag differ from `known`.
    Status confirmWithNextStatement(const AuthenticatedSession& known, const QDateTime& now,
                                    int idleTimeoutSeconds) const;
    // The same check, for `auth.resume` by token.
    Result<std::optional<AuthenticatedSession>>
    resume(const QByteArray& tokenHash, const QDateTime& now, int idleTimeoutSeconds) const;
    Status revoke(qint64 sessionId, const QDateTime& now) const;
    // Ends every session of the user, e.g. after a password change.
    Status revokeAllOfUser(qint64 userId, const QDateTime& now) const;

private:
    Result<std::optional<AuthenticatedSession>> touch(const QString& condition, const QVariant& key,
                                                      const QDateTime& now,
                                                      int idleTimeoutSeconds) const;
    QSqlDatabase m_db;
};
