#pragma once

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

// School structure and roster values as both sides use them; each converts to and from
// CBOR in one place (SchoolCbor.cpp).

struct AcademicYear
{
    qint64 id = 0;
    QString title; // "2026/2027"
    QDate startsOn;
    QDate endsOn;
    bool closed = false;
    bool current = false;

    QCborMap toCbor() const;
    static AcademicYear fromCbor(const QCborMap& map);
};

struct Period
{
    qint64 id = 0;
    qint64 yearId = 0;
    QString kind; // quarter, half_year, trimester
    int ordinal = 0;
    int gradeFrom = 1;
    int gradeTo = 11;
    QDate startsOn;
    QDate endsOn;
    QDate marksDeadline;
    bool locked = false;

    QCborMap toCbor() const;
    static Period fromCbor(const QCborMap& map);
};

struct ClassGroup
{
    qint64 id = 0;
    qint64 yearId = 0;
    int grade = 0;
    QString letter;
    qint64 homeroomTeacherId = 0;
    QString homeroomTeacherName;
    QString room;
    int studentCount = 0;

    QString title() const { return QString::number(grade) + letter; }
    QCborMap toCbor() const;
    static ClassGroup fromCbor(const QCborMap& map);
};

struct Subject
{
    qint64 id = 0;
    QString title;
    QString shortTitle;
    bool doubleMark = false;
    bool passFail = false;

    QCborMap toCbor() const;
    static Subject fromCbor(const QCborMap& map);
};

struct WorkType
{
    qint64 id = 0;
    QString title;
    double weight = 1.0;
    bool isWritten = false;
    bool isControl = false;

    QCborMap toCbor() const;
    static WorkType fromCbor(const QCborMap& map);
};

// One journal: class × subject × subgroup × teacher.
struct Assignment
{
    qint64 id = 0;
    qint64 classId = 0;
    QString classTitle;
    qint64 subjectId = 0;
    QString subjectTitle;
    qint64 subgroupId = 0;
    QString subgroupTitle;
    qint64 teacherId = 0;
    QString teacherName;
    double hoursPerWeek = 0;

    QCborMap toCbor() const;
    static Assignment fromCbor(const QCborMap& map);
};

// A person's name and particulars as the secretary enters them.
struct PersonData
{
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    QString sex; // "м" or "ж"

    QString fullName() const;
    QCborMap toCbor() const;
    static PersonData fromCbor(const QCborMap& map);
};

// A student as a class list shows them on a date.
struct RosterStudent
{
    qint64 id = 0;
    PersonData person;
    QString personalFileNo;
    qint64 classId = 0;
    QDate enrolledOn;
    QDate leftOn; // null while still in the class

    QCborMap toCbor() const;
    static RosterStudent fromCbor(const QCborMap& map);
};

// An admission, transfer or expulsion with its order (R22).
struct Movement
{
    qint64 id = 0;
    qint64 studentId = 0;
    QString studentName;
    QString kind; // admit, transfer, expel
    qint64 fromClassId = 0;
    QString fromClassTitle;
    qint64 toClassId = 0;
    QString toClassTitle;
    QDate onDate;
    QString orderNo;
    QDate orderDate;

    QCborMap toCbor() const;
    static Movement fromCbor(const QCborMap& map);
};

// Dates on the wire are ISO "YYYY-MM-DD"; an absent or null value is a null QDate.
namespace WireDate {
QCborValue toCbor(const QDate& date);
QDate fromCbor(const QCborValue& value);
} // namespace WireDate
