// The schema guard: migrations apply once, a changed applied migration and a database
// from a newer program are refused, and the application role has DML only.
#include "storage/ManagedCluster.h"
#include "storage/Migrator.h"
#include "storage/SqlRunner.h"
#include "support/TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

// A database of its own on the test cluster, to migrate from an older version; closed and
// dropped when it goes.
class ScratchDatabase
{
public:
    ScratchDatabase(TestServer& server, const QString& name)
        : m_server(server)
        , m_name(name)
    {}
    ~ScratchDatabase()
    {
        if (m_db.isOpen()) {
            SqlRunner::forgetPrepared(m_db);
            m_db.close();
        }
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        QSqlQuery(m_server.ownerDatabase())
            .exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
    }

    bool open()
    {
        // A database a crashed run left behind goes first.
        QSqlQuery(m_server.ownerDatabase())
            .exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
        if (!QSqlQuery(m_server.ownerDatabase())
                 .exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return false;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(m_server.socketDir());
        m_db.setDatabaseName(m_name);
        m_db.setUserName(QString::fromLatin1(ManagedCluster::kOwnerRole));
        if (!m_db.open()) {
            qWarning().noquote() << m_db.lastError().text();
            return false;
        }
        // A new libpq connection may reuse a closed one's address: it has no statements yet.
        SqlRunner::forgetPrepared(m_db);
        return true;
    }

    QSqlDatabase& db() { return m_db; }

private:
    TestServer& m_server;
    QString m_name;
    QSqlDatabase m_db;
};

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start(false)); }

    void appliedMigrationsAreRecordedWithTheirHash()
    {
        const SqlRunner sql(m_server.ownerDatabase());
        auto count = sql.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE "
                                               "length(sha256) = 64"));
        QVERIFY(count.ok());
        QCOMPARE(count->toInt(), Migrator(m_server.ownerDatabase()).latestKnownVersion());
    }

    void migratingAgainChangesNothing()
    {
        Migrator migrator(m_server.ownerDatabase());
        const auto migrated = migrator.migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    }

    void changedAppliedMigrationIsRefused()
    {
        const SqlRunner sql(m_server.ownerDatabase());
        auto original =
            sql.scalar(QStringLiteral("SELECT sha256 FROM schema_migrations WHERE version = 1"));
        QVERIFY(original.ok());
        QVERIFY(
            sql.exec(QStringLiteral("UPDATE schema_migrations SET sha256 = ? WHERE version = 1"),
                     {QString(64, QLatin1Char('0'))})
                .ok());
        const auto migrated = Migrator(m_server.ownerDatabase()).migrate();
        QVERIFY(
            sql.exec(QStringLiteral("UPDATE schema_migrations SET sha256 = ? WHERE version = 1"),
                     {original->toString()})
                .ok());
        QVERIFY(!migrated.ok());
        QVERIFY(migrated.error().message.contains(QStringLiteral("0001_foundation.sql")));
    }

    void newerDatabaseIsRefused()
    {
        const SqlRunner sql(m_server.ownerDatabase());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, sha256) "
                                        "VALUES (9999, '9999_future.sql', ?)"),
                         {QString(64, QLatin1Char('f'))})
                    .ok());
        const auto migrated = Migrator(m_server.ownerDatabase()).migrate();
        QVERIFY(
            sql.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 9999")).ok());
        QVERIFY(!migrated.ok());
        QVERIFY(migrated.error().message.contains(QStringLiteral("9999")));
    }

    void applicationRoleHasDmlOnlyAndAppendOnlyAudit()
    {
        const SqlRunner sql(m_server.ownerDatabase());
        const QString app = QString::fromLatin1(ManagedCluster::kAppRole);
        auto check = [&](const QString& table, const QString& privilege) {
            auto granted = sql.scalar(QStringLiteral("SELECT has_table_privilege(?, ?, ?)"),
                                      {app, table, privilege});
            return granted.ok() && granted->toBool();
        };
        QVERIFY(check(QStringLiteral("audit_log"), QStringLiteral("INSERT")));
        QVERIFY(check(QStringLiteral("audit_log"), QStringLiteral("SELECT")));
        QVERIFY(!check(QStringLiteral("audit_log"), QStringLiteral("UPDATE")));
        QVERIFY(!check(QStringLiteral("audit_log"), QStringLiteral("DELETE")));
        QVERIFY(!check(QStringLiteral("audit_log"), QStringLiteral("TRUNCATE")));
        QVERIFY(check(QStringLiteral("app_user"), QStringLiteral("UPDATE")));
        QVERIFY(!check(QStringLiteral("schema_migrations"), QStringLiteral("INSERT")));
        // sql/0010: the school's one revision row is only ever updated.
        QVERIFY(check(QStringLiteral("school_revision"), QStringLiteral("UPDATE")));
        QVERIFY(!check(QStringLiteral("school_revision"), QStringLiteral("INSERT")));
        QVERIFY(!check(QStringLiteral("school_revision"), QStringLiteral("DELETE")));
        QVERIFY(!check(QStringLiteral("school_revision"), QStringLiteral("TRUNCATE")));
        auto owner = sql.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                               "'public' AND tableowner = ?"),
                                {app});
        QVERIFY(owner.ok());
        QCOMPARE(owner->toInt(), 0);
    }

    // A school database made by an older program keeps its data through the newer migrations.
    void olderDatabaseMigratesWithItsData()
    {
        ScratchDatabase scratch(m_server, QStringLiteral("older_school"));
        QVERIFY(scratch.open());
        {
            QSqlDatabase& older = scratch.db();
            QVERIFY(Migrator(older).migrate(1).ok());
            const SqlRunner sql(older);
            QVERIFY(
                sql.exec(QStringLiteral(
                             "INSERT INTO app_user (login, password_hash, full_name, created_at, "
                             "updated_at) VALUES ('ivanova', 'x', 'Иванова Мария', now(), now())"))
                    .ok());
            auto beforeColumns =
                sql.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                          "table_name = 'app_user' AND column_name = 'person_id'"));
            QCOMPARE(beforeColumns->toInt(), 0);
            const auto migrated = Migrator(older).migrate();
            QVERIFY2(migrated.ok(),
                     qPrintable(migrated.ok() ? QString() : migrated.error().message));
            auto name = sql.scalar(
                QStringLiteral("SELECT full_name FROM app_user WHERE login = 'ivanova'"));
            QCOMPARE(name->toString(), QStringLiteral("Иванова Мария"));
            auto person = sql.scalar(
                QStringLiteral("SELECT person_id IS NULL FROM app_user WHERE login = 'ivanova'"));
            QVERIFY(person->toBool());
            auto applied = sql.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"));
            QCOMPARE(applied->toInt(), Migrator(older).latestKnownVersion());
        }
    }

    // sql/0008: a school's cells learn their journal from their lesson, and a cell cannot
    // name another journal than its lesson's.
    void cellsOfAnOlderDatabaseTakeTheirLessonsJournal()
    {
        ScratchDatabase scratch(m_server, QStringLiteral("cells_school"));
        QVERIFY(scratch.open());
        {
            QSqlDatabase& older = scratch.db();
            QVERIFY(Migrator(older).migrate(7).ok());
            const SqlRunner sql(older);
            QVERIFY(
                sql.exec(QStringLiteral(
                             "INSERT INTO app_user (id, login, password_hash, full_name, "
                             "  created_at, updated_at) VALUES (1, 't', 'x', 'Т', now(), now());"
                             "INSERT INTO academic_year (id, title, starts_on, ends_on, "
                             "  updated_at) VALUES (1, '2026/2027', '2026-09-01', "
                             "  '2027-05-31', now());"
                             "INSERT INTO class_group (id, year_id, grade, letter, updated_at) "
                             "  VALUES (1, 1, 5, 'А', now());"
                             "INSERT INTO subject (id, title) VALUES (1, 'Математика'), "
                             "  (2, 'История');"
                             "INSERT INTO assignment (id, class_id, subject_id, teacher_id, "
                             "  hours_per_week, updated_at) VALUES (7, 1, 1, 1, 5, now()), "
                             "  (8, 1, 2, 1, 2, now());"
                             "INSERT INTO person (id, last_name, first_name, updated_at) "
                             "  VALUES (1, 'Белова', 'Анна', now()), (2, 'Волков', 'Борис', now());"
                             "INSERT INTO student (id, person_id, personal_file_no, "
                             "  updated_at) VALUES (1, 1, '1', now()), (2, 2, '2', now());"
                             "INSERT INTO lesson (id, assignment_id, held_on, lesson_no, "
                             "  taught_by, updated_at) VALUES (10, 7, '2026-09-02', 1, 1, "
                             "  now()), (11, 8, '2026-09-02', 2, 1, now());"
                             "INSERT INTO journal_cell (lesson_id, student_id, mark, "
                             "  updated_at) VALUES (10, 1, '5', now()), (11, 1, '4', now())"))
                    .ok());
            const auto migrated = Migrator(older).migrate();
            QVERIFY2(migrated.ok(),
                     qPrintable(migrated.ok() ? QString() : migrated.error().message));
            auto journals = sql.scalar(QStringLiteral(
                "SELECT string_agg(lesson_id || ':' || assignment_id, ',' ORDER BY lesson_id) "
                "FROM journal_cell"));
            QVERIFY(journals.ok());
            QCOMPARE(journals->toString(), QStringLiteral("10:7,11:8"));
            const QString insert = QStringLiteral(
                "INSERT INTO journal_cell (lesson_id, assignment_id, student_id, mark, "
                "updated_at) VALUES (10, ?, 2, '3', now())");
            QVERIFY(!sql.exec(insert, {8}).ok()); // lesson 10 is in journal 7
            // sql/0010: every journal has its own revision, the school one, and a change of a
            // journal's cells gives that journal, and only that one, a new revision.
            const auto revisions = [&] {
                auto all = sql.scalar(QStringLiteral(
                    "SELECT string_agg(revision::text, ',' ORDER BY id) FROM assignment"));
                return all.ok() ? all->toString().split(QLatin1Char(',')) : QStringList();
            };
            const QStringList before = revisions();
            QCOMPARE(before.size(), 2);
            QVERIFY(before[0] != before[1]);
            QCOMPARE(sql.scalar(QStringLiteral("SELECT count(*) FROM school_revision"))->toInt(),
                     1);
            QVERIFY(sql.exec(insert, {7}).ok());
            const QStringList after = revisions();
            QVERIFY(after[0] != before[0]);
            QCOMPARE(after[1], before[1]);
            QVERIFY(sql.exec(QStringLiteral("DELETE FROM lesson WHERE id = ?"), {10}).ok());
            auto left = sql.scalar(QStringLiteral("SELECT count(*) FROM journal_cell"));
            QCOMPARE(left->toInt(), 1); // the lesson's cells went with it
        }
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
