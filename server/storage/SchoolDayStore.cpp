#include "storage/SchoolDayStore.h"

#include "storage/SqlRunner.h"

namespace {
Result<std::optional<QTime>> optionalTime(Result<QVariant> value)
{
    if (!value)
        return value.error();
    if (!value->isValid() || value->isNull())
        return std::optional<QTime>();
    return std::optional<QTime>(value->toTime());
}
} // namespace

Result<bool> SchoolDayStore::isHoliday(const QDate& date, int grade) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM holiday WHERE ? BETWEEN starts_on AND "
                       "ends_on AND ? BETWEEN grade_from AND grade_to)"),
        {date, grade});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<bool> SchoolDayStore::hasBells() const
{
    auto found = SqlRunner(m_db).scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM bell)"));
    if (!found)
        return found.error();
    return found->toBool();
}

Result<std::optional<QTime>> SchoolDayStore::bellEnds(int lessonNo) const
{
    return optionalTime(SqlRunner(m_db).scalar(
        QStringLiteral("SELECT ends_at FROM bell WHERE lesson_no = ?"), {lessonNo}));
}

Result<std::optional<QTime>> SchoolDayStore::classDayEnds(qint64 classId, const QDate& date) const
{
    return optionalTime(SqlRunner(m_db).scalar(
        QStringLiteral("SELECT max(b.ends_at) FROM timetable_entry t "
                       "JOIN bell b ON b.lesson_no = t.lesson_no "
                       "WHERE t.class_id = ? AND t.weekday = ? AND t.valid_from <= ? "
                       "AND (t.valid_to IS NULL OR t.valid_to >= ?)"),
        {classId, date.dayOfWeek(), date, date}));
}
