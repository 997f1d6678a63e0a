#include "diary/DiaryWeek.h"

#include <QCborArray>

DiaryLesson DiaryLesson::fromCbor(const QCborMap& map)
{
    DiaryLesson lesson;
    lesson.date = QDate::fromString(map.value(QStringLiteral("date")).toString(), Qt::ISODate);
    lesson.lessonNo = int(map.value(QStringLiteral("lesson_no")).toInteger());
    lesson.assignmentId = map.value(QStringLiteral("assignment_id")).toInteger();
    lesson.subject = map.value(QStringLiteral("subject")).toString();
    lesson.topic = map.value(QStringLiteral("topic")).toString();
    lesson.homework = map.value(QStringLiteral("homework")).toString();
    lesson.mark = map.value(QStringLiteral("mark")).toString();
    lesson.absence = map.value(QStringLiteral("absence")).toString();
    lesson.workType = map.value(QStringLiteral("work_type")).toString();
    return lesson;
}

DiaryForecast DiaryForecast::fromCbor(const QCborMap& map)
{
    return {map.value(QStringLiteral("subject")).toString(),
            map.value(QStringLiteral("average")).toDouble(),
            map.value(QStringLiteral("forecast")).toString()};
}

DiaryWeek DiaryWeek::fromCbor(const QCborMap& map)
{
    DiaryWeek week;
    week.studentId = map.value(QStringLiteral("student_id")).toInteger();
    week.from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    week.to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    for (const QCborValue& lesson : map.value(QStringLiteral("lessons")).toArray())
        week.lessons.append(DiaryLesson::fromCbor(lesson.toMap()));
    for (const QCborValue& forecast : map.value(QStringLiteral("forecasts")).toArray())
        week.forecasts.append(DiaryForecast::fromCbor(forecast.toMap()));
    for (const QCborValue& forecast : map.value(QStringLiteral("period_forecasts")).toArray())
        week.periodForecasts.append(DiaryForecast::fromCbor(forecast.toMap()));
    const QCborMap period = map.value(QStringLiteral("period")).toMap();
    week.periodStartsOn =
        QDate::fromString(period.value(QStringLiteral("starts_on")).toString(), Qt::ISODate);
    week.periodEndsOn =
        QDate::fromString(period.value(QStringLiteral("ends_on")).toString(), Qt::ISODate);
    return week;
}

QDate DiaryWeek::mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}
