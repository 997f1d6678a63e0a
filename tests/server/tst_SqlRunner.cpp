// The storage layer's transaction plumbing: a request's BEGIN travels with its first
// statement, a request that ran no SQL sends nothing, a wrong statement is an error of the
// statement (not "database unavailable"), and the audit chain refuses an isolation level under
// which it would fork.
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqlRunner.h"
#include "support/TestServer.h"

#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kConnection = QStringLiteral("tst_SqlRunner-app");
} // namespace

class TestSqlRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        m_db = m_server.databaseConfig().open(kConnection, DatabaseConfig::Account::Application);
        QVERIFY(m_db.isOpen());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        closeDatabase(kConnection);
    }

    void theFirstStatementBeginsTheTransaction()
    {
        const SqlRunner sql(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.scalar(QStringLiteral("SELECT 1")).ok());
        QTest::qWait(20);
        // Inside a transaction now() stays at its start while statement_timestamp() moves on.
        auto inside = sql.scalar(QStringLiteral("SELECT statement_timestamp() > now()"));
        QVERIFY(SqlRunner::commit(m_db));
        QVERIFY(inside.ok());
        QVERIFY(inside->toBool());
        auto after = sql.scalar(QStringLiteral("SELECT now() = statement_timestamp()"));
        QVERIFY(after.ok());
        QVERIFY(after->toBool()); // autocommit again: each statement its own transaction
    }

    void aRollbackUndoesTheFirstStatement()
    {
        const SqlRunner sql(m_db);
        QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS t (v int)")).ok());
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO t VALUES (?)"), {1}).ok());
        SqlRunner::rollback(m_db);
        auto rows = sql.scalar(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->toInt(), 0);
    }

    void aRequestWithoutStatementsLeavesNothingPending()
    {
        // Ended before any statement ran, neither commit() nor rollback() may leave a BEGIN
        // behind for the connection's next statement, which would then open a transaction.
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(SqlRunner::commit(m_db));
        QVERIFY(!inTransactionAfterTwoStatements());
        SqlRunner::beginWithNextStatement(m_db);
        SqlRunner::rollback(m_db);
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    void aWrongFirstStatementIsAStatementError()
    {
        // PostgreSQL parses "BEGIN; <statement>" whole: a statement that does not parse means
        // BEGIN never ran, which is not a lost connection.
        SqlRunner::beginWithNextStatement(m_db);
        auto wrong = SqlRunner(m_db).exec(QStringLiteral("SELEC 1"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Internal);
        SqlRunner::rollback(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        auto failing = SqlRunner(m_db).exec(QStringLiteral("SELECT 1 / ?"), {0});
        QVERIFY(!failing.ok());
        QCOMPARE(failing.error().code, ErrorCode::Internal);
        SqlRunner::rollback(m_db);
        auto fine = SqlRunner(m_db).scalar(QStringLiteral("SELECT 1"));
        QVERIFY(fine.ok());
    }

    void theAuditChainNeedsReadCommitted()
    {
        QSqlQuery begin(m_db);
        QVERIFY(begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
        AuditEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.op = QStringLiteral("test.append");
        entry.entity = QStringLiteral("test");
        auto appended = AuditLog(m_db).append(entry);
        m_db.rollback();
        QVERIFY(!appended.ok());
        QVERIFY2(appended.error().message.contains(QStringLiteral("READ COMMITTED")),
                 qPrintable(appended.error().message));
    }

private:
    // Runs two statements apart in time; whether the second ran in the first's transaction.
    bool inTransactionAfterTwoStatements()
    {
        const SqlRunner sql(m_db);
        if (!sql.scalar(QStringLiteral("SELECT 1")).ok())
            return true;
        QTest::qWait(20);
        auto second = sql.scalar(QStringLiteral("SELECT statement_timestamp() > now()"));
        const bool inside = !second.ok() || second->toBool();
        if (inside)
            m_db.rollback();
        return inside;
    }

    TestServer m_server;
    QSqlDatabase m_db;
};

QTEST_MAIN(TestSqlRunner)
#include "tst_SqlRunner.moc"
