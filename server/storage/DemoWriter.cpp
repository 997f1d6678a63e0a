#include "storage/DemoWriter.h"

#include "demo/DemoSchoolPlan.h"
#include "storage/SqlRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <functional>

namespace {
// Rows per INSERT: about a thousand, and never more bind values than PostgreSQL takes.
constexpr int kRowsPerStatement = 1000;
constexpr int kMaxBindValues = 30000;

const QVariant kNullId = QVariant(QMetaType::fromType<qlonglong>());
const QVariant kNullDate = QVariant(QMetaType::fromType<QDate>());

QVariant idOrNull(const QList<qint64>& ids, int index)
{
    return index >= 0 ? QVariant(ids.at(index)) : kNullId;
}

// Multi-row INSERTs for one table; the table and column names are the writer's own
// constants, every value is bound.
class BulkInsert
{
public:
    using Row = std::function<void(int row, QVariantList& values)>;

    BulkInsert(const QSqlDatabase& db, const QString& table, const QStringList& columns)
        : m_sql(db)
        , m_table(table)
        , m_columns(columns)
    {}

    Status run(int rowCount, const Row& row) const
    {
        const int perStatement =
            std::max(1, std::min(kRowsPerStatement, kMaxBindValues / int(m_columns.size())));
        QVariantList values;
        for (int first = 0; first < rowCount; first += perStatement) {
            const int count = std::min(perStatement, rowCount - first);
            values.clear();
            values.reserve(count * m_columns.size());
            for (int i = first; i < first + count; ++i)
                row(i, values);
            if (auto done = m_sql.exec(statement(count), values); !done)
                return done.error();
        }
        return Done{};
    }

private:
    QString statement(int rows) const
    {
        QString tuple = QStringLiteral("(?");
        for (int i = 1; i < m_columns.size(); ++i)
            tuple += QStringLiteral(", ?");
        tuple += QLatin1Char(')');
        QStringList tuples;
        tuples.reserve(rows);
        for (int i = 0; i < rows; ++i)
            tuples.append(tuple);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
    }

    SqlRunner m_sql;
    QString m_table;
    QStringList m_columns;
};

// Takes `count` ids from the table's id sequence, so rows can refer to each other before
// they are written.
Result<QList<qint64>> reserveIds(const QSqlDatabase& db, const QString& table, int count)
{
    QList<qint64> ids;
    if (count == 0)
        return ids;
    auto result = SqlRunner(db).exec(
        QStringLiteral(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"),
        {table, count});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    ids.reserve(count);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}
} // namespace

Status DemoWriter::write(const DemoSchoolPlan& plan, const PasswordHashes& passwordHashes,
                         const QDateTime& now, const AuditEntry& audit) const
{
    QSqlDatabase db = m_db;
    if (!db.transaction())
        return makeError(ErrorCode::Internal, db.lastError().text());
    Status written = writeAll(plan, passwordHashes, now, audit);
    if (!written || !db.commit()) {
        db.rollback();
        if (written)
            return makeError(ErrorCode::Internal, db.lastError().text());
        return written;
    }
    // A whole year of journals arrived at once: vacuum them and give the planner their
    // statistics now, rather than when autovacuum gets round to it while the school works (a
    // journal read's plan depends on them). Not the audit log: it starts nearly empty and
    // grows fast, and statistics taken now would send its chain lookup to a sequential scan
    // until autovacuum took them again.
    auto analyzed = SqlRunner(m_db).exec(
        QStringLiteral("VACUUM ANALYZE person, student, enrollment, class_group, assignment, "
                       "subgroup_member, lesson, journal_cell, period_mark"));
    if (!analyzed)
        return analyzed.error();
    return written;
}

Status DemoWriter::writeAll(const DemoSchoolPlan& plan, const PasswordHashes& passwordHashes,
                            const QDateTime& now, const AuditEntry& audit) const
{
    const SqlRunner sql(m_db);
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const QString& what) {
        if (m_progress)
            m_progress(QStringLiteral("%1 (%2 ms)").arg(what).arg(timer.restart()));
    };
#define EJ_TRY(expression)                                                                         \
    if (auto status_ = (expression); !status_)                                                     \
        return status_.error();
#define EJ_IDS(variable, table, count)                                                             \
    auto variable##Result = reserveIds(m_db, QStringLiteral(table), int(count));                   \
    if (!variable##Result)                                                                         \
        return variable##Result.error();                                                           \
    const QList<qint64> variable = std::move(variable##Result).value();

    // The year and its calendar.
    EJ_IDS(yearIds, "academic_year", 1);
    const qint64 yearId = yearIds.first();
    EJ_TRY(BulkInsert(m_db, QStringLiteral("academic_year"),
                      {"id", "title", "starts_on", "ends_on", "updated_at"})
               .run(1, [&](int, QVariantList& v) {
                   v << yearId << plan.calendar.title() << plan.calendar.startsOn()
                     << plan.calendar.endsOn() << now;
               }));
    const QList<DemoPeriod>& periods = plan.calendar.periods();
    EJ_IDS(periodIds, "period", periods.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("period"),
                      {"id", "year_id", "kind", "ordinal", "grade_from", "grade_to", "starts_on",
                       "ends_on", "marks_deadline", "updated_at"})
               .run(int(periods.size()), [&](int i, QVariantList& v) {
                   const DemoPeriod& p = periods.at(i);
                   v << periodIds.at(i) << yearId << p.kind << p.ordinal << p.gradeFrom << p.gradeTo
                     << p.startsOn << p.endsOn << p.marksDeadline << now;
               }));
    const QList<DemoHoliday>& holidays = plan.calendar.holidays();
    EJ_TRY(BulkInsert(m_db, QStringLiteral("holiday"),
                      {"year_id", "title", "starts_on", "ends_on", "grade_from", "grade_to"})
               .run(int(holidays.size()), [&](int i, QVariantList& v) {
                   const DemoHoliday& h = holidays.at(i);
                   v << yearId << h.title << h.startsOn << h.endsOn << h.gradeFrom << h.gradeTo;
               }));

    // People and accounts (passwords come at the end, when the hashes are ready).
    EJ_IDS(personIds, "person", plan.people.size());
    EJ_TRY(BulkInsert(
               m_db, QStringLiteral("person"),
               {"id", "last_name", "first_name", "middle_name", "birth_date", "sex", "updated_at"})
               .run(int(plan.people.size()), [&](int i, QVariantList& v) {
                   const DemoPerson& p = plan.people.at(i);
                   v << personIds.at(i) << p.lastName << p.firstName << p.middleName << p.birthDate
                     << (p.female ? QStringLiteral("ж") : QStringLiteral("м")) << now;
               }));
    QList<int> newAccounts;
    QList<qint64> accountIds(plan.accounts.size(), 0);
    for (int i = 0; i < plan.accounts.size(); ++i) {
        const DemoAccount& account = plan.accounts.at(i);
        if (!account.existing) {
            newAccounts.append(i);
            continue;
        }
        auto id =
            sql.scalar(QStringLiteral("SELECT id FROM app_user WHERE lower(login) = lower(?)"),
                       {account.login});
        if (!id)
            return id.error();
        if (!id->isValid())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("DemoWriter", "No user %1.").arg(account.login));
        accountIds[i] = id->toLongLong();
    }
    EJ_IDS(newAccountIds, "app_user", newAccounts.size());
    for (int i = 0; i < newAccounts.size(); ++i)
        accountIds[newAccounts.at(i)] = newAccountIds.at(i);
    EJ_TRY(BulkInsert(m_db, QStringLiteral("app_user"),
                      {"id", "login", "password_hash", "full_name", "must_change_password",
                       "created_at", "updated_at", "person_id"})
               .run(int(newAccounts.size()), [&](int i, QVariantList& v) {
                   const int index = newAccounts.at(i);
                   const DemoAccount& a = plan.accounts.at(index);
                   // No one signs in with "!" before the real hash is set below.
                   v << accountIds.at(index) << a.login << QStringLiteral("!") << a.fullName
                     << false << now << now << idOrNull(personIds, a.person);
               }));
    QList<std::pair<qint64, QString>> roles;
    for (int index : std::as_const(newAccounts)) {
        for (Role role : plan.accounts.at(index).roles.toList())
            roles.append({accountIds.at(index), roleCode(role)});
    }
    EJ_TRY(BulkInsert(m_db, QStringLiteral("user_role"), {"user_id", "role"})
               .run(int(roles.size()),
                    [&](int i, QVariantList& v) { v << roles.at(i).first << roles.at(i).second; }));
    step(QStringLiteral("people and accounts: %1 people, %2 accounts")
             .arg(plan.people.size())
             .arg(plan.accounts.size()));

    // Structure: rooms, subjects, work types, classes.
    EJ_IDS(roomIds, "room", plan.rooms.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("room"), {"id", "title"})
               .run(int(plan.rooms.size()),
                    [&](int i, QVariantList& v) { v << roomIds.at(i) << plan.rooms.at(i); }));
    EJ_IDS(subjectIds, "subject", plan.subjects.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("subject"),
                      {"id", "title", "short_title", "double_mark", "pass_fail"})
               .run(int(plan.subjects.size()), [&](int i, QVariantList& v) {
                   const DemoSubject& s = plan.subjects.at(i);
                   v << subjectIds.at(i) << s.title << s.shortTitle << s.doubleMark << s.passFail;
               }));
    EJ_IDS(workTypeIds, "work_type", plan.workTypes.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("work_type"),
                      {"id", "title", "weight", "is_written", "is_control"})
               .run(int(plan.workTypes.size()), [&](int i, QVariantList& v) {
                   const DemoWorkType& w = plan.workTypes.at(i);
                   v << workTypeIds.at(i) << w.title << w.weight << w.written << w.control;
               }));
    EJ_IDS(classIds, "class_group", plan.classes.size());
    EJ_TRY(BulkInsert(
               m_db, QStringLiteral("class_group"),
               {"id", "year_id", "grade", "letter", "homeroom_teacher_id", "room_id", "updated_at"})
               .run(int(plan.classes.size()), [&](int i, QVariantList& v) {
                   const DemoClass& c = plan.classes.at(i);
                   v << classIds.at(i) << yearId << c.grade << c.letter
                     << idOrNull(accountIds, c.homeroomTeacher) << idOrNull(roomIds, c.room) << now;
               }));

    // Rosters: students, their classes over time, orders, guardians.
    EJ_IDS(studentIds, "student", plan.students.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("student"),
                      {"id", "person_id", "personal_file_no", "updated_at"})
               .run(int(plan.students.size()), [&](int i, QVariantList& v) {
                   const DemoStudent& s = plan.students.at(i);
                   v << studentIds.at(i) << personIds.at(s.person) << s.personalFileNo << now;
               }));
    EJ_TRY(BulkInsert(m_db, QStringLiteral("enrollment"),
                      {"student_id", "class_id", "from_date", "to_date"})
               .run(int(plan.enrollments.size()), [&](int i, QVariantList& v) {
                   const DemoEnrollment& e = plan.enrollments.at(i);
                   v << studentIds.at(e.student) << classIds.at(e.classIndex) << e.fromDate
                     << (e.toDate.isValid() ? QVariant(e.toDate) : kNullDate);
               }));
    EJ_TRY(BulkInsert(m_db, QStringLiteral("movement"),
                      {"student_id", "kind", "from_class_id", "to_class_id", "on_date", "order_no",
                       "order_date", "created_at"})
               .run(int(plan.movements.size()), [&](int i, QVariantList& v) {
                   const DemoMovement& m = plan.movements.at(i);
                   v << studentIds.at(m.student) << m.kind << idOrNull(classIds, m.fromClass)
                     << idOrNull(classIds, m.toClass) << m.onDate << m.orderNo << m.orderDate
                     << now;
               }));
    EJ_TRY(BulkInsert(m_db, QStringLiteral("guardian"), {"parent_user_id", "student_id"})
               .run(int(plan.guardians.size()), [&](int i, QVariantList& v) {
                   v << accountIds.at(plan.guardians.at(i).parentAccount)
                     << studentIds.at(plan.guardians.at(i).student);
               }));
    step(QStringLiteral("rosters: %1 classes, %2 students")
             .arg(plan.classes.size())
             .arg(plan.students.size()));

    // Curriculum, subgroups, journals, bells and the timetable.
    EJ_TRY(
        BulkInsert(m_db, QStringLiteral("curriculum"), {"class_id", "subject_id", "hours_per_week"})
            .run(int(plan.curriculum.size()), [&](int i, QVariantList& v) {
                const DemoCurriculumRow& c = plan.curriculum.at(i);
                v << classIds.at(c.classIndex) << subjectIds.at(c.subject) << c.hoursPerWeek;
            }));
    EJ_IDS(subgroupIds, "subgroup", plan.subgroups.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("subgroup"), {"id", "class_id", "subject_id", "title"})
               .run(int(plan.subgroups.size()), [&](int i, QVariantList& v) {
                   const DemoSubgroup& s = plan.subgroups.at(i);
                   v << subgroupIds.at(i) << classIds.at(s.classIndex) << subjectIds.at(s.subject)
                     << s.title;
               }));
    QList<std::pair<int, int>> members;
    for (int i = 0; i < plan.subgroups.size(); ++i) {
        for (int student : plan.subgroups.at(i).students)
            members.append({i, student});
    }
    EJ_TRY(BulkInsert(m_db, QStringLiteral("subgroup_member"), {"subgroup_id", "student_id"})
               .run(int(members.size()), [&](int i, QVariantList& v) {
                   v << subgroupIds.at(members.at(i).first) << studentIds.at(members.at(i).second);
               }));
    EJ_IDS(assignmentIds, "assignment", plan.assignments.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("assignment"),
                      {"id", "class_id", "subject_id", "subgroup_id", "teacher_id",
                       "hours_per_week", "updated_at"})
               .run(int(plan.assignments.size()), [&](int i, QVariantList& v) {
                   const DemoAssignment& a = plan.assignments.at(i);
                   v << assignmentIds.at(i) << classIds.at(a.classIndex) << subjectIds.at(a.subject)
                     << idOrNull(subgroupIds, a.subgroup) << accountIds.at(a.teacher)
                     << a.hoursPerWeek << now;
               }));
    EJ_TRY(BulkInsert(m_db, QStringLiteral("bell"), {"lesson_no", "starts_at", "ends_at"})
               .run(int(plan.bells.size()), [&](int i, QVariantList& v) {
                   const DemoBell& b = plan.bells.at(i);
                   v << b.lessonNo << b.startsAt << b.endsAt;
               }));
    EJ_TRY(
        BulkInsert(m_db, QStringLiteral("timetable_entry"),
                   {"class_id", "weekday", "lesson_no", "assignment_id", "room_id", "valid_from"})
            .run(int(plan.timetable.size()), [&](int i, QVariantList& v) {
                const DemoTimetableEntry& t = plan.timetable.at(i);
                v << classIds.at(t.classIndex) << t.weekday << t.lessonNo
                  << assignmentIds.at(t.assignment) << idOrNull(roomIds, t.room)
                  << plan.calendar.startsOn();
            }));
    step(QStringLiteral("structure: %1 journals, %2 timetable entries")
             .arg(plan.assignments.size())
             .arg(plan.timetable.size()));

    // The journals' contents.
    EJ_IDS(lessonIds, "lesson", plan.lessons.size());
    EJ_TRY(BulkInsert(m_db, QStringLiteral("lesson"),
                      {"id", "assignment_id", "held_on", "lesson_no", "topic", "homework",
                       "work_type_id", "taught_by", "updated_at", "updated_by"})
               .run(int(plan.lessons.size()), [&](int i, QVariantList& v) {
                   const DemoLesson& l = plan.lessons.at(i);
                   const QVariant teacher = accountIds.at(l.taughtBy);
                   v << lessonIds.at(i) << assignmentIds.at(l.assignment) << l.heldOn << l.lessonNo
                     << l.topic << l.homework << idOrNull(workTypeIds, l.workType) << teacher << now
                     << teacher;
               }));
    step(QStringLiteral("lessons: %1").arg(plan.lessons.size()));
    EJ_TRY(BulkInsert(m_db, QStringLiteral("journal_cell"),
                      {"lesson_id", "assignment_id", "student_id", "mark", "work_type_id",
                       "absence", "updated_at", "updated_by"})
               .run(int(plan.cells.size()), [&](int i, QVariantList& v) {
                   const DemoCell& c = plan.cells.at(i);
                   v << lessonIds.at(c.lesson)
                     << assignmentIds.at(plan.lessons.at(c.lesson).assignment)
                     << studentIds.at(c.student) << c.mark << idOrNull(workTypeIds, c.workType)
                     << c.absence << now << accountIds.at(plan.lessons.at(c.lesson).taughtBy);
               }));
    step(QStringLiteral("marks and absences: %1 cells").arg(plan.cells.size()));
    EJ_TRY(BulkInsert(
               m_db, QStringLiteral("period_mark"),
               {"assignment_id", "student_id", "period_id", "value", "updated_at", "updated_by"})
               .run(int(plan.periodMarks.size()), [&](int i, QVariantList& v) {
                   const DemoPeriodMark& m = plan.periodMarks.at(i);
                   v << assignmentIds.at(m.assignment) << studentIds.at(m.student)
                     << periodIds.at(m.period) << m.value << now
                     << accountIds.at(plan.assignments.at(m.assignment).teacher);
               }));
    step(QStringLiteral("period marks: %1").arg(plan.periodMarks.size()));

    // Passwords last: hashing ran in parallel with everything above.
    const QStringList hashes = passwordHashes();
    if (hashes.size() != plan.accounts.size())
        return makeError(ErrorCode::Internal, QStringLiteral("password hashes missing"));
    step(QStringLiteral("password hashes ready"));
    const int perStatement = kRowsPerStatement / 2;
    for (int first = 0; first < hashes.size(); first += perStatement) {
        const int count = std::min(perStatement, int(hashes.size()) - first);
        QStringList tuples;
        QVariantList values;
        for (int i = first; i < first + count; ++i) {
            tuples.append(QStringLiteral("(?::bigint, ?::text)"));
            values << accountIds.at(i) << hashes.at(i);
        }
        EJ_TRY(sql.exec(QStringLiteral("UPDATE app_user SET password_hash = v.hash, "
                                       "must_change_password = false, updated_at = ? "
                                       "FROM (VALUES %1) AS v(id, hash) WHERE app_user.id = v.id")
                            .arg(tuples.join(QStringLiteral(", "))),
                        QVariantList{now} + values));
    }
    EJ_TRY(AuditLog(m_db).append(audit));
    step(QStringLiteral("passwords and audit"));
#undef EJ_TRY
#undef EJ_IDS
    return Done{};
}
