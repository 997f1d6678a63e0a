#pragma once

#include "core/Result.h"
#include "domain/SchoolTypes.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <utility>

// The PostgreSQL channel every server instance LISTENs on for journal changes.
inline constexpr char kJournalChannel[] = "journal_changed";

// A journal (assignment) with what the rules need to know about it.
struct JournalInfo
{
    qint64 assignmentId = 0;
    qint64 classId = 0;
    QString classTitle;
    int grade = 0;
    qint64 subjectId = 0;
    QString subjectTitle;
    bool doubleMark = false;
    bool passFail = false;
    qint64 subgroupId = 0;
    qint64 teacherId = 0;
    QString teacherName;
    qint64 homeroomTeacherId = 0;
    bool yearClosed = false;
    QDate yearStartsOn;
    QDate yearEndsOn;
    // Values that change with every change of the journal's lessons, cells and period marks
    // (revision) and of the class lists, subgroups and work types (schoolRevision), never
    // repeating (sql/0010). schoolRevision is read by journal() alone.
    QString revision;
    QString schoolRevision;
};

// One lesson of a journal (R09): date, number, topic, homework, work type, who taught it.
struct LessonRecord
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate heldOn;
    int lessonNo = 0;
    QString topic;
    QString homework;
    qint64 workTypeId = 0;
    qint64 correctionOf = 0;   // R05
    qint64 taughtBy = 0;       // R07
    bool homeworkLate = false; // R10: entered after the school's window
};

// One student in one lesson.
struct CellRecord
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
    QString mark;
    qint64 workTypeId = 0; // 0: the lesson's (R04)
    QString absence;
    QString comment;
    int version = 0; // 0: no cell yet
};

struct PeriodMarkRecord
{
    qint64 studentId = 0;
    qint64 periodId = 0;
    QString value;
    int version = 0;
};

// Where a cell.set writes: the lesson, its journal, whether the student is in that journal
// on the lesson's date, and the cell as it is (version 0: no cell yet).
struct CellPlace
{
    LessonRecord lesson;
    JournalInfo journal;
    bool studentInJournal = false;
    CellRecord cell;
};

// What journal.get answers with, as read: the students who were in the journal's class (and
// subgroup) at some time in the range, its lessons in the range and their cells, its period
// marks and the school's work types.
struct JournalContents
{
    QList<RosterStudent> students;
    QList<LessonRecord> lessons;
    QList<CellRecord> cells;
    QList<PeriodMarkRecord> periodMarks;
    QList<WorkType> workTypes;
    // Whether every read saw the journal's revision and the school's as the JournalInfo has
    // them: then the contents are exactly those of that pair (a change in between would have
    // set new ones), and the answer may be kept for it (JournalAnswerCache).
    bool atRevisions = false;
};

// The journal tables: lessons, cells and period marks, and the facts around them.
class JournalStore
{
public:
    explicit JournalStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<std::optional<JournalInfo>> journal(qint64 assignmentId) const;
    // The journal's contents in [from, to], all read in one round trip.
    Result<JournalContents> contents(const JournalInfo& journal, const QDate& from,
                                     const QDate& to) const;
    Result<bool> studentInJournalOn(const JournalInfo& journal, qint64 studentId,
                                    const QDate& date) const;

    Result<std::optional<LessonRecord>> lesson(qint64 lessonId) const;
    // A lesson and its journal in one statement (cell.set, lesson.delete).
    Result<std::optional<std::pair<LessonRecord, JournalInfo>>>
    lessonWithJournal(qint64 lessonId) const;
    Result<std::optional<CellPlace>> cellPlace(qint64 lessonId, qint64 studentId) const;
    Result<std::optional<LessonRecord>> lessonAt(qint64 assignmentId, const QDate& date,
                                                 int lessonNo) const;
    Result<qint64> saveLesson(const LessonRecord& lesson, const QDateTime& now,
                              qint64 userId) const;
    // R10: when the homework was entered and whether that was late.
    Status markHomework(qint64 lessonId, const QDateTime& at, bool late) const;
    // Deletes the lesson and its cells.
    Status deleteLesson(qint64 lessonId) const;
    Result<bool> hasCorrectionColumns(qint64 lessonId) const;
    // Whether a correction column of the test `lessonId` holds a mark of the student (R05).
    Result<bool> hasCorrectionMark(qint64 lessonId, qint64 studentId) const;

    Result<QList<CellRecord>> cellsOfLesson(qint64 lessonId) const;
    enum class RowLock
    {
        None,
        // FOR SHARE: the cell cannot change until this transaction ends (a rule reads it).
        Share,
    };
    // The cell as it is; version 0 when it has no row yet.
    Result<CellRecord> cell(qint64 lessonId, qint64 studentId, RowLock lock = RowLock::None) const;
    // Writes the cell if it still has expectedVersion, tells the journal's followers (as
    // notifyChanged()) and returns the cell's new version; nullopt when someone changed the
    // cell meanwhile (nothing written).
    Result<std::optional<int>> writeCell(const CellRecord& cell, int expectedVersion,
                                         const QDateTime& now, qint64 userId,
                                         qint64 assignmentId) const;

    // The last day the deputy reopened this journal's period marks until; null if never.
    Result<QDate> unlockedUntil(qint64 assignmentId, qint64 periodId) const;
    Status unlock(qint64 assignmentId, qint64 periodId, const QDate& until, const QDateTime& now,
                  qint64 userId) const;
    Result<PeriodMarkRecord> periodMark(qint64 assignmentId, qint64 studentId,
                                        qint64 periodId) const;
    // As writeCell(): nullopt when the mark no longer has expectedVersion. An empty value
    // clears the mark (its row goes; version 0).
    Result<std::optional<int>> writePeriodMark(qint64 assignmentId, const PeriodMarkRecord& mark,
                                               int expectedVersion, const QDateTime& now,
                                               qint64 userId) const;
    Result<QList<WorkType>> workTypes() const;
    // R07: whether the user taught any lesson of the journal as a substitute.
    Result<bool> hasSubstituted(qint64 assignmentId, qint64 userId) const;
    // The journals of a year in which the user taught a lesson as a substitute.
    Result<QSet<qint64>> journalsSubstitutedBy(qint64 userId, qint64 yearId) const;
    // The roster of a class changed: every journal of the class is told (as notifyChanged()).
    Status notifyClassChanged(qint64 classId) const;
    // Tells every server instance (LISTEN journal_changed) after the transaction commits.
    Status notifyChanged(qint64 assignmentId) const;

private:
    QSqlDatabase m_db;
};
