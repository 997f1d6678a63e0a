#pragma once

#include "core/Result.h"
#include "domain/SchoolTypes.h"
#include "storage/SqlRunner.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// Filters for assignment.list.
struct AssignmentFilter
{
    qint64 yearId = 0;
    qint64 teacherId = 0;
    qint64 classId = 0;
};

// Years, periods, classes, subjects, work types and assignments (school structure).
class StructureStore
{
public:
    explicit StructureStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    // `today` marks the current year: the one containing it, or the last one begun.
    Result<QList<AcademicYear>> years(const QDate& today) const;
    Result<std::optional<AcademicYear>> year(qint64 yearId, const QDate& today) const;
    Result<qint64> saveYear(const AcademicYear& year, const QDateTime& now, qint64 userId) const;

    Result<QList<Period>> periods(qint64 yearId, const QDate& today) const;
    Result<std::optional<Period>> period(qint64 periodId, const QDate& today) const;
    Result<qint64> savePeriod(const Period& period, const QDateTime& now, qint64 userId) const;

    Result<QList<ClassGroup>> classes(qint64 yearId, const QDate& today) const;
    Result<std::optional<ClassGroup>> classGroup(qint64 classId, const QDate& today) const;
    Result<qint64> saveClass(const ClassGroup& group, const QDateTime& now, qint64 userId) const;
    // The class of that year with this title ("5А"), if any.
    Result<std::optional<ClassGroup>> classByTitle(qint64 yearId, int grade, const QString& letter,
                                                   const QDate& today) const;

    Result<QList<Subject>> subjects() const;
    Result<qint64> saveSubject(const Subject& subject) const;
    Result<QList<WorkType>> workTypes() const;
    // workTypes()' statement and its rows, for a caller that sends it with other reads.
    static SqlRead workTypesRead();
    static QList<WorkType> workTypesFrom(const SqlRows& rows);
    Result<qint64> saveWorkType(const WorkType& type) const;

    Result<QList<Assignment>> assignments(const AssignmentFilter& filter) const;
    Result<qint64> saveAssignment(const Assignment& assignment, const QDateTime& now,
                                  qint64 userId) const;
    // Classes a user leads as class teacher in a year.
    Result<QList<qint64>> classesLedBy(qint64 userId, qint64 yearId) const;
    // Whether the user leads the class or teaches one of its journals.
    Result<bool> userReachesClass(qint64 userId, qint64 classId) const;
    // Whether the year a class belongs to is closed (R29).
    Result<bool> classYearClosed(qint64 classId) const;

private:
    QSqlDatabase m_db;
};
