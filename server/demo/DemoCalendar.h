#pragma once

#include <QDate>
#include <QList>
#include <QString>

// One period of study for a range of grades (R12).
struct DemoPeriod
{
    QString kind; // quarter, half_year
    int ordinal = 0;
    int gradeFrom = 1;
    int gradeTo = 11;
    QDate startsOn;
    QDate endsOn;
    QDate marksDeadline; // R13: a few days before the end
};

struct DemoHoliday
{
    QString title;
    QDate startsOn;
    QDate endsOn;
    int gradeFrom = 1;
    int gradeTo = 11;
};

// The school year of the demo with the usual Russian dates: quarters for grades 1–9 with
// autumn, winter and spring holidays between them (and February holidays for grade 1),
// half-years for grades 10–11, public holidays.
class DemoCalendar
{
public:
    // The year containing `today` (1 September – 31 May); in summer the one just ended.
    static DemoCalendar forDate(const QDate& today);

    QString title() const { return m_title; }
    QDate startsOn() const { return m_startsOn; }
    QDate endsOn() const { return m_endsOn; }
    const QList<DemoPeriod>& periods() const { return m_periods; }
    const QList<DemoHoliday>& holidays() const { return m_holidays; }

    // Monday to Friday, inside a period of that grade and not a holiday for it.
    bool isSchoolDay(const QDate& date, int grade) const;

private:
    QString m_title;
    QDate m_startsOn;
    QDate m_endsOn;
    QList<DemoPeriod> m_periods;
    QList<DemoHoliday> m_holidays;
};
