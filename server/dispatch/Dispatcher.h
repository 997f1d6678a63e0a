#pragma once

#include "app/ServerSettings.h"
#include "dispatch/OpRegistry.h"
#include "protocol/Message.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>

// Who sent a request, as the network side knows it.
struct CallerInfo
{
    QString clientAddress;
    QString clientName;
    qint64 sessionId = 0;
    // The session as the connection's previous request found it: confirmed with the request's
    // first statement instead of checked in a round trip of its own.
    std::optional<AuthenticatedSession> knownSession;
};

// What the network side needs back: the reply and what happened to the sign-in.
struct DispatchOutcome
{
    Reply reply;
    SessionChange sessionChange;
    std::optional<SubscriptionChange> subscriptionChange;
    int replyDelayMs = 0;
    // The session this request found live, for the connection's next request.
    std::optional<AuthenticatedSession> session;
};

class JournalAnswerCache;

// Authentication, permission, scope, transaction and audit around every handler: the
// single place where access is decided. Runs on a database worker thread.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)
public:
    // `journalAnswers`: the server's kept journal.get answers, handed to the handlers.
    Dispatcher(const OpRegistry& registry, const ServerSettings& settings,
               JournalAnswerCache* journalAnswers);

    DispatchOutcome run(QSqlDatabase& db, const Request& request, const CallerInfo& caller) const;

    // Requests run with a known session and, when that did not hold or the handler ended
    // before confirming it, run a second time with the session checked first (since start).
    qint64 assumedSessionRuns() const { return m_assumedSessionRuns.load(); }
    qint64 secondRuns() const { return m_secondRuns.load(); }
    // Requests run again after PostgreSQL ended their transaction for another's sake.
    qint64 conflictRuns() const { return m_conflictRuns.load(); }

private:
    // The most runs of one request whose transactions PostgreSQL keeps ending (deadlocks).
    static constexpr int kRunsAfterConflicts = 3;

    // The request with the connection's known session if it has one, else checked first.
    DispatchOutcome runOnce(QSqlDatabase& db, const OpSpec& spec, const Request& request,
                            const CallerInfo& caller) const;
    // One run of the request; nullopt when the known session it assumed did not hold and the
    // request must run again with the session checked first.
    std::optional<DispatchOutcome> attempt(QSqlDatabase& db, const OpSpec& spec,
                                           const Request& request, const CallerInfo& caller,
                                           bool assumeKnownSession) const;
    Result<QCborValue> authorizeAndHandle(RequestContext& context, const OpSpec& spec,
                                          const Request& request, const CallerInfo& caller,
                                          bool assumeKnownSession) const;
    // Runs the handler at most once per user and idempotency key.
    Result<QCborValue> handleOnce(RequestContext& context, const OpSpec& spec, const QCborMap& args,
                                  const QString& key) const;

    // Whether old idempotency keys are due to be purged now (at most once an hour by the
    // clock), and if so marks them purged as of `now`.
    bool purgeDue(const QDateTime& now) const;

    const OpRegistry& m_registry;
    const ServerSettings& m_settings;
    // When this server last purged old idempotency keys (ms since the epoch; 0: never).
    mutable std::atomic<qint64> m_lastKeyPurgeMs = 0;
    mutable std::atomic<qint64> m_assumedSessionRuns = 0;
    mutable std::atomic<qint64> m_secondRuns = 0;
    mutable std::atomic<qint64> m_conflictRuns = 0;
    JournalAnswerCache* const m_journalAnswers;
};
