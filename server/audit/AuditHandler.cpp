// The audit ops: audit.list for the deputy, the director and the administrator.
#include "dispatch/OpRegistry.h"
#include "protocol/OpNames.h"
#include "storage/AuditLog.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace {

constexpr int kDefaultAuditRows = 100;
constexpr int kMaxAuditRows = 1000;

class AuditHandler
{
    Q_DECLARE_TR_FUNCTIONS(AuditHandler)
public:
    static Result<QCborValue> list(RequestContext& context, const QCborMap& args);
};

std::optional<QDateTime> timestampArg(const QCborMap& args, const char* key, bool* valid)
{
    const QCborValue value = args.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!parsed.isValid()) {
        *valid = false;
        return std::nullopt;
    }
    return parsed.toUTC();
}

QCborMap entryToCbor(const AuditEntry& entry)
{
    QCborMap map;
    map.insert(QStringLiteral("id"), entry.id);
    map.insert(QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs));
    map.insert(QStringLiteral("user_id"),
               entry.userId ? QCborValue(*entry.userId) : QCborValue(nullptr));
    map.insert(QStringLiteral("address"), entry.clientAddress);
    map.insert(QStringLiteral("op"), entry.op);
    map.insert(QStringLiteral("entity"), entry.entity);
    map.insert(QStringLiteral("entity_id"),
               entry.entityId ? QCborValue(*entry.entityId) : QCborValue(nullptr));
    map.insert(QStringLiteral("old"), entry.oldValue.isUndefined()
                                          ? QCborValue(nullptr)
                                          : QCborValue::fromJsonValue(entry.oldValue));
    map.insert(QStringLiteral("new"), entry.newValue.isUndefined()
                                          ? QCborValue(nullptr)
                                          : QCborValue::fromJsonValue(entry.newValue));
    map.insert(QStringLiteral("reason"), entry.reason);
    return map;
}

Result<QCborValue> AuditHandler::list(RequestContext& context, const QCborMap& args)
{
    bool valid = true;
    AuditFilter filter;
    filter.from = timestampArg(args, "from", &valid);
    filter.to = timestampArg(args, "to", &valid);
    if (!valid)
        return makeError(ErrorCode::BadRequest, tr("Dates must be given as ISO 8601 timestamps."));
    if (args.contains(QStringLiteral("user_id")))
        filter.userId = args.value(QStringLiteral("user_id")).toInteger();
    filter.op = args.value(QStringLiteral("op")).toString();
    filter.limit = int(args.value(QStringLiteral("limit")).toInteger(kDefaultAuditRows));
    if (filter.limit < 1 || filter.limit > kMaxAuditRows)
        return makeError(ErrorCode::BadRequest,
                         tr("The limit must be between 1 and %1.").arg(kMaxAuditRows));
    auto entries = AuditLog(context.db).list(filter);
    if (!entries)
        return entries.error();
    QCborArray rows;
    for (const AuditEntry& entry : entries.value())
        rows.append(entryToCbor(entry));
    return QCborValue(QCborMap{{QStringLiteral("rows"), rows}});
}

} // namespace

void registerAuditOps(OpRegistry& registry)
{
    registry.add({QString::fromLatin1(Op::AuditList),
                  Access::Roles,
                  RoleSet{Role::Deputy, Role::Director, Role::Admin},
                  &AuditHandler::list,
                  {},
                  false});
}
