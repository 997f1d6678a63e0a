#pragma once

#include "app/ServerSettings.h"
#include "core/Result.h"
#include "storage/AuditLog.h"
#include "storage/SessionStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class JournalAnswerCache;
class OpRegistry;

// What a handler changed about the connection's sign-in.
struct SessionChange
{
    enum class Kind
    {
        None,
        SignedIn,
        SignedOut
    };
    Kind kind = Kind::None;
    qint64 sessionId = 0;
};

// A journal the connection starts or stops following (journal.subscribe / unsubscribe).
struct SubscriptionChange
{
    qint64 assignmentId = 0;
    bool subscribe = true;
};

// Everything a handler may use for one request, prepared by the dispatcher on a worker
// thread inside the request's transaction.
struct RequestContext
{
    QSqlDatabase db;
    QDateTime now;
    QString clientAddress;
    QString clientName;
    std::optional<AuthenticatedSession> session;
    const ServerSettings* settings = nullptr;
    const OpRegistry* registry = nullptr;
    // The server's kept journal.get answers (shared by its workers; thread-safe).
    JournalAnswerCache* journalAnswers = nullptr;

    // Set by handlers:
    SessionChange sessionChange;
    std::optional<SubscriptionChange> subscriptionChange;
    // Keep what the handler wrote even though it answers with an error (failed sign-in).
    bool commitOnError = false;
    // A large result the handler encoded as CBOR itself (it then returns QCborValue()).
    QByteArray encodedResult;
    int replyDelayMs = 0;

    qint64 userId() const { return session ? session->user.id : 0; }
    // The school's calendar date now (the server runs in the school's time zone).
    QDate today() const { return now.toLocalTime().date(); }
    const UserRecord& user() const { return session->user; }
    // Writes an audit row in this request's transaction, stamped with who, when, where; it
    // travels with the COMMIT, and when it cannot be written nothing of the request commits.
    Status audit(AuditEntry entry) const
    {
        entry.at = now;
        if (!entry.userId && session)
            entry.userId = session->user.id;
        entry.clientAddress = clientAddress;
        return AuditLog(db).appendAtCommit(entry);
    }
};
