#include "storage/JournalStore.h"

#include "storage/RosterStore.h"
#include "storage/SqlRunner.h"
#include "storage/StructureStore.h"

#include <QSet>

namespace {
const QString selectLesson = QStringLiteral(
    "SELECT id, assignment_id, held_on, lesson_no, topic, homework, coalesce(work_type_id, 0), "
    "  coalesce(correction_of, 0), taught_by, homework_late FROM lesson ");

const QString selectJournalColumns = QStringLiteral(
    "SELECT a.id, a.class_id, c.grade::text || c.letter, c.grade, a.subject_id, s.title, "
    "  s.double_mark, s.pass_fail, coalesce(a.subgroup_id, 0) AS subgroup_id, a.teacher_id, "
    "  u.full_name, "
    "  coalesce(c.homeroom_teacher_id, 0), y.closed, y.starts_on, y.ends_on, a.revision ");
const QString journalTables =
    QStringLiteral("FROM assignment a JOIN class_group c ON c.id = a.class_id "
                   "JOIN academic_year y ON y.id = c.year_id JOIN subject s ON s.id = a.subject_id "
                   "JOIN app_user u ON u.id = a.teacher_id ");
const QString selectJournal = selectJournalColumns + journalTables;
// The journal's revision and the school's (sql/0010), read again after the contents.
const QString selectRevisions =
    QStringLiteral("SELECT a.revision, r.revision FROM assignment a, school_revision r "
                   "WHERE a.id = ?");
// Whether a student (the two "?") is in a journal on `day`: their latest enrollment in the
// class that began by then is still open that day, and they are in the journal's subgroup if
// it has one (subgroup 0: none).
QString inJournalOn(const QString& day, const QString& classId, const QString& subgroupId)
{
    return QStringLiteral("(coalesce((SELECT e.to_date IS NULL OR e.to_date > %1 FROM enrollment e "
                          "  WHERE e.class_id = %2 AND e.student_id = ? AND e.from_date <= %1 "
                          "  ORDER BY e.from_date DESC LIMIT 1), false) "
                          "AND (%3 = 0 OR EXISTS (SELECT 1 FROM subgroup_member m "
                          "  WHERE m.subgroup_id = %3 AND m.student_id = ?)))")
        .arg(day, classId, subgroupId);
}

constexpr int kLessonColumns = 10;
constexpr int kJournalColumns = 16;
// A lesson with its journal (selectJournal as j), one row per lesson.
const QString selectLessonWithJournal = QStringLiteral(
    "SELECT l.id, l.assignment_id, l.held_on, l.lesson_no, l.topic, l.homework, "
    "  coalesce(l.work_type_id, 0), coalesce(l.correction_of, 0), l.taught_by, l.homework_late, "
    "  j.*");

JournalInfo journalFromRow(const SqlRows& rows, int row, int first)
{
    JournalInfo info;
    info.assignmentId = rows.integer(row, first + 0);
    info.classId = rows.integer(row, first + 1);
    info.classTitle = rows.text(row, first + 2);
    info.grade = int(rows.integer(row, first + 3));
    info.subjectId = rows.integer(row, first + 4);
    info.subjectTitle = rows.text(row, first + 5);
    info.doubleMark = rows.boolean(row, first + 6);
    info.passFail = rows.boolean(row, first + 7);
    info.subgroupId = rows.integer(row, first + 8);
    info.teacherId = rows.integer(row, first + 9);
    info.teacherName = rows.text(row, first + 10);
    info.homeroomTeacherId = rows.integer(row, first + 11);
    info.yearClosed = rows.boolean(row, first + 12);
    info.yearStartsOn = rows.date(row, first + 13);
    info.yearEndsOn = rows.date(row, first + 14);
    info.revision = rows.text(row, first + 15);
    return info;
}

LessonRecord lessonFromRow(const SqlRows& rows, int row)
{
    return {rows.integer(row, 0),      rows.integer(row, 1), rows.date(row, 2),
            int(rows.integer(row, 3)), rows.text(row, 4),    rows.text(row, 5),
            rows.integer(row, 6),      rows.integer(row, 7), rows.integer(row, 8),
            rows.boolean(row, 9)};
}

Result<std::optional<LessonRecord>> oneLesson(const Result<SqlRows>& result)
{
    if (!result)
        return result.error();
    if (result->size() == 0)
        return std::optional<LessonRecord>();
    return std::optional<LessonRecord>(lessonFromRow(result.value(), 0));
}

} // namespace

Result<std::optional<JournalInfo>> JournalStore::journal(qint64 assignmentId) const
{
    auto result = SqlRunner(m_db).rows(
        selectJournalColumns + QStringLiteral(", (SELECT revision FROM school_revision) ") +
            journalTables + QStringLiteral("WHERE a.id = ?"),
        {assignmentId});
    if (!result)
        return result.error();
    if (result->size() == 0)
        return std::optional<JournalInfo>();
    JournalInfo info = journalFromRow(result.value(), 0, 0);
    info.schoolRevision = result->text(0, kJournalColumns);
    return std::optional<JournalInfo>(info);
}

Result<std::optional<std::pair<LessonRecord, JournalInfo>>>
JournalStore::lessonWithJournal(qint64 lessonId) const
{
    auto result = SqlRunner(m_db).rows(
        selectLessonWithJournal + QStringLiteral(" FROM lesson l JOIN (") + selectJournal +
            QStringLiteral(") j ON j.id = l.assignment_id WHERE l.id = ?"),
        {lessonId});
    if (!result)
        return result.error();
    if (result->size() == 0)
        return std::optional<std::pair<LessonRecord, JournalInfo>>();
    return std::optional(std::pair{lessonFromRow(result.value(), 0),
                                   journalFromRow(result.value(), 0, kLessonColumns)});
}

Result<std::optional<CellPlace>> JournalStore::cellPlace(qint64 lessonId, qint64 studentId) const
{
    // lessonWithJournal(), studentInJournalOn() and cell() in one round trip: the cell.set path.
    auto result = SqlRunner(m_db).rows(
        selectLessonWithJournal +
            QStringLiteral(", %1, c.mark, coalesce(c.work_type_id, 0), c.absence, c.comment, "
                           "coalesce(c.version, 0) FROM lesson l JOIN (")
                .arg(inJournalOn(QStringLiteral("l.held_on"), QStringLiteral("j.class_id"),
                                 QStringLiteral("j.subgroup_id"))) +
            selectJournal +
            QStringLiteral(") j ON j.id = l.assignment_id LEFT JOIN journal_cell c "
                           "ON c.lesson_id = l.id AND c.student_id = ? WHERE l.id = ?"),
        {studentId, studentId, studentId, lessonId});
    if (!result)
        return result.error();
    const SqlRows& rows = result.value();
    if (rows.size() == 0)
        return std::optional<CellPlace>();
    constexpr int kCell = kLessonColumns + kJournalColumns + 1;
    CellRecord cell{lessonId,
                    studentId,
                    rows.text(0, kCell),
                    rows.integer(0, kCell + 1),
                    rows.text(0, kCell + 2),
                    rows.text(0, kCell + 3),
                    int(rows.integer(0, kCell + 4))};
    return std::optional(CellPlace{lessonFromRow(rows, 0), journalFromRow(rows, 0, kLessonColumns),
                                   rows.boolean(0, kLessonColumns + kJournalColumns), cell});
}

// The same answer as students(journal, date, date) holding the student and not gone by
// that date, in one statement: their latest enrollment in the class that began by then is
// still open on that date, and they are in the journal's subgroup if it has one.
Result<bool> JournalStore::studentInJournalOn(const JournalInfo& journal, qint64 studentId,
                                              const QDate& date) const
{
    auto found =
        SqlRunner(m_db).scalar(QStringLiteral("SELECT ") + inJournalOn(QStringLiteral("?::date"),
                                                                       QStringLiteral("?::bigint"),
                                                                       QStringLiteral("?::bigint")),
                               {date, journal.classId, studentId, date, journal.subgroupId,
                                journal.subgroupId, studentId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<std::optional<LessonRecord>> JournalStore::lesson(qint64 lessonId) const
{
    return oneLesson(
        SqlRunner(m_db).rows(selectLesson + QStringLiteral("WHERE id = ?"), {lessonId}));
}

Result<std::optional<LessonRecord>> JournalStore::lessonAt(qint64 assignmentId, const QDate& date,
                                                           int lessonNo) const
{
    return oneLesson(SqlRunner(m_db).rows(
        selectLesson + QStringLiteral("WHERE assignment_id = ? AND held_on = ? AND lesson_no = ? "
                                      "AND correction_of IS NULL"),
        {assignmentId, date, lessonNo}));
}

Result<qint64> JournalStore::saveLesson(const LessonRecord& lesson, const QDateTime& now,
                                        qint64 userId) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{lesson.assignmentId,
                              lesson.heldOn,
                              lesson.lessonNo,
                              lesson.topic,
                              lesson.homework,
                              sqlNullableId(lesson.workTypeId),
                              sqlNullableId(lesson.correctionOf),
                              lesson.taughtBy,
                              now,
                              sqlNullableId(userId)};
    auto id =
        lesson.id == 0
            ? sql.scalar(
                  QStringLiteral(
                      "INSERT INTO lesson (assignment_id, held_on, lesson_no, topic, homework, "
                      "work_type_id, correction_of, taught_by, updated_at, updated_by) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  values)
            : sql.scalar(
                  QStringLiteral(
                      "UPDATE lesson SET assignment_id = ?, held_on = ?, lesson_no = ?, "
                      "topic = ?, homework = ?, work_type_id = ?, correction_of = ?, "
                      "taught_by = ?, updated_at = ?, updated_by = ? WHERE id = ? RETURNING id"),
                  values + QVariantList{lesson.id});
    if (!id)
        return id.error();
    if (!id->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no lesson %1").arg(lesson.id));
    return id->toLongLong();
}

Status JournalStore::markHomework(qint64 lessonId, const QDateTime& at, bool late) const
{
    auto marked = SqlRunner(m_db).exec(
        QStringLiteral("UPDATE lesson SET homework_set_at = ?, homework_late = ? WHERE id = ?"),
        {at, late, lessonId});
    if (!marked)
        return marked.error();
    return Done{};
}

Status JournalStore::deleteLesson(qint64 lessonId) const
{
    auto deleted =
        SqlRunner(m_db).exec(QStringLiteral("DELETE FROM lesson WHERE id = ?"), {lessonId});
    if (!deleted)
        return deleted.error();
    return Done{};
}

Result<bool> JournalStore::hasCorrectionColumns(qint64 lessonId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM lesson WHERE correction_of = ?)"), {lessonId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<bool> JournalStore::hasCorrectionMark(qint64 lessonId, qint64 studentId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM lesson l JOIN journal_cell c "
                       "ON c.lesson_id = l.id WHERE l.correction_of = ? AND c.student_id = ? "
                       "AND c.mark <> '')"),
        {lessonId, studentId});
    if (!found)
        return found.error();
    return found->toBool();
}

namespace {
const QString selectCells = QStringLiteral(
    "SELECT lesson_id, student_id, mark, coalesce(work_type_id, 0), absence, comment, version "
    "FROM journal_cell ");

// The cells of selectCells' rows; only those of the lessons in `keep` when it is given.
QList<CellRecord> cellsFrom(const SqlRows& rows, const QSet<qint64>* keep = nullptr)
{
    QList<CellRecord> cells;
    cells.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        const qint64 lessonId = rows.integer(row, 0);
        if (keep && !keep->contains(lessonId))
            continue;
        cells.append({lessonId, rows.integer(row, 1), rows.text(row, 2), rows.integer(row, 3),
                      rows.text(row, 4), rows.text(row, 5), int(rows.integer(row, 6))});
    }
    return cells;
}

QList<LessonRecord> lessonsFrom(const SqlRows& rows)
{
    QList<LessonRecord> lessons;
    lessons.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        lessons.append(lessonFromRow(rows, row));
    return lessons;
}

QList<PeriodMarkRecord> periodMarksFrom(const SqlRows& rows)
{
    QList<PeriodMarkRecord> marks;
    marks.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        marks.append({rows.integer(row, 0), rows.integer(row, 1), rows.text(row, 2),
                      int(rows.integer(row, 3))});
    }
    return marks;
}

// The class list as of `to` without those who left by `from` (before the range) and, for a
// subgroup's journal, without those not in it (`members`: its students' rows).
QList<RosterStudent> journalStudents(const SqlRows& classList, const SqlRows* members,
                                     const QDate& from, const QDate& to)
{
    QSet<qint64> inSubgroup;
    for (int row = 0; members && row < members->size(); ++row)
        inSubgroup.insert(members->integer(row, 0));
    QList<RosterStudent> students;
    for (const RosterStudent& student : RosterStore::classListFrom(classList, to)) {
        if (student.leftOn.isValid() && student.leftOn <= from)
            continue; // left before the range
        if (members && !inSubgroup.contains(student.id))
            continue;
        students.append(student);
    }
    return students;
}
} // namespace

Result<JournalContents> JournalStore::contents(const JournalInfo& journal, const QDate& from,
                                               const QDate& to) const
{
    const qint64 assignmentId = journal.assignmentId;
    // Each string ends with the revisions again: equal to the journal's on both, they show
    // that nothing changed between the journal's lookup and the last read.
    enum Read
    {
        ClassList,
        Lessons,
        PeriodMarks,
        WorkTypes,
        SubgroupMembers, // a subgroup's journal only
    };
    QList<SqlRead> reads{
        RosterStore::classListRead(journal.classId, to, true),
        {selectLesson + QStringLiteral("WHERE assignment_id = ? AND held_on >= ? "
                                       "AND held_on <= ? ORDER BY held_on, lesson_no, id"),
         {assignmentId, from, to}},
        {QStringLiteral("SELECT student_id, period_id, value, version FROM period_mark "
                        "WHERE assignment_id = ?"),
         {assignmentId}},
        StructureStore::workTypesRead()};
    if (journal.subgroupId) {
        reads.append(
            {QStringLiteral("SELECT student_id FROM subgroup_member WHERE subgroup_id = ?"),
             {journal.subgroupId}});
    }
    const qsizetype revisionsAt = reads.size();
    reads.append({selectRevisions, {assignmentId}});
    // The cells, half of PostgreSQL's work here, alongside the rest (a read-only request).
    const qsizetype cellsAt = reads.size();
    auto read = SqlRunner(m_db).rowsOfEach(
        reads, {{selectCells + QStringLiteral("WHERE assignment_id = ?"), {assignmentId}},
                {selectRevisions, {assignmentId}}});
    if (!read)
        return read.error();
    const std::vector<SqlRows>& rows = read.value();
    JournalContents contents;
    contents.students = journalStudents(
        rows[ClassList], journal.subgroupId ? &rows[SubgroupMembers] : nullptr, from, to);
    contents.lessons = lessonsFrom(rows[Lessons]);
    QSet<qint64> lessonIds;
    lessonIds.reserve(contents.lessons.size());
    for (const LessonRecord& lesson : std::as_const(contents.lessons))
        lessonIds.insert(lesson.id);
    // The whole journal's cells were read in one range of journal_cell_assignment_idx
    // (sql/0008): far cheaper than a descent of the key per lesson. Those of the range stay.
    contents.cells = cellsFrom(rows[cellsAt], &lessonIds);
    contents.periodMarks = periodMarksFrom(rows[PeriodMarks]);
    contents.workTypes = StructureStore::workTypesFrom(rows[WorkTypes]);
    const auto atJournalsRevisions = [&journal](const SqlRows& revisions) {
        return revisions.size() == 1 && !journal.revision.isEmpty() &&
               revisions.text(0, 0) == journal.revision &&
               revisions.text(0, 1) == journal.schoolRevision;
    };
    contents.atRevisions =
        atJournalsRevisions(rows[revisionsAt]) && atJournalsRevisions(rows[cellsAt + 1]);
    return contents;
}

Result<QList<CellRecord>> JournalStore::cellsOfLesson(qint64 lessonId) const
{
    auto rows =
        SqlRunner(m_db).rows(selectCells + QStringLiteral("WHERE lesson_id = ?"), {lessonId});
    if (!rows)
        return rows.error();
    return cellsFrom(rows.value());
}

Result<CellRecord> JournalStore::cell(qint64 lessonId, qint64 studentId, RowLock lock) const
{
    QString statement =
        QStringLiteral("SELECT mark, coalesce(work_type_id, 0), absence, comment, version "
                       "FROM journal_cell WHERE lesson_id = ? AND student_id = ?");
    if (lock == RowLock::Share)
        statement += QStringLiteral(" FOR SHARE");
    auto result = SqlRunner(m_db).exec(statement, {lessonId, studentId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    CellRecord cell;
    cell.lessonId = lessonId;
    cell.studentId = studentId;
    if (query.next()) {
        cell.mark = query.value(0).toString();
        cell.workTypeId = query.value(1).toLongLong();
        cell.absence = query.value(2).toString();
        cell.comment = query.value(3).toString();
        cell.version = query.value(4).toInt();
    }
    return cell;
}

Result<std::optional<int>> JournalStore::writeCell(const CellRecord& cell, int expectedVersion,
                                                   const QDateTime& now, qint64 userId,
                                                   qint64 assignmentId) const
{
    // Optimistic: the row is written only while it still has the version the caller read (a
    // cell with no row has version 0, which no row has), so an entry that raced another one
    // changes nothing. ON CONFLICT … WHERE sees the latest committed row, not the snapshot.
    // The journal's NOTIFY (delivered at commit, like notifyChanged()) rides on the same
    // statement: one round trip less for every mark.
    auto version = SqlRunner(m_db).scalar(
        QStringLiteral("WITH written AS (INSERT INTO journal_cell (lesson_id, assignment_id, "
                       "  student_id, mark, work_type_id, absence, comment, version, updated_at, "
                       "  updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                       "ON CONFLICT (lesson_id, student_id) DO UPDATE SET mark = excluded.mark, "
                       "  work_type_id = excluded.work_type_id, absence = excluded.absence, "
                       "  comment = excluded.comment, version = journal_cell.version + 1, "
                       "  updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                       "  WHERE journal_cell.version = ? "
                       "RETURNING version) "
                       "SELECT version, pg_notify(?, ?) FROM written"),
        {cell.lessonId, assignmentId, cell.studentId, cell.mark, sqlNullableId(cell.workTypeId),
         cell.absence, cell.comment, now, sqlNullableId(userId), expectedVersion,
         QString::fromLatin1(kJournalChannel), QString::number(assignmentId)});
    if (!version)
        return version.error();
    if (!version->isValid())
        return std::optional<int>();
    return std::optional(version->toInt());
}

Result<QDate> JournalStore::unlockedUntil(qint64 assignmentId, qint64 periodId) const
{
    auto until = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT until FROM period_unlock WHERE assignment_id = ? AND period_id = ?"),
        {assignmentId, periodId});
    if (!until)
        return until.error();
    return until->toDate();
}

Status JournalStore::unlock(qint64 assignmentId, qint64 periodId, const QDate& until,
                            const QDateTime& now, qint64 userId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "INSERT INTO period_unlock (assignment_id, period_id, until, unlocked_by, unlocked_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assignment_id, period_id) DO UPDATE SET "
            "until = excluded.until, unlocked_by = excluded.unlocked_by, unlocked_at = "
            "excluded.unlocked_at"),
        {assignmentId, periodId, until, sqlNullableId(userId), now});
    if (!result)
        return result.error();
    return Done{};
}

Result<PeriodMarkRecord> JournalStore::periodMark(qint64 assignmentId, qint64 studentId,
                                                  qint64 periodId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT value, version FROM period_mark WHERE assignment_id = ? AND "
                       "student_id = ? AND period_id = ?"),
        {assignmentId, studentId, periodId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    PeriodMarkRecord mark{studentId, periodId, {}, 0};
    if (query.next()) {
        mark.value = query.value(0).toString();
        mark.version = query.value(1).toInt();
    }
    return mark;
}

Result<std::optional<int>> JournalStore::writePeriodMark(qint64 assignmentId,
                                                         const PeriodMarkRecord& mark,
                                                         int expectedVersion, const QDateTime& now,
                                                         qint64 userId) const
{
    if (mark.value.isEmpty()) {
        // Cleared: the row goes (an empty value is not a period mark), if it is still the one
        // read. Nothing to clear is done too.
        auto deleted = SqlRunner(m_db).scalar(
            QStringLiteral("DELETE FROM period_mark WHERE assignment_id = ? AND student_id = ? "
                           "AND period_id = ? AND version = ? RETURNING 0"),
            {assignmentId, mark.studentId, mark.periodId, expectedVersion});
        if (!deleted)
            return deleted.error();
        if (!deleted->isValid() && expectedVersion != 0)
            return std::optional<int>();
        return std::optional(0);
    }
    // Optimistic, as writeCell().
    auto version = SqlRunner(m_db).scalar(
        QStringLiteral("INSERT INTO period_mark (assignment_id, student_id, period_id, value, "
                       "  version, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?) "
                       "ON CONFLICT (assignment_id, student_id, period_id) "
                       "DO UPDATE SET value = excluded.value, version = period_mark.version + 1, "
                       "  updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                       "  WHERE period_mark.version = ? "
                       "RETURNING version"),
        {assignmentId, mark.studentId, mark.periodId, mark.value, now, sqlNullableId(userId),
         expectedVersion});
    if (!version)
        return version.error();
    if (!version->isValid())
        return std::optional<int>();
    return std::optional(version->toInt());
}

Result<QList<WorkType>> JournalStore::workTypes() const
{
    return StructureStore(m_db).workTypes();
}

Status JournalStore::notifyClassChanged(qint64 classId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT pg_notify(?, a.id::text) FROM assignment a WHERE a.class_id = ?"),
        {QString::fromLatin1(kJournalChannel), classId});
    if (!result)
        return result.error();
    return Done{};
}

Status JournalStore::notifyChanged(qint64 assignmentId) const
{
    auto result =
        SqlRunner(m_db).exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                             {QString::fromLatin1(kJournalChannel), QString::number(assignmentId)});
    if (!result)
        return result.error();
    return Done{};
}

Result<bool> JournalStore::hasSubstituted(qint64 assignmentId, qint64 userId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM lesson WHERE assignment_id = ? AND "
                       "taught_by = ?)"),
        {assignmentId, userId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<QSet<qint64>> JournalStore::journalsSubstitutedBy(qint64 userId, qint64 yearId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT DISTINCT l.assignment_id FROM lesson l "
                       "JOIN assignment a ON a.id = l.assignment_id "
                       "JOIN class_group c ON c.id = a.class_id "
                       "WHERE l.taught_by = ? AND a.teacher_id <> ? AND c.year_id = ?"),
        {userId, userId, yearId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QSet<qint64> journals;
    while (query.next())
        journals.insert(query.value(0).toLongLong());
    return journals;
}
