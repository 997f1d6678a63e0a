#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

// One lesson as a student's diary shows it (R19, R39): what was taught and set, and the
// student's own mark and absence.
struct DiaryEntry
{
    QDate date;
    int lessonNo = 0;
    qint64 assignmentId = 0;
    QString subject;
    bool doubleMark = false;
    bool passFail = false;
    QString topic;
    QString homework;
    QString mark;
    QString absence;
    QString workType;
    double weight = 1.0;
};

// A child of a parent, for the parent's choice of diary.
struct ChildRef
{
    qint64 studentId = 0;
    QString fullName;
};

// The diary's reads: whose diary a user may open and what it holds.
class DiaryStore
{
public:
    explicit DiaryStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    // The student a student account belongs to (0 if none).
    Result<qint64> studentOfUser(qint64 userId) const;
    Result<QList<ChildRef>> childrenOf(qint64 parentUserId) const;
    // Lessons of the student's classes and subgroups while they were in them.
    Result<QList<DiaryEntry>> entries(qint64 studentId, const QDate& from, const QDate& to) const;
    // The grade of the class the student was in on `date` (0 if none), for their periods.
    Result<int> gradeOn(qint64 studentId, const QDate& date) const;
    // Whether the user leads or teaches a class the student is in now.
    Result<bool> teachesStudent(qint64 userId, qint64 studentId) const;

private:
    QSqlDatabase m_db;
};
