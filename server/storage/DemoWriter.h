#pragma once

#include "core/Result.h"
#include "storage/AuditLog.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

struct DemoSchoolPlan;

// Writes a generated demo school into a fresh school database: multi-row INSERTs with
// bound values, ids reserved from the sequences up front, all in one transaction with
// one audit row.
class DemoWriter
{
public:
    using Progress = std::function<void(const QString& step)>;
    // One password hash per account of the plan, in its order; may block until ready.
    using PasswordHashes = std::function<QStringList()>;

    explicit DemoWriter(const QSqlDatabase& db, Progress progress = {})
        : m_db(db)
        , m_progress(std::move(progress))
    {}

    Status write(const DemoSchoolPlan& plan, const PasswordHashes& passwordHashes,
                 const QDateTime& now, const AuditEntry& audit) const;

private:
    Status writeAll(const DemoSchoolPlan& plan, const PasswordHashes& passwordHashes,
                    const QDateTime& now, const AuditEntry& audit) const;

    QSqlDatabase m_db;
    Progress m_progress;
};
