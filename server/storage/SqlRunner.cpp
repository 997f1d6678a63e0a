#include "storage/SqlRunner.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>

#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>

namespace {
// Statements with more values than this (bulk inserts) are not worth keeping prepared.
constexpr qsizetype kMaxPreparedValues = 64;
constexpr qsizetype kMaxPreparedPerConnection = 500;
// PostgreSQL's "prepared statement does not exist": the connection was replaced.
const QString kUnknownStatement = QStringLiteral("26000");

// The literal QPSQL itself sends for a bound value: Qt "prepares" with PREPARE, runs
// EXECUTE name (literal, …) with each value formatted by QSqlDriver::formatValue, then
// DEALLOCATEs; we format the same literals, so escaping and meaning stay the same.
QString literalOf(const QSqlDriver& driver, const QVariant& value)
{
    // QPSQL sends a null QString as NULL; an empty text is what we mean.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("''");
    QSqlField field(QString(), value.metaType());
    if (!value.isNull())
        field.setValue(value);
    return driver.formatValue(field);
}

// The statement with each positional `?` outside quotes replaced by `$1`, `$2`, … (or,
// without a driver, by the literal of its value); nullopt when the placeholders and the
// values do not pair up.
std::optional<QString> substituted(const QString& statement, qsizetype valueCount,
                                   const QSqlDriver* driver, const QVariantList& values)
{
    QString text;
    text.reserve(statement.size() + valueCount * 8);
    qsizetype next = 0;
    QChar quote;
    for (const QChar character : statement) {
        if (!quote.isNull()) {
            if (character == quote)
                quote = QChar();
        } else if (character == QLatin1Char('\'') || character == QLatin1Char('"')) {
            quote = character;
        } else if (character == QLatin1Char('?')) {
            if (next >= valueCount)
                return std::nullopt;
            text +=
                driver ? literalOf(*driver, values.at(next)) : QStringLiteral("$%1").arg(next + 1);
            ++next;
            continue;
        }
        text += character;
    }
    if (next != valueCount || !quote.isNull())
        return std::nullopt;
    return text;
}

// The libpq connection behind a QSqlDatabase (QPSQL's handle); null when there is none.
PGconn* connectionOf(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return handle.isValid() ? *static_cast<PGconn* const*>(handle.constData()) : nullptr;
}

// What statements and transactions belong to: the libpq connection.
quintptr connectionKey(const QSqlDatabase& db)
{
    return reinterpret_cast<quintptr>(connectionOf(db));
}

// The server-side prepared statements of each connection of this thread (a QPSQL
// connection belongs to one thread), keyed by the libpq connection they live in.
class PreparedStatements
{
public:
    static PreparedStatements& ofThisThread()
    {
        static thread_local PreparedStatements statements;
        return statements;
    }

    // The name of `statement` prepared on this connection, preparing it on first use;
    // an empty name when it cannot be kept prepared (then run it with literals).
    QString nameFor(const QSqlDatabase& db, const QString& statement, qsizetype valueCount)
    {
        QHash<QString, QString>& names = m_names[connectionKey(db)];
        if (const auto found = names.constFind(statement); found != names.cend())
            return found.value();
        if (names.size() >= kMaxPreparedPerConnection)
            return {};
        const auto numbered = substituted(statement, valueCount, nullptr, {});
        if (!numbered)
            return {};
        const QString name = QStringLiteral("ej_%1").arg(names.size() + 1);
        QSqlQuery prepare(db);
        if (!prepare.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, *numbered)))
            return {}; // the one-off path reports the error
        names.insert(statement, name);
        return name;
    }

    void forget(const QSqlDatabase& db)
    {
        if (db.isValid() && db.driver())
            m_names.remove(connectionKey(db));
    }

private:
    QHash<quintptr, QHash<QString, QString>> m_names;
};

// The connections of this thread whose transaction is to begin with their next statement.
QSet<quintptr>& pendingBegins()
{
    static thread_local QSet<quintptr> connections;
    return connections;
}

// Takes the connection's pending BEGIN, if it has one.
bool takePendingBegin(const QSqlDatabase& db)
{
    return db.isValid() && db.driver() && pendingBegins().remove(connectionKey(db));
}

// The statements of this thread's connections that wait to be sent with their COMMIT.
QHash<quintptr, QStringList>& statementsAtCommit()
{
    static thread_local QHash<quintptr, QStringList> statements;
    return statements;
}

QStringList takeStatementsAtCommit(const QSqlDatabase& db)
{
    return db.isValid() && db.driver() ? statementsAtCommit().take(connectionKey(db))
                                       : QStringList();
}

// The statements that confirm, with each connection's next statement, what the transaction
// relies on (queued: Pending); and what came of the last one sent (Held or Failed).
QHash<quintptr, QString>& pendingConfirmations()
{
    static thread_local QHash<quintptr, QString> statements;
    return statements;
}

QHash<quintptr, SqlRunner::Confirmation>& confirmations()
{
    static thread_local QHash<quintptr, SqlRunner::Confirmation> states;
    return states;
}

// What travels in front of a statement in the same string: the pending BEGIN and the pending
// confirmation, each with a result of its own ahead of the statement's.
struct Leading
{
    bool begin = false;
    QString confirmation;

    QString text() const
    {
        QString text = begin ? QStringLiteral("BEGIN; ") : QString();
        if (!confirmation.isEmpty())
            text += confirmation + QStringLiteral("; ");
        return text;
    }
    int count() const { return int(begin) + int(!confirmation.isEmpty()); }
    // Whether the result at `index` (0: the first of the string) is the confirmation's.
    bool isConfirmation(int index) const { return !confirmation.isEmpty() && index == int(begin); }
};

Leading takeLeading(const QSqlDatabase& db)
{
    Leading leading;
    leading.begin = takePendingBegin(db);
    if (db.isValid() && db.driver())
        leading.confirmation = pendingConfirmations().take(connectionKey(db));
    return leading;
}

// Records what came of the confirmation sent in front of a string whose first failed result
// was the one at `failedAt` (-1: none failed). A string that failed before the confirmation
// ran (it did not parse) leaves it failed too: nothing was confirmed.
void settle(const QSqlDatabase& db, const Leading& leading, int failedAt)
{
    if (leading.confirmation.isEmpty())
        return;
    const bool held = failedAt < 0 || failedAt > int(leading.begin);
    confirmations()[connectionKey(db)] =
        held ? SqlRunner::Confirmation::Held : SqlRunner::Confirmation::Failed;
}
} // namespace

namespace {
QString connectionFailed()
{
    return QCoreApplication::translate("SqlRunner",
                                       "The database is not available. Try again later.");
}

QString databaseError(const QString& text)
{
    return QCoreApplication::translate("SqlRunner", "Database error: %1").arg(text);
}

// The statement did not run: what it was sent behind did not hold.
Error notConfirmed()
{
    return makeError(ErrorCode::Internal, databaseError(QStringLiteral("not confirmed")));
}

// Whether a failed "BEGIN; …" failed for a lost connection (no SQLSTATE, class 08, or the
// server ending it: 57P01 administrator command, 57P02 crash, 57P03 not accepting connections,
// 57P04 database dropped, 57P05 idle session timeout) rather than for the statement.
// The connections whose transaction PostgreSQL ended for another's sake (lostToAnother…).
QSet<quintptr>& lostTransactions()
{
    static thread_local QSet<quintptr> connections;
    return connections;
}

// Notes a failure that a run of the same work again may not meet (deadlock, serialization).
void noteFailure(const QSqlDatabase& db, const QString& sqlState)
{
    if (sqlState == QLatin1String("40P01") || sqlState == QLatin1String("40001"))
        lostTransactions().insert(connectionKey(db));
}

bool connectionLost(const QString& sqlState)
{
    return sqlState.isEmpty() || sqlState.startsWith(QLatin1String("08")) ||
           sqlState.startsWith(QLatin1String("57P0"));
}
} // namespace

// What exec() and rows() send for a statement: "EXECUTE name (literals…)" when it is kept
// prepared on this connection (`*name`), else the statement with its literals inlined.
Result<QString> SqlRunner::textToSend(const QString& statement, const QVariantList& values,
                                      Prepare prepare, QString* name) const
{
    // Without values, a statement may be a script (migrations): run it as it is, unless it is
    // known to be one statement (a read).
    const bool script = values.isEmpty() && prepare != Prepare::Always;
    *name = script || values.size() > kMaxPreparedValues || prepare == Prepare::OneOff
                ? QString()
                : PreparedStatements::ofThisThread().nameFor(m_db, statement, values.size());
    if (script)
        return statement;
    if (!name->isEmpty() && values.isEmpty())
        return QStringLiteral("EXECUTE %1").arg(*name);
    if (!name->isEmpty()) {
        QStringList literals;
        literals.reserve(values.size());
        for (const QVariant& value : values)
            literals.append(literalOf(*m_db.driver(), value));
        return QStringLiteral("EXECUTE %1 (%2)").arg(*name, literals.join(u','));
    }
    if (const auto inlined = substituted(statement, values.size(), m_db.driver(), values))
        return *inlined;
    qWarning().noquote() << "SQL placeholders do not match the values:" << statement;
    return makeError(ErrorCode::Internal, databaseError(QStringLiteral("bind values")));
}

Result<QSqlQuery> SqlRunner::exec(const QString& statement, const QVariantList& values, Fetch fetch,
                                  Prepare prepare) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(fetch == Fetch::Streamed);
    QString name;
    const auto text = textToSend(statement, values, prepare, &name);
    if (!text)
        return text.error();
    // After "BEGIN; [confirmation; ]…" the statement's own result comes after theirs. When the
    // first fails, nothing ran: the string did not parse (an error in the statement) or the
    // connection is gone.
    const Leading leading = takeLeading(m_db);
    int failedAt = query.exec(leading.text() + *text) ? -1 : 0;
    for (int index = 1; failedAt < 0 && index <= leading.count(); ++index) {
        if (!query.nextResult())
            failedAt = index;
    }
    settle(m_db, leading, failedAt);
    if (failedAt < 0)
        return query;
    if (leading.count() > 0 && failedAt == 0 &&
        connectionLost(query.lastError().nativeErrorCode())) {
        qWarning().noquote() << "SQL connection failed:" << query.lastError().text();
        return makeError(ErrorCode::Unavailable, connectionFailed());
    }
    if (leading.isConfirmation(failedAt)) // not an error of the statement, which did not run
        return notConfirmed();
    if (!name.isEmpty() && query.lastError().nativeErrorCode() == kUnknownStatement)
        PreparedStatements::ofThisThread().forget(m_db);
    noteFailure(m_db, query.lastError().nativeErrorCode());
    qWarning().noquote() << "SQL failed:" << query.lastError().text();
    return makeError(ErrorCode::Internal, databaseError(query.lastError().databaseText()));
}

namespace {
// A streamed QSqlQuery still reading would silently lose its remaining rows to PQexec.
bool stillReading(PGconn* connection)
{
    return PQisBusy(connection) || PQtransactionStatus(connection) == PQTRANS_ACTIVE;
}

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

// The answer to a string of statements: each result in order, up to the first that failed
// (the rest of the string does not run), and which one that was (-1: none).
struct Answer
{
    std::vector<PgResult> results;
    int failedAt = -1;

    // The last result: after an error, the error's; null when there is none.
    PGresult* last() const { return results.empty() ? nullptr : results.back().get(); }
};

// Waits until the connection's next result is ready. Meanwhile what arrives on `alsoRead` is
// taken into libpq's buffer: the backend sending it must never be stuck on a full socket while
// it holds its locks, or a third session waiting for those locks while holding one that this
// connection's statement waits for would hang all three where PostgreSQL cannot see it.
void waitForResult(PGconn* connection, PGconn* alsoRead)
{
    while (PQisBusy(connection)) {
        if (alsoRead && PQsocket(alsoRead) < 0)
            alsoRead = nullptr;
        pollfd sockets[2] = {{PQsocket(connection), POLLIN, 0},
                             {alsoRead ? PQsocket(alsoRead) : -1, POLLIN, 0}};
        if (poll(sockets, alsoRead ? 2 : 1, -1) < 0 && errno != EINTR)
            return; // PQgetResult() waits on its own
        if (alsoRead && sockets[1].revents != 0 && !PQconsumeInput(alsoRead))
            alsoRead = nullptr; // lost: its reader finds out
        if (sockets[0].revents != 0 && !PQconsumeInput(connection))
            return; // lost: PQgetResult() reports it
    }
}

// The results of the string sent last on the connection, all of them; see waitForResult()
// for `alsoRead`.
Answer receive(PGconn* connection, PGconn* alsoRead = nullptr)
{
    Answer answer;
    int index = 0;
    while (true) {
        if (alsoRead)
            waitForResult(connection, alsoRead);
        PGresult* result = PQgetResult(connection);
        if (!result)
            break;
        const ExecStatusType status = PQresultStatus(result);
        if (answer.failedAt < 0 && (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE))
            answer.failedAt = index;
        answer.results.emplace_back(result, &PQclear);
        ++index;
    }
    return answer;
}

Answer sendText(PGconn* connection, const QString& text, PGconn* alsoRead = nullptr)
{
    if (!PQsendQuery(connection, text.toUtf8().constData())) {
        Answer answer;
        answer.failedAt = 0; // not sent: PQerrorMessage() says why
        return answer;
    }
    return receive(connection, alsoRead);
}
} // namespace

// What went wrong in a string sent to libpq: PostgreSQL's own message, or libpq's when it
// made the error itself (a lost connection, or no result at all because it could not even send
// the string). `leadingFailed`: the string's first result failed, and statements came before
// the caller's (a failure there that is not the statement's is a lost connection).
Error SqlRunner::failureOf(const pg_result* result, bool leadingFailed, bool prepared) const
{
    PGconn* connection = connectionOf(m_db);
    const QString sqlState = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    if (message.isEmpty() && connection)
        message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    if (leadingFailed && connectionLost(sqlState)) {
        qWarning().noquote() << "SQL connection failed:" << message;
        return makeError(ErrorCode::Unavailable, connectionFailed());
    }
    if (prepared && sqlState == kUnknownStatement)
        PreparedStatements::ofThisThread().forget(m_db);
    noteFailure(m_db, sqlState);
    qWarning().noquote() << "SQL failed:" << message;
    return makeError(ErrorCode::Internal, databaseError(message));
}

Result<SqlRows> SqlRunner::rows(const QString& statement, const QVariantList& values) const
{
    auto results = rowsInOneString({{statement, values}});
    if (!results)
        return results.error();
    std::vector<SqlRows> all = std::move(results).value();
    return std::move(all.front());
}

namespace {
// The companion connection of each connection of this thread, by connection name.
QHash<QString, QSqlDatabase>& companions()
{
    static thread_local QHash<QString, QSqlDatabase> connections;
    return connections;
}
} // namespace

void SqlRunner::setCompanion(const QSqlDatabase& db, const QSqlDatabase& companion)
{
    if (companion.isValid())
        companions().insert(db.connectionName(), companion);
    else
        companions().remove(db.connectionName());
}

bool SqlRunner::usable(const QSqlDatabase& db)
{
    PGconn* connection = db.isOpen() ? connectionOf(db) : nullptr;
    return connection && PQstatus(connection) == CONNECTION_OK;
}

namespace {
// Hands the results [first, end) out as rows; an error (logged with `text`) when one of them
// is not a query's.
Status takeRows(std::vector<PgResult>::iterator first, std::vector<PgResult>::iterator end,
                std::vector<SqlRows>* rows, const QString& text)
{
    for (auto result = first; result != end; ++result) {
        if (PQresultStatus(result->get()) != PGRES_TUPLES_OK) {
            qWarning().noquote() << "SQL rows() of a statement without rows:" << text;
            return makeError(ErrorCode::Internal, databaseError(QStringLiteral("no rows")));
        }
        rows->emplace_back(result->release());
    }
    return Done{};
}
} // namespace

Result<std::vector<SqlRows>> SqlRunner::rowsOfEach(const QList<SqlRead>& reads,
                                                   const QList<SqlRead>& alongside) const
{
    QSqlDatabase companion = companions().value(m_db.connectionName());
    PGconn* other = usable(companion) ? connectionOf(companion) : nullptr;
    if (reads.isEmpty() || alongside.isEmpty() || !other || stillReading(other))
        return rowsInOneString(reads + alongside);
    // Each statement is prepared on first use, which can wait for a lock: that must happen
    // before the companion holds any (see waitForResult()).
    const auto mine = textOf(reads);
    if (!mine)
        return mine.error();
    const SqlRunner theirs(companion);
    const auto text = theirs.textOf(alongside);
    if (!text)
        return text.error();
    if (!PQsendQuery(other, text->text.toUtf8().constData()))
        return rowsInOneString(reads + alongside);
    // PostgreSQL works on both strings at once; the companion's results are taken in while
    // this connection's are awaited, and handed out after them.
    auto rows = rowsOfText(*mine, other);
    Answer answer = receive(other);
    if (!rows)
        return rows.error();
    const QString sqlState =
        answer.failedAt >= 0
            ? QString::fromUtf8(PQresultErrorField(answer.last(), PG_DIAG_SQLSTATE))
            : QString();
    if (answer.failedAt >= 0 && (PQstatus(other) != CONNECTION_OK || connectionLost(sqlState))) {
        // The companion was lost (a restart, its backend ended): this connection reads them,
        // and the worker opens the companion again.
        forgetPrepared(companion);
        companion.close();
        auto more = rowsInOneString(alongside);
        if (!more)
            return more.error();
        std::vector<SqlRows> all = std::move(rows).value();
        for (SqlRows& read : std::move(more).value())
            all.push_back(std::move(read));
        return all;
    }
    if (answer.failedAt >= 0)
        return theirs.failureOf(answer.last(), false, true);
    if (answer.results.size() != size_t(alongside.size())) {
        qWarning().noquote() << "SQL rows() of a string with other results:" << text->text;
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("no rows")));
    }
    std::vector<SqlRows> all = std::move(rows).value();
    if (const Status taken =
            takeRows(answer.results.begin(), answer.results.end(), &all, text->text);
        !taken)
        return taken.error();
    return all;
}

Result<SqlRunner::ReadsText> SqlRunner::textOf(const QList<SqlRead>& reads) const
{
    ReadsText text;
    text.count = int(reads.size());
    for (const SqlRead& read : reads) {
        QString name;
        const auto one = textToSend(read.statement, read.values, Prepare::Always, &name);
        if (!one)
            return one.error();
        text.anyPrepared = text.anyPrepared || !name.isEmpty();
        text.text += (text.text.isEmpty() ? QString() : QStringLiteral("; ")) + *one;
    }
    return text;
}

Result<std::vector<SqlRows>> SqlRunner::rowsInOneString(const QList<SqlRead>& reads) const
{
    if (reads.isEmpty())
        return std::vector<SqlRows>();
    const auto text = textOf(reads);
    if (!text)
        return text.error();
    return rowsOfText(*text, nullptr);
}

Result<std::vector<SqlRows>> SqlRunner::rowsOfText(const ReadsText& reads, PGconn* alsoRead) const
{
    PGconn* connection = connectionOf(m_db);
    if (!connection)
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("not PostgreSQL")));
    if (stillReading(connection)) {
        qWarning().noquote() << "SQL rows() while another query is still reading:" << reads.text;
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("connection busy")));
    }
    // After "BEGIN; [confirmation; ]…" the reads' results come after theirs.
    const Leading leading = takeLeading(m_db);
    Answer answer = sendText(connection, leading.text() + reads.text, alsoRead);
    settle(m_db, leading, answer.failedAt);
    if (answer.failedAt < 0 && answer.results.size() == size_t(leading.count() + reads.count)) {
        std::vector<SqlRows> rows;
        rows.reserve(reads.count);
        if (const Status taken = takeRows(answer.results.begin() + leading.count(),
                                          answer.results.end(), &rows, reads.text);
            !taken)
            return taken.error();
        return rows;
    }
    if (answer.failedAt < 0) { // ran, but not one result a read (a read of several statements)
        qWarning().noquote() << "SQL rows() of a string with other results:" << reads.text;
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("no rows")));
    }
    if (leading.isConfirmation(answer.failedAt))
        return notConfirmed();
    return failureOf(answer.last(), leading.count() > 0 && answer.failedAt == 0, reads.anyPrepared);
}

Result<QString> SqlRunner::textToSendLater(const QString& statement,
                                           const QVariantList& values) const
{
    if (!connectionOf(m_db)) // sent later by libpq, with the COMMIT or another statement
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("not PostgreSQL")));
    QString name;
    return textToSend(statement, values, Prepare::Kept, &name);
}

Status SqlRunner::execAtCommit(const QString& statement, const QVariantList& values) const
{
    const auto text = textToSendLater(statement, values);
    if (!text)
        return text.error();
    statementsAtCommit()[connectionKey(m_db)].append(*text);
    return Done{};
}

Status SqlRunner::confirmWithNextStatement(const QString& statement,
                                           const QVariantList& values) const
{
    const auto text = textToSendLater(statement, values);
    if (!text)
        return text.error();
    pendingConfirmations().insert(connectionKey(m_db), *text);
    confirmations().remove(connectionKey(m_db));
    return Done{};
}

SqlRunner::Confirmation SqlRunner::confirmation(const QSqlDatabase& db)
{
    const quintptr key = connectionKey(db);
    if (pendingConfirmations().contains(key))
        return Confirmation::Pending;
    return confirmations().value(key, Confirmation::None);
}

void SqlRunner::forgetPrepared(const QSqlDatabase& db)
{
    PreparedStatements::ofThisThread().forget(db);
    // A new connection has no transaction to begin, confirm or commit.
    takeLeading(db);
    takeStatementsAtCommit(db);
    if (db.isValid() && db.driver())
        confirmations().remove(connectionKey(db));
}

void SqlRunner::beginWithNextStatement(const QSqlDatabase& db)
{
    pendingBegins().insert(connectionKey(db));
    confirmations().remove(connectionKey(db));
    lostTransactions().remove(connectionKey(db));
}

bool SqlRunner::lostToAnotherTransaction(const QSqlDatabase& db)
{
    return lostTransactions().contains(connectionKey(db));
}

Status SqlRunner::commit(QSqlDatabase& db)
{
    const QStringList atCommit = takeStatementsAtCommit(db);
    const Leading leading = takeLeading(db);
    if (atCommit.isEmpty() && leading.confirmation.isEmpty()) {
        if (leading.begin || db.commit())
            return Done{};
        noteFailure(db, db.lastError().nativeErrorCode());
        qWarning().noquote() << "SQL COMMIT failed:" << db.lastError().text();
        return makeError(ErrorCode::Internal, databaseError(db.lastError().databaseText()));
    }
    PGconn* connection = connectionOf(db); // execAtCommit() or confirm…() found one
    if (stillReading(connection)) {
        qWarning().noquote() << "SQL commit while a query is still reading";
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("connection busy")));
    }
    QString text = leading.text();
    for (const QString& statement : atCommit)
        text += statement + QStringLiteral("; ");
    Answer answer = sendText(connection, text + QStringLiteral("COMMIT"));
    settle(db, leading, answer.failedAt);
    if (answer.failedAt < 0) {
        // In a transaction an earlier statement had aborted, COMMIT answers ROLLBACK.
        if (qstrcmp(PQcmdStatus(answer.last()), "COMMIT") == 0)
            return Done{};
        qWarning().noquote() << "SQL COMMIT rolled back a failed transaction";
        return makeError(ErrorCode::Internal, databaseError(QStringLiteral("rolled back")));
    }
    if (leading.isConfirmation(answer.failedAt))
        return notConfirmed();
    return SqlRunner(db).failureOf(answer.last(), leading.count() > 0 && answer.failedAt == 0,
                                   true);
}

void SqlRunner::rollback(QSqlDatabase& db)
{
    takeStatementsAtCommit(db);
    const Leading leading = takeLeading(db);
    if (!leading.begin)
        db.rollback();
}

Result<QVariant> SqlRunner::scalar(const QString& statement, const QVariantList& values) const
{
    auto result = exec(statement, values);
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    return query.next() ? query.value(0) : QVariant();
}
