// The storage layer's transaction plumbing: a request's BEGIN travels with its first
// statement, a request that ran no SQL sends nothing, a wrong statement is an error of the
// statement (not "database unavailable"), and the audit chain refuses an isolation level under
// which it would fork. A statement queued for the commit travels with it, and when it fails
// nothing of the transaction commits. A confirmation travels in front of the next statement, and
// when it fails that statement does not run. Results read straight from libpq (SqlRows) parse
// every kind of value.
#include "app/Server.h"
#include "protocol/OpNames.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"
#include "storage/ManagedCluster.h"
#include "storage/SqlRunner.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <thread>

namespace {
const QString kConnection = QStringLiteral("tst_SqlRunner-app");
const QString kCompanion = QStringLiteral("tst_SqlRunner-companion");
// The backend, the time its string arrived (seconds) and the value, after `seconds` of sleep.
const QString kWhereAndWhen =
    QStringLiteral("SELECT pg_backend_pid(), extract(epoch FROM statement_timestamp())::text, "
                   "?::int FROM pg_sleep(?)");
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
        SqlRunner::setCompanion(m_db, QSqlDatabase());
        m_db = QSqlDatabase();
        closeDatabase(kConnection);
        closeDatabase(kCompanion);
    }

    // Each connection, and each one opened again after it was lost (DbWorkerPool), works in
    // UTC and keeps one generic plan per prepared statement.
    void aConnectionOpenedAgainHasTheSessionSettings()
    {
        for (int opening = 0; opening < 2; ++opening) {
            const SqlRunner sql(m_db);
            auto mode = sql.scalar(QStringLiteral("SHOW plan_cache_mode"));
            auto zone = sql.scalar(QStringLiteral("SHOW TimeZone"));
            QVERIFY(mode.ok() && zone.ok());
            QCOMPARE(mode->toString(), QStringLiteral("force_generic_plan"));
            QCOMPARE(zone->toString(), QStringLiteral("UTC"));
            SqlRunner::forgetPrepared(m_db);
            m_db.close();
            QVERIFY(DatabaseConfig::openSession(m_db));
        }
    }

    void aOneOffStatementIsNotKeptPrepared()
    {
        const SqlRunner sql(m_db);
        QVERIFY(sql.exec(QStringLiteral("SELECT ? AS one_off_marker"), {1},
                         SqlRunner::Fetch::Buffered, SqlRunner::Prepare::OneOff)
                    .ok());
        QCOMPARE(preparedWith(QStringLiteral("one_off_marker")), 0);
        QVERIFY(sql.exec(QStringLiteral("SELECT ? AS kept_marker"), {1}).ok());
        QCOMPARE(preparedWith(QStringLiteral("kept_marker")), 1);
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

    // A statement queued for the commit (the audit row) is sent with the COMMIT, not before.
    void aStatementAtCommitTravelsWithTheCommit()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {1}).ok());
        QVERIFY(sql.execAtCommit(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {2}).ok());
        QCOMPARE(countIn(QStringLiteral("at_commit")), 1); // not sent yet
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(countIn(QStringLiteral("at_commit")), 2);
        QVERIFY(!inTransactionAfterTwoStatements());
        // With no statement before it, it carries the pending BEGIN too.
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.execAtCommit(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {3}).ok());
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(countIn(QStringLiteral("at_commit")), 3);
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    void aFailingStatementAtCommitKeepsNothing()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {10}).ok());
        QVERIFY(sql.execAtCommit(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {10}).ok());
        const Status committed = SqlRunner::commit(m_db);
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, ErrorCode::Internal);
        SqlRunner::rollback(m_db);
        QCOMPARE(countIn(QStringLiteral("at_commit")), 0);
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    void aTransactionThatFailedEarlierDoesNotCommit()
    {
        // After a failed statement the queued statements and the COMMIT are refused too.
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {20}).ok());
        QVERIFY(!sql.exec(QStringLiteral("SELECT 1 / ?"), {0}).ok());
        QVERIFY(sql.execAtCommit(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {21}).ok());
        QVERIFY(!SqlRunner::commit(m_db).ok());
        SqlRunner::rollback(m_db);
        QCOMPARE(countIn(QStringLiteral("at_commit")), 0);
    }

    void aRollbackDropsTheStatementsAtCommit()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.execAtCommit(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {30}).ok());
        SqlRunner::rollback(m_db);
        // The next transaction must not carry it along.
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {31}).ok());
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(countIn(QStringLiteral("at_commit")), 1);
    }

    // A confirmation (the Dispatcher's check of a session the connection already knows)
    // travels in front of the transaction's next statement, in the same round trip.
    void aConfirmationTravelsWithTheNextStatement()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        QVERIFY(beginConfirmingWith(40));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {41}).ok());
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Held);
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(countIn(QStringLiteral("at_commit")), 2);
        QVERIFY(!inTransactionAfterTwoStatements());
        // rows() carries it the same way.
        QVERIFY(beginConfirmingWith(42));
        auto read = sql.rows(QStringLiteral("SELECT v FROM at_commit WHERE v >= ?"), {40});
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->size(), 3); // the confirmation ran first, in the same transaction
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Held);
        QVERIFY(SqlRunner::commit(m_db));
    }

    // When it fails, the statement behind it does not run and reports that it was not
    // confirmed; nothing of the transaction commits.
    void aFailingConfirmationStopsTheStatementBehindIt()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        const QString failing = QStringLiteral("SELECT 1 / ?");
        QVERIFY(beginConfirmingWith(0, failing));
        auto written = sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {50});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Internal);
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Failed);
        QVERIFY(!SqlRunner::commit(m_db).ok());
        SqlRunner::rollback(m_db);
        QCOMPARE(countIn(QStringLiteral("at_commit")), 0);
        QVERIFY(!inTransactionAfterTwoStatements());

        QVERIFY(beginConfirmingWith(0, failing));
        QVERIFY(!sql.rows(QStringLiteral("SELECT v FROM at_commit WHERE v > ?"), {0}).ok());
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Failed);
        SqlRunner::rollback(m_db);
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    // A transaction that ran no statement sends it with the COMMIT.
    void aConfirmationWithoutAStatementTravelsWithTheCommit()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        QVERIFY(beginConfirmingWith(60));
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Held);
        QCOMPARE(countIn(QStringLiteral("at_commit")), 1);

        QVERIFY(beginConfirmingWith(0, QStringLiteral("SELECT 1 / ?")));
        QVERIFY(!SqlRunner::commit(m_db).ok());
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Failed);
        SqlRunner::rollback(m_db);
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    // A rollback drops a confirmation not yet sent; the next transaction starts without one.
    void aRollbackDropsAPendingConfirmation()
    {
        const SqlRunner sql(m_db);
        QVERIFY(anEmptyTable());
        QVERIFY(beginConfirmingWith(70));
        SqlRunner::rollback(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::None);
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO at_commit VALUES (?)"), {71}).ok());
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(countIn(QStringLiteral("at_commit")), 1);
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

    void rowsReadEveryKindOfValue()
    {
        auto rows = SqlRunner(m_db).rows(
            QStringLiteral("SELECT v.n, v.t, v.d, v.b FROM (VALUES (?::bigint, ?::text, ?::date, "
                           "true), (-7, '', NULL, false), (NULL, NULL, '1999-12-31', NULL)) "
                           "v(n, t, d, b) ORDER BY v.n NULLS LAST"),
            {qint64(9'000'000'000), QStringLiteral("5/4 «опоздал»"), QDate(2026, 9, 1)});
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->integer(0, 0), qint64(-7));
        QCOMPARE(rows->integer(1, 0), qint64(9'000'000'000));
        QCOMPARE(rows->text(1, 1), QStringLiteral("5/4 «опоздал»"));
        QCOMPARE(rows->bytes(1, 1), QStringLiteral("5/4 «опоздал»").toUtf8());
        QCOMPARE(rows->date(1, 2), QDate(2026, 9, 1));
        QCOMPARE(rows->date(2, 2), QDate(1999, 12, 31));
        QVERIFY(rows->boolean(1, 3));
        QVERIFY(!rows->boolean(0, 3));
        QVERIFY(rows->text(0, 1).isEmpty());
        QVERIFY(!rows->isNull(0, 1));
        QVERIFY(rows->isNull(0, 2));
        QVERIFY(!rows->date(0, 2).isValid());
        QVERIFY(rows->isNull(2, 0));
        QCOMPARE(rows->integer(2, 0), 0);
    }

    void rowsBeginThePendingTransactionAndReportErrors()
    {
        const SqlRunner sql(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        QVERIFY(sql.rows(QStringLiteral("SELECT ?::int"), {1}).ok());
        QTest::qWait(20);
        auto inside = sql.scalar(QStringLiteral("SELECT statement_timestamp() > now()"));
        QVERIFY(SqlRunner::commit(m_db));
        QVERIFY(inside.ok());
        QVERIFY(inside->toBool());
        // A wrong statement, first or not, is the statement's error.
        SqlRunner::beginWithNextStatement(m_db);
        auto wrong = sql.rows(QStringLiteral("SELEC ?"), {1});
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Internal);
        SqlRunner::rollback(m_db);
        auto failing = sql.rows(QStringLiteral("SELECT 1 / ?"), {0});
        QVERIFY(!failing.ok());
        QCOMPARE(failing.error().code, ErrorCode::Internal);
        QVERIFY(failing.error().message.contains(QStringLiteral("division by zero")));
        QVERIFY(!inTransactionAfterTwoStatements());
    }

    // Several reads travel in one string, behind the pending BEGIN: they share the time the
    // string arrived (statement_timestamp()), though the first sleeps, and their rows come back
    // read by read. A read without values is kept prepared like the others.
    void severalReadsTravelInOneRoundTrip()
    {
        const SqlRunner sql(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        auto read = sql.rowsOfEach(
            {{QStringLiteral("SELECT statement_timestamp()::text, ?::int FROM pg_sleep(0.05)"),
              {7}},
             {QStringLiteral("SELECT generate_series(1, ?)"), {3}},
             {QStringLiteral("SELECT statement_timestamp()::text AS batch_marker, now()::text"),
              {}}});
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const std::vector<SqlRows>& rows = read.value();
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].size(), 1);
        QCOMPARE(rows[0].integer(0, 1), 7);
        QCOMPARE(rows[1].size(), 3);
        QCOMPARE(rows[1].integer(2, 0), 3);
        QCOMPARE(rows[2].text(0, 0), rows[0].text(0, 0));
        QVERIFY(SqlRunner::commit(m_db));
        QCOMPARE(preparedWith(QStringLiteral("batch_marker")), 1);
        QVERIFY(!inTransactionAfterTwoStatements());
        QVERIFY(sql.rowsOfEach({}).ok());
    }

    // A read that fails fails them all, and the reads behind it do not run; a confirmation
    // that fails in front of them stops every one.
    void aFailingReadFailsTheWholeString()
    {
        const SqlRunner sql(m_db);
        QVERIFY(sql.exec(QStringLiteral("CREATE TEMP SEQUENCE IF NOT EXISTS read_counter")).ok());
        const SqlRead counted{QStringLiteral("SELECT nextval('read_counter') + ?"), {0}};
        SqlRunner::beginWithNextStatement(m_db);
        auto failed = sql.rowsOfEach({counted, {QStringLiteral("SELECT 1 / ?"), {0}}, counted});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Internal);
        QVERIFY(failed.error().message.contains(QStringLiteral("division by zero")));
        SqlRunner::rollback(m_db);
        QVERIFY(!inTransactionAfterTwoStatements());
        auto next = sql.scalar(QStringLiteral("SELECT nextval('read_counter')"));
        QVERIFY(next.ok());
        QCOMPARE(next->toInt(), 2); // a sequence does not roll back: the first read ran alone

        QVERIFY(anEmptyTable());
        QVERIFY(beginConfirmingWith(0, QStringLiteral("SELECT 1 / ?")));
        QVERIFY(!sql.rowsOfEach({counted, counted}).ok());
        QCOMPARE(SqlRunner::confirmation(m_db), SqlRunner::Confirmation::Failed);
        SqlRunner::rollback(m_db);
        next = sql.scalar(QStringLiteral("SELECT nextval('read_counter')"));
        QVERIFY(next.ok());
        QCOMPARE(next->toInt(), 3);
    }

    // Reads alongside the others run on the companion connection at the same time: both
    // strings arrived before either's sleep ended, on two backends; their rows follow the others'.
    void readsAlongsideRunOnTheCompanionAtTheSameTime()
    {
        QSqlDatabase companion =
            m_server.databaseConfig().open(kCompanion, DatabaseConfig::Account::Application);
        QVERIFY(companion.isOpen());
        SqlRunner::setCompanion(m_db, companion);
        const SqlRunner sql(m_db);
        SqlRunner::beginWithNextStatement(m_db);
        auto read =
            sql.rowsOfEach({{kWhereAndWhen, {1, 0.5}}},
                           {{kWhereAndWhen, {2, 0.5}}, {QStringLiteral("SELECT ?::int"), {3}}});
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(SqlRunner::commit(m_db));
        const std::vector<SqlRows>& rows = read.value();
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].integer(0, 2), 1);
        QCOMPARE(rows[1].integer(0, 2), 2);
        QCOMPARE(rows[2].integer(0, 0), 3);
        QVERIFY(rows[0].integer(0, 0) != rows[1].integer(0, 0));
        QVERIFY(qAbs(rows[0].real(0, 1) - rows[1].real(0, 1)) < 0.4);
        QVERIFY(!inTransactionAfterTwoStatements());

        // A read alongside that fails fails them all; both connections go on working.
        auto failed = sql.rowsOfEach({{QStringLiteral("SELECT ?::int"), {1}}},
                                     {{QStringLiteral("SELECT 1 / ?"), {0}}});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("division by zero")));
        auto again = sql.rowsOfEach({{kWhereAndWhen, {1, 0}}}, {{kWhereAndWhen, {2, 0}}});
        QVERIFY(again.ok());
        QVERIFY(again.value()[0].integer(0, 0) != again.value()[1].integer(0, 0));

        // A companion that was lost is not waited for: this connection reads them, and once
        // libpq knows it is gone, they travel in the same string.
        auto gone = SqlRunner(m_server.ownerDatabase())
                        .scalar(QStringLiteral("SELECT pg_terminate_backend(?)"),
                                {again.value()[1].integer(0, 0)});
        QVERIFY(gone.ok() && gone->toBool());
        QTest::qWait(50);
        for (int call = 0; call < 2; ++call) {
            auto alone = sql.rowsOfEach({{kWhereAndWhen, {1, 0}}}, {{kWhereAndWhen, {2, 0}}});
            QVERIFY2(alone.ok(), alone.ok() ? "" : qPrintable(alone.error().message));
            QCOMPARE(alone.value()[0].integer(0, 0), alone.value()[1].integer(0, 0));
            QCOMPARE(alone.value()[1].integer(0, 2), 2);
        }
        QVERIFY(!SqlRunner::usable(companion));
        SqlRunner::setCompanion(m_db, QSqlDatabase());
    }

    // The companion's results are taken in while this connection's are awaited. Otherwise a
    // large one fills its socket, and its backend keeps its lock while a third session waits
    // for that lock holding one this connection's read waits for: a hang PostgreSQL cannot
    // see (here it would last until the third session's lock_timeout of 10 s).
    void theCompanionIsReadWhileTheOtherWaits()
    {
        const SqlRunner owner(m_server.ownerDatabase());
        const QString app = QString::fromLatin1(ManagedCluster::kAppRole);
        for (const QString& table : {QStringLiteral("lock_a"), QStringLiteral("lock_b")}) {
            QVERIFY(owner.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (v int)").arg(table))
                        .ok());
            QVERIFY(owner.exec(QStringLiteral("INSERT INTO %1 VALUES (1)").arg(table)).ok());
            QVERIFY(owner.exec(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, app)).ok());
        }
        QSqlDatabase companion = QSqlDatabase::database(kCompanion, false);
        if (!companion.isValid())
            companion =
                m_server.databaseConfig().open(kCompanion, DatabaseConfig::Account::Application);
        if (!SqlRunner::usable(companion)) {
            companion.close();
            QVERIFY(DatabaseConfig::openSession(companion));
        }
        SqlRunner::setCompanion(m_db, companion);
        const QList<SqlRead> mine{{QStringLiteral("SELECT count(*) FROM lock_a WHERE v = ?"), {1}}};
        const QList<SqlRead> alongside{
            {QStringLiteral("SELECT repeat('x', 2000) FROM lock_b, generate_series(1, ?)"),
             {5000}}};
        QVERIFY(SqlRunner(m_db).rowsOfEach(mine, alongside).ok()); // both prepared now
        // The third session: holds lock_a, then (after the reads began) waits for lock_b.
        const DatabaseConfig config = m_server.databaseConfig();
        std::atomic<bool> thirdDone = false;
        std::thread third([&] {
            {
                QSqlDatabase db = config.open(QStringLiteral("tst_SqlRunner-third"),
                                              DatabaseConfig::Account::Owner);
                QSqlQuery(db).exec(QStringLiteral(
                    "SET lock_timeout = '10s'; BEGIN; LOCK TABLE lock_a IN ACCESS EXCLUSIVE MODE; "
                    "SELECT pg_sleep(0.6); LOCK TABLE lock_b IN ACCESS EXCLUSIVE MODE; COMMIT"));
            }
            closeDatabase(QStringLiteral("tst_SqlRunner-third"));
            thirdDone = true;
        });
        QTest::qWait(200);
        QElapsedTimer timer;
        timer.start();
        auto read = SqlRunner(m_db).rowsOfEach(mine, alongside);
        const qint64 took = timer.elapsed();
        third.join();
        SqlRunner::setCompanion(m_db, QSqlDatabase());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(thirdDone);
        QCOMPARE(read.value()[1].size(), 5000);
        QVERIFY2(took < 5000, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    // Without a companion, reads alongside travel in the same string as the others.
    void withoutACompanionReadsAlongsideShareTheString()
    {
        SqlRunner::setCompanion(m_db, QSqlDatabase());
        auto read =
            SqlRunner(m_db).rowsOfEach({{kWhereAndWhen, {1, 0}}}, {{kWhereAndWhen, {2, 0}}});
        QVERIFY(read.ok());
        QCOMPARE(read.value()[0].integer(0, 0), read.value()[1].integer(0, 0));
        QCOMPARE(read.value()[0].text(0, 1), read.value()[1].text(0, 1));
        QCOMPARE(read.value()[1].integer(0, 2), 2);
    }

    void rowsReadNumbersWithAFraction()
    {
        auto rows = SqlRunner(m_db).rows(
            QStringLiteral("SELECT ?::numeric(4, 2), 2::numeric, NULL::numeric, 'x'"), {1.5});
        QVERIFY(rows.ok());
        QCOMPARE(rows->real(0, 0), 1.5);
        QCOMPARE(rows->real(0, 1), 2.0);
        QCOMPARE(rows->real(0, 2), 0.0);
        QCOMPARE(rows->real(0, 3), 0.0);
    }

    void rowsRefuseWhileAStreamedQueryIsStillReading()
    {
        const SqlRunner sql(m_db);
        auto streamed =
            sql.exec(QStringLiteral("SELECT generate_series(1, ?)"), {1000}); // streamed
        QVERIFY(streamed.ok());
        QSqlQuery query = std::move(streamed).value();
        QVERIFY(query.next());
        auto refused = sql.rows(QStringLiteral("SELECT ?::int"), {1});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Internal);
        int rows = 1;
        while (query.next())
            ++rows;
        QCOMPARE(rows, 1000); // the streamed query lost nothing
    }

    void rowsWorkOnceTheStreamedQueryIsGone()
    {
        const SqlRunner sql(m_db);
        {
            auto streamed = sql.exec(QStringLiteral("SELECT generate_series(1, ?)"), {1000});
            QVERIFY(streamed.ok());
            QSqlQuery query = std::move(streamed).value();
            QVERIFY(query.next()); // destroyed with rows unread: QPSQL drains them
        }
        auto rows = sql.rows(QStringLiteral("SELECT ?::int"), {1});
        QVERIFY(rows.ok());
        QCOMPARE(rows->integer(0, 0), 1);
    }

    // PostgreSQL drops every application connection (a restart, pg_terminate_backend): each
    // database worker answers one request `unavailable`, then opens its connection again.
    void aWorkerWhoseConnectionWasDroppedOpensItAgain()
    {
        const QString password = QStringLiteral("Right-pass-1");
        QVERIFY(m_server.addUser(QStringLiteral("reconnecting"), password, {Role::Teacher}));
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        QVERIFY(client.login(QStringLiteral("reconnecting"), password).ok);
        auto mine = SqlRunner(m_db).scalar(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(mine.ok());
        auto dropped =
            SqlRunner(m_server.ownerDatabase())
                .scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                       "pg_stat_activity WHERE usename = ? AND pid <> ?"),
                        {QString::fromLatin1(ManagedCluster::kAppRole), mine->toInt()});
        QVERIFY(dropped.ok());
        QVERIFY(dropped->toInt() > 0);
        int unavailable = 0;
        int inARow = 0;
        for (int call = 0; call < 40 && inARow < 10; ++call) {
            const Reply reply = client.call(QString::fromLatin1(Op::Me), {});
            if (reply.ok) {
                ++inARow;
                continue;
            }
            QCOMPARE(reply.error.code, ErrorCode::Unavailable);
            ++unavailable;
            inARow = 0;
        }
        QCOMPARE(inARow, 10);
        QVERIFY(unavailable <= m_server.server().workers().threadCount());
    }

private:
    // Begins a transaction whose next statement carries `statement` with `value` in front
    // (by default the value's insert into at_commit).
    bool beginConfirmingWith(int value,
                             const QString& statement = QStringLiteral("INSERT INTO at_commit "
                                                                       "VALUES (?)"))
    {
        SqlRunner::beginWithNextStatement(m_db);
        if (SqlRunner::confirmation(m_db) != SqlRunner::Confirmation::None)
            return false; // a new transaction starts with none
        return SqlRunner(m_db).confirmWithNextStatement(statement, {value}).ok() &&
               SqlRunner::confirmation(m_db) == SqlRunner::Confirmation::Pending;
    }

    // Runs two statements apart in time; whether the second ran in the first's transaction.
    // at_commit: a temporary table of this connection, empty.
    bool anEmptyTable()
    {
        const SqlRunner sql(m_db);
        return sql.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS at_commit "
                                       "(v int PRIMARY KEY)"))
                   .ok() &&
               sql.exec(QStringLiteral("DELETE FROM at_commit")).ok();
    }

    // How many statements containing `marker` this connection keeps prepared.
    int preparedWith(const QString& marker)
    {
        auto count = SqlRunner(m_db).scalar(QStringLiteral("SELECT count(*) FROM "
                                                           "pg_prepared_statements WHERE "
                                                           "strpos(statement, ?) > 0"),
                                            {marker});
        return count.ok() ? count->toInt() : -1;
    }

    int countIn(const QString& table)
    {
        auto count = SqlRunner(m_db).scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return count ? count->toInt() : -1;
    }

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
