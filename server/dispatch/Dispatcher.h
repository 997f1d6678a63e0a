#pragma once

#include "app/ServerSettings.h"
#include "dispatch/OpRegistry.h"
#include "protocol/Message.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Who sent a request, as the network side knows it.
struct CallerInfo
{
    QString clientAddress;
    QString clientName;
    qint64 sessionId = 0;
};

// What the network side needs back: the reply and what happened to the sign-in.
struct DispatchOutcome
{
    Reply reply;
    SessionChange sessionChange;
    std::optional<SubscriptionChange> subscriptionChange;
    int replyDelayMs = 0;
};

// Authentication, permission, scope, transaction and audit around every handler: the
// single place where access is decided. Runs on a database worker thread.
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)
public:
    Dispatcher(const OpRegistry& registry, const ServerSettings& settings);

    DispatchOutcome run(QSqlDatabase& db, const Request& request, const CallerInfo& caller) const;

private:
    Result<QCborValue> authorizeAndHandle(RequestContext& context, const OpSpec& spec,
                                          const Request& request, const CallerInfo& caller) const;
    // Runs the handler at most once per user and idempotency key.
    Result<QCborValue> handleOnce(RequestContext& context, const OpSpec& spec, const QCborMap& args,
                                  const QString& key) const;

    const OpRegistry& m_registry;
    const ServerSettings& m_settings;
};
