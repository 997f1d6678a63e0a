#pragma once

#include "core/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QTime>

#include <optional>

// Facts about a school day the lesson rules need: holidays (R12), bells and the end of a
// class's lessons by its timetable (R09, R10).
class SchoolDayStore
{
public:
    explicit SchoolDayStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    // Whether `date` falls in a holiday of the year for classes of `grade`.
    Result<bool> isHoliday(const QDate& date, int grade) const;
    // Whether the school has set up its bells at all, and whether lesson `lessonNo` has one.
    Result<bool> hasBells() const;
    Result<std::optional<QTime>> bellEnds(int lessonNo) const;
    // When the class's last lesson on `date` ends by its timetable; nullopt without one.
    Result<std::optional<QTime>> classDayEnds(qint64 classId, const QDate& date) const;

private:
    QSqlDatabase m_db;
};
