#include "support/SchoolBuilder.h"

#include "protocol/OpNames.h"

#include <QtDebug>

qint64 SchoolBuilder::save(const char* op, const QCborMap& args)
{
    const Reply reply = m_client.call(QString::fromLatin1(op), args);
    if (!reply.ok) {
        qWarning().noquote() << op << "failed:" << reply.error.message;
        return 0;
    }
    return reply.result[QStringLiteral("id")].toInteger();
}

qint64 SchoolBuilder::year(const QString& title, const QDate& startsOn, const QDate& endsOn)
{
    return save(Op::YearSave, {{QStringLiteral("title"), title},
                               {QStringLiteral("starts_on"), startsOn.toString(Qt::ISODate)},
                               {QStringLiteral("ends_on"), endsOn.toString(Qt::ISODate)}});
}

SchoolBuilder::YearDates SchoolBuilder::yearHolding(const QDate& day)
{
    const int first = day.month() >= 9 ? day.year() : day.year() - 1;
    return {QStringLiteral("%1/%2").arg(first).arg(first + 1), QDate(first, 9, 1),
            QDate(first + 1, 8, 31)};
}

qint64 SchoolBuilder::year(const YearDates& dates)
{
    return year(dates.title, dates.startsOn, dates.endsOn);
}

qint64 SchoolBuilder::quarter(qint64 yearId, int ordinal, const QDate& startsOn,
                              const QDate& endsOn, const QDate& marksDeadline)
{
    return save(Op::PeriodSave,
                {{QStringLiteral("year_id"), yearId},
                 {QStringLiteral("kind"), QStringLiteral("quarter")},
                 {QStringLiteral("ordinal"), ordinal},
                 {QStringLiteral("grade_from"), 1},
                 {QStringLiteral("grade_to"), 9},
                 {QStringLiteral("starts_on"), startsOn.toString(Qt::ISODate)},
                 {QStringLiteral("ends_on"), endsOn.toString(Qt::ISODate)},
                 {QStringLiteral("marks_deadline"), marksDeadline.toString(Qt::ISODate)}});
}

qint64 SchoolBuilder::classGroup(qint64 yearId, int grade, const QString& letter,
                                 qint64 homeroomTeacherId)
{
    QCborMap args{{QStringLiteral("year_id"), yearId},
                  {QStringLiteral("grade"), grade},
                  {QStringLiteral("letter"), letter}};
    if (homeroomTeacherId)
        args.insert(QStringLiteral("homeroom_teacher_id"), homeroomTeacherId);
    return save(Op::ClassSave, args);
}

qint64 SchoolBuilder::subject(const QString& title, bool doubleMark)
{
    return save(Op::SubjectSave,
                {{QStringLiteral("title"), title}, {QStringLiteral("double_mark"), doubleMark}});
}

qint64 SchoolBuilder::workType(const QString& title, double weight, bool written)
{
    return save(Op::WorkTypeSave, {{QStringLiteral("title"), title},
                                   {QStringLiteral("weight"), weight},
                                   {QStringLiteral("is_written"), written}});
}

qint64 SchoolBuilder::assignment(qint64 classId, qint64 subjectId, qint64 teacherId,
                                 double hoursPerWeek, qint64 subgroupId)
{
    QCborMap args{{QStringLiteral("class_id"), classId},
                  {QStringLiteral("subject_id"), subjectId},
                  {QStringLiteral("teacher_id"), teacherId},
                  {QStringLiteral("hours_per_week"), hoursPerWeek}};
    if (subgroupId)
        args.insert(QStringLiteral("subgroup_id"), subgroupId);
    return save(Op::AssignmentSave, args);
}

qint64 SchoolBuilder::admit(TestClient& secretary, qint64 classId, const QString& lastName,
                            const QString& fileNo, const QDate& date, const QString& firstName)
{
    const Reply reply = secretary.call(
        QString::fromLatin1(Op::StudentAdmit),
        {{QStringLiteral("person"), QCborMap{{QStringLiteral("last_name"), lastName},
                                             {QStringLiteral("first_name"), firstName}}},
         {QStringLiteral("personal_file_no"), fileNo},
         {QStringLiteral("class_id"), classId},
         {QStringLiteral("date"), date.toString(Qt::ISODate)},
         {QStringLiteral("order_no"), QStringLiteral("1")},
         {QStringLiteral("order_date"), date.addDays(-2).toString(Qt::ISODate)}});
    if (!reply.ok)
        qWarning().noquote() << "student.admit:" << reply.error.message;
    return reply.result[QStringLiteral("student")][QStringLiteral("id")].toInteger();
}
