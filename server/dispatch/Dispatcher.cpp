#include "dispatch/Dispatcher.h"

#include "core/Clock.h"
#include "storage/IdempotencyStore.h"
#include "storage/SqlRunner.h"

namespace {
const QString kIdempotencyKey = QStringLiteral("idempotency_key");
// A UUID (36 characters) fits; shorter keys collide too easily.
constexpr qsizetype kIdempotencyKeyMinLength = 16;
constexpr qsizetype kIdempotencyKeyMaxLength = 64;
} // namespace

Dispatcher::Dispatcher(const OpRegistry& registry, const ServerSettings& settings,
                       JournalAnswerCache* journalAnswers)
    : m_registry(registry)
    , m_settings(settings)
    , m_journalAnswers(journalAnswers)
{}

DispatchOutcome Dispatcher::run(QSqlDatabase& db, const Request& request,
                                const CallerInfo& caller) const
{
    DispatchOutcome outcome;
    const OpSpec* spec = m_registry.find(request.op);
    if (!spec) {
        outcome.reply =
            Reply::failure(request.id, makeError(ErrorCode::BadRequest,
                                                 tr("Unknown operation: %1").arg(request.op)));
        return outcome;
    }
    if (!db.isOpen()) {
        outcome.reply = Reply::failure(
            request.id, makeError(ErrorCode::Unavailable,
                                  tr("The database is not available. Try again later.")));
        return outcome;
    }
    // A transaction PostgreSQL ended to break a deadlock or a serialization conflict rolled
    // back whole: the request runs again (the other transaction has gone on meanwhile).
    for (int run = 1;; ++run) {
        DispatchOutcome ran = runOnce(db, *spec, request, caller);
        if (ran.reply.ok || run == kRunsAfterConflicts || !SqlRunner::lostToAnotherTransaction(db))
            return ran;
        ++m_conflictRuns;
    }
}

DispatchOutcome Dispatcher::runOnce(QSqlDatabase& db, const OpSpec& spec, const Request& request,
                                    const CallerInfo& caller) const
{
    if (caller.sessionId != 0 && caller.knownSession &&
        caller.knownSession->sessionId == caller.sessionId) {
        ++m_assumedSessionRuns;
        if (auto assumed = attempt(db, spec, request, caller, true))
            return *assumed;
        ++m_secondRuns;
    }
    return *attempt(db, spec, request, caller, false);
}

std::optional<DispatchOutcome> Dispatcher::attempt(QSqlDatabase& db, const OpSpec& spec,
                                                   const Request& request, const CallerInfo& caller,
                                                   bool assumeKnownSession) const
{
    // The request's transaction; its BEGIN rides on the first statement (the session check,
    // or, for a known session, the first statement of the handler with its confirmation).
    SqlRunner::beginWithNextStatement(db);
    RequestContext context;
    context.db = db;
    context.now = Clock::current().now();
    context.clientAddress = caller.clientAddress;
    context.clientName = caller.clientName;
    context.settings = &m_settings;
    context.registry = &m_registry;
    context.journalAnswers = m_journalAnswers;

    const Result<QCborValue> result =
        authorizeAndHandle(context, spec, request, caller, assumeKnownSession);
    // Whatever the known session let the request decide or read stands only if it held.
    const auto held = [&] {
        return !assumeKnownSession || SqlRunner::confirmation(db) == SqlRunner::Confirmation::Held;
    };
    const bool keep = result.ok() || context.commitOnError;
    if (!held() && !keep) {
        SqlRunner::rollback(db);
        return std::nullopt;
    }
    DispatchOutcome outcome;
    if (keep) {
        if (const Status committed = SqlRunner::commit(db); !committed) {
            SqlRunner::rollback(db);
            if (!held())
                return std::nullopt;
            Error error = committed.error();
            if (error.code == ErrorCode::Internal)
                error.message = tr("The change could not be saved: %1").arg(error.message);
            outcome.reply = Reply::failure(request.id, error);
            return outcome;
        }
    } else {
        SqlRunner::rollback(db);
    }
    outcome.reply = result.ok() ? Reply::success(request.id, result.value())
                                : Reply::failure(request.id, result.error());
    if (result.ok())
        outcome.reply.encodedResult = std::move(context.encodedResult);
    outcome.sessionChange = context.sessionChange;
    if (result.ok())
        outcome.subscriptionChange = context.subscriptionChange;
    outcome.replyDelayMs = context.replyDelayMs;
    outcome.session = context.session;
    return outcome;
}

Result<QCborValue> Dispatcher::authorizeAndHandle(RequestContext& context, const OpSpec& spec,
                                                  const Request& request, const CallerInfo& caller,
                                                  bool assumeKnownSession) const
{
    if (assumeKnownSession) {
        context.session = caller.knownSession;
        if (auto queued = SessionStore(context.db)
                              .confirmWithNextStatement(*caller.knownSession, context.now,
                                                        m_settings.sessionIdleTimeoutSeconds);
            !queued)
            return queued.error(); // not confirmed: checked again
    } else if (caller.sessionId != 0) {
        auto session =
            SessionStore(context.db)
                .authenticate(caller.sessionId, context.now, m_settings.sessionIdleTimeoutSeconds);
        if (!session)
            return session.error();
        context.session = session.value();
        if (!context.session)
            context.sessionChange.kind = SessionChange::Kind::SignedOut;
    }
    const bool signedIn = context.session.has_value();
    if (spec.access != Access::Anyone && !signedIn) {
        return makeError(ErrorCode::Unauthenticated,
                         caller.sessionId != 0 ? tr("Your session has ended. Please sign in again.")
                                               : tr("Please sign in first."));
    }
    if (!OpRegistry::permits(spec, signedIn ? context.user().roles : RoleSet(), signedIn))
        return makeError(ErrorCode::Forbidden,
                         tr("You are not allowed to do this (%1).").arg(spec.name));
    if (signedIn && context.user().mustChangePassword && !spec.allowedBeforePasswordChange)
        return makeError(ErrorCode::Forbidden, tr("Change your initial password first."));
    // The key is the dispatcher's: handlers, scope checks and audit rows see the args without it.
    QCborMap args = request.args;
    const QCborValue key = args.take(kIdempotencyKey);
    if (!key.isUndefined()) {
        if (!spec.idempotent)
            return makeError(
                ErrorCode::BadRequest,
                tr("The operation %1 does not take an idempotency key.").arg(spec.name));
        const QString text = key.toString();
        if (!key.isString() || text.size() < kIdempotencyKeyMinLength ||
            text.size() > kIdempotencyKeyMaxLength)
            return makeError(ErrorCode::BadRequest,
                             tr("An idempotency key is text of %1 to %2 characters.")
                                 .arg(kIdempotencyKeyMinLength)
                                 .arg(kIdempotencyKeyMaxLength));
    }
    if (spec.scope) {
        if (auto refused = spec.scope(context, args))
            return *refused;
    }
    if (key.isUndefined() || !signedIn)
        return spec.handler(context, args);
    return handleOnce(context, spec, args, key.toString());
}

bool Dispatcher::purgeDue(const QDateTime& now) const
{
    // Every edit with a key used to purge: one statement more for every mark a desktop sends.
    // An hour's delay changes nothing for keys kept 30 days. A clock set back purges at once.
    constexpr qint64 kPurgeIntervalMs = 3'600'000;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 last = m_lastKeyPurgeMs.load();
    if (last != 0 && nowMs >= last && nowMs - last < kPurgeIntervalMs)
        return false;
    return m_lastKeyPurgeMs.compare_exchange_strong(last, nowMs);
}

Result<QCborValue> Dispatcher::handleOnce(RequestContext& context, const OpSpec& spec,
                                          const QCborMap& args, const QString& key) const
{
    const IdempotencyStore store(context.db);
    const qint64 userId = context.userId();
    auto claimed = store.claim(userId, key, spec.name, context.now);
    if (!claimed)
        return claimed.error();
    if (const auto& stored = claimed.value()) {
        if (stored->op != spec.name)
            return makeError(ErrorCode::BadRequest,
                             tr("This idempotency key was already used for %1.").arg(stored->op));
        return stored->result; // applied before: the same reply, nothing applied again
    }
    const Result<QCborValue> result = spec.handler(context, args);
    if (result) {
        if (auto kept = store.complete(userId, key, result.value()); !kept)
            return kept.error();
        if (purgeDue(context.now)) {
            const QDateTime cutoff = context.now.addDays(-m_settings.idempotencyKeyRetentionDays);
            if (auto purged = store.purgeOlderThan(cutoff); !purged)
                return purged.error();
        }
    } else if (context.commitOnError) {
        // Errors are not kept: the refused edit may be sent again once fixed.
        if (auto forgotten = store.forget(userId, key); !forgotten)
            return forgotten.error();
    }
    return result;
}
