#include "demo/DemoCalendar.h"

namespace {
// R13: period marks are due three days before the period ends.
constexpr int kMarksDeadlineDaysBeforeEnd = 3;

QDate mondayOnOrBefore(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate sundayOnOrAfter(const QDate& date)
{
    return date.addDays(7 - date.dayOfWeek());
}

// The last Monday-to-Friday day before `date`.
QDate lastWeekdayBefore(const QDate& date)
{
    QDate day = date.addDays(-1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return day;
}

DemoPeriod period(const char* kind, int ordinal, int gradeFrom, int gradeTo, const QDate& from,
                  const QDate& to)
{
    return {QString::fromLatin1(kind),
            ordinal,
            gradeFrom,
            gradeTo,
            from,
            to,
            to.addDays(-kMarksDeadlineDaysBeforeEnd)};
}
} // namespace

DemoCalendar DemoCalendar::forDate(const QDate& today)
{
    const int year = today.month() >= 9 ? today.year() : today.year() - 1;
    DemoCalendar calendar;
    calendar.m_title = QStringLiteral("%1/%2").arg(year).arg(year + 1);
    calendar.m_startsOn = QDate(year, 9, 1);
    calendar.m_endsOn = QDate(year + 1, 5, 31);

    const QDate autumnFrom = mondayOnOrBefore(QDate(year, 10, 28));
    const QDate autumnTo = std::max(QDate(year, 11, 4), autumnFrom.addDays(8));
    const QDate winterFrom = QDate(year, 12, 29);
    const QDate winterTo = sundayOnOrAfter(QDate(year + 1, 1, 8));
    const QDate februaryFrom = mondayOnOrBefore(QDate(year + 1, 2, 17));
    const QDate springFrom = mondayOnOrBefore(QDate(year + 1, 3, 30)).addDays(-2);
    const QDate springTo = springFrom.addDays(8);
    const QDate lastDay = QDate(year + 1, 5, 26);

    calendar.m_periods = {
        period("quarter", 1, 1, 9, calendar.m_startsOn, lastWeekdayBefore(autumnFrom)),
        period("quarter", 2, 1, 9, autumnTo.addDays(1), lastWeekdayBefore(winterFrom)),
        period("quarter", 3, 1, 9, winterTo.addDays(1), lastWeekdayBefore(springFrom)),
        period("quarter", 4, 1, 9, springTo.addDays(1), lastDay),
        period("half_year", 1, 10, 11, calendar.m_startsOn, lastWeekdayBefore(winterFrom)),
        period("half_year", 2, 10, 11, winterTo.addDays(1), lastDay),
    };
    calendar.m_holidays = {
        {QStringLiteral("Осенние каникулы"), autumnFrom, autumnTo, 1, 11},
        {QStringLiteral("Зимние каникулы"), winterFrom, winterTo, 1, 11},
        {QStringLiteral("Дополнительные каникулы для первоклассников"), februaryFrom,
         februaryFrom.addDays(6), 1, 1},
        {QStringLiteral("Весенние каникулы"), springFrom, springTo, 1, 11},
        {QStringLiteral("День защитника Отечества"), QDate(year + 1, 2, 23), QDate(year + 1, 2, 23),
         1, 11},
        {QStringLiteral("Международный женский день"), QDate(year + 1, 3, 8), QDate(year + 1, 3, 8),
         1, 11},
        {QStringLiteral("Праздник Весны и Труда"), QDate(year + 1, 5, 1), QDate(year + 1, 5, 1), 1,
         11},
        {QStringLiteral("День Победы"), QDate(year + 1, 5, 9), QDate(year + 1, 5, 9), 1, 11},
    };
    return calendar;
}

bool DemoCalendar::isSchoolDay(const QDate& date, int grade) const
{
    if (date.dayOfWeek() > 5)
        return false;
    bool inPeriod = false;
    for (const DemoPeriod& period : m_periods) {
        if (grade >= period.gradeFrom && grade <= period.gradeTo && date >= period.startsOn &&
            date <= period.endsOn)
            inPeriod = true;
    }
    if (!inPeriod)
        return false;
    for (const DemoHoliday& holiday : m_holidays) {
        if (grade >= holiday.gradeFrom && grade <= holiday.gradeTo && date >= holiday.startsOn &&
            date <= holiday.endsOn)
            return false;
    }
    return true;
}
