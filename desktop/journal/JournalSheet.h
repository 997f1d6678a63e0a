#pragma once

#include "domain/MarkRules.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// One journal as `journal.get` returns it: the assignment, its students, lessons, cells and
// period marks, held for the grid.
struct JournalSheet
{
    struct Student
    {
        qint64 id = 0;
        QString fullName;
        QDate leftOn; // invalid while the student is in the class
        QString average;
        QString forecast;
    };
    struct Lesson
    {
        qint64 id = 0;
        QDate date;
        int lessonNo = 0;
        QString topic;
        QString homework;
        qint64 workTypeId = 0;
        QString workType;
        double weight = 0;
        qint64 correctionOf = 0;
        qint64 taughtBy = 0;
        bool homeworkLate = false; // entered after the school's window (R10)
    };
    struct Cell
    {
        QString mark;
        QString absence;
        QString comment;
        qint64 workTypeId = 0;
        qint64 version = 0;

        bool isEmpty() const { return mark.isEmpty() && absence.isEmpty() && comment.isEmpty(); }
        QCborMap toCbor() const;
        static Cell fromCbor(const QCborMap& map);
    };
    struct PeriodMark
    {
        QString value;
        qint64 version = 0;
    };

    qint64 assignmentId = 0;
    qint64 classId = 0;
    QString classTitle;
    QString subject;
    QString teacher;
    qint64 teacherId = 0;
    int grade = 0;
    SubjectMarking marking;
    bool readOnly = true;
    QList<Student> students;
    QList<Lesson> lessons;                                // by date and lesson number
    QHash<QPair<qint64, qint64>, Cell> cells;             // (lesson id, student id)
    QHash<QPair<qint64, qint64>, PeriodMark> periodMarks; // (student id, period id)

    static JournalSheet fromCbor(const QCborMap& result);
    Cell cell(qint64 lessonId, qint64 studentId) const
    {
        return cells.value({lessonId, studentId});
    }
};
