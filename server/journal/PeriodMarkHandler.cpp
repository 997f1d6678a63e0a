// Period marks (R13, R15): set by the journal's teacher until the deadline of the period,
// after it only when the deputy director has unlocked the journal; the deputy may set
// them at any time. period.unlock is the deputy's and is audited.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "domain/MarkRules.h"
#include "protocol/OpNames.h"
#include "storage/JournalStore.h"
#include "storage/StructureStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

class PeriodMarkHandler
{
    Q_DECLARE_TR_FUNCTIONS(PeriodMarkHandler)
public:
    static Result<QCborValue> set(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> unlock(RequestContext& context, const QCborMap& args);

private:
    static Error conflict(const PeriodMarkRecord& current);
    static Result<std::pair<JournalInfo, Period>> load(const RequestContext& context,
                                                       qint64 assignmentId, qint64 periodId);
};

// The mark changed under the caller: the answer carries its current value.
Error PeriodMarkHandler::conflict(const PeriodMarkRecord& current)
{
    Error conflict =
        makeError(ErrorCode::Conflict, tr("Someone changed this period mark meanwhile."));
    conflict.details = QCborMap{{QStringLiteral("value"), current.value},
                                {QStringLiteral("version"), current.version}};
    return conflict;
}

Result<std::pair<JournalInfo, Period>> PeriodMarkHandler::load(const RequestContext& context,
                                                               qint64 assignmentId, qint64 periodId)
{
    const JournalStore store(context.db);
    auto journal = store.journal(assignmentId);
    if (!journal)
        return journal.error();
    auto period = StructureStore(context.db).period(periodId, context.today());
    if (!period)
        return period.error();
    if (!journal.value() || !period.value())
        return makeError(ErrorCode::NotFound, tr("No such journal or period."));
    if (period.value()->gradeFrom > journal.value()->grade ||
        period.value()->gradeTo < journal.value()->grade ||
        period.value()->startsOn < journal.value()->yearStartsOn ||
        period.value()->endsOn > journal.value()->yearEndsOn)
        return makeError(ErrorCode::BadRequest,
                         tr("This period does not apply to the journal's class (R12)."),
                         QStringLiteral("R12"));
    return std::pair{*journal.value(), *period.value()};
}

Result<QCborValue> PeriodMarkHandler::set(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 assignmentId = reader.id("assignment_id");
    const qint64 studentId = reader.id("student_id");
    const qint64 periodId = reader.id("period_id");
    const QString value = reader.text("value", false);
    const QString reason = reader.text("reason", false);
    if (auto error = reader.error())
        return *error;
    auto loaded = load(context, assignmentId, periodId);
    if (!loaded)
        return loaded.error();
    const auto& [journal, period] = loaded.value();
    const bool deputy = context.user().roles.contains(Role::Deputy);
    if (!deputy && journal.teacherId != context.userId())
        return makeError(ErrorCode::Forbidden, tr("This journal is not yours (R18)."),
                         QStringLiteral("R18"));
    if (journal.yearClosed)
        return makeError(ErrorCode::YearClosed, tr("That school year is closed (R29)."),
                         QStringLiteral("R29"));
    if (journal.grade == MarkRules::kGradeWithoutMarks)
        return makeError(ErrorCode::RuleViolation, tr("Grade 1 gets no period marks (R02)."),
                         QStringLiteral("R02"));
    const bool passFailValue = value == QStringLiteral("зач") || value == QStringLiteral("незач");
    const bool pointValue = value.size() == 1 && value.at(0).isDigit();
    if (!value.isEmpty() &&
        (!MarkRules::isPeriodMarkValue(value) || (journal.passFail && pointValue) ||
         (!journal.passFail && passFailValue)))
        return makeError(
            ErrorCode::RuleViolation,
            tr("A period mark is 5, 4, 3, 2, н/а, осв, or зач/незач in pass/fail subjects (R15)."),
            QStringLiteral("R15"));
    const JournalStore store(context.db);
    if (!deputy && context.today() > period.marksDeadline) {
        auto until = store.unlockedUntil(assignmentId, periodId);
        if (!until)
            return until.error();
        if (!until->isValid() || context.today() > *until)
            return makeError(
                ErrorCode::PeriodLocked,
                tr("The deadline for this period's marks has passed; ask the deputy director to "
                   "unlock the journal (R13)."),
                QStringLiteral("R13"));
    }
    auto inJournal =
        store.studentInJournalOn(journal, studentId, std::min(period.endsOn, context.today()));
    if (!inJournal)
        return inJournal.error();
    if (!inJournal.value())
        return makeError(ErrorCode::NotFound, tr("The student is not in this journal."));
    auto before = store.periodMark(assignmentId, studentId, periodId);
    if (!before)
        return before.error();
    const QCborValue baseVersion = args.value(QStringLiteral("base_version"));
    if (baseVersion.isInteger() && baseVersion.toInteger() != before->version)
        return conflict(before.value());
    PeriodMarkRecord after = before.value();
    after.value = value;
    auto version =
        store.writePeriodMark(assignmentId, after, before->version, context.now, context.userId());
    if (!version)
        return version.error();
    if (!version.value()) { // another mark landed between the read above and this write
        auto current = store.periodMark(assignmentId, studentId, periodId);
        if (!current)
            return current.error();
        return conflict(current.value());
    }
    AuditEntry entry;
    entry.op = QStringLiteral("period_mark.set");
    entry.entity = QStringLiteral("period_mark");
    entry.entityId = assignmentId;
    entry.oldValue = QJsonObject{{QStringLiteral("student_id"), studentId},
                                 {QStringLiteral("period_id"), periodId},
                                 {QStringLiteral("value"), before->value}};
    entry.newValue = QJsonObject{{QStringLiteral("student_id"), studentId},
                                 {QStringLiteral("period_id"), periodId},
                                 {QStringLiteral("value"), value}};
    entry.reason = reason;
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    if (auto notified = store.notifyChanged(assignmentId); !notified)
        return notified.error();
    return QCborValue(QCborMap{
        {QStringLiteral("period_mark"), QCborMap{{QStringLiteral("student_id"), studentId},
                                                 {QStringLiteral("period_id"), periodId},
                                                 {QStringLiteral("value"), value},
                                                 {QStringLiteral("version"), *version.value()}}}});
}

Result<QCborValue> PeriodMarkHandler::unlock(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 assignmentId = reader.id("assignment_id");
    const qint64 periodId = reader.id("period_id");
    const QDate until = reader.date("until");
    if (auto error = reader.error())
        return *error;
    auto loaded = load(context, assignmentId, periodId);
    if (!loaded)
        return loaded.error();
    if (until < context.today())
        return makeError(ErrorCode::BadRequest, tr("Unlock until today or a later date."));
    if (auto unlocked = JournalStore(context.db)
                            .unlock(assignmentId, periodId, until, context.now, context.userId());
        !unlocked)
        return unlocked.error();
    AuditEntry entry;
    entry.op = QStringLiteral("period.unlock");
    entry.entity = QStringLiteral("assignment");
    entry.entityId = assignmentId;
    entry.newValue = args.toCborValue().toJsonValue();
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(QCborMap());
}

} // namespace

void registerPeriodMarkOps(OpRegistry& registry)
{
    registry.add({QString::fromLatin1(Op::PeriodMarkSet),
                  Access::Roles,
                  RoleSet{Role::Teacher, Role::Deputy},
                  &PeriodMarkHandler::set,
                  {},
                  false,
                  true}); // idempotent: the desktop may queue it offline (R30)
    registry.add({QString::fromLatin1(Op::PeriodUnlock),
                  Access::Roles,
                  RoleSet{Role::Deputy},
                  &PeriodMarkHandler::unlock,
                  {},
                  false});
}
