#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// One audited action: who, when, from where, which op, old and new value, why.
struct AuditEntry
{
    qint64 id = 0; // assigned when written
    QDateTime at;
    std::optional<qint64> userId;
    QString clientAddress;
    QString op;
    QString entity;
    std::optional<qint64> entityId;
    QJsonValue oldValue = QJsonValue::Undefined;
    QJsonValue newValue = QJsonValue::Undefined;
    QString reason;
};

struct AuditFilter
{
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<qint64> userId;
    QString op;
    int limit = 100;
};

// What `audit verify` found: rows checked and the first row whose hash does not hold.
struct AuditVerification
{
    qint64 rowsChecked = 0;
    std::optional<qint64> firstBrokenId;
};

// The append-only, hash-chained audit_log. append() runs in the caller's transaction so
// the row commits or rolls back with the change it records.
class AuditLog
{
public:
    explicit AuditLog(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> append(const AuditEntry& entry) const;
    // The same row, sent with the transaction's COMMIT (SqlRunner::execAtCommit): one round
    // trip less, and the chain's lock is held only while the transaction commits.
    Status appendAtCommit(const AuditEntry& entry) const;
    Result<QList<AuditEntry>> list(const AuditFilter& filter) const;
    Result<AuditVerification> verify() const;

private:
    QSqlDatabase m_db;
};
