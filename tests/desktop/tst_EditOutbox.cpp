// The offline queue (R30) against the real server: edits made while the server is away are
// kept in the queue file and sent in order when it returns; a connection killed while an edit
// is in flight still lands every edit exactly once; the queue outlives the client; a conflict
// leaves the queue for the teacher to resolve.
#include "journal/EditOutbox.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "storage/SqlRunner.h"
#include "support/FakeClock.h"
#include "support/SchoolBuilder.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("Secret-pass-1");
const QString kTeacher = QStringLiteral("teacher");
const QDateTime monday(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC);
} // namespace

class TestEditOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyEditArrivesExactlyOnceAcrossAKilledConnection();
    void editsMadeOfflineAreSentWhenTheServerReturns();
    void queuedEditsSurviveARestartOfTheClient();
    void staleEditIsRefusedAndLeavesTheQueue();
    void laterEditsOfOneCellBuildOnTheFirst();
    void editsWaitWhileSomeoneElseIsSignedIn();
    void anEditThatKeepsFailingIsGivenUpAfterAFewTries();

private:
    bool signIn(DesktopSession& session);
    QString queuePath() const { return m_dir.filePath(QStringLiteral("outbox.sqlite")); }
    qint64 lesson(TestClient& teacher, int number);
    QCborMap cell(qint64 lessonId, qint64 studentId, const QString& mark) const;
    // 0 when the cell was never written.
    int cellVersion(qint64 lessonId, qint64 studentId) const;
    QString cellMark(qint64 lessonId, qint64 studentId) const;
    int auditRows(qint64 lessonId) const;

    FakeClock m_clock{monday};
    TestServer m_server;
    QTemporaryDir m_dir;
    qint64 m_assignment = 0;
    qint64 m_oral = 0;
    QList<qint64> m_students;
    QList<qint64> m_lessons; // lesson_no 1…8 of monday
};

void TestEditOutbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addUser(QStringLiteral("deputy"), kPassword, {Role::Deputy}));
    QVERIFY(m_server.addUser(QStringLiteral("secretary"), kPassword, {Role::Secretary}));
    const qint64 teacherId = m_server.addUser(kTeacher, kPassword, {Role::Teacher});
    QVERIFY(teacherId);
    TestClient deputy(m_server.endpoint());
    QVERIFY(deputy.connectToServer());
    QVERIFY(deputy.login(QStringLiteral("deputy"), kPassword).ok);
    SchoolBuilder school(deputy);
    const qint64 year =
        school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
    const qint64 classId = school.classGroup(year, 6, QStringLiteral("Б"));
    const qint64 subject = school.subject(QStringLiteral("История"));
    m_oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
    m_assignment = school.assignment(classId, subject, teacherId, 2);
    QVERIFY(m_oral && m_assignment);

    TestClient secretary(m_server.endpoint());
    QVERIFY(secretary.connectToServer());
    QVERIFY(secretary.login(QStringLiteral("secretary"), kPassword).ok);
    for (const char* lastName : {"Алексеев", "Белова", "Волков"}) {
        const Reply admitted =
            secretary.call(QString::fromLatin1(Op::StudentAdmit),
                           {{QStringLiteral("person"),
                             QCborMap{{QStringLiteral("last_name"), QString::fromUtf8(lastName)},
                                      {QStringLiteral("first_name"), QStringLiteral("Иван")}}},
                            {QStringLiteral("personal_file_no"), QString::fromUtf8(lastName)},
                            {QStringLiteral("class_id"), classId},
                            {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                            {QStringLiteral("order_no"), QStringLiteral("1")},
                            {QStringLiteral("order_date"), QStringLiteral("2026-08-30")}});
        QVERIFY2(admitted.ok, qPrintable(admitted.error.message));
        m_students.append(
            admitted.result[QStringLiteral("student")][QStringLiteral("id")].toInteger());
    }
    TestClient teacher(m_server.endpoint());
    QVERIFY(teacher.connectToServer());
    QVERIFY(teacher.login(kTeacher, kPassword).ok);
    for (int number = 1; number <= 8; ++number) {
        m_lessons.append(lesson(teacher, number));
        QVERIFY(m_lessons.last());
    }
}

void TestEditOutbox::init()
{
    QFile::remove(queuePath());
    if (m_server.port() == 0)
        QVERIFY(m_server.start());
}

bool TestEditOutbox::signIn(DesktopSession& session)
{
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(m_server.endpoint(), kTeacher, kPassword);
    return QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 15000);
}

qint64 TestEditOutbox::lesson(TestClient& teacher, int number)
{
    const Reply reply =
        teacher.call(QString::fromLatin1(Op::LessonSave),
                     {{QStringLiteral("assignment_id"), m_assignment},
                      {QStringLiteral("date"), monday.date().toString(Qt::ISODate)},
                      {QStringLiteral("lesson_no"), number},
                      {QStringLiteral("topic"), QStringLiteral("Тема %1").arg(number)},
                      {QStringLiteral("work_type_id"), m_oral}});
    if (!reply.ok)
        qWarning().noquote() << "lesson.save:" << reply.error.message;
    return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
}

QCborMap TestEditOutbox::cell(qint64 lessonId, qint64 studentId, const QString& mark) const
{
    return {{QStringLiteral("lesson_id"), lessonId},
            {QStringLiteral("student_id"), studentId},
            {QStringLiteral("mark"), mark}};
}

int TestEditOutbox::cellVersion(qint64 lessonId, qint64 studentId) const
{
    auto version = SqlRunner(m_server.ownerDatabase())
                       .scalar(QStringLiteral("SELECT version FROM journal_cell WHERE "
                                              "lesson_id = ? AND student_id = ?"),
                               {lessonId, studentId});
    return version ? version->toInt() : -1;
}

QString TestEditOutbox::cellMark(qint64 lessonId, qint64 studentId) const
{
    auto mark = SqlRunner(m_server.ownerDatabase())
                    .scalar(QStringLiteral("SELECT mark FROM journal_cell WHERE "
                                           "lesson_id = ? AND student_id = ?"),
                            {lessonId, studentId});
    return mark ? mark->toString() : QString();
}

int TestEditOutbox::auditRows(qint64 lessonId) const
{
    auto rows = SqlRunner(m_server.ownerDatabase())
                    .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = 'cell.set' "
                                           "AND entity_id = ?"),
                            {lessonId});
    return rows ? rows->toInt() : -1;
}

// The connection dies while the server is applying an edit: the edit is applied but its reply
// is lost. After the reconnect the queue sends it again with the same key and the server
// answers from its record instead of applying it twice.
void TestEditOutbox::everyEditArrivesExactlyOnceAcrossAKilledConnection()
{
    DesktopSession session;
    QVERIFY(signIn(session));
    EditOutbox outbox(&session, queuePath());
    QVERIFY2(outbox.isOpen(), qPrintable(outbox.errorString()));
    QSignalSpy acknowledged(&outbox, &EditOutbox::editAcknowledged);
    QSignalSpy refused(&outbox, &EditOutbox::editRefused);
    QSignalSpy resumed(&session, &DesktopSession::resumed);

    // While edit 4 is acknowledged, hold the key table so edit 5 waits inside the server.
    constexpr int kHeldBack = 4;
    QSqlDatabase owner = m_server.ownerDatabase();
    bool locked = false;
    connect(&outbox, &EditOutbox::editAcknowledged, this, [&] {
        if (acknowledged.count() != kHeldBack || locked)
            return;
        locked = owner.transaction() &&
                 SqlRunner(owner)
                     .exec(QStringLiteral("LOCK TABLE idempotent_request IN EXCLUSIVE MODE"))
                     .ok();
    });

    const QList<qint64> lessons{m_lessons.at(0), m_lessons.at(1), m_lessons.at(2)};
    QList<std::pair<qint64, qint64>> cells;
    for (qint64 lesson : lessons) {
        for (qint64 student : std::as_const(m_students))
            cells.append({lesson, student});
    }
    const int edits = int(cells.size());
    QList<qint64> localIds;
    for (const auto& [lesson, student] : std::as_const(cells)) {
        // With base_version an edit applied twice would not even be harmless: a conflict.
        QCborMap args = cell(lesson, student, QStringLiteral("5"));
        args.insert(QStringLiteral("base_version"), 0);
        localIds.append(outbox.enqueue(QString::fromLatin1(Op::CellSet), args, m_assignment));
    }
    QVERIFY(!localIds.contains(0));
    QCOMPARE(outbox.pendingCount(), edits);

    // Edit 5 is in the server, waiting for the lock.
    QTRY_VERIFY_WITH_TIMEOUT(locked, 10000);
    auto waiting = [&] {
        auto count = SqlRunner(owner).scalar(
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                           "'idempotent_request'::regclass"));
        return count && count->toInt() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting(), 10000);

    // Kill the connection under it, then let the server finish the edit into the void.
    auto* socket = session.connection().findChild<QSslSocket*>();
    QVERIFY(socket);
    socket->abort();
    QTRY_COMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    QVERIFY(owner.commit());
    const auto [heldLesson, heldStudent] = cells.at(kHeldBack);
    QTRY_COMPARE_WITH_TIMEOUT(cellVersion(heldLesson, heldStudent), 1, 10000);
    // Applied on the server, unanswered here: still queued.
    QCOMPARE(acknowledged.count(), kHeldBack);
    QCOMPARE(outbox.pendingCount(), edits - kHeldBack);

    QTRY_VERIFY_WITH_TIMEOUT(resumed.count() >= 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(acknowledged.count(), edits);
    for (int index = 0; index < edits; ++index) // in the order made
        QCOMPARE(acknowledged.at(index).at(0).toLongLong(), localIds.at(index));
    for (const auto& [lesson, student] : std::as_const(cells))
        QCOMPARE(cellVersion(lesson, student), 1);
    int rows = 0;
    for (qint64 lesson : lessons)
        rows += auditRows(lesson);
    QCOMPARE(rows, edits);
}

void TestEditOutbox::editsMadeOfflineAreSentWhenTheServerReturns()
{
    DesktopSession session;
    QVERIFY(signIn(session));
    EditOutbox outbox(&session, queuePath());
    QSignalSpy counts(&outbox, &EditOutbox::pendingCountChanged);
    QSignalSpy acknowledged(&outbox, &EditOutbox::editAcknowledged);

    m_server.stopServer();
    QTRY_COMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    const qint64 lessonId = m_lessons.at(3);
    for (qint64 student : std::as_const(m_students))
        QVERIFY(outbox.enqueue(QString::fromLatin1(Op::CellSet),
                               cell(lessonId, student, QStringLiteral("4")), m_assignment));
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(counts.last().at(0).toInt(), 3);
    QVERIFY(outbox.statusText().contains(QLatin1Char('3')));
    QCOMPARE(outbox.pendingEdits(m_assignment).size(), 3);
    QVERIFY(outbox.pendingEdits(m_assignment + 1000).isEmpty());
    QTest::qWait(1200); // a reconnect attempt fails meanwhile; nothing is lost
    QCOMPARE(outbox.pendingCount(), 3);

    QVERIFY(m_server.start());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QVERIFY(outbox.statusText().isEmpty());
    QCOMPARE(acknowledged.count(), 3);
    for (qint64 student : std::as_const(m_students))
        QCOMPARE(cellVersion(lessonId, student), 1);
    QCOMPARE(auditRows(lessonId), 3);
}

void TestEditOutbox::queuedEditsSurviveARestartOfTheClient()
{
    const qint64 lessonId = m_lessons.at(4);
    DesktopSession session; // not signed in yet: the client is offline
    {
        EditOutbox before(&session, queuePath());
        QVERIFY(before.enqueue(QString::fromLatin1(Op::CellSet),
                               cell(lessonId, m_students.at(0), QStringLiteral("4")),
                               m_assignment));
        QVERIFY(before.enqueue(QString::fromLatin1(Op::CellSet),
                               cell(lessonId, m_students.at(1), QStringLiteral("3")),
                               m_assignment));
        QCOMPARE(before.pendingCount(), 2);
    }
    EditOutbox after(&session, queuePath());
    QCOMPARE(after.pendingCount(), 2);
    const QList<PendingEdit> kept = after.pendingEdits(m_assignment);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).op, QString::fromLatin1(Op::CellSet));
    QCOMPARE(kept.at(0).args.value(QStringLiteral("mark")).toString(), QStringLiteral("4"));
    QCOMPARE(kept.at(1).args.value(QStringLiteral("mark")).toString(), QStringLiteral("3"));
    QCOMPARE(kept.at(0).createdAt, monday);
    QCOMPARE(kept.at(0).args.value(QStringLiteral("idempotency_key")).toString().size(), 36);
    QVERIFY(kept.at(0).args.value(QStringLiteral("idempotency_key")) !=
            kept.at(1).args.value(QStringLiteral("idempotency_key")));
    QSignalSpy acknowledged(&after, &EditOutbox::editAcknowledged);

    QVERIFY(signIn(session));
    QTRY_COMPARE_WITH_TIMEOUT(after.pendingCount(), 0, 15000);
    QCOMPARE(acknowledged.count(), 2);
    QCOMPARE(cellMark(lessonId, m_students.at(0)), QStringLiteral("4"));
    QCOMPARE(cellMark(lessonId, m_students.at(1)), QStringLiteral("3"));
    // Nothing is left in the file either.
    EditOutbox reopened(nullptr, queuePath());
    QCOMPARE(reopened.pendingCount(), 0);
}

void TestEditOutbox::staleEditIsRefusedAndLeavesTheQueue()
{
    const qint64 lessonId = m_lessons.at(5);
    TestClient colleague(m_server.endpoint()); // the same teacher on another computer
    QVERIFY(colleague.connectToServer());
    QVERIFY(colleague.login(kTeacher, kPassword).ok);
    QVERIFY(colleague
                .call(QString::fromLatin1(Op::CellSet),
                      cell(lessonId, m_students.at(0), QStringLiteral("2")))
                .ok);

    DesktopSession session;
    EditOutbox outbox(&session, queuePath());
    QSignalSpy acknowledged(&outbox, &EditOutbox::editAcknowledged);
    QSignalSpy refused(&outbox, &EditOutbox::editRefused);
    QCborMap stale = cell(lessonId, m_students.at(0), QStringLiteral("5"));
    stale.insert(QStringLiteral("base_version"), 0); // made before the colleague's mark
    const qint64 staleId = outbox.enqueue(QString::fromLatin1(Op::CellSet), stale, m_assignment);
    QVERIFY(outbox.enqueue(QString::fromLatin1(Op::CellSet),
                           cell(lessonId, m_students.at(1), QStringLiteral("5")), m_assignment));
    QVERIFY(signIn(session));
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toLongLong(), staleId);
    const Error error = refused.first().at(3).value<Error>();
    QCOMPARE(error.code, ErrorCode::Conflict);
    QCOMPARE(error.details[QStringLiteral("mark")].toString(), QStringLiteral("2"));
    QCOMPARE(refused.first().at(2).value<QCborMap>().value(QStringLiteral("mark")).toString(),
             QStringLiteral("5"));
    // The queue went on past the refused edit.
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(cellMark(lessonId, m_students.at(0)), QStringLiteral("2"));
    QCOMPARE(cellMark(lessonId, m_students.at(1)), QStringLiteral("5"));
}

// Typed offline twice into one cell, both edits carry the version the grid showed; the second
// builds on the first instead of conflicting with it.
void TestEditOutbox::laterEditsOfOneCellBuildOnTheFirst()
{
    const qint64 lessonId = m_lessons.at(6);
    DesktopSession session;
    EditOutbox outbox(&session, queuePath());
    QSignalSpy refused(&outbox, &EditOutbox::editRefused);
    for (const char* mark : {"3", "4", "5"}) {
        QCborMap args = cell(lessonId, m_students.at(2), QString::fromLatin1(mark));
        args.insert(QStringLiteral("base_version"), 0);
        QVERIFY(outbox.enqueue(QString::fromLatin1(Op::CellSet), args, m_assignment));
    }
    QVERIFY(signIn(session));
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(cellVersion(lessonId, m_students.at(2)), 3);
    QCOMPARE(cellMark(lessonId, m_students.at(2)), QStringLiteral("5"));
}

// After «switch user» the same session belongs to someone else: the first user's queued edits
// are not sent in the other's name, and go once their owner is back.
void TestEditOutbox::editsWaitWhileSomeoneElseIsSignedIn()
{
    const qint64 lessonId = m_lessons.at(7);
    DesktopSession session;
    QVERIFY(signIn(session));
    EditOutbox outbox(&session, queuePath());
    QSignalSpy acknowledged(&outbox, &EditOutbox::editAcknowledged);
    QSignalSpy refused(&outbox, &EditOutbox::editRefused);
    session.signOut();
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(m_server.endpoint(), QStringLiteral("deputy"), kPassword);
    QVERIFY(QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 15000));

    QVERIFY(outbox.enqueue(QString::fromLatin1(Op::CellSet),
                           cell(lessonId, m_students.at(2), QStringLiteral("4")), m_assignment));
    QTest::qWait(1000);
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(refused.count(), 0);
    QCOMPARE(cellVersion(lessonId, m_students.at(2)), 0);

    session.signOut();
    QVERIFY(signIn(session));
    QTRY_COMPARE_WITH_TIMEOUT(acknowledged.count(), 1, 15000);
    QCOMPARE(outbox.pendingCount(), 0);
    QCOMPARE(cellMark(lessonId, m_students.at(2)), QStringLiteral("4"));
}

// The server keeps answering `internal` for one edit (here a trigger that always fails): after
// a few tries it counts as refused, and the edits behind it go on.
void TestEditOutbox::anEditThatKeepsFailingIsGivenUpAfterAFewTries()
{
    const qint64 lessonId = m_lessons.at(7);
    QSqlDatabase owner = m_server.ownerDatabase();
    const SqlRunner sql(owner);
    QVERIFY(sql.exec(QStringLiteral("CREATE FUNCTION test_failing_cell() RETURNS trigger "
                                    "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: "
                                    "the disk failed'; END $$"))
                .ok());
    QVERIFY(sql.exec(QStringLiteral("CREATE TRIGGER test_failing_cell BEFORE INSERT OR UPDATE ON "
                                    "journal_cell FOR EACH ROW WHEN (NEW.lesson_id = %1 AND "
                                    "NEW.mark = '2') EXECUTE FUNCTION test_failing_cell()")
                         .arg(lessonId))
                .ok());
    auto dropTrigger = qScopeGuard([&] {
        sql.exec(QStringLiteral("DROP TRIGGER test_failing_cell ON journal_cell"));
        sql.exec(QStringLiteral("DROP FUNCTION test_failing_cell()"));
    });

    DesktopSession session;
    EditOutbox outbox(&session, queuePath());
    outbox.setRetryInterval(50);
    QSignalSpy acknowledged(&outbox, &EditOutbox::editAcknowledged);
    QSignalSpy refused(&outbox, &EditOutbox::editRefused);
    const qint64 failing =
        outbox.enqueue(QString::fromLatin1(Op::CellSet),
                       cell(lessonId, m_students.at(0), QStringLiteral("2")), m_assignment);
    QVERIFY(failing);
    QVERIFY(outbox.enqueue(QString::fromLatin1(Op::CellSet),
                           cell(lessonId, m_students.at(1), QStringLiteral("5")), m_assignment));
    QVERIFY(signIn(session));
    QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 15000);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toLongLong(), failing);
    QCOMPARE(refused.first().at(3).value<Error>().code, ErrorCode::Internal);
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(cellMark(lessonId, m_students.at(1)), QStringLiteral("5"));
    QCOMPARE(cellVersion(lessonId, m_students.at(0)), 0);
}

QTEST_MAIN(TestEditOutbox)
#include "tst_EditOutbox.moc"
