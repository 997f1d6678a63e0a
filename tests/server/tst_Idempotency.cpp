// Idempotency keys (R30): an edit repeated with its key is applied once and answered with the
// first reply; keys are per user, refusals are not kept, and a key never skips the sign-in.
#include "protocol/OpNames.h"
#include "storage/SqlRunner.h"
#include "support/FakeClock.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
const QDateTime monday(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC);
const QString kKey = QStringLiteral("idempotency_key");

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestIdempotency : public QObject
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
        const qint64 other = m_server.addUser(QStringLiteral("other"), password, {Role::Teacher});
        QVERIFY(teacher && other);
        SchoolBuilder school(m_clients[QStringLiteral("deputy")]);
        const qint64 year =
            school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        const qint64 class5 = school.classGroup(year, 5, QStringLiteral("А"));
        const qint64 math = school.subject(QStringLiteral("Математика"));
        const qint64 physics = school.subject(QStringLiteral("Физика"));
        m_oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
        m_math = school.assignment(class5, math, teacher, 5);
        m_physics = school.assignment(class5, physics, other, 2);
        QVERIFY(m_oral && m_math && m_physics);
        m_anna = admit(class5, QStringLiteral("Андреева"), QStringLiteral("5-1"));
        m_boris = admit(class5, QStringLiteral("Борисов"), QStringLiteral("5-2"));
        QVERIFY(m_anna && m_boris);
    }

    void repeatedEditIsAppliedOnceWithTheSameReply()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 1);
        const QCborMap args = cellArgs(lessonId, m_anna, QStringLiteral("5"), newKey());
        const Reply first = teacher().call(QString::fromLatin1(Op::CellSet), args);
        QVERIFY2(first.ok, qPrintable(first.error.message));
        const Reply again = teacher().call(QString::fromLatin1(Op::CellSet), args);
        QVERIFY2(again.ok, qPrintable(again.error.message));
        QCOMPARE(again.result, first.result);
        QCOMPARE(cellVersion(lessonId, m_anna), 1);
        QCOMPARE(auditRows(lessonId, m_anna), 1);
        // A new key is a new edit.
        const Reply next =
            teacher().call(QString::fromLatin1(Op::CellSet),
                           cellArgs(lessonId, m_anna, QStringLiteral("4"), newKey(), 1));
        QVERIFY2(next.ok, qPrintable(next.error.message));
        QCOMPARE(cellVersion(lessonId, m_anna), 2);
        QCOMPARE(auditRows(lessonId, m_anna), 2);
    }

    void keysBelongToTheirUser()
    {
        const QString key = newKey();
        const qint64 mathLesson = lesson(QStringLiteral("teacher"), m_math, 2);
        const qint64 physicsLesson = lesson(QStringLiteral("other"), m_physics, 3);
        const Reply mine = teacher().call(QString::fromLatin1(Op::CellSet),
                                          cellArgs(mathLesson, m_anna, QStringLiteral("5"), key));
        QVERIFY2(mine.ok, qPrintable(mine.error.message));
        const Reply theirs = m_clients[QStringLiteral("other")].call(
            QString::fromLatin1(Op::CellSet),
            cellArgs(physicsLesson, m_anna, QStringLiteral("3"), key));
        QVERIFY2(theirs.ok, qPrintable(theirs.error.message));
        QCOMPARE(theirs.result[QStringLiteral("cell")][QStringLiteral("lesson_id")].toInteger(),
                 physicsLesson);
        QCOMPARE(cellVersion(mathLesson, m_anna), 1);
        QCOMPARE(cellVersion(physicsLesson, m_anna), 1);
    }

    void refusedEditMayBeRetriedWithItsKey()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 4);
        const QString key = newKey();
        const Reply refused = teacher().call(QString::fromLatin1(Op::CellSet),
                                             cellArgs(lessonId, m_boris, QStringLiteral("6"), key));
        QCOMPARE(refused.error.rule, QStringLiteral("R01"));
        const Reply fixed = teacher().call(QString::fromLatin1(Op::CellSet),
                                           cellArgs(lessonId, m_boris, QStringLiteral("5"), key));
        QVERIFY2(fixed.ok, qPrintable(fixed.error.message));
        QCOMPARE(fixed.result[QStringLiteral("cell")][QStringLiteral("mark")].toString(),
                 QStringLiteral("5"));
        QCOMPARE(cellVersion(lessonId, m_boris), 1);
    }

    void keyReusedForAnotherOpIsABadRequest()
    {
        const QString key = newKey();
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 5);
        QVERIFY(teacher()
                    .call(QString::fromLatin1(Op::CellSet),
                          cellArgs(lessonId, m_anna, QStringLiteral("4"), key))
                    .ok);
        const Reply reused = teacher().call(QString::fromLatin1(Op::LessonDelete),
                                            {{QStringLiteral("lesson_id"), lessonId},
                                             {QStringLiteral("reason"), QStringLiteral("ошибка")},
                                             {kKey, key}});
        QCOMPARE(reused.error.code, ErrorCode::BadRequest);
        QCOMPARE(cellVersion(lessonId, m_anna), 1); // the lesson is still there
    }

    void malformedOrMisplacedKeyIsABadRequest()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 6);
        QCOMPARE(teacher()
                     .call(QString::fromLatin1(Op::CellSet),
                           cellArgs(lessonId, m_anna, QStringLiteral("5"), QStringLiteral("short")))
                     .error.code,
                 ErrorCode::BadRequest);
        QCOMPARE(teacher()
                     .call(QString::fromLatin1(Op::JournalGet),
                           {{QStringLiteral("assignment_id"), m_math}, {kKey, newKey()}})
                     .error.code,
                 ErrorCode::BadRequest);
        QCOMPARE(cellVersion(lessonId, m_anna), 0);
    }

    // The stored reply is given only after the sign-in and permission checks pass again.
    void keyDoesNotSkipTheSignInOrPermissions()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 7);
        const QCborMap args = cellArgs(lessonId, m_anna, QStringLiteral("5"), newKey());
        TestClient leaving(m_server.endpoint());
        QVERIFY(leaving.connectToServer());
        QVERIFY(leaving.login(QStringLiteral("teacher"), password).ok);
        QVERIFY(leaving.call(QString::fromLatin1(Op::CellSet), args).ok);
        QVERIFY(leaving.call(QString::fromLatin1(Op::AuthLogout)).ok);
        QCOMPARE(leaving.call(QString::fromLatin1(Op::CellSet), args).error.code,
                 ErrorCode::Unauthenticated);
        QCOMPARE(m_clients[QStringLiteral("secretary")]
                     .call(QString::fromLatin1(Op::CellSet), args)
                     .error.code,
                 ErrorCode::Forbidden);
        QCOMPARE(cellVersion(lessonId, m_anna), 1);
    }

    // Two copies of one edit racing on two connections: one applies, both get its reply.
    void concurrentCopiesApplyOnce()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 8);
        TestClient second(m_server.endpoint());
        QVERIFY(second.connectToServer());
        QVERIFY(second.login(QStringLiteral("teacher"), password).ok);
        constexpr int kCopies = 6;
        // Shared, so a reply arriving after a failed check has somewhere to go.
        auto replies = std::make_shared<QList<Reply>>();
        const QCborMap args = cellArgs(lessonId, m_boris, QStringLiteral("3"), newKey());
        for (int copy = 0; copy < kCopies; ++copy) {
            Connection& connection = copy % 2 ? second.connection() : teacher().connection();
            connection.send(QString::fromLatin1(Op::CellSet), args,
                            [replies](const Reply& reply) { replies->append(reply); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(replies->size(), kCopies, 10000);
        for (const Reply& reply : std::as_const(*replies)) {
            QVERIFY2(reply.ok, qPrintable(reply.error.message));
            QCOMPARE(reply.result, replies->first().result);
        }
        QCOMPARE(cellVersion(lessonId, m_boris), 1);
        QCOMPARE(auditRows(lessonId, m_boris), 1);
    }

    void otherEditsTakeKeys()
    {
        const QString key = newKey();
        QCborMap args{{QStringLiteral("assignment_id"), m_math},
                      {QStringLiteral("date"), monday.date().toString(Qt::ISODate)},
                      {QStringLiteral("lesson_no"), 9},
                      {QStringLiteral("topic"), QStringLiteral("Дроби")},
                      {QStringLiteral("work_type_id"), m_oral},
                      {kKey, key}};
        const Reply first = teacher().call(QString::fromLatin1(Op::LessonSave), args);
        QVERIFY2(first.ok, qPrintable(first.error.message));
        const Reply again = teacher().call(QString::fromLatin1(Op::LessonSave), args);
        QCOMPARE(again.result, first.result);
        const qint64 lessonId =
            first.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
        const SqlRunner sql(m_server.ownerDatabase());
        auto lessons = sql.scalar(
            QStringLiteral("SELECT count(*) FROM lesson WHERE assignment_id = ? AND lesson_no = 9"),
            {m_math});
        QCOMPARE(lessons->toInt(), 1);
        // The audit row shows the lesson, not the transport's key.
        auto audited = sql.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = "
                                                 "'lesson.save' AND entity_id = ? AND new_value "
                                                 "->> 'idempotency_key' IS NOT NULL"),
                                  {lessonId});
        QCOMPARE(audited->toInt(), 0);
        const QCborMap cells{{QStringLiteral("cells"),
                              QCborArray{QCborMap{{QStringLiteral("lesson_id"), lessonId},
                                                  {QStringLiteral("student_id"), m_anna},
                                                  {QStringLiteral("mark"), QStringLiteral("5")}}}},
                             {kKey, newKey()}};
        QVERIFY(teacher().call(QString::fromLatin1(Op::CellsSet), cells).ok);
        QVERIFY(teacher().call(QString::fromLatin1(Op::CellsSet), cells).ok);
        QCOMPARE(cellVersion(lessonId, m_anna), 1);
    }

    void oldKeysArePurgedAtMostOnceAnHour()
    {
        // A purge on every edit cost every mark a statement; now it runs hourly.
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 11);
        const qint64 nextLessonId = lesson(QStringLiteral("teacher"), m_math, 12);
        const qint64 lastLessonId = lesson(QStringLiteral("teacher"), m_math, 13);
        auto write = [&](qint64 inLesson, qint64 student) {
            QCborMap args = cellArgs(inLesson, student, QStringLiteral("3"), newKey());
            args.insert(QStringLiteral("reason"), QStringLiteral("по бумажному листу"));
            const Reply reply = teacher().call(QString::fromLatin1(Op::CellSet), args);
            if (!reply.ok)
                qWarning().noquote() << reply.error.message;
            return reply.ok;
        };
        QVERIFY(write(lessonId, m_anna)); // purges if the last purge is an hour old, else not
        const QString old = newKey();
        QVERIFY(SqlRunner(m_server.ownerDatabase())
                    .exec(QStringLiteral("INSERT INTO idempotent_request (user_id, "
                                         "idempotency_key, op, created_at) SELECT id, ?, "
                                         "'cell.set', ? FROM app_user WHERE login = 'teacher'"),
                          {old, m_clock.now().addDays(-31)})
                    .ok());
        // Steps well inside the session's idle timeout, with an edit after each; the first
        // keyed edit of this run, at the clock's start, purged last.
        m_clock.advance(120);
        QVERIFY(write(lessonId, m_boris));
        QCOMPARE(keyRows(old), 1); // purged less than an hour ago
        m_clock.advance(1500);
        QVERIFY(write(nextLessonId, m_boris));
        QCOMPARE(keyRows(old), 1);
        m_clock.advance(1500);
        QVERIFY(write(nextLessonId, m_anna));
        QCOMPARE(keyRows(old), 1); // 52 minutes
        m_clock.advance(600);
        QVERIFY(write(lastLessonId, m_anna));
        QCOMPARE(keyRows(old), 0);
    }

    // Last: it moves the clock past every session's idle timeout.
    void keysAreForgottenAfterTheirRetention()
    {
        const qint64 lessonId = lesson(QStringLiteral("teacher"), m_math, 10);
        const QString key = newKey();
        QVERIFY(teacher()
                    .call(QString::fromLatin1(Op::CellSet),
                          cellArgs(lessonId, m_anna, QStringLiteral("5"), key))
                    .ok);
        QCOMPARE(keyRows(key), 1);
        m_clock.advance(31 * 24 * 3600);
        TestClient later(m_server.endpoint());
        QVERIFY(later.connectToServer());
        QVERIFY(later.login(QStringLiteral("teacher"), password).ok);
        QCborMap next = cellArgs(lessonId, m_boris, QStringLiteral("4"), newKey());
        next.insert(QStringLiteral("reason"), QStringLiteral("по бумажному листу")); // R06
        const Reply reply = later.call(QString::fromLatin1(Op::CellSet), next);
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QCOMPARE(keyRows(key), 0);
    }

private:
    int keyRows(const QString& key)
    {
        auto rows = SqlRunner(m_server.ownerDatabase())
                        .scalar(QStringLiteral("SELECT count(*) FROM idempotent_request WHERE "
                                               "idempotency_key = ?"),
                                {key});
        return rows ? rows->toInt() : -1;
    }

    TestClient& teacher() { return m_clients[QStringLiteral("teacher")]; }

    qint64 admit(qint64 classId, const QString& lastName, const QString& fileNo)
    {
        return SchoolBuilder::admit(m_clients[QStringLiteral("secretary")], classId, lastName,
                                    fileNo);
    }

    qint64 lesson(const QString& login, qint64 assignmentId, int number)
    {
        const Reply reply =
            m_clients[login].call(QString::fromLatin1(Op::LessonSave),
                                  {{QStringLiteral("assignment_id"), assignmentId},
                                   {QStringLiteral("date"), monday.date().toString(Qt::ISODate)},
                                   {QStringLiteral("lesson_no"), number},
                                   {QStringLiteral("topic"), QStringLiteral("Тема урока")},
                                   {QStringLiteral("work_type_id"), m_oral}});
        if (!reply.ok)
            qWarning().noquote() << "lesson.save:" << reply.error.message;
        return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
    }

    // Based on the empty cell: applied a second time, the edit would be a conflict.
    static QCborMap cellArgs(qint64 lessonId, qint64 studentId, const QString& mark,
                             const QString& key, qint64 baseVersion = 0)
    {
        return {{QStringLiteral("lesson_id"), lessonId},
                {QStringLiteral("student_id"), studentId},
                {QStringLiteral("mark"), mark},
                {QStringLiteral("base_version"), baseVersion},
                {kKey, key}};
    }

    // 0 when the cell was never written.
    int cellVersion(qint64 lessonId, qint64 studentId)
    {
        auto version = SqlRunner(m_server.ownerDatabase())
                           .scalar(QStringLiteral("SELECT version FROM journal_cell WHERE "
                                                  "lesson_id = ? AND student_id = ?"),
                                   {lessonId, studentId});
        return version ? version->toInt() : -1;
    }

    int auditRows(qint64 lessonId, qint64 studentId)
    {
        auto rows = SqlRunner(m_server.ownerDatabase())
                        .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE op = "
                                               "'cell.set' AND entity_id = ? AND "
                                               "(new_value->>'student_id')::bigint = ?"),
                                {lessonId, studentId});
        return rows ? rows->toInt() : -1;
    }

    FakeClock m_clock{monday};
    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    qint64 m_oral = 0;
    qint64 m_math = 0;
    qint64 m_physics = 0;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_Idempotency.moc"
