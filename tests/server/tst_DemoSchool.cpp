// `ejournal-server demo` builds a realistic school: the real binary on a small school, then
// the database read directly — counts, grade 1 without marks (R02), the mark scale (R01),
// name forms, the credentials file, and the same school for the same seed.
#include "console/SchoolDatabase.h"
#include "demo/DemoSchoolPlan.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int kStudents = 300;
constexpr int kSeed = 7;
constexpr int kDemoTimeoutMs = 150'000;
} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_serverBinary =
            qEnvironmentVariable("EJOURNAL_BINARY_DIR") + QStringLiteral("/server/ejournal-server");
        QVERIFY2(QFileInfo::exists(m_serverBinary), qPrintable(m_serverBinary));
        QVERIFY(m_dir.isValid());
        // Run as root, the cluster belongs to an unprivileged user who must reach the data dir.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
        m_school = m_dir.filePath(QStringLiteral("school"));
        QElapsedTimer timer;
        timer.start();
        const auto [code, output] = runDemo(m_school, kSeed);
        QVERIFY2(code == 0, qPrintable(output));
        qInfo("demo --students %d took %.1f s", kStudents, timer.elapsed() / 1000.0);
        QString error;
        QVERIFY2(m_database.open(m_school, {}, SchoolDatabase::Mode::Command, &error),
                 qPrintable(error));
        m_fingerprint = fingerprint();
        QVERIFY(!m_fingerprint.isEmpty());
    }

    void gradesOneToElevenWithTwentyToThirtyStudentsAClass()
    {
        QCOMPARE(scalar("SELECT count(DISTINCT grade) FROM class_group").toInt(), 11);
        QCOMPARE(scalar("SELECT min(grade) * 100 + max(grade) FROM class_group").toInt(), 111);
        // The lists of 1 September, before the year's movements.
        QCOMPARE(scalar("SELECT count(*) FROM (SELECT e.class_id, count(*) AS n FROM enrollment "
                        "e JOIN academic_year y ON e.from_date = y.starts_on GROUP BY 1) c "
                        "WHERE n NOT BETWEEN 20 AND 30")
                     .toInt(),
                 0);
        const int students = scalar("SELECT count(*) FROM student").toInt();
        QVERIFY2(students >= kStudents * 0.8 && students <= kStudents * 1.25,
                 qPrintable(QString::number(students)));
        QCOMPARE(scalar("SELECT count(*) FROM class_group WHERE homeroom_teacher_id IS NULL "
                        "OR room_id IS NULL")
                     .toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM period").toInt() >= 6);
        QVERIFY(scalar("SELECT count(*) FROM holiday").toInt() >= 4);
        QCOMPARE(scalar("SELECT count(*) FROM period WHERE marks_deadline >= ends_on").toInt(), 0);
    }

    void staffTeachersAndSubgroups()
    {
        QVERIFY(scalar("SELECT count(DISTINCT teacher_id) FROM assignment").toInt() >= 15);
        QCOMPARE(scalar("SELECT count(*) FROM subject WHERE double_mark").toInt(), 2);
        QVERIFY(scalar("SELECT count(*) FROM subject WHERE pass_fail").toInt() >= 1);
        QVERIFY(scalar("SELECT count(*) FROM work_type").toInt() >= 8);
        // Foreign language, technology, computer science: two subgroups, two teachers.
        QCOMPARE(scalar("SELECT count(*) FROM (SELECT a.class_id, a.subject_id FROM assignment a "
                        "WHERE a.subgroup_id IS NOT NULL GROUP BY 1, 2 "
                        "HAVING count(*) <> 2 OR count(DISTINCT a.teacher_id) <> 2) x")
                     .toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM subgroup_member").toInt() > kStudents);
        // No teacher in two places at once.
        QCOMPARE(scalar("SELECT count(*) FROM (SELECT a.teacher_id, t.weekday, t.lesson_no "
                        "FROM timetable_entry t JOIN assignment a ON a.id = t.assignment_id "
                        "GROUP BY 1, 2, 3 HAVING count(*) > 1) x")
                     .toInt(),
                 0);
        // Timetable hours match the curriculum.
        QCOMPARE(scalar("SELECT count(*) FROM assignment a WHERE a.hours_per_week <> (SELECT "
                        "count(*) FROM timetable_entry t WHERE t.assignment_id = a.id)")
                     .toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM guardian").toInt() > 0);
        // Some families have two children in the school.
        QVERIFY(scalar("SELECT count(*) FROM (SELECT parent_user_id FROM guardian GROUP BY 1 "
                       "HAVING count(*) > 1) x")
                    .toInt() > 0);
    }

    void lessonsUpToYesterday()
    {
        const QDate today = QDate::currentDate();
        const QDate yearStart = scalar("SELECT starts_on FROM academic_year").toDate();
        QVERIFY(scalar("SELECT max(held_on) FROM lesson").toDate() < today.addDays(1));
        if (yearStart.daysTo(today) < 7)
            QSKIP("The school year has only just begun: hardly any lessons yet.");
        QVERIFY(scalar("SELECT count(*) FROM lesson").toInt() > 100);
        QCOMPARE(scalar("SELECT count(*) FROM lesson WHERE topic = '' OR held_on < "
                        "(SELECT starts_on FROM academic_year) OR extract(isodow FROM held_on) > 5")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM lesson l JOIN holiday h ON l.held_on BETWEEN "
                        "h.starts_on AND h.ends_on JOIN assignment a ON a.id = l.assignment_id "
                        "JOIN class_group c ON c.id = a.class_id "
                        "WHERE c.grade BETWEEN h.grade_from AND h.grade_to")
                     .toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM movement").toInt() > 0 ||
                yearStart.daysTo(today) < 14);
    }

    void gradeOneHasAttendanceOnly()
    {
        const QString gradeOne = QStringLiteral(
            "FROM lesson l JOIN assignment a ON a.id = l.assignment_id JOIN class_group c ON "
            "c.id = a.class_id WHERE c.grade = 1 ");
        QCOMPARE(scalar("SELECT count(*) " + gradeOne + "AND l.homework <> ''").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM journal_cell j JOIN lesson l ON l.id = j.lesson_id "
                        "JOIN assignment a ON a.id = l.assignment_id JOIN class_group c ON "
                        "c.id = a.class_id WHERE c.grade = 1 AND j.mark <> ''")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM period_mark p JOIN assignment a ON a.id = "
                        "p.assignment_id JOIN class_group c ON c.id = a.class_id WHERE c.grade = 1")
                     .toInt(),
                 0);
        if (scalar("SELECT count(*) " + gradeOne).toInt() > 50) {
            QVERIFY(
                scalar("SELECT count(*) FROM journal_cell j JOIN lesson l ON l.id = "
                       "j.lesson_id JOIN assignment a ON a.id = l.assignment_id JOIN "
                       "class_group c ON c.id = a.class_id WHERE c.grade = 1 AND j.absence <> ''")
                    .toInt() > 0);
        }
    }

    void marksFollowTheScale()
    {
        const QString cells = QStringLiteral(
            "FROM journal_cell j JOIN lesson l ON l.id = j.lesson_id JOIN assignment a ON a.id = "
            "l.assignment_id JOIN subject s ON s.id = a.subject_id ");
        QCOMPARE(scalar("SELECT count(*) " + cells +
                        "WHERE j.mark <> '' AND j.mark !~ '^([1-5](/[1-5])?|зач|незач)$'")
                     .toInt(),
                 0);
        QCOMPARE(
            scalar("SELECT count(*) " + cells + "WHERE j.mark LIKE '%/%' AND NOT s.double_mark")
                .toInt(),
            0);
        QCOMPARE(scalar("SELECT count(*) " + cells +
                        "WHERE (j.mark IN ('зач', 'незач')) <> s.pass_fail AND j.mark <> ''")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM journal_cell WHERE mark <> '' AND work_type_id IS "
                        "NULL")
                     .toInt(),
                 0);
        QCOMPARE(
            scalar("SELECT count(*) FROM journal_cell WHERE absence NOT IN ('', 'н', 'б', 'у')")
                .toInt(),
            0);
        if (scalar("SELECT count(*) FROM lesson").toInt() < 500)
            QSKIP("Too few lessons yet for the distribution.");
        QVERIFY(scalar("SELECT count(*) FROM journal_cell WHERE mark LIKE '%/%'").toInt() > 0);
        // Every mark value shows up, fives and fours most; strong and weak students differ.
        for (const char* mark : {"2", "3", "4", "5"})
            QVERIFY2(scalar("SELECT count(*) FROM journal_cell WHERE mark = ?", {mark}).toInt() > 0,
                     mark);
        QVERIFY(scalar("SELECT count(*) FROM journal_cell WHERE mark IN ('4', '5')").toInt() >
                scalar("SELECT count(*) FROM journal_cell WHERE mark IN ('2', '3')").toInt());
        QVERIFY(scalar("SELECT max(a) - min(a) FROM (SELECT avg(left(mark, 1)::int) AS a FROM "
                       "journal_cell WHERE mark ~ '^[2-5]' GROUP BY student_id "
                       "HAVING count(*) >= 10) x")
                    .toDouble() > 1.0);
        QVERIFY(scalar("SELECT count(*) FROM period_mark WHERE value NOT IN ('5', '4', '3', '2', "
                       "'н/а', 'зач', 'незач')")
                    .toInt() == 0);
    }

    void namesHaveTheirMaleAndFemaleForms()
    {
        QCOMPARE(scalar("SELECT count(*) FROM person WHERE sex = 'ж' AND middle_name !~ "
                        "'(вна|чна)$'")
                     .toInt(),
                 0);
        QCOMPARE(
            scalar("SELECT count(*) FROM person WHERE sex = 'м' AND middle_name !~ 'ич$'").toInt(),
            0);
        QCOMPARE(scalar("SELECT count(*) FROM person WHERE sex = 'ж' AND last_name ~ "
                        "'(ов|ев|ёв|ин|ын|ский|цкий|ой)$'")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM person WHERE sex = 'м' AND last_name ~ "
                        "'(ова|ева|ёва|ина|ына|ская|цкая|ая)$'")
                     .toInt(),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM person WHERE last_name ~ '(ко|их|ых)$'").toInt() > 0);
        // Students are as old as their grade: grade g born in (year start - 6 - g).
        QCOMPARE(scalar("SELECT count(*) FROM enrollment e JOIN class_group c ON c.id = e.class_id "
                        "JOIN academic_year y ON y.id = c.year_id JOIN student s ON s.id = "
                        "e.student_id JOIN person p ON p.id = s.person_id WHERE "
                        "extract(year FROM p.birth_date) <> extract(year FROM y.starts_on) - 6 - "
                        "c.grade")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) - count(DISTINCT lower(personal_file_no)) FROM student")
                     .toInt(),
                 0);
        // Brothers and sisters share the surname in its form and the patronymic's root.
        QCOMPARE(scalar("SELECT count(*) FROM guardian g1 JOIN guardian g2 ON g1.parent_user_id = "
                        "g2.parent_user_id AND g1.student_id < g2.student_id "
                        "JOIN student s1 ON s1.id = g1.student_id JOIN person p1 ON p1.id = "
                        "s1.person_id JOIN student s2 ON s2.id = g2.student_id JOIN person p2 ON "
                        "p2.id = s2.person_id WHERE p1.sex = p2.sex AND (p1.last_name <> "
                        "p2.last_name OR p1.middle_name <> p2.middle_name)")
                     .toInt(),
                 0);
    }

    void credentialsFileHasEveryRole()
    {
        QFile file(m_school + QStringLiteral("/demo-credentials.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("login,password,role,full_name,class_or_subject"));
        QSet<QString> roles;
        QStringList logins;
        for (const QString& line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            QCOMPARE(fields.size(), 5);
            QVERIFY(!fields.at(1).isEmpty());
            roles.insert(fields.at(2));
            logins.append(fields.at(0));
        }
        QCOMPARE(roles, (QSet<QString>{"admin", "director", "deputy", "secretary", "teacher",
                                       "class_teacher", "student", "parent"}));
        QCOMPARE(logins.mid(0, 5),
                 (QStringList{"admin", "director", "deputy", "deputy2", "secretary"}));
        QCOMPARE(logins.size(), scalar("SELECT count(*) FROM app_user").toInt());
        QCOMPARE(scalar("SELECT count(*) FROM app_user WHERE must_change_password OR "
                        "password_hash NOT LIKE '$argon2id$%'")
                     .toInt(),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE op = 'console.demo'").toInt(), 1);
    }

    void runningAgainChangesNothing()
    {
        m_database.close();
        QFile file(m_school + QStringLiteral("/demo-credentials.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto [code, output] = runDemo(m_school, kSeed);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QString error;
        QVERIFY2(m_database.open(m_school, {}, SchoolDatabase::Mode::Command, &error),
                 qPrintable(error));
        QCOMPARE(fingerprint(), m_fingerprint);
    }

    void sameSeedSameSchool()
    {
        m_database.close();
        const QString again = m_dir.filePath(QStringLiteral("again"));
        const auto [code, output] = runDemo(again, kSeed);
        QVERIFY2(code == 0, qPrintable(output));
        QString error;
        QVERIFY2(m_database.open(again, {}, SchoolDatabase::Mode::Command, &error),
                 qPrintable(error));
        QCOMPARE(fingerprint(), m_fingerprint);
        m_database.close();
    }

    void otherSeedOtherSchool()
    {
        // The plan alone (no database): the same seed repeats, another one differs.
        const QDate today = QDate::currentDate();
        const QByteArray first = planFingerprint(DemoSchoolPlan::generate(kStudents, kSeed, today));
        QCOMPARE(planFingerprint(DemoSchoolPlan::generate(kStudents, kSeed, today)), first);
        QVERIFY(planFingerprint(DemoSchoolPlan::generate(kStudents, kSeed + 1, today)) != first);
    }

    void timetableWithoutDoubleBookings()
    {
        const QDate today = QDate::currentDate();
        for (int students : {300, 1000}) {
            for (int seed : {1, 2, 3}) {
                const DemoSchoolPlan plan = DemoSchoolPlan::generate(students, seed, today);
                QVERIFY2(
                    plan.timetableConflicts == 0,
                    qPrintable(QStringLiteral("%1 students, seed %2").arg(students).arg(seed)));
            }
        }
    }

    void cleanupTestCase() { m_database.close(); }

private:
    std::pair<int, QString> runDemo(const QString& dataDir, int seed)
    {
        QProcess process;
        process.start(m_serverBinary,
                      {QStringLiteral("demo"), QStringLiteral("--data-dir"), dataDir,
                       QStringLiteral("--students"), QString::number(kStudents),
                       QStringLiteral("--seed"), QString::number(seed)});
        if (!process.waitForFinished(kDemoTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    QVariant scalar(const QString& statement, const QVariantList& values = {})
    {
        QSqlQuery query(m_database.owner());
        query.prepare(statement);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning().noquote() << statement << query.lastError().text();
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }

    // People, rosters and every cell of the journals, in a stable order.
    QString fingerprint()
    {
        return scalar(
                   "SELECT md5((SELECT string_agg(concat_ws(' ', last_name, first_name, "
                   "middle_name, birth_date, sex), ',' ORDER BY id) FROM person) || "
                   "(SELECT string_agg(concat_ws(' ', s.personal_file_no, c.grade, c.letter, "
                   "e.from_date, e.to_date), ',' ORDER BY s.personal_file_no, e.from_date) FROM "
                   "enrollment e JOIN student s ON s.id = e.student_id JOIN class_group c ON "
                   "c.id = e.class_id) || "
                   "(SELECT string_agg(concat_ws(' ', l.held_on, l.lesson_no, sub.title, "
                   "l.topic, l.homework, s.personal_file_no, j.mark, j.absence), ',' ORDER BY "
                   "l.held_on, l.lesson_no, sub.title, s.personal_file_no) FROM journal_cell j "
                   "JOIN lesson l ON l.id = j.lesson_id JOIN assignment a ON a.id = "
                   "l.assignment_id JOIN subject sub ON sub.id = a.subject_id JOIN student s ON "
                   "s.id = j.student_id) || "
                   "(SELECT coalesce(string_agg(concat_ws(' ', s.personal_file_no, p.ordinal, "
                   "p.kind, sub.title, m.value), ',' ORDER BY s.personal_file_no, p.kind, "
                   "p.ordinal, sub.title, m.assignment_id), '') FROM period_mark m JOIN student s "
                   "ON s.id = m.student_id JOIN period p ON p.id = m.period_id JOIN assignment a "
                   "ON a.id = m.assignment_id JOIN subject sub ON sub.id = a.subject_id))")
            .toString();
    }

    static QByteArray planFingerprint(const DemoSchoolPlan& plan)
    {
        QCryptographicHash hash(QCryptographicHash::Md5);
        for (const DemoPerson& person : plan.people)
            hash.addData(person.fullName().toUtf8());
        for (const DemoCell& cell : plan.cells)
            hash.addData(QStringLiteral("%1 %2 %3 %4")
                             .arg(cell.lesson)
                             .arg(cell.student)
                             .arg(cell.mark, cell.absence)
                             .toUtf8());
        return hash.result();
    }

    QString m_serverBinary;
    QTemporaryDir m_dir;
    QString m_school;
    SchoolDatabase m_database;
    QString m_fingerprint;
};

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_DemoSchool.moc"
