// Live updates: a change committed through one server instance reaches the clients that
// follow that journal on another instance (NOTIFY journal_changed → journal.changed).
#include "app/Server.h"
#include "protocol/OpNames.h"
#include "storage/DbWorkerPool.h"
#include "storage/ManagedCluster.h"
#include "storage/SqlRunner.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
}

class TestJournalLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        const qint64 teacher =
            m_server.addUser(QStringLiteral("teacher"), password, {Role::Teacher});
        QVERIFY(m_server.addUser(QStringLiteral("stranger"), password, {Role::Teacher}));
        const qint64 homeroom = m_server.addUser(QStringLiteral("homeroom"), password,
                                                 {Role::Teacher, Role::ClassTeacher});
        // A second server instance on the same database, as in a district setup.
        m_second = std::make_unique<Server>(m_server.databaseConfig(), ServerSettings{});
        ListenOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        options.plain = true;
        QString error;
        QVERIFY2(m_second->listen(options, &error), qPrintable(error));
        QVERIFY2(m_second->listenForChanges(m_server.databaseConfig(), &error), qPrintable(error));

        SchoolBuilder school(client(QStringLiteral("deputy")));
        const qint64 year = school.year(m_dates);
        m_classId = school.classGroup(year, 6, QStringLiteral("А"), homeroom);
        const qint64 classId = m_classId;
        const qint64 subject = school.subject(QStringLiteral("История"));
        const qint64 oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
        m_assignment = school.assignment(classId, subject, teacher, 2);
        QVERIFY(m_assignment && oral);
        m_student = SchoolBuilder::admit(client(QStringLiteral("secretary")), classId,
                                         QStringLiteral("Гаврилов"), QStringLiteral("6-1"),
                                         m_dates.startsOn, QStringLiteral("Олег"));
        const QDate today = QDate::currentDate();
        const Reply lesson = client(QStringLiteral("teacher"))
                                 .call(QString::fromLatin1(Op::LessonSave),
                                       {{QStringLiteral("assignment_id"), m_assignment},
                                        {QStringLiteral("date"), today.toString(Qt::ISODate)},
                                        {QStringLiteral("lesson_no"), 1},
                                        {QStringLiteral("topic"), QStringLiteral("Древний Египет")},
                                        {QStringLiteral("work_type_id"), oral}});
        QVERIFY2(lesson.ok, qPrintable(lesson.error.message));
        m_lesson = lesson.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
        QVERIFY(m_student && m_lesson);
    }

    void changesThroughOneServerReachFollowersOnAnother()
    {
        // The class teacher watches the journal on the first server.
        TestClient& watcher = client(QStringLiteral("homeroom"));
        QVERIFY(follow(watcher));
        QSignalSpy events(&watcher.connection(), &Connection::eventReceived);
        // The teacher enters a mark through the second server.
        Connection::Endpoint second = m_server.endpoint();
        second.port = m_second->port();
        TestClient teacher(second);
        QVERIFY(teacher.connectToServer());
        QVERIFY(teacher.login(QStringLiteral("teacher"), password).ok);
        const Reply mark = teacher.call(QString::fromLatin1(Op::CellSet),
                                        {{QStringLiteral("lesson_id"), m_lesson},
                                         {QStringLiteral("student_id"), m_student},
                                         {QStringLiteral("mark"), QStringLiteral("5")}});
        QVERIFY2(mark.ok, qPrintable(mark.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
        QCOMPARE(events.first().at(0).toString(), QStringLiteral("journal.changed"));
        QCOMPARE(events.first()
                     .at(1)
                     .value<QCborMap>()
                     .value(QStringLiteral("assignment_id"))
                     .toInteger(),
                 m_assignment);
        // Fetching the journal then shows the new mark.
        const Reply journal = watcher.call(QString::fromLatin1(Op::JournalGet),
                                           {{QStringLiteral("assignment_id"), m_assignment}});
        QCOMPARE(journal.result[QStringLiteral("cells")][0][QStringLiteral("mark")].toString(),
                 QStringLiteral("5"));
    }

    void unsubscribedClientsHearNothing()
    {
        TestClient& watcher = client(QStringLiteral("homeroom"));
        QVERIFY(watcher
                    .call(QString::fromLatin1(Op::JournalUnsubscribe),
                          {{QStringLiteral("assignment_id"), m_assignment}})
                    .ok);
        QSignalSpy events(&watcher.connection(), &Connection::eventReceived);
        QVERIFY(client(QStringLiteral("teacher"))
                    .call(QString::fromLatin1(Op::CellSet),
                          {{QStringLiteral("lesson_id"), m_lesson},
                           {QStringLiteral("student_id"), m_student},
                           {QStringLiteral("mark"), QStringLiteral("4")}})
                    .ok);
        QTest::qWait(500);
        QVERIFY(events.isEmpty());
    }

    void aStudentAdmittedToTheClassReachesItsFollowers()
    {
        TestClient& watcher = client(QStringLiteral("homeroom"));
        QVERIFY(follow(watcher));
        QSignalSpy events(&watcher.connection(), &Connection::eventReceived);
        QVERIFY(SchoolBuilder::admit(client(QStringLiteral("secretary")), m_classId,
                                     QStringLiteral("Новикова"), QStringLiteral("6-2"),
                                     m_dates.startsOn));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
        QCOMPARE(events.first().at(0).toString(), QStringLiteral("journal.changed"));
        QCOMPARE(events.first()
                     .at(1)
                     .value<QCborMap>()
                     .value(QStringLiteral("assignment_id"))
                     .toInteger(),
                 m_assignment);
        QVERIFY(watcher
                    .call(QString::fromLatin1(Op::JournalUnsubscribe),
                          {{QStringLiteral("assignment_id"), m_assignment}})
                    .ok);
    }

    void r18_onlyReadersMayFollowAJournal()
    {
        const Reply reply = client(QStringLiteral("stranger"))
                                .call(QString::fromLatin1(Op::JournalSubscribe),
                                      {{QStringLiteral("assignment_id"), m_assignment}});
        QCOMPARE(reply.error.rule, QStringLiteral("R18"));
    }

    // journal.get reads the cells on a worker's companion connection. PostgreSQL drops every
    // application connection (a restart): the journal still opens, a worker whose companion is
    // gone reads everything on its own connection (at most one request a worker is
    // `unavailable`: its own connection), and the companions are opened again and used.
    // Last: the second server's connections stay dropped.
    void journalReadsGoOnWhenEveryConnectionIsDropped()
    {
        TestClient& teacher = client(QStringLiteral("teacher"));
        // Each call asks for another range (each ends after the year, so all have today's
        // lesson), so that the journal is read afresh, not answered from what was kept.
        int asked = 0;
        const auto open = [&] {
            const QDate to = m_dates.endsOn.addDays(asked++);
            return teacher.call(QString::fromLatin1(Op::JournalGet),
                                {{QStringLiteral("assignment_id"), m_assignment},
                                 {QStringLiteral("to"), to.toString(Qt::ISODate)}});
        };
        const SqlRunner owner(m_server.ownerDatabase());
        const QString app = QString::fromLatin1(ManagedCluster::kAppRole);
        // This server's companions that ran the cells' read last (a worker's own connection
        // ends with COMMIT; the second server's companions are not counted).
        const QString companions =
            m_server.server().workers().connectionPrefix() + QStringLiteral("%-alongside");
        const auto companionsThatRead = [&] {
            auto count = owner.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                     "WHERE application_name LIKE ? "
                                                     "AND query LIKE ?"),
                                      {companions, QStringLiteral("EXECUTE %")});
            return count.ok() ? count->toInt() : -1;
        };
        const int workers = m_server.server().workers().threadCount();
        for (int call = 0; call < 2 * workers; ++call)
            QVERIFY(open().ok);
        QVERIFY(companionsThatRead() >= 1);
        auto dropped = owner.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) "
                                                   "FROM pg_stat_activity WHERE usename = ?"),
                                    {app});
        QVERIFY(dropped.ok());
        QVERIFY(dropped->toInt() >= workers + qMin(workers, DbWorkerPool::kCompanionWorkers));
        QTRY_COMPARE_WITH_TIMEOUT(companionsThatRead(), 0, 5000);
        int unavailable = 0;
        int inARow = 0;
        for (int call = 0; call < 60 && inARow < 4 * workers; ++call) {
            const Reply reply = open();
            if (reply.ok) {
                QCOMPARE(reply.result[QStringLiteral("cells")].toArray().size(), 1);
                ++inARow;
                continue;
            }
            QCOMPARE(reply.error.code, ErrorCode::Unavailable);
            ++unavailable;
            inARow = 0;
        }
        QCOMPARE(inARow, 4 * workers);
        QVERIFY(unavailable <= workers);
        QVERIFY(companionsThatRead() >= 1);
    }

    void cleanupTestCase() { m_second.reset(); }

private:
    // journal.subscribe to the test's journal.
    bool follow(TestClient& watcher)
    {
        return watcher
            .call(QString::fromLatin1(Op::JournalSubscribe),
                  {{QStringLiteral("assignment_id"), m_assignment}})
            .ok;
    }

    TestClient& client(const QString& login) { return m_clients[login]; }

    TestServer m_server;
    std::unique_ptr<Server> m_second;
    SignedInClients m_clients{m_server, password};
    // The lesson is dated today: the year holds it.
    const SchoolBuilder::YearDates m_dates = SchoolBuilder::yearHolding(QDate::currentDate());
    qint64 m_assignment = 0;
    qint64 m_classId = 0;
    qint64 m_student = 0;
    qint64 m_lesson = 0;
};

QTEST_GUILESS_MAIN(TestJournalLive)
#include "tst_JournalLive.moc"
