#pragma once

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

// One lesson of a student's diary as diary.get returns it (R19).
struct DiaryLesson
{
    QDate date;
    int lessonNo = 0;
    qint64 assignmentId = 0;
    QString subject;
    QString topic;
    QString homework;
    QString mark;
    QString absence;
    QString workType;

    static DiaryLesson fromCbor(const QCborMap& map);
};

// A subject's forecast of the period mark from its weighted average (R16).
struct DiaryForecast
{
    QString subject;
    double average = 0;
    QString forecast;

    static DiaryForecast fromCbor(const QCborMap& map);
};

// The diary.get reply for one student and one range of days.
struct DiaryWeek
{
    qint64 studentId = 0;
    QDate from;
    QDate to;
    QList<DiaryLesson> lessons;
    // R16 from the year's marks; and, when a period holds the range's end, from its marks.
    QList<DiaryForecast> forecasts;
    QList<DiaryForecast> periodForecasts;
    QDate periodStartsOn; // invalid when no period holds the range's end
    QDate periodEndsOn;

    static DiaryWeek fromCbor(const QCborMap& map);
    // The Monday of the week `date` falls in.
    static QDate mondayOf(const QDate& date);
};
