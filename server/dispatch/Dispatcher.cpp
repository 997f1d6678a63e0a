#include "dispatch/Dispatcher.h"

#include "core/Clock.h"

#include <QSqlError>

Dispatcher::Dispatcher(const OpRegistry& registry, const ServerSettings& settings)
    : m_registry(registry)
    , m_settings(settings)
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
    if (!db.isOpen() || !db.transaction()) {
        outcome.reply = Reply::failure(
            request.id, makeError(ErrorCode::Unavailable,
                                  tr("The database is not available. Try again later.")));
        return outcome;
    }
    RequestContext context;
    context.db = db;
    context.now = Clock::current().now();
    context.clientAddress = caller.clientAddress;
    context.clientName = caller.clientName;
    context.settings = &m_settings;
    context.registry = &m_registry;

    const Result<QCborValue> result = authorizeAndHandle(context, *spec, request, caller);
    const bool keep = result.ok() || context.commitOnError;
    if (keep && !db.commit()) {
        db.rollback();
        outcome.reply = Reply::failure(
            request.id,
            makeError(ErrorCode::Internal,
                      tr("The change could not be saved: %1").arg(db.lastError().text())));
        return outcome;
    }
    if (!keep)
        db.rollback();
    outcome.reply = result.ok() ? Reply::success(request.id, result.value())
                                : Reply::failure(request.id, result.error());
    if (result.ok())
        outcome.reply.encodedResult = std::move(context.encodedResult);
    outcome.sessionChange = context.sessionChange;
    if (result.ok())
        outcome.subscriptionChange = context.subscriptionChange;
    outcome.replyDelayMs = context.replyDelayMs;
    return outcome;
}

Result<QCborValue> Dispatcher::authorizeAndHandle(RequestContext& context, const OpSpec& spec,
                                                  const Request& request,
                                                  const CallerInfo& caller) const
{
    if (caller.sessionId != 0) {
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
    if (spec.scope) {
        if (auto refused = spec.scope(context, request.args))
            return *refused;
    }
    return spec.handler(context, request.args);
}
