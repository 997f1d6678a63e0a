// The lesson record and the school's entry windows: R06 windows as school settings, R09
// (date in the year, bell, one lesson per number), R10 (late homework is recorded), R12 (no
// lessons in the holidays) and R30 (an entry kept offline counts from when it was made).
// "Now" comes from a FakeClock; bells and the timetable are set up straight in the database.
#include "protocol/OpNames.h"
#include "storage/SqlRunner.h"
#include "support/FakeClock.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
// A Tuesday; the school's clock is the server's local time.
const QDate tuesday(2026, 10, 6);
QDateTime at(const QDate& date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute)).toUTC();
}
} // namespace

class TestLessonRules : public QObject
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
        QVERIFY(teacher);
        SchoolBuilder school(client(QStringLiteral("deputy")));
        m_year = school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        m_class = school.classGroup(m_year, 7, QStringLiteral("В"));
        const qint64 subject = school.subject(QStringLiteral("Физика"));
        m_oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
        m_written = school.workType(QStringLiteral("Самостоятельная работа"), 1.5, true);
        m_journal = school.assignment(m_class, subject, teacher, 2);
        QVERIFY(m_journal && m_oral);
        m_student = SchoolBuilder::admit(client(QStringLiteral("secretary")), m_class,
                                         QStringLiteral("Гусев"), QStringLiteral("7-1"));
        QVERIFY(m_student);
        // Bells for lessons 1–6; on Tuesdays the class has lessons 1–3 (the last ends 11:05).
        const SqlRunner sql(m_server.ownerDatabase());
        for (int number = 1; number <= 6; ++number) {
            const QTime starts = QTime(8, 30).addSecs((number - 1) * 55 * 60);
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO bell VALUES (?, ?, ?)"),
                             {number, starts, starts.addSecs(45 * 60)})
                        .ok());
        }
        for (int number = 1; number <= 3; ++number) {
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO timetable_entry (class_id, weekday, "
                                            "lesson_no, assignment_id, valid_from) "
                                            "VALUES (?, 2, ?, ?, '2026-09-01')"),
                             {m_class, number, m_journal})
                        .ok());
        }
    }

    void init() { moveClockTo(at(tuesday, 9, 0)); }

    void r06_windowsAreSchoolSettings()
    {
        TestClient& deputy = client(QStringLiteral("deputy"));
        Reply settings = deputy.call(QString::fromLatin1(Op::SettingList));
        QVERIFY2(settings.ok, qPrintable(settings.error.message));
        QCOMPARE(settings.result[QStringLiteral("settings")][QStringLiteral("entry_window_days")]
                     .toInteger(),
                 0);
        QCOMPARE(
            settings.result[QStringLiteral("settings")][QStringLiteral("written_work_window_days")]
                .toInteger(),
            7);
        // A bad value changes nothing.
        QCOMPARE(setting(QStringLiteral("entry_window_days"), QStringLiteral("-1")).error.code,
                 ErrorCode::BadRequest);
        QCOMPARE(setting(QStringLiteral("no_such_setting"), QStringLiteral("1")).error.code,
                 ErrorCode::BadRequest);
        QCOMPARE(client(QStringLiteral("teacher"))
                     .call(QString::fromLatin1(Op::SettingSet),
                           {{QStringLiteral("key"), QStringLiteral("entry_window_days")},
                            {QStringLiteral("value"), QStringLiteral("3")}})
                     .error.code,
                 ErrorCode::Forbidden);

        const qint64 twoDaysAgo = lesson(tuesday.addDays(-2), 1, QStringLiteral("Запоздало"));
        const qint64 fourDaysAgo = lesson(tuesday.addDays(-4), 1, QStringLiteral("Запоздало"));
        QVERIFY(twoDaysAgo && fourDaysAgo);
        QCOMPARE(mark(twoDaysAgo, QStringLiteral("4")).error.rule, QStringLiteral("R06"));
        QVERIFY(setting(QStringLiteral("entry_window_days"), QStringLiteral("3")).ok);
        const Reply within = mark(twoDaysAgo, QStringLiteral("4"));
        QVERIFY2(within.ok, qPrintable(within.error.message));
        QCOMPARE(mark(fourDaysAgo, QStringLiteral("4")).error.rule, QStringLiteral("R06"));
        // Moving a past lesson to today is a late change of its record too.
        const Reply moved = saveLesson(tuesday, 5, {{QStringLiteral("id"), fourDaysAgo}});
        QCOMPARE(moved.error.rule, QStringLiteral("R06"));
        // The change is audited with the old and the new value.
        const Reply audit = deputy.call(QString::fromLatin1(Op::AuditList),
                                        {{QStringLiteral("op"), QStringLiteral("setting.set")}});
        QCOMPARE(audit.result[QStringLiteral("rows")].toArray().size(), 1);
        QVERIFY(setting(QStringLiteral("entry_window_days"), QStringLiteral("0")).ok);

        // Written work is marked within a week; its absences are still recorded on the day.
        const qint64 test = lesson(tuesday.addDays(-3), 2, QStringLiteral("Запоздало"));
        QVERIFY(client(QStringLiteral("teacher"))
                    .call(QString::fromLatin1(Op::LessonSave),
                          {{QStringLiteral("id"), test},
                           {QStringLiteral("assignment_id"), m_journal},
                           {QStringLiteral("date"), tuesday.addDays(-3).toString(Qt::ISODate)},
                           {QStringLiteral("lesson_no"), 2},
                           {QStringLiteral("topic"), QStringLiteral("Тема")},
                           {QStringLiteral("work_type_id"), m_written},
                           {QStringLiteral("reason"), QStringLiteral("Вид работы")}})
                    .ok);
        const Reply written = mark(test, QStringLiteral("5"));
        QVERIFY2(written.ok, qPrintable(written.error.message));
        const Reply absence = client(QStringLiteral("teacher"))
                                  .call(QString::fromLatin1(Op::CellSet),
                                        {{QStringLiteral("lesson_id"), test},
                                         {QStringLiteral("student_id"), m_student},
                                         {QStringLiteral("mark"), QString()},
                                         {QStringLiteral("absence"), QStringLiteral("н")}});
        QCOMPARE(absence.error.rule, QStringLiteral("R06"));
    }

    void r09_lessonRecord()
    {
        // Outside the school year.
        QCOMPARE(saveLesson(QDate(2027, 6, 10), 1).error.rule, QStringLiteral("R09"));
        // A lesson number without a bell.
        QCOMPARE(saveLesson(tuesday, 8).error.rule, QStringLiteral("R09"));
        // One lesson per number and day in a journal.
        QVERIFY(lesson(tuesday, 2));
        const Reply twice = saveLesson(tuesday, 2);
        QCOMPARE(twice.error.rule, QStringLiteral("R09"));
        QVERIFY(twice.error.message.contains(QLatin1Char('2')));
    }

    void r12_noLessonsInTheHolidays()
    {
        const Reply holiday =
            client(QStringLiteral("deputy"))
                .call(QString::fromLatin1(Op::HolidaySave),
                      {{QStringLiteral("year_id"), m_year},
                       {QStringLiteral("title"), QStringLiteral("Осенние")},
                       {QStringLiteral("starts_on"), QStringLiteral("2026-10-26")},
                       {QStringLiteral("ends_on"), QStringLiteral("2026-11-03")}});
        QVERIFY2(holiday.ok, qPrintable(holiday.error.message));
        moveClockTo(at(QDate(2026, 10, 27), 9));
        QCOMPARE(saveLesson(QDate(2026, 10, 27), 1).error.rule, QStringLiteral("R12"));
    }

    void r10_lateHomeworkIsRecorded()
    {
        // Within 1.5 hours of 11:05, the end of the class's lessons that day: in time.
        moveClockTo(at(tuesday, 12, 20));
        Reply early = saveLesson(tuesday, 3, {{QStringLiteral("homework"), QStringLiteral("§5")}});
        QVERIFY2(early.ok, qPrintable(early.error.message));
        QCOMPARE(early.result[QStringLiteral("lesson")][QStringLiteral("homework_late")].toBool(),
                 false);
        // At 12:50 it is late: accepted, and recorded for the control report.
        moveClockTo(at(tuesday, 12, 50));
        QCborMap update{{QStringLiteral("id"),
                         early.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger()},
                        {QStringLiteral("homework"), QStringLiteral("§5, задачи 1–3")}};
        const Reply late = saveLesson(tuesday, 3, update);
        QVERIFY2(late.ok, qPrintable(late.error.message));
        QCOMPARE(late.result[QStringLiteral("lesson")][QStringLiteral("homework_late")].toBool(),
                 true);
        const Reply journal = client(QStringLiteral("teacher"))
                                  .call(QString::fromLatin1(Op::JournalGet),
                                        {{QStringLiteral("assignment_id"), m_journal},
                                         {QStringLiteral("from"), tuesday.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), tuesday.toString(Qt::ISODate)}});
        bool found = false;
        for (const QCborValue& lesson : journal.result[QStringLiteral("lessons")].toArray()) {
            if (lesson[QStringLiteral("lesson_no")].toInteger() == 3)
                found = lesson[QStringLiteral("homework_late")].toBool();
        }
        QVERIFY(found);
        // A school that allows until the end of the working day.
        QVERIFY(setting(QStringLiteral("homework_window"), QStringLiteral("end_of_day")).ok);
        update.insert(QStringLiteral("homework"), QStringLiteral("§6"));
        const Reply byEvening = saveLesson(tuesday, 3, update);
        QCOMPARE(
            byEvening.result[QStringLiteral("lesson")][QStringLiteral("homework_late")].toBool(),
            false);
        QVERIFY(setting(QStringLiteral("homework_window"), QStringLiteral("90")).ok);
    }

    void r30_entriesKeptOfflineCountFromWhenTheyWereMade()
    {
        const QDate monday = tuesday.addDays(-1);
        const qint64 lessonId = lesson(monday, 4, QStringLiteral("Сеть не работала"));
        QVERIFY(lessonId);
        // Made on Monday while the server was unreachable, sent on Tuesday: no reason needed.
        const QString madeAt = at(monday, 10, 40).toString(Qt::ISODateWithMs);
        const Reply offline =
            mark(lessonId, QStringLiteral("5"), {{QStringLiteral("made_at"), madeAt}});
        QVERIFY2(offline.ok, qPrintable(offline.error.message));
        const Reply audit = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::AuditList),
                                      {{QStringLiteral("op"), QStringLiteral("cell.set")}});
        const QCborArray rows = audit.result[QStringLiteral("rows")].toArray();
        QStringList madeAts;
        for (const QCborValue& row : rows)
            madeAts.append(row[QStringLiteral("new")][QStringLiteral("made_at")].toString());
        QVERIFY(madeAts.contains(madeAt));
        // A claim older than a week, or in the future, counts from today like any entry.
        const QString longAgo = at(monday.addDays(-10), 10).toString(Qt::ISODateWithMs);
        QCOMPARE(
            mark(lessonId, QStringLiteral("4"), {{QStringLiteral("made_at"), longAgo}}).error.rule,
            QStringLiteral("R06"));
        const QString future = at(tuesday.addDays(2), 10).toString(Qt::ISODateWithMs);
        QCOMPARE(
            mark(lessonId, QStringLiteral("4"), {{QStringLiteral("made_at"), future}}).error.rule,
            QStringLiteral("R06"));
    }

private:
    TestClient& client(const QString& login) { return m_clients[login]; }

    // Moves "now"; sessions idle longer than the timeout sign in again.
    void moveClockTo(const QDateTime& now)
    {
        m_clock.set(now);
        for (const QString& login : {QStringLiteral("teacher"), QStringLiteral("deputy")})
            QVERIFY(client(login).login(login, password).ok);
    }

    Reply setting(const QString& key, const QString& value)
    {
        return client(QStringLiteral("deputy"))
            .call(QString::fromLatin1(Op::SettingSet),
                  {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }

    Reply saveLesson(const QDate& date, int number, const QCborMap& more = {})
    {
        QCborMap args{{QStringLiteral("assignment_id"), m_journal},
                      {QStringLiteral("date"), date.toString(Qt::ISODate)},
                      {QStringLiteral("lesson_no"), number},
                      {QStringLiteral("topic"), QStringLiteral("Тема")},
                      {QStringLiteral("work_type_id"), m_oral}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            args.insert(it.key(), it.value());
        return client(QStringLiteral("teacher")).call(QString::fromLatin1(Op::LessonSave), args);
    }

    qint64 lesson(const QDate& date, int number, const QString& reason = {})
    {
        const Reply reply = saveLesson(
            date, number,
            reason.isEmpty() ? QCborMap() : QCborMap{{QStringLiteral("reason"), reason}});
        if (!reply.ok)
            qWarning().noquote() << "lesson.save:" << reply.error.message;
        return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
    }

    Reply mark(qint64 lessonId, const QString& value, const QCborMap& more = {})
    {
        QCborMap args{{QStringLiteral("lesson_id"), lessonId},
                      {QStringLiteral("student_id"), m_student},
                      {QStringLiteral("mark"), value}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            args.insert(it.key(), it.value());
        return client(QStringLiteral("teacher")).call(QString::fromLatin1(Op::CellSet), args);
    }

    FakeClock m_clock{at(tuesday, 9)};
    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    qint64 m_year = 0;
    qint64 m_class = 0;
    qint64 m_oral = 0;
    qint64 m_written = 0;
    qint64 m_journal = 0;
    qint64 m_student = 0;
};

QTEST_MAIN(TestLessonRules)
#include "tst_LessonRules.moc"
