#pragma once

#include "support/TestClient.h"

#include <QDate>
#include <QString>

// Builds school structure for tests through the real ops, signed in as a deputy.
class SchoolBuilder
{
public:
    struct YearDates
    {
        QString title; // "2026/2027"
        QDate startsOn;
        QDate endsOn;
    };
    // The school year holding `day`, from 1 September to 31 August so that a summer day is in
    // it too: for tests that date lessons by the real today, whatever today is.
    static YearDates yearHolding(const QDate& day);

    explicit SchoolBuilder(TestClient& deputy)
        : m_client(deputy)
    {}

    // Each returns the new id, or 0 after a QWARN with the server's message.
    qint64 year(const QString& title, const QDate& startsOn, const QDate& endsOn);
    qint64 year(const YearDates& dates);
    qint64 quarter(qint64 yearId, int ordinal, const QDate& startsOn, const QDate& endsOn,
                   const QDate& marksDeadline);
    qint64 classGroup(qint64 yearId, int grade, const QString& letter,
                      qint64 homeroomTeacherId = 0);
    qint64 subject(const QString& title, bool doubleMark = false);
    qint64 workType(const QString& title, double weight, bool written = false);
    // With a subgroupId, the journal of that subgroup of the class (R08).
    qint64 assignment(qint64 classId, qint64 subjectId, qint64 teacherId, double hoursPerWeek,
                      qint64 subgroupId = 0);

    // Admits a student (first name Анна unless given) through student.admit, as `secretary`;
    // 0 after a QWARN on failure.
    static qint64 admit(TestClient& secretary, qint64 classId, const QString& lastName,
                        const QString& fileNo, const QDate& date = QDate(2026, 9, 1),
                        const QString& firstName = QStringLiteral("Анна"));

private:
    qint64 save(const char* op, const QCborMap& args);
    TestClient& m_client;
};
