#pragma once

#include "core/Result.h"
#include "storage/SqlRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <vector>

struct pg_conn; // libpq's PGconn

// One SELECT and its positional bind values, to be sent with others (SqlRunner::rowsOfEach).
struct SqlRead
{
    QString statement;
    QVariantList values;
};

// Runs one statement with positional bind values and turns a failure into an Error;
// the storage layer's only way to talk to PostgreSQL. A QString bind value is always
// text (empty, never NULL); pass an invalid QVariant() for SQL NULL.
class SqlRunner
{
public:
    // Streamed: rows arrive one at a time (QPSQL's single-row mode: one PGresult a row),
    // for reads too large to hold. Buffered: the whole result at once, far cheaper a row
    // for the few thousand rows of a journal.
    enum class Fetch
    {
        Streamed,
        Buffered
    };

    // Kept: prepared once per connection, one generic plan (the connection's
    // plan_cache_mode); a statement without values is sent as it is (it may be a script).
    // Always: kept prepared even without values (one statement: rows(), rowsOfEach()).
    // OneOff: the values written into the statement, planned for them each time: for a search
    // whose best plan depends on its values (a date range, a LIMIT).
    enum class Prepare
    {
        Kept,
        Always,
        OneOff
    };

    explicit SqlRunner(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<QSqlQuery> exec(const QString& statement, const QVariantList& values = {},
                           Fetch fetch = Fetch::Streamed, Prepare prepare = Prepare::Kept) const;
    // The whole result of a SELECT read straight from libpq (see SqlRows): for reads of
    // thousands of values. While a streamed QSqlQuery of this connection is still reading,
    // it refuses (internal error) rather than cut that query short.
    Result<SqlRows> rows(const QString& statement, const QVariantList& values) const;
    // The whole result of each SELECT, in order, all sent in one string and one round trip
    // ("EXECUTE a; EXECUTE b; …"): for a request that needs several reads none of which
    // depends on another's rows. Fails as a whole when any of them fails.
    // The reads `alongside` (their results follow the others') run at the same time on the
    // connection's companion (setCompanion), outside this transaction: only for a request that
    // has written nothing. Without a companion that works, they travel in the same string.
    Result<std::vector<SqlRows>> rowsOfEach(const QList<SqlRead>& reads,
                                            const QList<SqlRead>& alongside = {}) const;
    // A second connection of the same thread on which rowsOfEach() runs reads alongside
    // those of `db`, so that PostgreSQL works on both at once. An invalid one: none.
    static void setCompanion(const QSqlDatabase& db, const QSqlDatabase& companion);
    // Whether the connection is open and its libpq connection is not lost.
    static bool usable(const QSqlDatabase& db);
    // Queues a statement to travel with this transaction's COMMIT ("EXECUTE …; COMMIT" in one
    // round trip): for a row that must commit with the change and whose result nobody reads
    // (the audit row). When it fails, nothing of the transaction commits. rollback() drops it.
    Status execAtCommit(const QString& statement, const QVariantList& values) const;

    // Pending: queued and not sent yet. Held: it ran and succeeded. Failed: it failed (then
    // the statement it travelled with did not run) or the string it was in did not parse.
    enum class Confirmation
    {
        None,
        Pending,
        Held,
        Failed
    };
    // Queues a statement that must hold before anything of the transaction runs: it travels
    // in front of the next statement ("BEGIN; EXECUTE check; EXECUTE next" in one round trip),
    // or with the COMMIT when no statement runs. It fails (raises an error) when what it checks
    // does not hold. confirmation() tells what came of it until the next transaction begins.
    Status confirmWithNextStatement(const QString& statement, const QVariantList& values) const;
    static Confirmation confirmation(const QSqlDatabase& db);
    // Statements stay prepared per connection; a connection just opened or about to close
    // has none, and no pending BEGIN (its libpq handle may reuse the address of an earlier one).
    static void forgetPrepared(const QSqlDatabase& db);
    // The first row's first column, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& statement, const QVariantList& values = {}) const;

    // A transaction whose BEGIN travels with its first statement ("BEGIN; EXECUTE …" in one
    // round trip): every request opens one. commit() and rollback() end it; when no
    // statement ran, nothing was begun and nothing is sent (unless a statement waits for
    // the commit: then "BEGIN; …; COMMIT").
    static void beginWithNextStatement(const QSqlDatabase& db);
    // Whether a statement or the COMMIT of this connection's transaction failed because
    // PostgreSQL ended the transaction to break a deadlock or a serialization conflict with
    // another one (SQLSTATE 40P01, 40001): run again, the same work may well succeed. Until
    // the next transaction begins.
    static bool lostToAnotherTransaction(const QSqlDatabase& db);
    static Status commit(QSqlDatabase& db);
    static void rollback(QSqlDatabase& db);

private:
    Error failureOf(const pg_result* result, bool leadingFailed, bool prepared) const;
    // Reads as one string: their statements (prepared on first use), how many, and whether
    // any is a kept prepared statement.
    struct ReadsText
    {
        QString text;
        int count = 0;
        bool anyPrepared = false;
    };
    Result<ReadsText> textOf(const QList<SqlRead>& reads) const;
    Result<std::vector<SqlRows>> rowsInOneString(const QList<SqlRead>& reads) const;
    // `alsoRead`: a connection whose results are taken in meanwhile (rowsOfEach's companion).
    Result<std::vector<SqlRows>> rowsOfText(const ReadsText& reads, pg_conn* alsoRead) const;
    Result<QString> textToSend(const QString& statement, const QVariantList& values,
                               Prepare prepare, QString* name) const;
    // The text of a kept statement that a later string carries (execAtCommit, confirm…).
    Result<QString> textToSendLater(const QString& statement, const QVariantList& values) const;

    QSqlDatabase m_db;
};

// A bind value that is SQL NULL when the id is absent.
inline QVariant sqlNullable(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

// A bind value that is SQL NULL for the id 0 (no row).
inline QVariant sqlNullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}
