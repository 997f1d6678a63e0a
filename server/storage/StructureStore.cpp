#include "storage/StructureStore.h"

#include "storage/SqlRunner.h"

namespace {
AcademicYear yearFromRow(const QSqlQuery& query)
{
    AcademicYear year;
    year.id = query.value(0).toLongLong();
    year.title = query.value(1).toString();
    year.startsOn = query.value(2).toDate();
    year.endsOn = query.value(3).toDate();
    year.closed = query.value(4).toBool();
    return year;
}

// The year containing today; in summer, the last one that has begun.
void markCurrent(QList<AcademicYear>& years, const QDate& today)
{
    AcademicYear* current = nullptr;
    for (AcademicYear& year : years) {
        if (year.startsOn <= today && (!current || year.startsOn > current->startsOn))
            current = &year;
    }
    if (current)
        current->current = true;
}

const QString selectClass = QStringLiteral(
    "SELECT c.id, c.year_id, c.grade, c.letter, coalesce(c.homeroom_teacher_id, 0), "
    "  coalesce(u.full_name, ''), coalesce(r.title, ''), "
    "  (SELECT count(*) FROM enrollment e WHERE e.class_id = c.id AND e.from_date <= ? "
    "     AND (e.to_date IS NULL OR e.to_date > ?)) "
    "FROM class_group c LEFT JOIN app_user u ON u.id = c.homeroom_teacher_id "
    "LEFT JOIN room r ON r.id = c.room_id ");

ClassGroup classFromRow(const QSqlQuery& query)
{
    ClassGroup group;
    group.id = query.value(0).toLongLong();
    group.yearId = query.value(1).toLongLong();
    group.grade = query.value(2).toInt();
    group.letter = query.value(3).toString();
    group.homeroomTeacherId = query.value(4).toLongLong();
    group.homeroomTeacherName = query.value(5).toString();
    group.room = query.value(6).toString();
    group.studentCount = query.value(7).toInt();
    return group;
}

template <typename T, typename RowReader>
Result<QList<T>> readAll(Result<QSqlQuery> result, RowReader read)
{
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<T> rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

Result<qint64> idFrom(const Result<QVariant>& value, qint64 existingId)
{
    if (!value)
        return value.error();
    if (existingId && !value->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no row with id %1").arg(existingId));
    return existingId ? existingId : value->toLongLong();
}
const QString selectPeriod =
    QStringLiteral("SELECT id, year_id, kind, ordinal, grade_from, grade_to, starts_on, ends_on, "
                   "marks_deadline FROM period ");

Period periodFromRow(const QSqlQuery& query, const QDate& today)
{
    Period period;
    period.id = query.value(0).toLongLong();
    period.yearId = query.value(1).toLongLong();
    period.kind = query.value(2).toString();
    period.ordinal = query.value(3).toInt();
    period.gradeFrom = query.value(4).toInt();
    period.gradeTo = query.value(5).toInt();
    period.startsOn = query.value(6).toDate();
    period.endsOn = query.value(7).toDate();
    period.marksDeadline = query.value(8).toDate();
    period.locked = today > period.marksDeadline;
    return period;
}
} // namespace

Result<QList<AcademicYear>> StructureStore::years(const QDate& today) const
{
    auto years = readAll<AcademicYear>(
        SqlRunner(m_db).exec(QStringLiteral(
            "SELECT id, title, starts_on, ends_on, closed FROM academic_year ORDER BY starts_on")),
        yearFromRow);
    if (!years)
        return years;
    QList<AcademicYear> list = years.value();
    markCurrent(list, today);
    return list;
}

Result<std::optional<AcademicYear>> StructureStore::year(qint64 yearId, const QDate& today) const
{
    auto all = years(today);
    if (!all)
        return all.error();
    for (const AcademicYear& year : all.value()) {
        if (year.id == yearId)
            return std::optional<AcademicYear>(year);
    }
    return std::optional<AcademicYear>();
}

Result<qint64> StructureStore::saveYear(const AcademicYear& year, const QDateTime& now,
                                        qint64 userId) const
{
    const SqlRunner sql(m_db);
    if (year.id == 0) {
        return idFrom(
            sql.scalar(QStringLiteral("INSERT INTO academic_year (title, starts_on, ends_on, "
                                      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {year.title, year.startsOn, year.endsOn, now, sqlNullableId(userId)}),
            0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE academic_year SET title = ?, starts_on = ?, "
                                  "ends_on = ?, updated_at = ?, updated_by = ? WHERE id = ? "
                                  "RETURNING id"),
                   {year.title, year.startsOn, year.endsOn, now, sqlNullableId(userId), year.id}),
        year.id);
}

Result<QList<Period>> StructureStore::periods(qint64 yearId, const QDate& today) const
{
    return readAll<Period>(
        SqlRunner(m_db).exec(
            selectPeriod + QStringLiteral("WHERE year_id = ? ORDER BY grade_from, kind, ordinal"),
            {yearId}),
        [&](const QSqlQuery& query) { return periodFromRow(query, today); });
}

Result<std::optional<Period>> StructureStore::period(qint64 periodId, const QDate& today) const
{
    auto found = readAll<Period>(
        SqlRunner(m_db).exec(selectPeriod + QStringLiteral("WHERE id = ?"), {periodId}),
        [&](const QSqlQuery& query) { return periodFromRow(query, today); });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Period>();
    return std::optional<Period>(found->first());
}

Result<qint64> StructureStore::savePeriod(const Period& period, const QDateTime& now,
                                          qint64 userId) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{period.yearId,        period.kind,          period.ordinal,
                              period.gradeFrom,     period.gradeTo,       period.startsOn,
                              period.endsOn,        period.marksDeadline, now,
                              sqlNullableId(userId)};
    if (period.id == 0) {
        return idFrom(
            sql.scalar(QStringLiteral("INSERT INTO period (year_id, kind, ordinal, grade_from, "
                                      "grade_to, starts_on, ends_on, marks_deadline, "
                                      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?, ?) RETURNING id"),
                       values),
            0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE period SET year_id = ?, kind = ?, ordinal = ?, "
                                  "grade_from = ?, grade_to = ?, starts_on = ?, ends_on = ?, "
                                  "marks_deadline = ?, updated_at = ?, updated_by = ? "
                                  "WHERE id = ? RETURNING id"),
                   values + QVariantList{period.id}),
        period.id);
}

Result<QList<ClassGroup>> StructureStore::classes(qint64 yearId, const QDate& today) const
{
    return readAll<ClassGroup>(
        SqlRunner(m_db).exec(selectClass +
                                 QStringLiteral("WHERE c.year_id = ? ORDER BY c.grade, c.letter"),
                             {today, today, yearId}),
        classFromRow);
}

Result<std::optional<ClassGroup>> StructureStore::classGroup(qint64 classId,
                                                             const QDate& today) const
{
    auto rows =
        readAll<ClassGroup>(SqlRunner(m_db).exec(selectClass + QStringLiteral("WHERE c.id = ?"),
                                                 {today, today, classId}),
                            classFromRow);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ClassGroup>() : std::optional<ClassGroup>(rows->first());
}

Result<std::optional<ClassGroup>> StructureStore::classByTitle(qint64 yearId, int grade,
                                                               const QString& letter,
                                                               const QDate& today) const
{
    auto rows = readAll<ClassGroup>(
        SqlRunner(m_db).exec(selectClass + QStringLiteral("WHERE c.year_id = ? AND c.grade = ? AND "
                                                          "upper(c.letter) = upper(?)"),
                             {today, today, yearId, grade, letter}),
        classFromRow);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ClassGroup>() : std::optional<ClassGroup>(rows->first());
}

Result<qint64> StructureStore::saveClass(const ClassGroup& group, const QDateTime& now,
                                         qint64 userId) const
{
    const SqlRunner sql(m_db);
    QVariant roomId = QVariant(QMetaType::fromType<qlonglong>());
    if (!group.room.isEmpty()) {
        auto room =
            sql.scalar(QStringLiteral("INSERT INTO room (title) VALUES (?) ON CONFLICT (title) "
                                      "DO UPDATE SET title = excluded.title RETURNING id"),
                       {group.room});
        if (!room)
            return room.error();
        roomId = *room;
    }
    const QVariantList values{
        group.yearId, group.grade, group.letter,         sqlNullableId(group.homeroomTeacherId),
        roomId,       now,         sqlNullableId(userId)};
    if (group.id == 0) {
        return idFrom(
            sql.scalar(QStringLiteral("INSERT INTO class_group (year_id, grade, letter, "
                                      "homeroom_teacher_id, room_id, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       values),
            0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE class_group SET year_id = ?, grade = ?, letter = ?, "
                                  "homeroom_teacher_id = ?, room_id = ?, updated_at = ?, "
                                  "updated_by = ? WHERE id = ? RETURNING id"),
                   values + QVariantList{group.id}),
        group.id);
}

Result<QList<Subject>> StructureStore::subjects() const
{
    return readAll<Subject>(
        SqlRunner(m_db).exec(
            QStringLiteral("SELECT id, title, short_title, double_mark, pass_fail FROM subject "
                           "ORDER BY title")),
        [](const QSqlQuery& query) {
            Subject subject;
            subject.id = query.value(0).toLongLong();
            subject.title = query.value(1).toString();
            subject.shortTitle = query.value(2).toString();
            subject.doubleMark = query.value(3).toBool();
            subject.passFail = query.value(4).toBool();
            return subject;
        });
}

Result<qint64> StructureStore::saveSubject(const Subject& subject) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{subject.title, subject.shortTitle, subject.doubleMark,
                              subject.passFail};
    if (subject.id == 0) {
        return idFrom(
            sql.scalar(QStringLiteral("INSERT INTO subject (title, short_title, double_mark, "
                                      "pass_fail) VALUES (?, ?, ?, ?) RETURNING id"),
                       values),
            0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE subject SET title = ?, short_title = ?, "
                                  "double_mark = ?, pass_fail = ? WHERE id = ? RETURNING id"),
                   values + QVariantList{subject.id}),
        subject.id);
}

Result<QList<WorkType>> StructureStore::workTypes() const
{
    const SqlRead read = workTypesRead();
    auto result = SqlRunner(m_db).rows(read.statement, read.values);
    if (!result)
        return result.error();
    return workTypesFrom(result.value());
}

SqlRead StructureStore::workTypesRead()
{
    return {QStringLiteral("SELECT id, title, weight, is_written, is_control FROM work_type "
                           "ORDER BY weight, title"),
            {}};
}

QList<WorkType> StructureStore::workTypesFrom(const SqlRows& rows)
{
    QList<WorkType> types;
    types.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        WorkType type;
        type.id = rows.integer(row, 0);
        type.title = rows.text(row, 1);
        type.weight = rows.real(row, 2);
        type.isWritten = rows.boolean(row, 3);
        type.isControl = rows.boolean(row, 4);
        types.append(type);
    }
    return types;
}

Result<qint64> StructureStore::saveWorkType(const WorkType& type) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{type.title, type.weight, type.isWritten, type.isControl};
    if (type.id == 0) {
        return idFrom(sql.scalar(QStringLiteral("INSERT INTO work_type (title, weight, is_written, "
                                                "is_control) VALUES (?, ?, ?, ?) RETURNING id"),
                                 values),
                      0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE work_type SET title = ?, weight = ?, is_written = ?, "
                                  "is_control = ? WHERE id = ? RETURNING id"),
                   values + QVariantList{type.id}),
        type.id);
}

Result<QList<Assignment>> StructureStore::assignments(const AssignmentFilter& filter) const
{
    QStringList conditions{QStringLiteral("c.year_id = ?")};
    QVariantList values{filter.yearId};
    if (filter.teacherId) {
        conditions.append(QStringLiteral("a.teacher_id = ?"));
        values.append(filter.teacherId);
    }
    if (filter.classId) {
        conditions.append(QStringLiteral("a.class_id = ?"));
        values.append(filter.classId);
    }
    return readAll<Assignment>(
        SqlRunner(m_db).exec(
            QStringLiteral(
                "SELECT a.id, a.class_id, c.grade::text || c.letter, a.subject_id, s.title, "
                "  coalesce(a.subgroup_id, 0), coalesce(g.title, ''), a.teacher_id, "
                "  u.full_name, a.hours_per_week "
                "FROM assignment a JOIN class_group c ON c.id = a.class_id "
                "JOIN subject s ON s.id = a.subject_id JOIN app_user u ON u.id = a.teacher_id "
                "LEFT JOIN subgroup g ON g.id = a.subgroup_id WHERE %1 "
                "ORDER BY c.grade, c.letter, s.title, g.title")
                .arg(conditions.join(QStringLiteral(" AND "))),
            values),
        [](const QSqlQuery& query) {
            Assignment assignment;
            assignment.id = query.value(0).toLongLong();
            assignment.classId = query.value(1).toLongLong();
            assignment.classTitle = query.value(2).toString();
            assignment.subjectId = query.value(3).toLongLong();
            assignment.subjectTitle = query.value(4).toString();
            assignment.subgroupId = query.value(5).toLongLong();
            assignment.subgroupTitle = query.value(6).toString();
            assignment.teacherId = query.value(7).toLongLong();
            assignment.teacherName = query.value(8).toString();
            assignment.hoursPerWeek = query.value(9).toDouble();
            return assignment;
        });
}

Result<qint64> StructureStore::saveAssignment(const Assignment& assignment, const QDateTime& now,
                                              qint64 userId) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{
        assignment.classId,   assignment.subjectId,    sqlNullableId(assignment.subgroupId),
        assignment.teacherId, assignment.hoursPerWeek, now,
        sqlNullableId(userId)};
    if (assignment.id == 0) {
        return idFrom(
            sql.scalar(QStringLiteral("INSERT INTO assignment (class_id, subject_id, subgroup_id, "
                                      "teacher_id, hours_per_week, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       values),
            0);
    }
    return idFrom(
        sql.scalar(QStringLiteral("UPDATE assignment SET class_id = ?, subject_id = ?, "
                                  "subgroup_id = ?, teacher_id = ?, hours_per_week = ?, "
                                  "updated_at = ?, updated_by = ? WHERE id = ? RETURNING id"),
                   values + QVariantList{assignment.id}),
        assignment.id);
}

Result<QList<qint64>> StructureStore::classesLedBy(qint64 userId, qint64 yearId) const
{
    return readAll<qint64>(
        SqlRunner(m_db).exec(QStringLiteral("SELECT id FROM class_group WHERE "
                                            "homeroom_teacher_id = ? AND year_id = ? "
                                            "ORDER BY grade, letter"),
                             {userId, yearId}),
        [](const QSqlQuery& query) { return query.value(0).toLongLong(); });
}

Result<bool> StructureStore::classYearClosed(qint64 classId) const
{
    auto closed =
        SqlRunner(m_db).scalar(QStringLiteral("SELECT y.closed FROM class_group c JOIN "
                                              "academic_year y ON y.id = c.year_id WHERE c.id = ?"),
                               {classId});
    if (!closed)
        return closed.error();
    if (!closed->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no class %1").arg(classId));
    return closed->toBool();
}

Result<bool> StructureStore::userReachesClass(qint64 userId, qint64 classId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM class_group WHERE id = ? AND homeroom_teacher_id = ?) "
            "OR EXISTS (SELECT 1 FROM assignment WHERE class_id = ? AND teacher_id = ?)"),
        {classId, userId, classId, userId});
    if (!found)
        return found.error();
    return found->toBool();
}
