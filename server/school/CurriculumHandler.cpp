// Curriculum hours, subgroups (R08) and holidays (R12): read by RoleGroups::staff, edited by the
// deputy and the administrator; moving students between subgroups is the administrator's (R08).
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/RoleGroups.h"
#include "dispatch/Scope.h"
#include "protocol/OpNames.h"
#include "storage/CurriculumStore.h"
#include "storage/JournalStore.h"
#include "storage/RosterStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr double kMaxHoursPerWeek = 40;

class CurriculumHandler
{
    Q_DECLARE_TR_FUNCTIONS(CurriculumHandler)
public:
    static Result<QCborValue> listCurriculum(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> setCurriculum(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listSubgroups(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveSubgroup(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> setSubgroupMembers(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listHolidays(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveHoliday(RequestContext& context, const QCborMap& args);
};

Result<QCborValue> audited(RequestContext& context, const QString& op, const QString& entity,
                           qint64 entityId, const QCborMap& args, QCborValue result)
{
    AuditEntry entry;
    entry.op = op;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.newValue = args.toCborValue().toJsonValue();
    if (auto written = context.audit(entry); !written)
        return written.error();
    return result;
}

QCborMap subgroupToCbor(const Subgroup& subgroup)
{
    QCborArray members;
    for (qint64 id : subgroup.studentIds)
        members.append(id);
    return {{QStringLiteral("id"), subgroup.id},
            {QStringLiteral("class_id"), subgroup.classId},
            {QStringLiteral("subject_id"), subgroup.subjectId},
            {QStringLiteral("subject"), subgroup.subjectTitle},
            {QStringLiteral("title"), subgroup.title},
            {QStringLiteral("student_ids"), members}};
}

Result<QCborValue> CurriculumHandler::listCurriculum(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 classId = reader.id("class_id");
    if (auto error = reader.error())
        return *error;
    auto items = CurriculumStore(context.db).curriculum(classId);
    if (!items)
        return items.error();
    QCborArray array;
    for (const CurriculumItem& item : items.value()) {
        array.append(QCborMap{{QStringLiteral("class_id"), item.classId},
                              {QStringLiteral("subject_id"), item.subjectId},
                              {QStringLiteral("subject"), item.subjectTitle},
                              {QStringLiteral("hours_per_week"), item.hoursPerWeek}});
    }
    return QCborValue(QCborMap{{QStringLiteral("curriculum"), array}});
}

Result<QCborValue> CurriculumHandler::setCurriculum(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 classId = reader.id("class_id");
    const qint64 subjectId = reader.id("subject_id");
    const double hours = reader.number("hours_per_week");
    if (auto error = reader.error())
        return *error;
    if (hours < 0 || hours > kMaxHoursPerWeek)
        return makeError(ErrorCode::BadRequest,
                         tr("Hours per week must be between 0 and %1.").arg(kMaxHoursPerWeek));
    if (auto set = CurriculumStore(context.db).setHours(classId, subjectId, hours); !set)
        return set.error();
    return audited(context, QStringLiteral("curriculum.set"), QStringLiteral("class"), classId,
                   args, QCborMap());
}

Result<QCborValue> CurriculumHandler::listSubgroups(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    const qint64 classId = reader.id("class_id");
    if (auto error = reader.error())
        return *error;
    auto subgroups = CurriculumStore(context.db).subgroups(classId);
    if (!subgroups)
        return subgroups.error();
    QCborArray array;
    for (const Subgroup& subgroup : subgroups.value())
        array.append(subgroupToCbor(subgroup));
    return QCborValue(QCborMap{{QStringLiteral("subgroups"), array}});
}

Result<QCborValue> CurriculumHandler::saveSubgroup(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Subgroup subgroup;
    subgroup.id = reader.id("id", false);
    subgroup.classId = reader.id("class_id", subgroup.id == 0);
    subgroup.subjectId = reader.id("subject_id", subgroup.id == 0);
    subgroup.title = reader.text("title");
    if (auto error = reader.error())
        return *error;
    auto id = CurriculumStore(context.db).saveSubgroup(subgroup);
    if (!id)
        return id.error();
    return audited(context, QStringLiteral("subgroup.save"), QStringLiteral("subgroup"), *id, args,
                   QCborMap{{QStringLiteral("id"), *id}});
}

Result<QCborValue> CurriculumHandler::setSubgroupMembers(RequestContext& context,
                                                         const QCborMap& args)
{
    Args reader(args);
    const qint64 subgroupId = reader.id("subgroup_id");
    if (auto error = reader.error())
        return *error;
    QList<qint64> studentIds;
    for (const QCborValue& id : args.value(QStringLiteral("student_ids")).toArray())
        studentIds.append(id.toInteger());
    const CurriculumStore store(context.db);
    auto subgroup = store.subgroup(subgroupId);
    if (!subgroup)
        return subgroup.error();
    if (!subgroup.value())
        return makeError(ErrorCode::NotFound, tr("No such subgroup."));
    auto classList =
        RosterStore(context.db).classList(subgroup.value()->classId, context.today(), false);
    if (!classList)
        return classList.error();
    for (qint64 studentId : studentIds) {
        const bool inClass =
            std::any_of(classList->cbegin(), classList->cend(),
                        [&](const RosterStudent& student) { return student.id == studentId; });
        if (!inClass)
            return makeError(ErrorCode::RuleViolation,
                             tr("A subgroup holds students of its own class only (R08)."),
                             QStringLiteral("R08"));
    }
    if (auto set = store.setMembers(subgroupId, studentIds); !set)
        return set.error();
    AuditEntry entry;
    entry.op = QStringLiteral("subgroup.set_members");
    entry.entity = QStringLiteral("subgroup");
    entry.entityId = subgroupId;
    QJsonArray before;
    for (qint64 id : subgroup.value()->studentIds)
        before.append(id);
    entry.oldValue = QJsonObject{{QStringLiteral("student_ids"), before}};
    entry.newValue = args.toCborValue().toJsonValue();
    if (auto written = context.audit(entry); !written)
        return written.error();
    if (auto notified = JournalStore(context.db).notifyClassChanged(subgroup.value()->classId);
        !notified)
        return notified.error();
    return QCborValue(QCborMap());
}

Result<QCborValue> CurriculumHandler::listHolidays(RequestContext& context, const QCborMap& args)
{
    auto yearId = Scope::yearFromArgs(context, args);
    if (!yearId)
        return yearId.error();
    auto holidays = CurriculumStore(context.db).holidays(*yearId);
    if (!holidays)
        return holidays.error();
    QCborArray array;
    for (const Holiday& holiday : holidays.value()) {
        array.append(QCborMap{{QStringLiteral("id"), holiday.id},
                              {QStringLiteral("year_id"), holiday.yearId},
                              {QStringLiteral("title"), holiday.title},
                              {QStringLiteral("starts_on"), holiday.startsOn.toString(Qt::ISODate)},
                              {QStringLiteral("ends_on"), holiday.endsOn.toString(Qt::ISODate)},
                              {QStringLiteral("grade_from"), holiday.gradeFrom},
                              {QStringLiteral("grade_to"), holiday.gradeTo}});
    }
    return QCborValue(QCborMap{{QStringLiteral("holidays"), array}});
}

Result<QCborValue> CurriculumHandler::saveHoliday(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Holiday holiday;
    holiday.id = reader.id("id", false);
    holiday.yearId = reader.id("year_id");
    holiday.title = reader.text("title");
    holiday.startsOn = reader.date("starts_on");
    holiday.endsOn = reader.date("ends_on");
    holiday.gradeFrom = reader.has("grade_from") ? int(reader.number("grade_from")) : 1;
    holiday.gradeTo = reader.has("grade_to") ? int(reader.number("grade_to")) : 11;
    if (auto error = reader.error())
        return *error;
    if (holiday.startsOn > holiday.endsOn || holiday.gradeFrom < 1 || holiday.gradeTo > 11 ||
        holiday.gradeFrom > holiday.gradeTo)
        return makeError(ErrorCode::BadRequest,
                         tr("The holiday's dates or grades do not fit together."));
    auto id = CurriculumStore(context.db).saveHoliday(holiday);
    if (!id)
        return id.error();
    return audited(context, QStringLiteral("holiday.save"), QStringLiteral("holiday"), *id, args,
                   QCborMap{{QStringLiteral("id"), *id}});
}

OpSpec op(const char* name, Access access, RoleSet roles, OpHandler handler)
{
    return {QString::fromLatin1(name), access, roles, std::move(handler), {}, false};
}

} // namespace

void registerCurriculumOps(OpRegistry& registry)
{
    registry.add(op(Op::CurriculumList, Access::Roles, RoleGroups::staff,
                    &CurriculumHandler::listCurriculum));
    registry.add(op(Op::CurriculumSet, Access::Roles, RoleGroups::structureEditors,
                    &CurriculumHandler::setCurriculum));
    registry.add(
        op(Op::SubgroupList, Access::Roles, RoleGroups::staff, &CurriculumHandler::listSubgroups));
    registry.add(op(Op::SubgroupSave, Access::Roles, RoleGroups::structureEditors,
                    &CurriculumHandler::saveSubgroup));
    registry.add(op(Op::SubgroupSetMembers, Access::Roles, RoleSet{Role::Admin},
                    &CurriculumHandler::setSubgroupMembers));
    registry.add(op(Op::HolidayList, Access::SignedIn, {}, &CurriculumHandler::listHolidays));
    registry.add(op(Op::HolidaySave, Access::Roles, RoleGroups::structureEditors,
                    &CurriculumHandler::saveHoliday));
}
