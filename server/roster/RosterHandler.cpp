// Roster ops (the secretary's work, R22): class lists on a date, admission, transfer and
// expulsion by the director's order, and the movement report.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/RoleGroups.h"
#include "dispatch/Scope.h"
#include "protocol/OpNames.h"
#include "roster/RosterRules.h"
#include "storage/JournalStore.h"
#include "storage/RosterStore.h"
#include "storage/StructureStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace {

class RosterHandler
{
    Q_DECLARE_TR_FUNCTIONS(RosterHandler)
public:
    static Result<QCborValue> list(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> admit(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> transfer(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> expel(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> movements(RequestContext& context, const QCborMap& args);

private:
    // Audits a recorded movement and answers with the student as they are now.
    static Result<QCborValue> finish(RequestContext& context, const Movement& movement,
                                     const QJsonValue& oldValue);
    static Result<OpenEnrollment> currentEnrollment(const RosterStore& roster, qint64 studentId);
};

// The order's number and date from args; R22 refuses a roster change without them.
std::optional<Error> readOrder(const QCborMap& args, Movement* movement)
{
    Args reader(args);
    movement->orderNo = reader.text("order_no", false);
    movement->orderDate = reader.date("order_date", false);
    if (auto error = reader.error())
        return error;
    return RosterRules::checkOrder(movement->orderNo, movement->orderDate, movement->onDate);
}

// The target class must exist and belong to an open year (R29).
std::optional<Error> checkTargetClass(const RequestContext& context, qint64 classId)
{
    auto closed = StructureStore(context.db).classYearClosed(classId);
    if (!closed)
        return closed.error();
    if (closed.value())
        return RosterRules::yearClosed();
    return std::nullopt;
}

Result<QCborValue> RosterHandler::finish(RequestContext& context, const Movement& movement,
                                         const QJsonValue& oldValue)
{
    const RosterStore roster(context.db);
    auto student = roster.student(movement.studentId);
    if (!student)
        return student.error();
    AuditEntry entry;
    entry.op = QStringLiteral("student.%1").arg(movement.kind);
    entry.entity = QStringLiteral("student");
    entry.entityId = movement.studentId;
    entry.oldValue = oldValue;
    entry.newValue = QJsonObject{
        {QStringLiteral("class_id"),
         movement.toClassId ? QJsonValue(movement.toClassId) : QJsonValue()},
        {QStringLiteral("date"), movement.onDate.toString(Qt::ISODate)},
        {QStringLiteral("order_no"), movement.orderNo},
        {QStringLiteral("order_date"), movement.orderDate.toString(Qt::ISODate)},
    };
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    // Open journals of the classes show the student come or go.
    const JournalStore journals(context.db);
    for (qint64 classId : {movement.fromClassId, movement.toClassId}) {
        if (classId == 0)
            continue;
        if (auto notified = journals.notifyClassChanged(classId); !notified)
            return notified.error();
    }
    QCborMap result{{QStringLiteral("movement_id"), movement.id}};
    if (student.value())
        result.insert(QStringLiteral("student"), student.value()->toCbor());
    return QCborValue(result);
}

Result<OpenEnrollment> RosterHandler::currentEnrollment(const RosterStore& roster, qint64 studentId)
{
    auto open = roster.openEnrollment(studentId);
    if (!open)
        return open.error();
    if (!open.value())
        return makeError(ErrorCode::NotFound, tr("The student is not in any class now."));
    return *open.value();
}

Result<QCborValue> RosterHandler::list(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 classId = reader.id("class_id");
    QDate date = reader.date("date", false);
    if (auto error = reader.error())
        return *error;
    if (!date.isValid())
        date = context.today();
    if (auto refused = Scope::checkClass(context, classId))
        return *refused;
    auto students = RosterStore(context.db).classList(classId, date, reader.flag("include_left"));
    if (!students)
        return students.error();
    QCborArray array;
    for (const RosterStudent& student : students.value())
        array.append(student.toCbor());
    return QCborValue(QCborMap{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("students"), array}});
}

Result<QCborValue> RosterHandler::admit(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Movement movement;
    movement.kind = QStringLiteral("admit");
    movement.toClassId = reader.id("class_id");
    movement.onDate = reader.date("date");
    const PersonData person = PersonData::fromCbor(reader.map("person"));
    const QString fileNo = reader.text("personal_file_no");
    if (auto error = reader.error())
        return *error;
    if (auto refused = readOrder(args, &movement))
        return *refused;
    if (auto refused = RosterRules::checkPerson(person, context.today()))
        return *refused;
    if (auto refused = checkTargetClass(context, movement.toClassId))
        return *refused;
    const RosterStore roster(context.db);
    auto taken = roster.fileNoTaken(fileNo);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::Conflict,
                         tr("The personal file number %1 is already taken.").arg(fileNo));
    if (auto admitted =
            roster.admitNewStudent(person, fileNo, movement, context.now, context.userId());
        !admitted)
        return admitted.error();
    return finish(context, movement, QJsonValue::Undefined);
}

Result<QCborValue> RosterHandler::transfer(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Movement movement;
    movement.kind = QStringLiteral("transfer");
    movement.studentId = reader.id("student_id");
    movement.toClassId = reader.id("class_id");
    movement.onDate = reader.date("date");
    if (auto error = reader.error())
        return *error;
    if (auto refused = readOrder(args, &movement))
        return *refused;
    if (auto refused = checkTargetClass(context, movement.toClassId))
        return *refused;
    const RosterStore roster(context.db);
    auto open = currentEnrollment(roster, movement.studentId);
    if (!open)
        return open.error();
    const OpenEnrollment current = open.value();
    if (current.classId == movement.toClassId)
        return makeError(ErrorCode::BadRequest, tr("The student is already in that class."));
    if (movement.onDate < current.fromDate)
        return makeError(ErrorCode::BadRequest,
                         tr("The transfer date is before the student joined the current class."));
    movement.fromClassId = current.classId;
    if (movement.onDate == current.fromDate) {
        if (auto changed = roster.changeEnrollmentClass(current.id, movement.toClassId); !changed)
            return changed.error();
    } else {
        if (auto closed = roster.closeEnrollment(current.id, movement.onDate); !closed)
            return closed.error();
        if (auto enrolled = roster.enroll(movement.studentId, movement.toClassId, movement.onDate);
            !enrolled)
            return enrolled.error();
    }
    auto movementId = roster.recordMovement(movement, context.now, context.userId());
    if (!movementId)
        return movementId.error();
    movement.id = *movementId;
    return finish(context, movement, QJsonObject{{QStringLiteral("class_id"), current.classId}});
}

Result<QCborValue> RosterHandler::expel(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Movement movement;
    movement.kind = QStringLiteral("expel");
    movement.studentId = reader.id("student_id");
    movement.onDate = reader.date("date");
    if (auto error = reader.error())
        return *error;
    if (auto refused = readOrder(args, &movement))
        return *refused;
    const RosterStore roster(context.db);
    auto open = currentEnrollment(roster, movement.studentId);
    if (!open)
        return open.error();
    const OpenEnrollment current = open.value();
    if (movement.onDate <= current.fromDate)
        return makeError(ErrorCode::BadRequest,
                         tr("The date of leaving must be after the student joined the class."));
    if (auto closed = roster.closeEnrollment(current.id, movement.onDate); !closed)
        return closed.error();
    movement.fromClassId = current.classId;
    auto movementId = roster.recordMovement(movement, context.now, context.userId());
    if (!movementId)
        return movementId.error();
    movement.id = *movementId;
    return finish(context, movement, QJsonObject{{QStringLiteral("class_id"), current.classId}});
}

Result<QCborValue> RosterHandler::movements(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    QDate from = reader.date("from", false);
    QDate to = reader.date("to", false);
    if (auto error = reader.error())
        return *error;
    if (!from.isValid() || !to.isValid()) {
        auto yearId = Scope::yearFromArgs(context, args);
        if (!yearId)
            return yearId.error();
        auto year = StructureStore(context.db).year(*yearId, context.today());
        if (!year)
            return year.error();
        if (!year.value())
            return makeError(ErrorCode::NotFound, tr("No such school year."));
        if (!from.isValid())
            from = year.value()->startsOn;
        if (!to.isValid())
            to = year.value()->endsOn;
    }
    auto movements = RosterStore(context.db).movements(from, to);
    if (!movements)
        return movements.error();
    QCborArray array;
    for (const Movement& movement : movements.value())
        array.append(movement.toCbor());
    return QCborValue(QCborMap{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), to.toString(Qt::ISODate)},
                               {QStringLiteral("movements"), array}});
}

OpSpec forRoles(const char* name, RoleSet roles, OpHandler handler)
{
    return {QString::fromLatin1(name), Access::Roles, roles, std::move(handler), {}, false};
}

} // namespace

void registerRosterOps(OpRegistry& registry)
{
    registry.add(forRoles(Op::StudentList, RoleGroups::staff, &RosterHandler::list));
    registry.add(forRoles(Op::StudentAdmit, RoleGroups::rosterKeepers, &RosterHandler::admit));
    registry.add(
        forRoles(Op::StudentTransfer, RoleGroups::rosterKeepers, &RosterHandler::transfer));
    registry.add(forRoles(Op::StudentExpel, RoleGroups::rosterKeepers, &RosterHandler::expel));
    registry.add(forRoles(Op::MovementList, RoleGroups::schoolWide, &RosterHandler::movements));
}
