// The journal ops a teacher uses every lesson: journal.get, lesson.save, cell.set and
// cells.set, with the rules (R01–R07, R18) enforced here and named in every refusal.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "domain/MarkRules.h"
#include "journal/JournalAnswer.h"
#include "journal/JournalAnswerCache.h"
#include "journal/JournalCbor.h"
#include "journal/JournalRules.h"
#include "protocol/OpNames.h"
#include "storage/JournalStore.h"
#include "storage/UserStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const RoleSet readers{Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director, Role::Admin};
const RoleSet writers{Role::Teacher, Role::ClassTeacher};

class JournalHandler
{
    Q_DECLARE_TR_FUNCTIONS(JournalHandler)
public:
    static Result<QCborValue> get(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveLesson(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> setCell(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> deleteLesson(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> setCells(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> subscribe(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> unsubscribe(RequestContext& context, const QCborMap& args);
    static std::optional<Error> checkRead(const RequestContext& context,
                                          const JournalInfo& journal);

    static Result<JournalInfo> loadJournal(const RequestContext& context, qint64 assignmentId);
    static Result<std::pair<LessonRecord, JournalInfo>> loadLesson(const RequestContext& context,
                                                                   qint64 lessonId);
    static Result<QCborMap> writeCell(RequestContext& context, const QCborMap& args);
    static Error cellConflict(const CellRecord& current);
};

bool isTeacherOf(const RequestContext& context, const JournalInfo& journal)
{
    return journal.teacherId == context.userId();
}

bool isClassTeacherOf(const RequestContext& context, const JournalInfo& journal)
{
    return journal.homeroomTeacherId == context.userId() &&
           context.user().roles.contains(Role::ClassTeacher);
}

Result<JournalInfo> JournalHandler::loadJournal(const RequestContext& context, qint64 assignmentId)
{
    auto journal = JournalStore(context.db).journal(assignmentId);
    if (!journal)
        return journal.error();
    if (!journal.value())
        return makeError(ErrorCode::NotFound, tr("No such journal."));
    return *journal.value();
}

Result<std::pair<LessonRecord, JournalInfo>>
JournalHandler::loadLesson(const RequestContext& context, qint64 lessonId)
{
    auto loaded = JournalStore(context.db).lessonWithJournal(lessonId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return makeError(ErrorCode::NotFound, tr("No such lesson."));
    return *loaded.value();
}

QCborMap lessonToCbor(const LessonRecord& lesson, const QHash<qint64, WorkType>& types)
{
    return JournalCbor::lesson(lesson, types);
}

QCborMap cellToCbor(const CellRecord& cell)
{
    return JournalCbor::cell(cell);
}

QJsonObject cellToJson(const CellRecord& cell)
{
    return {{QStringLiteral("mark"), cell.mark},
            {QStringLiteral("work_type_id"), cell.workTypeId},
            {QStringLiteral("absence"), cell.absence},
            {QStringLiteral("comment"), cell.comment}};
}

Result<QCborValue> JournalHandler::get(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 assignmentId = reader.id("assignment_id");
    QDate from = reader.date("from", false);
    QDate to = reader.date("to", false);
    const bool columns =
        args.value(QStringLiteral("layout")).toString() == QLatin1String("columns");
    if (auto error = reader.error())
        return *error;
    auto journal = loadJournal(context, assignmentId);
    if (!journal)
        return journal.error();
    if (auto refused = checkRead(context, *journal))
        return *refused;
    if (!from.isValid())
        from = journal->yearStartsOn;
    if (!to.isValid())
        to = journal->yearEndsOn;

    const auto layout = columns ? JournalAnswer::Layout::Columns : JournalAnswer::Layout::Maps;
    QByteArray body;
    if (context.journalAnswers)
        body = context.journalAnswers->find(*journal, from, to, layout);
    if (body.isNull()) {
        auto contents = JournalStore(context.db).contents(*journal, from, to);
        if (!contents)
            return makeError(ErrorCode::Internal, tr("The journal could not be read."));
        body = JournalAnswer::body(*journal, from, to, contents.value(), layout);
        if (context.journalAnswers && contents->atRevisions)
            context.journalAnswers->keep(*journal, from, to, layout, body);
    }
    JournalAnswer::write(&context.encodedResult, *journal,
                         !isTeacherOf(context, *journal) || journal->yearClosed, body);
    return QCborValue();
}

Result<QCborValue> JournalHandler::saveLesson(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    LessonRecord lesson;
    lesson.id = reader.id("id", false);
    lesson.assignmentId = reader.id("assignment_id");
    lesson.heldOn = reader.date("date");
    lesson.lessonNo = int(reader.number("lesson_no"));
    lesson.topic = reader.text("topic", false);
    lesson.homework = reader.text("homework", false);
    lesson.workTypeId = reader.id("work_type_id", false);
    lesson.correctionOf = reader.id("correction_of", false);
    lesson.taughtBy = reader.id("taught_by", false);
    const QString reason = reader.text("reason", false);
    if (auto error = reader.error())
        return *error;
    auto journal = loadJournal(context, lesson.assignmentId);
    if (!journal)
        return journal.error();
    const JournalStore store(context.db);
    std::optional<LessonRecord> before;
    if (lesson.id) {
        auto existing = store.lesson(lesson.id);
        if (!existing)
            return existing.error();
        if (!existing.value() || existing.value()->assignmentId != lesson.assignmentId)
            return makeError(ErrorCode::NotFound, tr("No such lesson in this journal."));
        before = existing.value();
    }
    const bool substitute = before && before->taughtBy == context.userId();
    if (!isTeacherOf(context, *journal) && !substitute)
        return makeError(ErrorCode::Forbidden, tr("This journal is not yours (R18)."),
                         QStringLiteral("R18"));
    if (journal->yearClosed)
        return makeError(ErrorCode::YearClosed, tr("That school year is closed (R29)."),
                         QStringLiteral("R29"));
    if (auto refused = JournalRules::checkHomework(*journal, lesson.homework))
        return *refused;
    if (!lesson.taughtBy)
        lesson.taughtBy = before ? before->taughtBy : context.userId();
    if (lesson.taughtBy != journal->teacherId) { // R07: a substitute must be a teacher
        auto teacher = UserStore(context.db).findById(lesson.taughtBy);
        if (!teacher)
            return teacher.error();
        if (!teacher.value() || !teacher.value()->roles.contains(Role::Teacher))
            return makeError(ErrorCode::RuleViolation, tr("A lesson is taught by a teacher (R07)."),
                             QStringLiteral("R07"));
    }
    if (lesson.correctionOf) { // R05: the correction column of a test of this journal
        auto test = store.lesson(lesson.correctionOf);
        if (!test)
            return test.error();
        if (!test.value() || test.value()->assignmentId != lesson.assignmentId)
            return makeError(ErrorCode::RuleViolation,
                             tr("A correction column follows a test of this journal (R05)."),
                             QStringLiteral("R05"));
    }
    if (!before || before->heldOn != lesson.heldOn || before->lessonNo != lesson.lessonNo) {
        if (auto refused = JournalRules::checkLessonRecord(context, *journal, lesson))
            return *refused;
    }
    // Moving a lesson, renumbering it, changing its work type (which re-weighs its marks, R04)
    // or who taught it is a change of the record like its topic or homework (R06).
    const bool contentChanged =
        !before || before->topic != lesson.topic || before->homework != lesson.homework ||
        before->heldOn != lesson.heldOn || before->lessonNo != lesson.lessonNo ||
        before->workTypeId != lesson.workTypeId || before->taughtBy != lesson.taughtBy;
    if (contentChanged && reason.isEmpty()) {
        // A lesson moved from a past day is judged by that day.
        const QDate judgedDay = before ? std::min(before->heldOn, lesson.heldOn) : lesson.heldOn;
        auto late = JournalRules::isLateEntry(context, judgedDay, false,
                                              JournalRules::entryDay(context, args));
        if (!late)
            return late.error();
        if (*late)
            return JournalRules::lateWithoutReason();
    }
    auto id = store.saveLesson(lesson, context.now, context.userId());
    if (!id)
        return id.error();
    lesson.homeworkLate = before && before->homeworkLate;
    if (!lesson.homework.isEmpty() && (!before || before->homework != lesson.homework)) {
        auto late = JournalRules::isHomeworkLate(context, *journal, lesson,
                                                 JournalRules::entryTime(context, args)); // R10
        if (!late)
            return late.error();
        lesson.homeworkLate = *late;
        if (auto marked = store.markHomework(*id, context.now, *late); !marked)
            return marked.error();
    }
    AuditEntry entry;
    entry.op = QStringLiteral("lesson.save");
    entry.entity = QStringLiteral("lesson");
    entry.entityId = *id;
    if (before)
        entry.oldValue = QJsonObject{{QStringLiteral("date"), before->heldOn.toString(Qt::ISODate)},
                                     {QStringLiteral("lesson_no"), before->lessonNo},
                                     {QStringLiteral("topic"), before->topic},
                                     {QStringLiteral("homework"), before->homework},
                                     {QStringLiteral("work_type_id"), before->workTypeId},
                                     {QStringLiteral("taught_by"), before->taughtBy}};
    entry.newValue = args.toCborValue().toJsonValue();
    entry.reason = reason;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    if (auto notified = store.notifyChanged(lesson.assignmentId); !notified)
        return notified.error();
    lesson.id = *id;
    return QCborValue(QCborMap{{QStringLiteral("lesson"), lessonToCbor(lesson, {})}});
}

// A lesson entered by mistake. With marks or absences in it, or after its day, the reason is
// required (R06); the old lesson and its cells go to the audit log.
Result<QCborValue> JournalHandler::deleteLesson(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 lessonId = reader.id("lesson_id");
    const QString reason = reader.text("reason", false);
    if (auto error = reader.error())
        return *error;
    const JournalStore store(context.db);
    auto loaded = loadLesson(context, lessonId);
    if (!loaded)
        return loaded.error();
    const LessonRecord lesson = loaded->first;
    const JournalInfo journal = loaded->second;
    if (!isTeacherOf(context, journal))
        return makeError(ErrorCode::Forbidden, tr("This journal is not yours (R18)."),
                         QStringLiteral("R18"));
    if (journal.yearClosed)
        return makeError(ErrorCode::YearClosed, tr("That school year is closed (R29)."),
                         QStringLiteral("R29"));
    auto corrections = store.hasCorrectionColumns(lessonId);
    if (!corrections)
        return corrections.error();
    if (corrections.value())
        return makeError(ErrorCode::BadRequest, tr("Delete the lesson's correction column first."));
    auto cells = store.cellsOfLesson(lessonId);
    if (!cells)
        return cells.error();
    QJsonObject old{{QStringLiteral("date"), lesson.heldOn.toString(Qt::ISODate)},
                    {QStringLiteral("lesson_no"), lesson.lessonNo},
                    {QStringLiteral("topic"), lesson.topic},
                    {QStringLiteral("homework"), lesson.homework}};
    QJsonArray oldCells;
    for (const CellRecord& cell : cells.value()) {
        if (cell.mark.isEmpty() && cell.absence.isEmpty())
            continue;
        QJsonObject json = cellToJson(cell);
        json.insert(QStringLiteral("student_id"), cell.studentId);
        oldCells.append(json);
    }
    old.insert(QStringLiteral("cells"), oldCells);
    auto late = JournalRules::isLateEntry(context, lesson.heldOn, false,
                                          JournalRules::entryDay(context, args));
    if (!late)
        return late.error();
    if ((*late || !oldCells.isEmpty()) && reason.isEmpty())
        return JournalRules::lateWithoutReason();
    if (auto deleted = store.deleteLesson(lessonId); !deleted)
        return deleted.error();
    AuditEntry entry;
    entry.op = QStringLiteral("lesson.delete");
    entry.entity = QStringLiteral("lesson");
    entry.entityId = lessonId;
    entry.oldValue = old;
    entry.reason = reason;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    if (auto notified = store.notifyChanged(journal.assignmentId); !notified)
        return notified.error();
    return QCborValue(QCborMap());
}

// One cell change with every rule; the caller's transaction makes cells.set all or nothing.
Result<QCborMap> JournalHandler::writeCell(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 lessonId = reader.id("lesson_id");
    const qint64 studentId = reader.id("student_id");
    const qint64 workTypeId = reader.id("work_type_id", false);
    const QString reason = reader.text("reason", false);
    if (auto error = reader.error())
        return *error;
    const JournalStore store(context.db);
    auto place = store.cellPlace(lessonId, studentId);
    if (!place)
        return place.error();
    if (!place.value())
        return makeError(ErrorCode::NotFound, tr("No such lesson."));
    const LessonRecord lesson = place.value()->lesson;
    const JournalInfo journal = place.value()->journal;
    const bool teacher = isTeacherOf(context, journal) || lesson.taughtBy == context.userId();
    const bool classTeacher = isClassTeacherOf(context, journal);
    if (!teacher && !classTeacher)
        return makeError(ErrorCode::Forbidden, tr("This journal is not yours (R18)."),
                         QStringLiteral("R18"));
    if (journal.yearClosed)
        return makeError(ErrorCode::YearClosed, tr("That school year is closed (R29)."),
                         QStringLiteral("R29"));
    if (!place.value()->studentInJournal)
        return makeError(ErrorCode::NotFound,
                         tr("The student is not in this journal on the lesson's date."));

    const CellRecord before = place.value()->cell;
    const QCborValue baseVersion = args.value(QStringLiteral("base_version"));
    if (baseVersion.isInteger() && baseVersion.toInteger() != before.version)
        return cellConflict(before);
    CellRecord after = before;
    auto take = [&](const char* key, QString* field) {
        const QCborValue value = args.value(QLatin1String(key));
        if (value.isString() || value.isNull())
            *field = value.toString().trimmed();
    };
    take("mark", &after.mark);
    take("absence", &after.absence);
    take("comment", &after.comment);
    if (args.contains(QStringLiteral("work_type_id")))
        after.workTypeId = workTypeId;
    if (!teacher && (after.mark != before.mark || after.comment != before.comment ||
                     after.workTypeId != before.workTypeId))
        return makeError(ErrorCode::Forbidden,
                         tr("A class teacher sets absence reasons only (R03)."),
                         QStringLiteral("R03"));
    if (auto refused = JournalRules::checkMark(journal, after.mark))
        return *refused;
    if (auto refused = JournalRules::checkAbsence(before.absence, after.absence, classTeacher))
        return *refused;
    if (auto refused = JournalRules::checkWorkType(after.mark, after.workTypeId, lesson.workTypeId))
        return *refused;
    const bool correctionColumn = lesson.correctionOf != 0;
    if (correctionColumn) {
        // Locked, so that the test's cell cannot lose its absence before this mark commits.
        auto testCell = store.cell(lesson.correctionOf, studentId, JournalStore::RowLock::Share);
        if (!testCell)
            return testCell.error();
        if (auto refused = JournalRules::checkCorrection(testCell.value(), after.mark))
            return *refused;
    }
    // R06: late entries need a reason, except a make-up mark for a missed lesson and a mark
    // in a correction column.
    const bool makeUp = !after.absence.isEmpty() && before.mark.isEmpty() &&
                        !after.mark.isEmpty() && after.absence == before.absence &&
                        after.comment == before.comment;
    const bool changed = after.mark != before.mark || after.absence != before.absence ||
                         after.comment != before.comment || after.workTypeId != before.workTypeId;
    const QDate entryDay = JournalRules::entryDay(context, args);
    // Entered on the lesson's day (the usual case) nothing is late: no need for the work type.
    if (changed && !makeUp && !correctionColumn && reason.isEmpty() && lesson.heldOn < entryDay) {
        const qint64 typeId = after.workTypeId ? after.workTypeId : lesson.workTypeId;
        bool written = false;
        auto types = store.workTypes();
        if (!types)
            return types.error();
        for (const WorkType& type : types.value()) {
            if (type.id == typeId)
                written = type.isWritten;
        }
        // The longer window is for marking written work; absences are recorded on the day.
        written = written && after.absence == before.absence;
        auto late = JournalRules::isLateEntry(context, lesson.heldOn, written, entryDay);
        if (!late)
            return late.error();
        if (*late)
            return JournalRules::lateWithoutReason();
    }
    if (!changed)
        return cellToCbor(before);
    auto version =
        store.writeCell(after, before.version, context.now, context.userId(), journal.assignmentId);
    if (!version)
        return version.error();
    if (!version.value()) { // another entry landed between the read above and this write
        auto current = store.cell(lessonId, studentId);
        if (!current)
            return current.error();
        return cellConflict(current.value());
    }
    after.version = *version.value();
    // R05 the other way round: the test's absence stays while a correction column holds the
    // student's mark. Checked after the write, which holds the test's cell: a correction mark
    // (which reads that cell FOR SHARE) either committed before this statement sees it or waits.
    if (!before.absence.isEmpty() && after.absence.isEmpty()) {
        auto corrected = store.hasCorrectionMark(lessonId, studentId);
        if (!corrected)
            return corrected.error();
        if (corrected.value())
            return makeError(ErrorCode::RuleViolation,
                             tr("The student has a mark in this test's correction column, so the "
                                "absence stays (R05)."),
                             QStringLiteral("R05"));
    }
    AuditEntry entry;
    entry.op = QStringLiteral("cell.set");
    entry.entity = QStringLiteral("journal_cell");
    entry.entityId = lessonId;
    QJsonObject oldValue = cellToJson(before);
    oldValue.insert(QStringLiteral("student_id"), studentId);
    QJsonObject newValue = cellToJson(after);
    newValue.insert(QStringLiteral("student_id"), studentId);
    if (entryDay != context.today()) // R30: kept offline
        newValue.insert(QStringLiteral("made_at"),
                        args.value(QStringLiteral("made_at")).toString());
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return cellToCbor(after);
}

// The cell changed under the caller: the answer carries its current value.
Error JournalHandler::cellConflict(const CellRecord& current)
{
    Error conflict = makeError(ErrorCode::Conflict, tr("Someone changed this cell meanwhile."));
    conflict.details = cellToCbor(current);
    return conflict;
}

Result<QCborValue> JournalHandler::setCell(RequestContext& context, const QCborMap& args)
{
    auto cell = writeCell(context, args);
    if (!cell)
        return cell.error();
    return QCborValue(QCborMap{{QStringLiteral("cell"), cell.value()}});
}

Result<QCborValue> JournalHandler::setCells(RequestContext& context, const QCborMap& args)
{
    const QCborArray requested = args.value(QStringLiteral("cells")).toArray();
    if (requested.isEmpty())
        return makeError(ErrorCode::BadRequest, tr("Give the cells to set."));
    QCborArray written;
    const QCborValue madeAt = args.value(QStringLiteral("made_at")); // R30, for the batch
    for (qsizetype index = 0; index < requested.size(); ++index) {
        QCborMap cellArgs = requested.at(index).toMap();
        if (!madeAt.isUndefined() && !cellArgs.contains(QStringLiteral("made_at")))
            cellArgs.insert(QStringLiteral("made_at"), madeAt);
        auto cell = writeCell(context, cellArgs);
        if (!cell) {
            Error error = cell.error();
            error.details =
                QCborMap{{QStringLiteral("index"), index}, {QStringLiteral("cell"), error.details}};
            return error; // the dispatcher rolls the whole batch back
        }
        written.append(cell.value());
    }
    return QCborValue(QCborMap{{QStringLiteral("cells"), written}});
}

std::optional<Error> JournalHandler::checkRead(const RequestContext& context,
                                               const JournalInfo& journal)
{
    const bool administration =
        context.user().roles.intersects(RoleSet{Role::Deputy, Role::Director, Role::Admin});
    if (administration || isTeacherOf(context, journal) || isClassTeacherOf(context, journal))
        return std::nullopt;
    // A substitute reads the journal to fill the lessons they taught (R07).
    auto substituted =
        JournalStore(context.db).hasSubstituted(journal.assignmentId, context.userId());
    if (!substituted)
        return substituted.error();
    if (*substituted)
        return std::nullopt;
    return makeError(ErrorCode::Forbidden, tr("This journal is not yours (R18)."),
                     QStringLiteral("R18"));
}

Result<QCborValue> JournalHandler::subscribe(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 assignmentId = reader.id("assignment_id");
    if (auto error = reader.error())
        return *error;
    auto journal = loadJournal(context, assignmentId);
    if (!journal)
        return journal.error();
    if (auto refused = checkRead(context, *journal))
        return *refused;
    context.subscriptionChange = SubscriptionChange{assignmentId, true};
    return QCborValue(QCborMap());
}

Result<QCborValue> JournalHandler::unsubscribe(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 assignmentId = reader.id("assignment_id");
    if (auto error = reader.error())
        return *error;
    context.subscriptionChange = SubscriptionChange{assignmentId, false};
    return QCborValue(QCborMap());
}

OpSpec op(const char* name, RoleSet roles, OpHandler handler)
{
    return {QString::fromLatin1(name), Access::Roles, roles, std::move(handler), {}, false};
}

// An edit the desktop may queue offline and send again: applied once per idempotency key.
OpSpec edit(const char* name, RoleSet roles, OpHandler handler)
{
    OpSpec spec = op(name, roles, std::move(handler));
    spec.idempotent = true;
    return spec;
}

} // namespace

void registerJournalOps(OpRegistry& registry)
{
    registry.add(op(Op::JournalGet, readers, &JournalHandler::get));
    registry.add(edit(Op::LessonSave, RoleSet{Role::Teacher}, &JournalHandler::saveLesson));
    registry.add(edit(Op::LessonDelete, RoleSet{Role::Teacher}, &JournalHandler::deleteLesson));
    registry.add(edit(Op::CellSet, writers, &JournalHandler::setCell));
    registry.add(edit(Op::CellsSet, writers, &JournalHandler::setCells));
    registry.add(op(Op::JournalSubscribe, readers, &JournalHandler::subscribe));
    registry.add(op(Op::JournalUnsubscribe, readers, &JournalHandler::unsubscribe));
}
