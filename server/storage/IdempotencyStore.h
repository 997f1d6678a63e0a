#pragma once

#include "core/Result.h"

#include <QCborValue>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// What an idempotency key already names: the op it was first used for and that op's
// successful result.
struct StoredReply
{
    QString op;
    QCborValue result;
};

// Write requests already applied, per user and idempotency key, with their results (R30):
// a repeated request is answered from here instead of being applied again.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    // Takes the key in the request's transaction: nullopt when it is new (apply the request,
    // then complete() or forget()), the stored reply when it was applied before. A
    // concurrent request with the same key waits here until the first one's transaction ends.
    Result<std::optional<StoredReply>> claim(qint64 userId, const QString& key, const QString& op,
                                             const QDateTime& now) const;
    // Keeps the result of the request that claimed the key.
    Status complete(qint64 userId, const QString& key, const QCborValue& result) const;
    // Gives a claimed key back (the request failed but its transaction is kept).
    Status forget(qint64 userId, const QString& key) const;
    // Drops keys older than `cutoff`; a request repeated after that is applied again.
    Status purgeOlderThan(const QDateTime& cutoff) const;

private:
    QSqlDatabase m_db;
};
