#include "storage/IdempotencyStore.h"

#include "storage/SqlRunner.h"

#include <QCoreApplication>

Result<std::optional<StoredReply>> IdempotencyStore::claim(qint64 userId, const QString& key,
                                                           const QString& op,
                                                           const QDateTime& now) const
{
    const SqlRunner sql(m_db);
    // ON CONFLICT waits for an uncommitted row with the same key, so of two concurrent
    // requests only one inserts; the other then reads the committed reply.
    auto inserted = sql.exec(
        QStringLiteral("INSERT INTO idempotent_request (user_id, idempotency_key, op, created_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, idempotency_key) DO NOTHING "
                       "RETURNING user_id"),
        {userId, key, op, now});
    if (!inserted)
        return inserted.error();
    QSqlQuery insertQuery = std::move(inserted).value();
    if (insertQuery.next())
        return std::optional<StoredReply>();
    auto stored = sql.exec(QStringLiteral("SELECT op, reply FROM idempotent_request "
                                          "WHERE user_id = ? AND idempotency_key = ?"),
                           {userId, key});
    if (!stored)
        return stored.error();
    QSqlQuery query = std::move(stored).value();
    if (!query.next() || query.isNull(1)) {
        // Purged or given back between the two statements: the client simply tries again.
        return makeError(ErrorCode::Unavailable,
                         QCoreApplication::translate("IdempotencyStore",
                                                     "The same change is being saved. Try again."));
    }
    StoredReply reply;
    reply.op = query.value(0).toString();
    reply.result = QCborValue::fromCbor(query.value(1).toByteArray());
    return std::optional<StoredReply>(reply);
}

Status IdempotencyStore::complete(qint64 userId, const QString& key, const QCborValue& result) const
{
    auto updated = SqlRunner(m_db).exec(QStringLiteral("UPDATE idempotent_request SET reply = ? "
                                                       "WHERE user_id = ? AND idempotency_key = ?"),
                                        {result.toCbor(), userId, key});
    if (!updated)
        return updated.error();
    return Done{};
}

Status IdempotencyStore::forget(qint64 userId, const QString& key) const
{
    auto deleted = SqlRunner(m_db).exec(
        QStringLiteral("DELETE FROM idempotent_request WHERE user_id = ? AND idempotency_key = ?"),
        {userId, key});
    if (!deleted)
        return deleted.error();
    return Done{};
}

Status IdempotencyStore::purgeOlderThan(const QDateTime& cutoff) const
{
    auto deleted = SqlRunner(m_db).exec(
        QStringLiteral("DELETE FROM idempotent_request WHERE created_at < ?"), {cutoff});
    if (!deleted)
        return deleted.error();
    return Done{};
}
