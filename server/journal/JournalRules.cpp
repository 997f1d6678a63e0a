#include "journal/JournalRules.h"

#include "dispatch/RequestContext.h"
#include "domain/MarkRules.h"
#include "storage/SchoolDayStore.h"

#include <QCborMap>

namespace {
const QTime kEndOfWorkingDay(18, 0);
constexpr int kSecondsPerMinute = 60;
constexpr int kLongestOutageDays = 7;  // R30: older offline entries are late like any other
constexpr int kClockSkewSeconds = 300; // a client's clock a little ahead of the server's
} // namespace

std::optional<Error> JournalRules::checkMark(const JournalInfo& journal, const QString& mark)
{
    if (mark.isEmpty())
        return std::nullopt;
    if (journal.grade == MarkRules::kGradeWithoutMarks)
        return makeError(ErrorCode::RuleViolation,
                         tr("Grade 1 keeps attendance only, no marks (R02)."),
                         QStringLiteral("R02"));
    MarkProblem problem;
    if (!MarkRules::parseMark(mark, {journal.doubleMark, journal.passFail}, &problem))
        return makeError(ErrorCode::RuleViolation,
                         QCoreApplication::translate("MarkRules", problem.message), problem.rule);
    return std::nullopt;
}

std::optional<Error> JournalRules::checkHomework(const JournalInfo& journal,
                                                 const QString& homework)
{
    if (journal.grade == MarkRules::kGradeWithoutMarks && !homework.trimmed().isEmpty())
        return makeError(ErrorCode::RuleViolation, tr("Grade 1 gets no homework (R02)."),
                         QStringLiteral("R02"));
    return std::nullopt;
}

std::optional<Error> JournalRules::checkAbsence(const QString& before, const QString& after,
                                                bool callerIsClassTeacher)
{
    if (!after.isEmpty() && !MarkRules::isAbsenceCode(after))
        return makeError(ErrorCode::RuleViolation, tr("An absence is н, б, у or оп (R03)."),
                         QStringLiteral("R03"));
    const bool reasonChanged = before != after && (MarkRules::isAbsenceReason(after) ||
                                                   MarkRules::isAbsenceReason(before));
    if (reasonChanged && !callerIsClassTeacher)
        return makeError(
            ErrorCode::RuleViolation,
            tr("The class teacher sets the reason of an absence from documents (R03)."),
            QStringLiteral("R03"));
    return std::nullopt;
}

std::optional<Error> JournalRules::checkWorkType(const QString& mark, qint64 cellWorkType,
                                                 qint64 lessonWorkType)
{
    if (!mark.isEmpty() && cellWorkType == 0 && lessonWorkType == 0)
        return makeError(ErrorCode::RuleViolation,
                         tr("A mark needs a work type: give the lesson one (R04)."),
                         QStringLiteral("R04"));
    return std::nullopt;
}

std::optional<Error> JournalRules::checkCorrection(const CellRecord& testCell, const QString& mark)
{
    if (!mark.isEmpty() && testCell.absence.isEmpty())
        return makeError(
            ErrorCode::RuleViolation,
            tr("The correction column takes marks only of students absent from the test (R05)."),
            QStringLiteral("R05"));
    return std::nullopt;
}

bool JournalRules::isLate(const QDate& lessonDate, const QDate& today, bool written,
                          const EntryWindows& windows)
{
    const int window = written ? windows.writtenWorkDays : windows.entryDays;
    return lessonDate.daysTo(today) > window;
}

Result<bool> JournalRules::isLateEntry(const RequestContext& context, const QDate& lessonDate,
                                       bool written, const QDate& entryDay)
{
    if (lessonDate >= entryDay)
        return false;
    auto windows = EntryWindows::load(context.db, *context.settings);
    if (!windows)
        return windows.error();
    return isLate(lessonDate, entryDay, written, *windows);
}

QDateTime JournalRules::entryTime(const RequestContext& context, const QCborMap& args)
{
    const QDateTime madeAt =
        QDateTime::fromString(args.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
    if (!madeAt.isValid() || madeAt > context.now.addSecs(kClockSkewSeconds) ||
        madeAt < context.now.addDays(-kLongestOutageDays))
        return context.now;
    return std::min(madeAt, context.now);
}

QDate JournalRules::entryDay(const RequestContext& context, const QCborMap& args)
{
    return entryTime(context, args).toLocalTime().date();
}

std::optional<Error> JournalRules::checkLessonRecord(const RequestContext& context,
                                                     const JournalInfo& journal,
                                                     const LessonRecord& lesson)
{
    auto rule = [](const QString& message, const char* id) {
        return makeError(ErrorCode::RuleViolation, message, QString::fromLatin1(id));
    };
    if (lesson.heldOn < journal.yearStartsOn || lesson.heldOn > journal.yearEndsOn)
        return rule(tr("A lesson's date is within the school year (R09)."), "R09");
    const SchoolDayStore days(context.db);
    auto holiday = days.isHoliday(lesson.heldOn, journal.grade);
    if (!holiday)
        return holiday.error();
    if (*holiday)
        return rule(tr("There are no lessons in the holidays (R12)."), "R12");
    auto bells = days.hasBells();
    if (!bells)
        return bells.error();
    if (*bells) {
        auto bell = days.bellEnds(lesson.lessonNo);
        if (!bell)
            return bell.error();
        if (!bell.value())
            return rule(tr("The school has no bell for lesson %1 (R09).").arg(lesson.lessonNo),
                        "R09");
    }
    if (lesson.correctionOf == 0) {
        auto other =
            JournalStore(context.db).lessonAt(journal.assignmentId, lesson.heldOn, lesson.lessonNo);
        if (!other)
            return other.error();
        if (other.value() && other.value()->id != lesson.id)
            return rule(
                tr("This journal already has lesson %1 on that day (R09).").arg(lesson.lessonNo),
                "R09");
    }
    return std::nullopt;
}

Result<bool> JournalRules::isHomeworkLate(const RequestContext& context, const JournalInfo& journal,
                                          const LessonRecord& lesson, const QDateTime& enteredAt)
{
    auto windows = EntryWindows::load(context.db, *context.settings);
    if (!windows)
        return windows.error();
    QDateTime deadline(lesson.heldOn, kEndOfWorkingDay);
    if (!windows->homeworkByEndOfDay) {
        const SchoolDayStore days(context.db);
        auto dayEnds = days.classDayEnds(journal.classId, lesson.heldOn);
        if (!dayEnds)
            return dayEnds.error();
        std::optional<QTime> ends = dayEnds.value();
        if (!ends) {
            auto bell = days.bellEnds(lesson.lessonNo);
            if (!bell)
                return bell.error();
            ends = bell.value();
        }
        if (ends)
            deadline = QDateTime(lesson.heldOn, *ends)
                           .addSecs(qint64(windows->homeworkMinutes) * kSecondsPerMinute);
    }
    return enteredAt.toLocalTime() > deadline;
}

Error JournalRules::lateWithoutReason()
{
    return makeError(
        ErrorCode::RuleViolation,
        tr("This entry is later than the school allows: give the reason for the correction (R06)."),
        QStringLiteral("R06"));
}
