#pragma once

#include "demo/DemoCalendar.h"
#include "domain/Role.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// The demo school as plain data in memory, before anything touches the database. Rows
// refer to each other by index into the plan's lists; the writer maps them to ids.

struct DemoPerson
{
    QString lastName;
    QString firstName;
    QString middleName;
    QDate birthDate;
    bool female = false;

    QString fullName() const;
};

// A sign-in account; `password` is filled by the command (never from the seed).
struct DemoAccount
{
    QString login;
    RoleSet roles;
    Role mainRole = Role::Teacher; // the credentials file's role column
    int person = -1;               // -1: no person (the administrator from init)
    QString fullName;
    QString classOrSubject; // class title or main subject, for the credentials file
    bool existing = false;  // made by init already (admin): only its password is set
    QString password;
};

struct DemoSubject
{
    QString title;
    QString shortTitle;
    bool doubleMark = false;
    bool passFail = false;
};

struct DemoWorkType
{
    QString title;
    double weight = 1;
    bool written = false;
    bool control = false;
};

struct DemoClass
{
    int grade = 1;
    QString letter;
    int homeroomTeacher = -1; // account
    int room = -1;
    QString title() const { return QString::number(grade) + letter; }
};

// The student's ability: their marks scatter around it.
enum class DemoAbility
{
    Strong,
    Average,
    Weak,
};

struct DemoStudent
{
    int person = -1;
    QString personalFileNo;
    int family = -1;
    DemoAbility ability = DemoAbility::Average;
    double meanMark = 4; // around which marks fall
};

struct DemoFamily
{
    int mother = -1; // persons
    int father = -1;
    int account = -1; // the parent's account, -1 when none
    QList<int> children;
};

struct DemoEnrollment
{
    int student = -1;
    int classIndex = -1;
    QDate fromDate;
    QDate toDate; // exclusive; null while still there
};

struct DemoMovement
{
    int student = -1;
    QString kind; // admit, transfer, expel
    int fromClass = -1;
    int toClass = -1;
    QDate onDate;
    QString orderNo;
    QDate orderDate;
};

struct DemoGuardian
{
    int parentAccount = -1;
    int student = -1;
};

struct DemoCurriculumRow
{
    int classIndex = -1;
    int subject = -1;
    double hoursPerWeek = 0;
};

struct DemoSubgroup
{
    int classIndex = -1;
    int subject = -1;
    QString title;
    QList<int> students;
};

// One journal: class × subject × subgroup × teacher.
struct DemoAssignment
{
    int classIndex = -1;
    int subject = -1;
    int subgroup = -1;
    int teacher = -1; // account
    double hoursPerWeek = 0;
    int room = -1;
};

struct DemoBell
{
    int lessonNo = 0;
    QTime startsAt;
    QTime endsAt;
};

struct DemoTimetableEntry
{
    int classIndex = -1;
    int weekday = 1;
    int lessonNo = 1;
    int assignment = -1;
    int room = -1;
};

struct DemoLesson
{
    int assignment = -1;
    QDate heldOn;
    int lessonNo = 1;
    QString topic;
    QString homework;
    int workType = -1; // -1: none (grade 1)
    int taughtBy = -1; // account
};

struct DemoCell
{
    int lesson = -1;
    int student = -1;
    QString mark;
    int workType = -1;
    QString absence;
};

struct DemoPeriodMark
{
    int assignment = -1;
    int student = -1;
    int period = -1;
    QString value;
};

// The whole school; DemoSchoolPlan::generate() is deterministic for a seed and a date.
struct DemoSchoolPlan
{
    int seed = 1;
    QDate today;
    DemoCalendar calendar;
    QList<DemoPerson> people;
    QList<DemoAccount> accounts;
    QList<QString> rooms;
    QList<DemoSubject> subjects;
    QList<DemoWorkType> workTypes;
    QList<DemoClass> classes;
    QList<DemoStudent> students;
    QList<DemoFamily> families;
    QList<DemoEnrollment> enrollments;
    QList<DemoMovement> movements;
    QList<DemoGuardian> guardians;
    QList<DemoCurriculumRow> curriculum;
    QList<DemoSubgroup> subgroups;
    QList<DemoAssignment> assignments;
    QList<DemoBell> bells;
    QList<DemoTimetableEntry> timetable;
    QList<DemoLesson> lessons;
    QList<DemoCell> cells;
    QList<DemoPeriodMark> periodMarks;
    int timetableConflicts = 0; // teacher double bookings the timetable could not avoid

    static DemoSchoolPlan generate(int studentCount, int seed, const QDate& today);
};
