#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// Hours per week of one subject in one class.
struct CurriculumItem
{
    qint64 classId = 0;
    qint64 subjectId = 0;
    QString subjectTitle;
    double hoursPerWeek = 0;
};

// A class split for one subject (R08), with its members.
struct Subgroup
{
    qint64 id = 0;
    qint64 classId = 0;
    qint64 subjectId = 0;
    QString subjectTitle;
    QString title;
    QList<qint64> studentIds;
};

struct Holiday
{
    qint64 id = 0;
    qint64 yearId = 0;
    QString title;
    QDate startsOn;
    QDate endsOn;
    int gradeFrom = 1;
    int gradeTo = 11;
};

// Curriculum hours, subgroups and holidays (school structure beyond classes).
class CurriculumStore
{
public:
    explicit CurriculumStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<QList<CurriculumItem>> curriculum(qint64 classId) const;
    // Zero hours removes the subject from the class's curriculum.
    Status setHours(qint64 classId, qint64 subjectId, double hoursPerWeek) const;

    Result<QList<Subgroup>> subgroups(qint64 classId) const;
    Result<std::optional<Subgroup>> subgroup(qint64 subgroupId) const;
    Result<qint64> saveSubgroup(const Subgroup& subgroup) const;
    Status setMembers(qint64 subgroupId, const QList<qint64>& studentIds) const;

    Result<QList<Holiday>> holidays(qint64 yearId) const;
    Result<qint64> saveHoliday(const Holiday& holiday) const;

private:
    QSqlDatabase m_db;
};
