#pragma once

#include "core/Result.h"
#include "domain/SchoolTypes.h"
#include "storage/SqlRunner.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

// A student's current (open) membership of a class.
struct OpenEnrollment
{
    qint64 id = 0;
    qint64 classId = 0;
    QDate fromDate;
};

// People, students, their class membership over time and the movements by order (R22).
class RosterStore
{
public:
    explicit RosterStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<qint64> createPerson(const PersonData& person, const QDateTime& now,
                                qint64 userId) const;
    Result<qint64> createStudent(qint64 personId, const QString& personalFileNo,
                                 const QDateTime& now, qint64 userId) const;
    Result<bool> fileNoTaken(const QString& personalFileNo) const;
    Result<std::optional<RosterStudent>> student(qint64 studentId) const;

    Result<std::optional<OpenEnrollment>> openEnrollment(qint64 studentId) const;
    Status enroll(qint64 studentId, qint64 classId, const QDate& fromDate) const;
    Status closeEnrollment(qint64 enrollmentId, const QDate& toDate) const;
    // A transfer on the very day of enrolment just corrects the class.
    Status changeEnrollmentClass(qint64 enrollmentId, qint64 classId) const;
    Result<qint64> recordMovement(const Movement& movement, const QDateTime& now,
                                  qint64 userId) const;
    // A new student: person, student record, membership of movement.toClassId from
    // movement.onDate and the admission with its order (movement gets the new ids).
    Status admitNewStudent(const PersonData& person, const QString& personalFileNo,
                           Movement& movement, const QDateTime& now, qint64 userId) const;

    // Students in the class on `date`, in journal order; with `includeLeft`, also those who
    // were in it earlier and left by then (their leftOn set).
    Result<QList<RosterStudent>> classList(qint64 classId, const QDate& date,
                                           bool includeLeft) const;
    // classList()'s statement and its rows, for a caller that sends it with other reads
    // (SqlRunner::rowsOfEach).
    static SqlRead classListRead(qint64 classId, const QDate& date, bool includeLeft);
    static QList<RosterStudent> classListFrom(const SqlRows& rows, const QDate& date);
    Result<QList<Movement>> movements(const QDate& from, const QDate& to) const;

private:
    QSqlDatabase m_db;
};
