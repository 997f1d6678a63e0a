#include "storage/AuditLog.h"

#include "storage/SqlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Audited writes of one user extend one chain; users spread over this many chains, and
// rows without a user (console, failed sign-ins) go to chain 0.
constexpr qint64 kUserChains = 16;

qint64 chainOf(const AuditEntry& entry)
{
    return entry.userId ? 1 + *entry.userId % kUserChains : 0;
}

QVariant jsonParameter(const QJsonValue& value)
{
    if (value.isUndefined())
        return QVariant();
    QJsonDocument document;
    if (value.isObject())
        document = QJsonDocument(value.toObject());
    else if (value.isArray())
        document = QJsonDocument(value.toArray());
    else // scalars: wrap and strip, QJsonDocument only holds containers
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue jsonFromText(const QVariant& text)
{
    if (text.isNull())
        return QJsonValue::Undefined;
    const QByteArray wrapped = "[" + text.toString().toUtf8() + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}
} // namespace

namespace {
// audit_append() (sql/0007) takes the chain's advisory lock (one key per chain, so that a
// chain grows in one order across transactions and server instances), reads its last hash and
// inserts the row.
const QString kAppend = QStringLiteral(
    "SELECT audit_append(?::integer, ?::timestamptz, ?::bigint, ?::text, ?::text, ?::text, "
    "?::bigint, ?::jsonb, ?::jsonb, ?::text)");

QVariantList appendValues(const AuditEntry& entry)
{
    return {chainOf(entry),
            entry.at,
            sqlNullable(entry.userId),
            entry.clientAddress,
            entry.op,
            entry.entity,
            sqlNullable(entry.entityId),
            jsonParameter(entry.oldValue),
            jsonParameter(entry.newValue),
            entry.reason};
}
} // namespace

Result<qint64> AuditLog::append(const AuditEntry& entry) const
{
    auto id = SqlRunner(m_db).scalar(kAppend, appendValues(entry));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status AuditLog::appendAtCommit(const AuditEntry& entry) const
{
    return SqlRunner(m_db).execAtCommit(kAppend, appendValues(entry));
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter) const
{
    QStringList conditions{QStringLiteral("TRUE")};
    QVariantList values;
    if (filter.from) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(*filter.from);
    }
    if (filter.to) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(*filter.to);
    }
    if (filter.userId) {
        conditions.append(QStringLiteral("user_id = ?"));
        values.append(*filter.userId);
    }
    if (!filter.op.isEmpty()) {
        conditions.append(QStringLiteral("op = ?"));
        values.append(filter.op);
    }
    values.append(filter.limit);
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT id, at, user_id, client_address, op, entity, entity_id, "
                       "old_value::text, new_value::text, reason FROM audit_log WHERE %1 "
                       "ORDER BY id DESC LIMIT ?")
            .arg(conditions.join(QStringLiteral(" AND "))),
        values, SqlRunner::Fetch::Streamed,
        SqlRunner::Prepare::OneOff); // the best plan depends on the range and the limit
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = query.value(1).toDateTime().toUTC();
        if (!query.value(2).isNull())
            entry.userId = query.value(2).toLongLong();
        entry.clientAddress = query.value(3).toString();
        entry.op = query.value(4).toString();
        entry.entity = query.value(5).toString();
        if (!query.value(6).isNull())
            entry.entityId = query.value(6).toLongLong();
        entry.oldValue = jsonFromText(query.value(7));
        entry.newValue = jsonFromText(query.value(8));
        entry.reason = query.value(9).toString();
        entries.append(entry);
    }
    return entries;
}

Result<AuditVerification> AuditLog::verify() const
{
    auto result = SqlRunner(m_db).exec(QStringLiteral(
        "SELECT id, "
        "  row_hash = sha256(prev_hash || convert_to(audit_row_content(id, at, user_id, "
        "    client_address, op, entity, entity_id, old_value, new_value, reason), 'UTF8')), "
        "  prev_hash = coalesce(lag(row_hash) OVER (PARTITION BY chain ORDER BY id), "
        "    '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea) "
        "FROM audit_log ORDER BY id"));
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    AuditVerification verification;
    while (query.next()) {
        ++verification.rowsChecked;
        if (!verification.firstBrokenId && (!query.value(1).toBool() || !query.value(2).toBool()))
            verification.firstBrokenId = query.value(0).toLongLong();
    }
    return verification;
}
