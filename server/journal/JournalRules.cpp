#include "journal/JournalRules.h"

#include "domain/MarkRules.h"

namespace {
constexpr int kGradeWithoutMarks = 1;
}

std::optional<Error> JournalRules::checkMark(const JournalInfo& journal, const QString& mark)
{
    if (mark.isEmpty())
        return std::nullopt;
    if (journal.grade == kGradeWithoutMarks)
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
    if (journal.grade == kGradeWithoutMarks && !homework.trimmed().isEmpty())
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
                          const ServerSettings& settings)
{
    const int window = written ? settings.writtenWorkWindowDays : settings.entryWindowDays;
    return lessonDate.daysTo(today) > window;
}

Error JournalRules::lateWithoutReason()
{
    return makeError(
        ErrorCode::RuleViolation,
        tr("This entry is later than the school allows: give the reason for the correction (R06)."),
        QStringLiteral("R06"));
}
