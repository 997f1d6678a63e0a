// diary.get (R19, R16): a student sees their own diary, a parent their children's, staff
// the students they teach or lead; with the forecast of each subject's period mark.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/Scope.h"
#include "domain/MarkRules.h"
#include "protocol/OpNames.h"
#include "storage/DiaryStore.h"
#include "storage/StructureStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

constexpr int kMaxDiaryDays = 62;

class DiaryHandler
{
    Q_DECLARE_TR_FUNCTIONS(DiaryHandler)
public:
    static Result<QCborValue> get(RequestContext& context, const QCborMap& args);
    // The student whose diary the caller asks for, if the caller may see it (R19).
    static Result<qint64> allowedStudent(const RequestContext& context, qint64 requested);

private:
    // The period of the student's grade that holds `date`, if any (R16 forecasts its mark).
    static Result<std::optional<Period>> periodOf(const RequestContext& context, qint64 studentId,
                                                  qint64 yearId, const QDate& date);
};

// R16: each subject's weighted average and forecast from the entries given.
QCborArray forecastsOf(const QList<DiaryEntry>& entries)
{
    QMap<QString, QList<MarkRules::WeightedMark>> bySubject;
    for (const DiaryEntry& entry : entries) {
        if (auto mark = MarkRules::parseMark(entry.mark, {entry.doubleMark, entry.passFail}))
            bySubject[entry.subject].append({*mark, entry.weight});
    }
    QCborArray forecasts;
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it) {
        if (auto average = MarkRules::weightedAverage(it.value())) {
            forecasts.append(QCborMap{{QStringLiteral("subject"), it.key()},
                                      {QStringLiteral("average"), std::round(*average * 100) / 100},
                                      {QStringLiteral("forecast"), MarkRules::forecast(*average)}});
        }
    }
    return forecasts;
}

Result<std::optional<Period>> DiaryHandler::periodOf(const RequestContext& context,
                                                     qint64 studentId, qint64 yearId,
                                                     const QDate& date)
{
    auto grade = DiaryStore(context.db).gradeOn(studentId, date);
    if (!grade)
        return grade.error();
    auto periods = StructureStore(context.db).periods(yearId, context.today());
    if (!periods)
        return periods.error();
    std::optional<Period> found;
    for (const Period& period : periods.value()) {
        const bool holds = period.startsOn <= date && date <= period.endsOn &&
                           period.gradeFrom <= *grade && *grade <= period.gradeTo;
        // Of overlapping periods (a half-year holding a quarter) the latest begun is meant.
        if (holds && (!found || period.startsOn > found->startsOn))
            found = period;
    }
    return found;
}

Result<qint64> DiaryHandler::allowedStudent(const RequestContext& context, qint64 requested)
{
    const RoleSet roles = context.user().roles;
    const DiaryStore diary(context.db);
    if (roles.contains(Role::Student)) {
        auto own = diary.studentOfUser(context.userId());
        if (!own)
            return own.error();
        if (own.value() && (!requested || requested == own.value()))
            return own.value();
    }
    if (roles.contains(Role::Parent)) {
        auto children = diary.childrenOf(context.userId());
        if (!children)
            return children.error();
        for (const ChildRef& child : children.value()) {
            if (!requested || requested == child.studentId)
                return child.studentId;
        }
    }
    if (requested && Scope::isSchoolWide(roles))
        return requested;
    if (requested && roles.intersects(RoleSet{Role::Teacher, Role::ClassTeacher})) {
        auto teaches = diary.teachesStudent(context.userId(), requested);
        if (!teaches)
            return teaches.error();
        if (teaches.value())
            return requested;
    }
    if (!requested) {
        if (roles.intersects(RoleSet{Role::Student, Role::Parent}))
            return makeError(ErrorCode::NotFound,
                             tr("No student's diary is linked to this account."));
        return makeError(ErrorCode::BadRequest, tr("Say whose diary: give student_id."));
    }
    return makeError(ErrorCode::Forbidden,
                     tr("You may see only your own diary or your children's (R19)."),
                     QStringLiteral("R19"));
}

Result<QCborValue> DiaryHandler::get(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 requested = reader.id("student_id", false);
    QDate from = reader.date("from", false);
    QDate to = reader.date("to", false);
    if (auto error = reader.error())
        return *error;
    auto studentId = allowedStudent(context, requested);
    if (!studentId)
        return studentId.error();
    if (!from.isValid())
        from = context.today().addDays(1 - context.today().dayOfWeek()); // this week's Monday
    if (!to.isValid())
        to = from.addDays(6);
    if (from > to || from.daysTo(to) > kMaxDiaryDays)
        return makeError(ErrorCode::BadRequest,
                         tr("Ask for at most %1 days at a time.").arg(kMaxDiaryDays));
    const DiaryStore diary(context.db);
    auto entries = diary.entries(*studentId, from, to);
    if (!entries)
        return entries.error();
    QCborArray lessons;
    for (const DiaryEntry& entry : entries.value()) {
        lessons.append(QCborMap{{QStringLiteral("date"), entry.date.toString(Qt::ISODate)},
                                {QStringLiteral("lesson_no"), entry.lessonNo},
                                {QStringLiteral("assignment_id"), entry.assignmentId},
                                {QStringLiteral("subject"), entry.subject},
                                {QStringLiteral("topic"), entry.topic},
                                {QStringLiteral("homework"), entry.homework},
                                {QStringLiteral("mark"), entry.mark},
                                {QStringLiteral("absence"), entry.absence},
                                {QStringLiteral("work_type"), entry.workType}});
    }
    // R16: the forecast from the year's marks up to the end of the range.
    auto years = StructureStore(context.db).years(context.today());
    if (!years)
        return years.error();
    QDate yearStart = from;
    qint64 yearId = 0;
    for (const AcademicYear& year : years.value()) {
        if (year.startsOn <= to && to <= year.endsOn) {
            yearStart = year.startsOn;
            yearId = year.id;
        }
    }
    auto yearEntries = diary.entries(*studentId, yearStart, to);
    if (!yearEntries)
        return yearEntries.error();
    QCborMap result{{QStringLiteral("student_id"), *studentId},
                    {QStringLiteral("from"), from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), to.toString(Qt::ISODate)},
                    {QStringLiteral("lessons"), lessons},
                    {QStringLiteral("forecasts"), forecastsOf(yearEntries.value())}};
    // The period mark is what the forecast is for: the same from the period's own marks.
    if (yearId) {
        auto period = periodOf(context, *studentId, yearId, to);
        if (!period)
            return period.error();
        if (period.value()) {
            QList<DiaryEntry> inPeriod;
            for (const DiaryEntry& entry : yearEntries.value()) {
                if (entry.date >= period.value()->startsOn)
                    inPeriod.append(entry);
            }
            result.insert(QStringLiteral("period"), period.value()->toCbor());
            result.insert(QStringLiteral("period_forecasts"), forecastsOf(inPeriod));
        }
    }
    return QCborValue(result);
}

} // namespace

void registerDiaryOps(OpRegistry& registry)
{
    registry.add(
        {QString::fromLatin1(Op::DiaryGet), Access::SignedIn, {}, &DiaryHandler::get, {}, false});
}
