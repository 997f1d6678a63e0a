#pragma once

#include "core/Result.h"
#include "journal/EntryWindows.h"
#include "storage/JournalStore.h"

#include <QCoreApplication>

#include <optional>

struct RequestContext;

// The journal's school rules that only the server can decide, one function per rule
// (RULES.md R02–R06); mark syntax (R01) lives in common/domain/MarkRules.
class JournalRules
{
    Q_DECLARE_TR_FUNCTIONS(JournalRules)
public:
    // R01 + R02: the mark fits the subject, and grade 1 takes no marks.
    static std::optional<Error> checkMark(const JournalInfo& journal, const QString& mark);
    // R02: no homework in grade 1.
    static std::optional<Error> checkHomework(const JournalInfo& journal, const QString& homework);
    // R03: a known absence code; only the class teacher sets reasons (б, у) from documents.
    static std::optional<Error> checkAbsence(const QString& before, const QString& after,
                                             bool callerIsClassTeacher);
    // R04: every mark carries a work type, its own or the lesson's.
    static std::optional<Error> checkWorkType(const QString& mark, qint64 cellWorkType,
                                              qint64 lessonWorkType);
    // R05: a correction column takes marks only of students absent from the test.
    static std::optional<Error> checkCorrection(const CellRecord& testCell, const QString& mark);
    // R06: an entry after its window needs a reason. `written`: written work (longer window).
    static bool isLate(const QDate& lessonDate, const QDate& today, bool written,
                       const EntryWindows& windows);
    // R06 with the school's windows, read from the database only for an entry after the
    // lesson's day. `entryDay`: the day the entry was made (see entryDay()).
    static Result<bool> isLateEntry(const RequestContext& context, const QDate& lessonDate,
                                    bool written, const QDate& entryDay);
    // R30: an entry kept offline while the server could not be reached counts from the day it
    // was made (`made_at`, at most a week ago); any other entry from today.
    static QDate entryDay(const RequestContext& context, const QCborMap& args);
    static QDateTime entryTime(const RequestContext& context, const QCborMap& args);
    static Error lateWithoutReason();
    // R09: a lesson falls in the school year, not in a holiday (R12), has a bell when the
    // school has bells, and is the only lesson of the journal at that date and number.
    static std::optional<Error> checkLessonRecord(const RequestContext& context,
                                                  const JournalInfo& journal,
                                                  const LessonRecord& lesson);
    // R10: whether homework entered now is after the school's window: that many minutes
    // after the class's last lesson of the day (by its timetable, else the lesson's bell),
    // or after the end of the working day.
    static Result<bool> isHomeworkLate(const RequestContext& context, const JournalInfo& journal,
                                       const LessonRecord& lesson, const QDateTime& enteredAt);
};
