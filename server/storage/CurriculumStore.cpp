#include "storage/CurriculumStore.h"

#include "storage/SqlRunner.h"

namespace {
Result<qint64> idOf(const Result<QVariant>& value, qint64 existingId)
{
    if (!value)
        return value.error();
    if (!value->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no row with id %1").arg(existingId));
    return value->toLongLong();
}

QList<qint64> idList(const QString& text)
{
    QList<qint64> ids;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

const QString selectSubgroup =
    QStringLiteral("SELECT g.id, g.class_id, g.subject_id, s.title, g.title, "
                   "  coalesce((SELECT string_agg(m.student_id::text, ',' ORDER BY m.student_id) "
                   "            FROM subgroup_member m WHERE m.subgroup_id = g.id), '') "
                   "FROM subgroup g JOIN subject s ON s.id = g.subject_id ");

Subgroup subgroupFromRow(const QSqlQuery& query)
{
    Subgroup subgroup;
    subgroup.id = query.value(0).toLongLong();
    subgroup.classId = query.value(1).toLongLong();
    subgroup.subjectId = query.value(2).toLongLong();
    subgroup.subjectTitle = query.value(3).toString();
    subgroup.title = query.value(4).toString();
    subgroup.studentIds = idList(query.value(5).toString());
    return subgroup;
}
} // namespace

Result<QList<CurriculumItem>> CurriculumStore::curriculum(qint64 classId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT c.class_id, c.subject_id, s.title, c.hours_per_week FROM curriculum c "
            "JOIN subject s ON s.id = c.subject_id WHERE c.class_id = ? ORDER BY s.title"),
        {classId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<CurriculumItem> items;
    while (query.next()) {
        items.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toDouble()});
    }
    return items;
}

Status CurriculumStore::setHours(qint64 classId, qint64 subjectId, double hoursPerWeek) const
{
    const SqlRunner sql(m_db);
    auto result =
        hoursPerWeek > 0
            ? sql.exec(
                  QStringLiteral("INSERT INTO curriculum (class_id, subject_id, hours_per_week) "
                                 "VALUES (?, ?, ?) ON CONFLICT (class_id, subject_id) "
                                 "DO UPDATE SET hours_per_week = excluded.hours_per_week"),
                  {classId, subjectId, hoursPerWeek})
            : sql.exec(
                  QStringLiteral("DELETE FROM curriculum WHERE class_id = ? AND subject_id = ?"),
                  {classId, subjectId});
    if (!result)
        return result.error();
    return Done{};
}

Result<QList<Subgroup>> CurriculumStore::subgroups(qint64 classId) const
{
    auto result = SqlRunner(m_db).exec(
        selectSubgroup + QStringLiteral("WHERE g.class_id = ? ORDER BY s.title, g.title"),
        {classId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<Subgroup> list;
    while (query.next())
        list.append(subgroupFromRow(query));
    return list;
}

Result<std::optional<Subgroup>> CurriculumStore::subgroup(qint64 subgroupId) const
{
    auto result =
        SqlRunner(m_db).exec(selectSubgroup + QStringLiteral("WHERE g.id = ?"), {subgroupId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    if (!query.next())
        return std::optional<Subgroup>();
    return std::optional<Subgroup>(subgroupFromRow(query));
}

Result<qint64> CurriculumStore::saveSubgroup(const Subgroup& subgroup) const
{
    const SqlRunner sql(m_db);
    if (subgroup.id == 0) {
        return idOf(
            sql.scalar(QStringLiteral(
                           "INSERT INTO subgroup (class_id, subject_id, title) VALUES (?, ?, ?) "
                           "RETURNING id"),
                       {subgroup.classId, subgroup.subjectId, subgroup.title}),
            0);
    }
    return idOf(
        sql.scalar(QStringLiteral("UPDATE subgroup SET title = ? WHERE id = ? RETURNING id"),
                   {subgroup.title, subgroup.id}),
        subgroup.id);
}

Status CurriculumStore::setMembers(qint64 subgroupId, const QList<qint64>& studentIds) const
{
    const SqlRunner sql(m_db);
    if (auto cleared = sql.exec(QStringLiteral("DELETE FROM subgroup_member WHERE subgroup_id = ?"),
                                {subgroupId});
        !cleared)
        return cleared.error();
    for (qint64 studentId : studentIds) {
        // A student is in one subgroup per class and subject: leaving the others is the move.
        if (auto moved = sql.exec(
                QStringLiteral(
                    "DELETE FROM subgroup_member m USING subgroup g, subgroup target "
                    "WHERE m.subgroup_id = g.id AND target.id = ? AND g.class_id = target.class_id "
                    "AND g.subject_id = target.subject_id AND m.student_id = ?"),
                {subgroupId, studentId});
            !moved)
            return moved.error();
        if (auto added =
                sql.exec(QStringLiteral(
                             "INSERT INTO subgroup_member (subgroup_id, student_id) VALUES (?, ?)"),
                         {subgroupId, studentId});
            !added)
            return added.error();
    }
    return Done{};
}

Result<QList<Holiday>> CurriculumStore::holidays(qint64 yearId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT id, year_id, title, starts_on, ends_on, grade_from, grade_to FROM holiday "
            "WHERE year_id = ? ORDER BY starts_on"),
        {yearId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<Holiday> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toDate(), query.value(4).toDate(),
                     query.value(5).toInt(), query.value(6).toInt()});
    }
    return list;
}

Result<qint64> CurriculumStore::saveHoliday(const Holiday& holiday) const
{
    const SqlRunner sql(m_db);
    const QVariantList values{holiday.yearId, holiday.title,     holiday.startsOn,
                              holiday.endsOn, holiday.gradeFrom, holiday.gradeTo};
    if (holiday.id == 0) {
        return idOf(
            sql.scalar(QStringLiteral(
                           "INSERT INTO holiday (year_id, title, starts_on, ends_on, grade_from, "
                           "grade_to) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       values),
            0);
    }
    return idOf(
        sql.scalar(
            QStringLiteral("UPDATE holiday SET year_id = ?, title = ?, starts_on = ?, ends_on = ?, "
                           "grade_from = ?, grade_to = ? WHERE id = ? RETURNING id"),
            values + QVariantList{holiday.id}),
        holiday.id);
}
