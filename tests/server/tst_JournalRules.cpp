// The journal's rules through the real ops (RULES.md R01–R07, R16, R18): each holds for a
// good entry and refuses a bad one with its rule id. "Today" comes from a FakeClock.
#include "protocol/OpNames.h"
#include "storage/ManagedCluster.h"
#include "storage/SqlRunner.h"
#include "support/FakeClock.h"
#include "support/SchoolBuilder.h"
#include "support/SignedInClients.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QScopeGuard>
#include <QtTest>

#include <memory>
#include <optional>

namespace {
const QString password = QStringLiteral("Secret-pass-1");
const QDateTime monday(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC);
} // namespace

class TestJournalRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("deputy"), password, {Role::Deputy}));
        QVERIFY(m_server.addUser(QStringLiteral("secretary"), password, {Role::Secretary}));
        QVERIFY(m_server.addUser(QStringLiteral("admin"), password, {Role::Admin}));
        const qint64 teacher =
            m_server.addUser(QStringLiteral("teacher"), password, {Role::Teacher});
        const qint64 substitute =
            m_server.addUser(QStringLiteral("substitute"), password, {Role::Teacher});
        const qint64 homeroom = m_server.addUser(QStringLiteral("homeroom"), password,
                                                 {Role::Teacher, Role::ClassTeacher});
        QVERIFY(teacher && substitute && homeroom);
        m_substituteId = substitute;
        SchoolBuilder school(client(QStringLiteral("deputy")));
        const qint64 year =
            school.year(QStringLiteral("2026/2027"), QDate(2026, 9, 1), QDate(2027, 5, 31));
        const qint64 class5 = school.classGroup(year, 5, QStringLiteral("А"), homeroom);
        const qint64 class1 = school.classGroup(year, 1, QStringLiteral("А"));
        const qint64 math = school.subject(QStringLiteral("Математика"));
        const qint64 russian = school.subject(QStringLiteral("Русский язык"), true);
        m_oral = school.workType(QStringLiteral("Ответ на уроке"), 1);
        m_test = school.workType(QStringLiteral("Контрольная работа"), 2, true);
        m_math5 = school.assignment(class5, math, teacher, 5);
        m_russian5 = school.assignment(class5, russian, teacher, 5);
        m_math1 = school.assignment(class1, math, teacher, 4);
        QVERIFY(m_math5 && m_russian5 && m_math1);
        m_openQuarter =
            school.quarter(year, 1, QDate(2026, 9, 1), QDate(2026, 10, 24), QDate(2026, 10, 21));
        m_pastQuarter =
            school.quarter(year, 2, QDate(2026, 9, 1), QDate(2026, 9, 30), QDate(2026, 9, 28));
        QVERIFY(m_openQuarter && m_pastQuarter);
        m_anna = admit(class5, QStringLiteral("Андреева"), QStringLiteral("5-1"));
        m_boris = admit(class5, QStringLiteral("Борисов"), QStringLiteral("5-2"));
        m_vera = admit(class1, QStringLiteral("Веселова"), QStringLiteral("1-1"));
        QVERIFY(m_anna && m_boris && m_vera);
    }

    void r01_marksOfTheSubjectsScale()
    {
        const qint64 math = lesson(m_math5, monday.date(), 1, m_oral);
        const qint64 russian = lesson(m_russian5, monday.date(), 2, m_oral);
        QCOMPARE(set(math, m_anna, {{QStringLiteral("mark"), QStringLiteral("6")}}).error.rule,
                 QStringLiteral("R01"));
        QCOMPARE(set(math, m_anna, {{QStringLiteral("mark"), QStringLiteral("5/4")}}).error.rule,
                 QStringLiteral("R01"));
        QVERIFY(set(russian, m_anna, {{QStringLiteral("mark"), QStringLiteral("5/4")}}).ok);
        QVERIFY(set(math, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}}).ok);
    }

    void r02_gradeOneKeepsAttendanceOnly()
    {
        const qint64 lessonId = lesson(m_math1, monday.date(), 1, m_oral);
        QCOMPARE(set(lessonId, m_vera, {{QStringLiteral("mark"), QStringLiteral("5")}}).error.rule,
                 QStringLiteral("R02"));
        QVERIFY(set(lessonId, m_vera, {{QStringLiteral("absence"), QStringLiteral("н")}}).ok);
        const Reply homework = saveLesson(m_math1, monday.date(), 2, m_oral,
                                          {{QStringLiteral("homework"), QStringLiteral("№ 5")}});
        QCOMPARE(homework.error.rule, QStringLiteral("R02"));
    }

    void r03_theClassTeacherSetsAbsenceReasons()
    {
        const qint64 lessonId = lesson(m_math5, monday.date(), 3, m_oral);
        QCOMPARE(
            set(lessonId, m_boris, {{QStringLiteral("absence"), QStringLiteral("x")}}).error.rule,
            QStringLiteral("R03"));
        QVERIFY(set(lessonId, m_boris, {{QStringLiteral("absence"), QStringLiteral("н")}}).ok);
        QCOMPARE(
            set(lessonId, m_boris, {{QStringLiteral("absence"), QStringLiteral("б")}}).error.rule,
            QStringLiteral("R03"));
        TestClient& homeroom = client(QStringLiteral("homeroom"));
        QVERIFY(set(lessonId, m_boris, {{QStringLiteral("absence"), QStringLiteral("б")}}, homeroom)
                    .ok);
        QCOMPARE(set(lessonId, m_boris, {{QStringLiteral("mark"), QStringLiteral("4")}}, homeroom)
                     .error.code,
                 ErrorCode::Forbidden);
    }

    void r04_everyMarkCarriesAWorkType()
    {
        const qint64 lessonId = lesson(m_math5, monday.date(), 4, 0);
        QCOMPARE(set(lessonId, m_anna, {{QStringLiteral("mark"), QStringLiteral("4")}}).error.rule,
                 QStringLiteral("R04"));
        QVERIFY(set(lessonId, m_anna,
                    {{QStringLiteral("mark"), QStringLiteral("4")},
                     {QStringLiteral("work_type_id"), m_oral}})
                    .ok);
    }

    void r05_correctionColumnOnlyForAbsentStudents()
    {
        const auto [test, column] = testWithCorrectionColumn(monday.date(), 5);
        QVERIFY(test && column);
        QVERIFY(set(test, m_anna, {{QStringLiteral("mark"), QStringLiteral("3")}}).ok);
        QCOMPARE(set(column, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}}).error.rule,
                 QStringLiteral("R05"));
        QVERIFY(set(column, m_boris, {{QStringLiteral("mark"), QStringLiteral("4")}}).ok);
        // The other way round: with the correction mark given, the absence stays.
        QCOMPARE(set(test, m_boris, {{QStringLiteral("absence"), QString()}}).error.rule,
                 QStringLiteral("R05"));
        QCOMPARE(cellOf(test, m_boris, "absence"), QStringLiteral("н"));
    }

    // The test's cell is read under a lock: a mark given to the absent student meanwhile,
    // committed while the correction mark waits, refuses the correction mark.
    void r05_aCorrectionMarkWaitsForTheTestsCell()
    {
        const auto [test, column] = testWithCorrectionColumn(monday.date().addDays(2), 2);
        QVERIFY(test && column);
        QSqlDatabase owner = m_server.ownerDatabase();
        QVERIFY(owner.transaction());
        QVERIFY(SqlRunner(owner)
                    .exec(QStringLiteral("UPDATE journal_cell SET mark = '3', absence = '', "
                                         "version = version + 1 "
                                         "WHERE lesson_id = ? AND student_id = ?"),
                          {test, m_boris})
                    .ok());
        Reply reply;
        callBehind(owner, Op::CellSet,
                   {{QStringLiteral("lesson_id"), column},
                    {QStringLiteral("student_id"), m_boris},
                    {QStringLiteral("mark"), QStringLiteral("4")}},
                   &reply);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reply.error.rule, QStringLiteral("R05"));
        QCOMPARE(cellOf(column, m_boris), QString());
        QCOMPARE(cellOf(test, m_boris), QStringLiteral("3"));
    }

    // The other way round: the absence cleared while a correction mark (which holds the test's
    // cell FOR SHARE) commits is refused, since the check follows the write.
    void r05_clearingTheAbsenceWaitsForACorrectionMark()
    {
        const auto [test, column] = testWithCorrectionColumn(monday.date().addDays(2), 3);
        QVERIFY(test && column);
        QSqlDatabase owner = m_server.ownerDatabase();
        QVERIFY(owner.transaction());
        const SqlRunner side(owner);
        QVERIFY(side.exec(QStringLiteral("SELECT 1 FROM journal_cell WHERE lesson_id = ? "
                                         "AND student_id = ? FOR SHARE"),
                          {test, m_boris})
                    .ok());
        QVERIFY(side.exec(QStringLiteral("INSERT INTO journal_cell (lesson_id, student_id, "
                                         "assignment_id, mark, updated_at) "
                                         "VALUES (?, ?, ?, '5', now())"),
                          {column, m_boris, m_math5})
                    .ok());
        Reply reply;
        callBehind(owner, Op::CellSet,
                   {{QStringLiteral("lesson_id"), test},
                    {QStringLiteral("student_id"), m_boris},
                    {QStringLiteral("absence"), QString()}},
                   &reply);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reply.error.rule, QStringLiteral("R05"));
        QCOMPARE(cellOf(test, m_boris, "absence"), QStringLiteral("н"));
        QCOMPARE(cellOf(column, m_boris), QStringLiteral("5"));
    }

    void r06_lateEntriesNeedAReason()
    {
        const QDate lastWeek = monday.date().addDays(-4);
        const qint64 oral = lesson(m_math5, lastWeek, 1, m_oral, QStringLiteral("запоздалая тема"));
        const qint64 written =
            lesson(m_math5, lastWeek, 2, m_test, QStringLiteral("запоздалая тема"));
        QCOMPARE(set(oral, m_anna, {{QStringLiteral("mark"), QStringLiteral("4")}}).error.rule,
                 QStringLiteral("R06"));
        QVERIFY(set(oral, m_anna,
                    {{QStringLiteral("mark"), QStringLiteral("4")},
                     {QStringLiteral("reason"),
                      QStringLiteral("болел учитель, запись по бумажному листу")}})
                    .ok);
        QVERIFY(set(written, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}})
                    .ok); // within 7 days
        // A make-up mark for a missed lesson is not a correction.
        QVERIFY(set(oral, m_boris,
                    {{QStringLiteral("absence"), QStringLiteral("н")},
                     {QStringLiteral("reason"), QStringLiteral("отметил по бумажному листу")}})
                    .ok);
        QVERIFY(set(oral, m_boris, {{QStringLiteral("mark"), QStringLiteral("4")}}).ok);
        const Reply audit = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::AuditList),
                                      {{QStringLiteral("op"), QStringLiteral("cell.set")},
                                       {QStringLiteral("limit"), 1000}});
        bool found = false;
        for (const QCborValue& row : audit.result[QStringLiteral("rows")].toArray()) {
            if (row[QStringLiteral("reason")].toString() ==
                QStringLiteral("болел учитель, запись по бумажному листу")) {
                found = true;
                QCOMPARE(row[QStringLiteral("new")][QStringLiteral("mark")].toString(),
                         QStringLiteral("4"));
                QCOMPARE(row[QStringLiteral("old")][QStringLiteral("mark")].toString(), QString());
            }
        }
        QVERIFY(found);
    }

    void r07_theSubstituteFillsTheLessonTheyTaught()
    {
        const Reply saved = saveLesson(m_math5, monday.date(), 6, m_oral,
                                       {{QStringLiteral("taught_by"), m_substituteId}});
        QVERIFY2(saved.ok, qPrintable(saved.error.message));
        const qint64 substituted =
            saved.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
        TestClient& substitute = client(QStringLiteral("substitute"));
        QVERIFY(
            set(substituted, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}}, substitute)
                .ok);
        const qint64 other = lesson(m_math5, monday.date(), 7, m_oral);
        QCOMPARE(set(other, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}}, substitute)
                     .error.rule,
                 QStringLiteral("R18"));
    }

    void r18_journalsAreReadInScope()
    {
        const QCborMap args{{QStringLiteral("assignment_id"), m_math5}};
        // The substitute reads the journal of the lesson they taught (R07), not the others.
        QVERIFY(client(QStringLiteral("substitute"))
                    .call(QString::fromLatin1(Op::JournalGet), args)
                    .ok);
        QCOMPARE(client(QStringLiteral("substitute"))
                     .call(QString::fromLatin1(Op::JournalGet),
                           {{QStringLiteral("assignment_id"), m_russian5}})
                     .error.rule,
                 QStringLiteral("R18"));
        const Reply listed =
            client(QStringLiteral("substitute")).call(QString::fromLatin1(Op::AssignmentList));
        QList<qint64> journals;
        for (const QCborValue& journal : listed.result[QStringLiteral("assignments")].toArray())
            journals.append(journal[QStringLiteral("id")].toInteger());
        QCOMPARE(journals, QList<qint64>{m_math5});
        QVERIFY(
            client(QStringLiteral("homeroom")).call(QString::fromLatin1(Op::JournalGet), args).ok);
        QVERIFY(
            client(QStringLiteral("deputy")).call(QString::fromLatin1(Op::JournalGet), args).ok);
        QCOMPARE(client(QStringLiteral("secretary"))
                     .call(QString::fromLatin1(Op::JournalGet), args)
                     .error.code,
                 ErrorCode::Forbidden);
    }

    // Each column of `table` holds, in order, the `key` of every map of `rows`.
    static void compareColumns(const QCborArray& rows, const QCborMap& table,
                               const QStringList& keys)
    {
        QCOMPARE(table.size(), qsizetype(keys.size()));
        for (const QString& key : keys) {
            const QCborArray column = table.value(key).toArray();
            QCOMPARE(column.size(), rows.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                QCOMPARE(column.at(i), rows.at(i)[key]);
        }
    }

    void cellsAndLessonsAsColumnsAreTheSame()
    {
        const qint64 lessonId = lesson(m_math5, monday.date().addDays(1), 1, m_oral);
        lesson(m_math5, monday.date().addDays(2), 1, 0);
        QVERIFY(set(lessonId, m_anna, {{QStringLiteral("mark"), QStringLiteral("4")}}).ok);
        QVERIFY(set(lessonId, m_boris,
                    {{QStringLiteral("absence"), QStringLiteral("н")},
                     {QStringLiteral("comment"), QStringLiteral("опоздал")}})
                    .ok);
        TestClient& teacher = client(QStringLiteral("teacher"));
        const Reply maps = teacher.call(QString::fromLatin1(Op::JournalGet),
                                        {{QStringLiteral("assignment_id"), m_math5}});
        const Reply columns = teacher.call(QString::fromLatin1(Op::JournalGet),
                                           {{QStringLiteral("assignment_id"), m_math5},
                                            {QStringLiteral("layout"), QStringLiteral("columns")}});
        QVERIFY(maps.ok && columns.ok);
        QVERIFY(!columns.result.toMap().contains(QStringLiteral("cells")));
        QVERIFY(!columns.result.toMap().contains(QStringLiteral("lessons")));
        const QCborArray cells = maps.result[QStringLiteral("cells")].toArray();
        QVERIFY(cells.size() >= 2);
        compareColumns(cells, columns.result[QStringLiteral("cell_columns")].toMap(),
                       {QStringLiteral("lesson_id"), QStringLiteral("student_id"),
                        QStringLiteral("mark"), QStringLiteral("work_type_id"),
                        QStringLiteral("absence"), QStringLiteral("comment"),
                        QStringLiteral("version")});
        if (QTest::currentTestFailed())
            return;
        const QCborArray lessons = maps.result[QStringLiteral("lessons")].toArray();
        QVERIFY(lessons.size() >= 2);
        QStringList lessonKeys;
        for (const QCborValue& key : lessons.first().toMap().keys())
            lessonKeys.append(key.toString());
        QCOMPARE(lessonKeys.size(), 11);
        compareColumns(lessons, columns.result[QStringLiteral("lesson_columns")].toMap(),
                       lessonKeys);
        if (QTest::currentTestFailed())
            return;
        // Everything else is the same answer.
        QCOMPARE(columns.result[QStringLiteral("students")],
                 maps.result[QStringLiteral("students")]);
        QCOMPARE(columns.result[QStringLiteral("period_marks")],
                 maps.result[QStringLiteral("period_marks")]);
        QCOMPARE(columns.result[QStringLiteral("version")], maps.result[QStringLiteral("version")]);
    }

    // Sends the op while `owner` holds an uncommitted entry of the same cell or mark, waits
    // until the server's write waits for it, commits the owner's entry and waits for the
    // server's answer.
    void callBehind(QSqlDatabase& owner, const char* op, const QCborMap& args, Reply* reply)
    {
        // Shared with the reply callback, which may outlive a failed check here.
        auto answer = std::make_shared<std::optional<Reply>>();
        // A failed check must not leave the owner's entry, and the server behind it, waiting.
        auto release = qScopeGuard([&owner] { owner.rollback(); });
        client(QStringLiteral("teacher"))
            .connection()
            .send(QString::fromLatin1(op), args, [answer](const Reply& r) { *answer = r; });
        auto waiting = [&] {
            auto count = SqlRunner(owner).scalar(QStringLiteral(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'"));
            return count && count->toInt() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 10'000);
        QVERIFY(!answer->has_value());
        QVERIFY(owner.commit());
        release.dismiss();
        QTRY_VERIFY_WITH_TIMEOUT(answer->has_value(), 10'000);
        *reply = **answer;
    }

    void anEntryThatRacedAnotherIsAConflict_data()
    {
        QTest::addColumn<int>("lessonNo");
        QTest::addColumn<bool>("hasRow");
        // The server reads "no cell yet" and checks base_version 0 against it; another first
        // entry commits before the server writes.
        QTest::newRow("first entry") << 2 << false;
        // The server read version 1, which matched the client's base_version, but version 2
        // committed before the server wrote.
        QTest::newRow("cell with a row") << 3 << true;
    }

    void anEntryThatRacedAnotherIsAConflict()
    {
        // The later entry must not overwrite the earlier one.
        QFETCH(int, lessonNo);
        QFETCH(bool, hasRow);
        const qint64 lessonId = lesson(m_math5, monday.date().addDays(1), lessonNo, m_oral);
        if (hasRow)
            QVERIFY(set(lessonId, m_boris, {{QStringLiteral("mark"), QStringLiteral("3")}}).ok);
        QSqlDatabase owner = m_server.ownerDatabase();
        QVERIFY(owner.transaction());
        QVERIFY(SqlRunner(owner)
                    .exec(hasRow
                              ? QStringLiteral("UPDATE journal_cell SET mark = '4', version = "
                                               "version + 1 WHERE lesson_id = ? AND student_id = ?")
                              : QStringLiteral("INSERT INTO journal_cell (lesson_id, student_id, "
                                               "assignment_id, mark, updated_at) "
                                               "VALUES (?, ?, ?, '4', now())"),
                          hasRow ? QVariantList{lessonId, m_boris}
                                 : QVariantList{lessonId, m_boris, m_math5})
                    .ok());
        Reply reply;
        callBehind(owner, Op::CellSet,
                   {{QStringLiteral("lesson_id"), lessonId},
                    {QStringLiteral("student_id"), m_boris},
                    {QStringLiteral("mark"), QStringLiteral("5")},
                    {QStringLiteral("base_version"), hasRow ? 1 : 0}},
                   &reply);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reply.error.code, ErrorCode::Conflict);
        QCOMPARE(reply.error.details[QStringLiteral("mark")].toString(), QStringLiteral("4"));
        QCOMPARE(reply.error.details[QStringLiteral("version")].toInteger(), hasRow ? 2 : 1);
        QCOMPARE(cellOf(lessonId, m_boris), QStringLiteral("4"));
    }

    void aFirstPeriodMarkThatRacedAnotherIsAConflict()
    {
        QSqlDatabase owner = m_server.ownerDatabase();
        QVERIFY(owner.transaction());
        QVERIFY(
            SqlRunner(owner)
                .exec(QStringLiteral("INSERT INTO period_mark (assignment_id, student_id, "
                                     "period_id, value, updated_at) VALUES (?, ?, ?, '4', now())"),
                      {m_math5, m_boris, m_openQuarter})
                .ok());
        Reply reply;
        callBehind(owner, Op::PeriodMarkSet,
                   {{QStringLiteral("assignment_id"), m_math5},
                    {QStringLiteral("student_id"), m_boris},
                    {QStringLiteral("period_id"), m_openQuarter},
                    {QStringLiteral("value"), QStringLiteral("5")},
                    {QStringLiteral("base_version"), 0}},
                   &reply);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reply.error.code, ErrorCode::Conflict);
        QCOMPARE(reply.error.details[QStringLiteral("value")].toString(), QStringLiteral("4"));
        QCOMPARE(reply.error.details[QStringLiteral("version")].toInteger(), 1);
    }

    void staleBaseVersionIsAConflict()
    {
        const qint64 lessonId = lesson(m_math5, monday.date(), 8, m_oral);
        const Reply first = set(lessonId, m_anna, {{QStringLiteral("mark"), QStringLiteral("3")}});
        QVERIFY(first.ok);
        const qint64 version =
            first.result[QStringLiteral("cell")][QStringLiteral("version")].toInteger();
        QVERIFY(set(lessonId, m_anna,
                    {{QStringLiteral("mark"), QStringLiteral("4")},
                     {QStringLiteral("base_version"), version}})
                    .ok);
        const Reply stale = set(lessonId, m_anna,
                                {{QStringLiteral("mark"), QStringLiteral("5")},
                                 {QStringLiteral("base_version"), version}});
        QCOMPARE(stale.error.code, ErrorCode::Conflict);
        QCOMPARE(stale.error.details[QStringLiteral("mark")].toString(), QStringLiteral("4"));
    }

    void cellsSetIsAllOrNothing()
    {
        const qint64 lessonId = lesson(m_math5, monday.date(), 9, m_oral);
        const QCborArray cells{QCborMap{{QStringLiteral("lesson_id"), lessonId},
                                        {QStringLiteral("student_id"), m_anna},
                                        {QStringLiteral("mark"), QStringLiteral("5")}},
                               QCborMap{{QStringLiteral("lesson_id"), lessonId},
                                        {QStringLiteral("student_id"), m_boris},
                                        {QStringLiteral("mark"), QStringLiteral("7")}}};
        const Reply reply =
            client(QStringLiteral("teacher"))
                .call(QString::fromLatin1(Op::CellsSet), {{QStringLiteral("cells"), cells}});
        QCOMPARE(reply.error.rule, QStringLiteral("R01"));
        QCOMPARE(reply.error.details[QStringLiteral("index")].toInteger(), 1);
        QVERIFY(cellOf(lessonId, m_anna).isEmpty());
    }

    // The audit row travels with the COMMIT: when it cannot be written, the mark is not kept
    // either, and the teacher hears that it was not saved.
    void aMarkWhoseAuditRowCannotBeWrittenIsNotKept()
    {
        const qint64 lessonId = lesson(m_math5, monday.date().addDays(1), 4, m_oral);
        const QString role = QString::fromLatin1(ManagedCluster::kAppRole);
        QSqlDatabase owner = m_server.ownerDatabase();
        const SqlRunner ownerSql(owner);
        QVERIFY(
            ownerSql.exec(QStringLiteral("REVOKE INSERT ON audit_log FROM \"%1\"").arg(role)).ok());
        const QString grant = QStringLiteral("GRANT INSERT ON audit_log TO \"%1\"").arg(role);
        auto grantBack = qScopeGuard([&] { ownerSql.exec(grant); }); // when a check fails
        const Reply refused =
            set(lessonId, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}});
        QCOMPARE(refused.error.code, ErrorCode::Internal);
        QVERIFY(cellOf(lessonId, m_anna).isEmpty());
        grantBack.dismiss();
        QVERIFY(ownerSql.exec(grant).ok());
        auto audited = [&] {
            auto count = ownerSql.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "op = 'cell.set' AND entity_id = ?"),
                                         {lessonId});
            return count ? count->toInt() : -1;
        };
        QCOMPARE(audited(), 0);
        QVERIFY(set(lessonId, m_anna, {{QStringLiteral("mark"), QStringLiteral("5")}}).ok);
        QCOMPARE(cellOf(lessonId, m_anna), QStringLiteral("5"));
        QCOMPARE(audited(), 1);
    }

    void r16_journalGetGivesWeightedAverageAndForecast()
    {
        const qint64 lessonId = lesson(m_russian5, monday.date().addDays(1), 1, m_test);
        QVERIFY(set(lessonId, m_boris, {{QStringLiteral("mark"), QStringLiteral("2")}}).ok);
        const qint64 oral = lesson(m_russian5, monday.date().addDays(1), 2, m_oral);
        QVERIFY(set(oral, m_boris, {{QStringLiteral("mark"), QStringLiteral("5/5")}}).ok);
        const Reply journal = client(QStringLiteral("teacher"))
                                  .call(QString::fromLatin1(Op::JournalGet),
                                        {{QStringLiteral("assignment_id"), m_russian5}});
        QVERIFY2(journal.ok, qPrintable(journal.error.message));
        for (const QCborValue& student : journal.result[QStringLiteral("students")].toArray()) {
            if (student[QStringLiteral("id")].toInteger() == m_boris) {
                // (2·2 + 5·1 + 5·1) / (2 + 1 + 1) = 3.5 → 4
                QCOMPARE(student[QStringLiteral("average")].toDouble(), 3.5);
                QCOMPARE(student[QStringLiteral("forecast")].toString(), QStringLiteral("4"));
            }
        }
        QCOMPARE(journal.result[QStringLiteral("students")].toArray().size(), 2);
    }

    void r15_periodMarkValues()
    {
        for (const char* bad : {"1", "5/4", "зач", "6"})
            QCOMPARE(periodMark(m_math5, m_openQuarter, QString::fromUtf8(bad)).error.rule,
                     QStringLiteral("R15"));
        QVERIFY(periodMark(m_math5, m_openQuarter, QStringLiteral("н/а")).ok);
        const Reply five = periodMark(m_math5, m_openQuarter, QStringLiteral("5"));
        QVERIFY2(five.ok, qPrintable(five.error.message));
        QCOMPARE(five.result[QStringLiteral("period_mark")][QStringLiteral("version")].toInteger(),
                 2);
    }

    void aPeriodMarkCanBeCleared()
    {
        // «empty clears» (protocol.md); the table holds only real marks.
        const Reply set = periodMark(m_russian5, m_openQuarter, QStringLiteral("4"));
        QVERIFY2(set.ok, qPrintable(set.error.message));
        const Reply cleared = periodMark(m_russian5, m_openQuarter, QString());
        QVERIFY2(cleared.ok, qPrintable(cleared.error.message));
        QCOMPARE(cleared.result[QStringLiteral("period_mark")][QStringLiteral("value")].toString(),
                 QString());
        const Reply journal = client(QStringLiteral("teacher"))
                                  .call(QString::fromLatin1(Op::JournalGet),
                                        {{QStringLiteral("assignment_id"), m_russian5}});
        QVERIFY(journal.ok);
        for (const QCborValue& mark : journal.result[QStringLiteral("period_marks")].toArray())
            QVERIFY(mark[QStringLiteral("student_id")].toInteger() != m_anna ||
                    mark[QStringLiteral("period_id")].toInteger() != m_openQuarter);
        QVERIFY(periodMark(m_russian5, m_openQuarter, QStringLiteral("5")).ok);
    }

    void r02_gradeOneGetsNoPeriodMarks()
    {
        QCOMPARE(periodMark(m_math1, m_openQuarter, QStringLiteral("5"), m_vera).error.rule,
                 QStringLiteral("R02"));
    }

    void r13_periodMarksLockAfterTheDeadlineUntilTheDeputyUnlocks()
    {
        const Reply locked = periodMark(m_math5, m_pastQuarter, QStringLiteral("4"));
        QCOMPARE(locked.error.code, ErrorCode::PeriodLocked);
        QCOMPARE(locked.error.rule, QStringLiteral("R13"));
        QCOMPARE(client(QStringLiteral("teacher"))
                     .call(QString::fromLatin1(Op::PeriodUnlock),
                           {{QStringLiteral("assignment_id"), m_math5},
                            {QStringLiteral("period_id"), m_pastQuarter},
                            {QStringLiteral("until"), QStringLiteral("2026-10-09")}})
                     .error.code,
                 ErrorCode::Forbidden);
        const Reply unlocked = client(QStringLiteral("deputy"))
                                   .call(QString::fromLatin1(Op::PeriodUnlock),
                                         {{QStringLiteral("assignment_id"), m_math5},
                                          {QStringLiteral("period_id"), m_pastQuarter},
                                          {QStringLiteral("until"), QStringLiteral("2026-10-09")}});
        QVERIFY2(unlocked.ok, qPrintable(unlocked.error.message));
        QVERIFY(periodMark(m_math5, m_pastQuarter, QStringLiteral("4")).ok);
        // Another journal of the same class stays locked.
        QCOMPARE(periodMark(m_russian5, m_pastQuarter, QStringLiteral("4")).error.code,
                 ErrorCode::PeriodLocked);
        // The deputy may set period marks at any time.
        QVERIFY(periodMark(m_russian5, m_pastQuarter, QStringLiteral("4"), m_anna,
                           QStringLiteral("deputy"))
                    .ok);
    }

    void r06_deletingALessonWithEntriesNeedsAReasonAndIsAudited()
    {
        const qint64 empty = lesson(m_math5, monday.date(), 10, m_oral);
        QVERIFY(
            client(QStringLiteral("teacher"))
                .call(QString::fromLatin1(Op::LessonDelete), {{QStringLiteral("lesson_id"), empty}})
                .ok);
        const qint64 filled = lesson(m_math5, monday.date(), 11, m_oral);
        QVERIFY(set(filled, m_anna, {{QStringLiteral("mark"), QStringLiteral("2")}}).ok);
        const QCborMap args{{QStringLiteral("lesson_id"), filled}};
        QCOMPARE(client(QStringLiteral("teacher"))
                     .call(QString::fromLatin1(Op::LessonDelete), args)
                     .error.rule,
                 QStringLiteral("R06"));
        QCOMPARE(client(QStringLiteral("substitute"))
                     .call(QString::fromLatin1(Op::LessonDelete), args)
                     .error.rule,
                 QStringLiteral("R18"));
        QCborMap withReason = args;
        withReason.insert(QStringLiteral("reason"), QStringLiteral("урок внесён в чужой журнал"));
        QVERIFY(client(QStringLiteral("teacher"))
                    .call(QString::fromLatin1(Op::LessonDelete), withReason)
                    .ok);
        QVERIFY(cellOf(filled, m_anna).isEmpty());
        const Reply audit = client(QStringLiteral("deputy"))
                                .call(QString::fromLatin1(Op::AuditList),
                                      {{QStringLiteral("op"), QStringLiteral("lesson.delete")}});
        QCOMPARE(audit.result[QStringLiteral("rows")].toArray().size(), 2);
        // The deleted lesson's cells, none of another lesson's.
        QCOMPARE(
            audit.result[QStringLiteral("rows")][0][QStringLiteral("old")][QStringLiteral("cells")]
                .toArray()
                .size(),
            1);
        QCOMPARE(audit
                     .result[QStringLiteral("rows")][0][QStringLiteral("old")]
                            [QStringLiteral("cells")][0][QStringLiteral("mark")]
                     .toString(),
                 QStringLiteral("2"));
    }

    void r19_studentsAndParentsSeeOnlyTheirOwnDiary()
    {
        // Accounts for Андреева and her mother, and for a parent of another child.
        TestClient& admin = client(QStringLiteral("admin"));
        const Reply pupil =
            admin.call(QString::fromLatin1(Op::UserCreate),
                       {{QStringLiteral("roles"), QCborArray{QStringLiteral("student")}},
                        {QStringLiteral("student_id"), m_anna},
                        {QStringLiteral("login"), QStringLiteral("anna")}});
        const Reply mother =
            admin.call(QString::fromLatin1(Op::UserCreate),
                       {{QStringLiteral("roles"), QCborArray{QStringLiteral("parent")}},
                        {QStringLiteral("full_name"), QStringLiteral("Андреева Ольга")},
                        {QStringLiteral("child_student_id"), m_anna},
                        {QStringLiteral("login"), QStringLiteral("mother")}});
        const Reply other =
            admin.call(QString::fromLatin1(Op::UserCreate),
                       {{QStringLiteral("roles"), QCborArray{QStringLiteral("parent")}},
                        {QStringLiteral("full_name"), QStringLiteral("Борисова Инна")},
                        {QStringLiteral("child_student_id"), m_boris},
                        {QStringLiteral("login"), QStringLiteral("other")}});
        QVERIFY(pupil.ok && mother.ok && other.ok);
        TestClient annaClient(m_server.endpoint());
        TestClient motherClient(m_server.endpoint());
        TestClient otherClient(m_server.endpoint());
        for (auto [client, login, reply] :
             {std::tuple{&annaClient, "anna", &pupil}, std::tuple{&motherClient, "mother", &mother},
              std::tuple{&otherClient, "other", &other}}) {
            QVERIFY(client->connectToServer());
            const QString generated = (*reply).result[QStringLiteral("password")].toString();
            QVERIFY(client->login(QString::fromLatin1(login), generated).ok);
            QVERIFY(
                client
                    ->call(QString::fromLatin1(Op::AuthChangePassword),
                           {{QStringLiteral("old"), generated}, {QStringLiteral("new"), password}})
                    .ok);
        }
        const QCborMap week{{QStringLiteral("from"), QStringLiteral("2026-10-01")},
                            {QStringLiteral("to"), QStringLiteral("2026-10-07")}};
        const Reply own = annaClient.call(QString::fromLatin1(Op::DiaryGet), week);
        QVERIFY2(own.ok, qPrintable(own.error.message));
        QCOMPARE(own.result[QStringLiteral("student_id")].toInteger(), m_anna);
        bool sawMark = false;
        for (const QCborValue& lesson : own.result[QStringLiteral("lessons")].toArray())
            sawMark = sawMark || (lesson[QStringLiteral("subject")].toString() ==
                                      QStringLiteral("Математика") &&
                                  !lesson[QStringLiteral("mark")].toString().isEmpty());
        QVERIFY(sawMark);
        QVERIFY(!own.result[QStringLiteral("forecasts")].toArray().isEmpty());
        // R16: the forecast of the period the range ends in, from that period's marks.
        QCOMPARE(own.result[QStringLiteral("period")][QStringLiteral("id")].toInteger(),
                 m_openQuarter);
        QVERIFY(!own.result[QStringLiteral("period_forecasts")].toArray().isEmpty());
        QCOMPARE(motherClient.call(QString::fromLatin1(Op::Me))
                     .result[QStringLiteral("children")][0][QStringLiteral("student_id")]
                     .toInteger(),
                 m_anna);
        QCOMPARE(motherClient.call(QString::fromLatin1(Op::DiaryGet), week)
                     .result[QStringLiteral("student_id")]
                     .toInteger(),
                 m_anna);
        QCborMap boris = week;
        boris.insert(QStringLiteral("student_id"), m_boris);
        QCOMPARE(annaClient.call(QString::fromLatin1(Op::DiaryGet), boris).error.rule,
                 QStringLiteral("R19"));
        QCOMPARE(motherClient.call(QString::fromLatin1(Op::DiaryGet), boris).error.rule,
                 QStringLiteral("R19"));
        QVERIFY(otherClient.call(QString::fromLatin1(Op::DiaryGet), boris).ok);
        QVERIFY(
            client(QStringLiteral("homeroom")).call(QString::fromLatin1(Op::DiaryGet), boris).ok);
        QCOMPARE(client(QStringLiteral("substitute"))
                     .call(QString::fromLatin1(Op::DiaryGet), boris)
                     .error.rule,
                 QStringLiteral("R19"));
    }

private:
    Reply periodMark(qint64 assignmentId, qint64 periodId, const QString& value,
                     qint64 studentId = 0, const QString& login = QStringLiteral("teacher"))
    {
        return client(login).call(QString::fromLatin1(Op::PeriodMarkSet),
                                  {{QStringLiteral("assignment_id"), assignmentId},
                                   {QStringLiteral("student_id"), studentId ? studentId : m_anna},
                                   {QStringLiteral("period_id"), periodId},
                                   {QStringLiteral("value"), value}});
    }

    TestClient& client(const QString& login) { return m_clients[login]; }

    qint64 admit(qint64 classId, const QString& lastName, const QString& fileNo)
    {
        return SchoolBuilder::admit(client(QStringLiteral("secretary")), classId, lastName, fileNo);
    }

    Reply saveLesson(qint64 assignmentId, const QDate& date, int number, qint64 workTypeId,
                     const QCborMap& more = {})
    {
        QCborMap args{{QStringLiteral("assignment_id"), assignmentId},
                      {QStringLiteral("date"), date.toString(Qt::ISODate)},
                      {QStringLiteral("lesson_no"), number},
                      {QStringLiteral("topic"), QStringLiteral("Тема урока")}};
        if (workTypeId)
            args.insert(QStringLiteral("work_type_id"), workTypeId);
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            args.insert(it.key(), it.value());
        return client(QStringLiteral("teacher")).call(QString::fromLatin1(Op::LessonSave), args);
    }

    qint64 lesson(qint64 assignmentId, const QDate& date, int number, qint64 workTypeId,
                  const QString& reason = {})
    {
        const Reply reply = saveLesson(
            assignmentId, date, number, workTypeId,
            reason.isEmpty() ? QCborMap() : QCborMap{{QStringLiteral("reason"), reason}});
        if (!reply.ok)
            qWarning().noquote() << "lesson.save:" << reply.error.message;
        return reply.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger();
    }

    // A test lesson that Boris missed and its correction column (R05); zeros after a warning.
    std::pair<qint64, qint64> testWithCorrectionColumn(const QDate& date, int number)
    {
        const qint64 test = lesson(m_math5, date, number, m_test);
        if (!test || !set(test, m_boris, {{QStringLiteral("absence"), QStringLiteral("н")}}).ok)
            return {0, 0};
        const Reply correction =
            saveLesson(m_math5, date, number, m_test, {{QStringLiteral("correction_of"), test}});
        if (!correction.ok)
            qWarning().noquote() << "correction column:" << correction.error.message;
        return {test,
                correction.result[QStringLiteral("lesson")][QStringLiteral("id")].toInteger()};
    }

    Reply set(qint64 lessonId, qint64 studentId, const QCborMap& fields, TestClient& caller)
    {
        QCborMap args = fields;
        args.insert(QStringLiteral("lesson_id"), lessonId);
        args.insert(QStringLiteral("student_id"), studentId);
        return caller.call(QString::fromLatin1(Op::CellSet), args);
    }
    Reply set(qint64 lessonId, qint64 studentId, const QCborMap& fields)
    {
        return set(lessonId, studentId, fields, client(QStringLiteral("teacher")));
    }

    QString cellOf(qint64 lessonId, qint64 studentId, const char* field = "mark")
    {
        const Reply journal = client(QStringLiteral("teacher"))
                                  .call(QString::fromLatin1(Op::JournalGet),
                                        {{QStringLiteral("assignment_id"), m_math5}});
        for (const QCborValue& cell : journal.result[QStringLiteral("cells")].toArray()) {
            if (cell[QStringLiteral("lesson_id")].toInteger() == lessonId &&
                cell[QStringLiteral("student_id")].toInteger() == studentId)
                return cell[QLatin1String(field)].toString();
        }
        return {};
    }

    FakeClock m_clock{monday};
    TestServer m_server;
    SignedInClients m_clients{m_server, password};
    qint64 m_oral = 0;
    qint64 m_test = 0;
    qint64 m_math5 = 0;
    qint64 m_russian5 = 0;
    qint64 m_math1 = 0;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
    qint64 m_vera = 0;
    qint64 m_substituteId = 0;
    qint64 m_openQuarter = 0;
    qint64 m_pastQuarter = 0;
};

QTEST_GUILESS_MAIN(TestJournalRules)
#include "tst_JournalRules.moc"
