// School structure ops: years, periods, classes, subjects, work types, assignments.
// Everyone signed in reads the reference lists; the deputy and the administrator edit.
#include "dispatch/Args.h"
#include "dispatch/OpRegistry.h"
#include "dispatch/RoleGroups.h"
#include "dispatch/Scope.h"
#include "protocol/OpNames.h"
#include "storage/JournalStore.h"
#include "storage/StructureStore.h"
#include "storage/UserStore.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace {

constexpr int kMaxHoursPerWeek = 40;

class StructureHandler
{
    Q_DECLARE_TR_FUNCTIONS(StructureHandler)
public:
    static Result<QCborValue> listYears(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveYear(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listPeriods(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> savePeriod(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listClasses(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveClass(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listSubjects(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveSubject(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listWorkTypes(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveWorkType(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> listAssignments(RequestContext& context, const QCborMap& args);
    static Result<QCborValue> saveAssignment(RequestContext& context, const QCborMap& args);
};

template <typename T> QCborValue listResult(const char* key, const QList<T>& items)
{
    QCborArray array;
    for (const T& item : items)
        array.append(item.toCbor());
    return QCborMap{{QString::fromLatin1(key), array}};
}

// Audits a saved structure record and answers with its id.
Result<QCborValue> saved(RequestContext& context, const char* entity, const Result<qint64>& id,
                         const QCborMap& args)
{
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.op = QStringLiteral("%1.save").arg(QLatin1String(entity));
    entry.entity = QString::fromLatin1(entity);
    entry.entityId = *id;
    entry.newValue = args.toCborValue().toJsonValue();
    if (auto audited = context.audit(entry); !audited)
        return audited.error();
    return QCborValue(QCborMap{{QStringLiteral("id"), *id}});
}

Result<QCborValue> StructureHandler::listYears(RequestContext& context, const QCborMap&)
{
    auto years = StructureStore(context.db).years(context.today());
    if (!years)
        return years.error();
    return listResult("years", years.value());
}

Result<QCborValue> StructureHandler::saveYear(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    AcademicYear year;
    year.id = reader.id("id", false);
    year.title = reader.text("title");
    year.startsOn = reader.date("starts_on");
    year.endsOn = reader.date("ends_on");
    if (auto error = reader.error())
        return *error;
    if (year.startsOn >= year.endsOn)
        return makeError(ErrorCode::BadRequest, tr("A school year must end after it starts."));
    return saved(context, "year",
                 StructureStore(context.db).saveYear(year, context.now, context.userId()), args);
}

Result<QCborValue> StructureHandler::listPeriods(RequestContext& context, const QCborMap& args)
{
    auto yearId = Scope::yearFromArgs(context, args);
    if (!yearId)
        return yearId.error();
    auto periods = StructureStore(context.db).periods(*yearId, context.today());
    if (!periods)
        return periods.error();
    return listResult("periods", periods.value());
}

Result<QCborValue> StructureHandler::savePeriod(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Period period;
    period.id = reader.id("id", false);
    period.yearId = reader.id("year_id");
    period.kind = reader.text("kind");
    period.ordinal = int(reader.number("ordinal"));
    period.gradeFrom = reader.has("grade_from") ? int(reader.number("grade_from")) : 1;
    period.gradeTo = reader.has("grade_to") ? int(reader.number("grade_to")) : 11;
    period.startsOn = reader.date("starts_on");
    period.endsOn = reader.date("ends_on");
    period.marksDeadline = reader.date("marks_deadline");
    if (auto error = reader.error())
        return *error;
    const QStringList kinds{QStringLiteral("quarter"), QStringLiteral("half_year"),
                            QStringLiteral("trimester")};
    if (!kinds.contains(period.kind))
        return makeError(ErrorCode::BadRequest,
                         tr("A period is a quarter, a half-year or a trimester (R12)."),
                         QStringLiteral("R12"));
    if (period.startsOn >= period.endsOn || period.marksDeadline < period.startsOn ||
        period.gradeFrom < 1 || period.gradeTo > 11 || period.gradeFrom > period.gradeTo)
        return makeError(ErrorCode::BadRequest,
                         tr("The period's dates or grades do not fit together."));
    return saved(context, "period",
                 StructureStore(context.db).savePeriod(period, context.now, context.userId()),
                 args);
}

Result<QCborValue> StructureHandler::listClasses(RequestContext& context, const QCborMap& args)
{
    auto yearId = Scope::yearFromArgs(context, args);
    if (!yearId)
        return yearId.error();
    auto classes = StructureStore(context.db).classes(*yearId, context.today());
    if (!classes)
        return classes.error();
    return listResult("classes", classes.value());
}

Result<QCborValue> StructureHandler::saveClass(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    ClassGroup group;
    group.id = reader.id("id", false);
    group.yearId = reader.id("year_id");
    group.grade = int(reader.number("grade"));
    group.letter = reader.text("letter").toUpper();
    group.homeroomTeacherId = reader.id("homeroom_teacher_id", false);
    group.room = reader.text("room", false);
    if (auto error = reader.error())
        return *error;
    if (group.grade < 1 || group.grade > 11 || group.letter.size() > 3)
        return makeError(ErrorCode::BadRequest,
                         tr("A class is a grade from 1 to 11 and a letter."));
    if (group.homeroomTeacherId) {
        auto teacher = UserStore(context.db).findById(group.homeroomTeacherId);
        if (!teacher)
            return teacher.error();
        if (!teacher.value() || !teacher.value()->roles.contains(Role::ClassTeacher))
            return makeError(
                ErrorCode::BadRequest,
                tr("The homeroom teacher must be a user with the class teacher role."));
    }
    return saved(context, "class",
                 StructureStore(context.db).saveClass(group, context.now, context.userId()), args);
}

Result<QCborValue> StructureHandler::listSubjects(RequestContext& context, const QCborMap&)
{
    auto subjects = StructureStore(context.db).subjects();
    if (!subjects)
        return subjects.error();
    return listResult("subjects", subjects.value());
}

Result<QCborValue> StructureHandler::saveSubject(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Subject subject;
    subject.id = reader.id("id", false);
    subject.title = reader.text("title");
    subject.shortTitle = reader.text("short_title", false);
    subject.doubleMark = reader.flag("double_mark");
    subject.passFail = reader.flag("pass_fail");
    if (auto error = reader.error())
        return *error;
    if (subject.doubleMark && subject.passFail)
        return makeError(ErrorCode::BadRequest,
                         tr("A pass/fail subject cannot take double marks (R01)."),
                         QStringLiteral("R01"));
    return saved(context, "subject", StructureStore(context.db).saveSubject(subject), args);
}

Result<QCborValue> StructureHandler::listWorkTypes(RequestContext& context, const QCborMap&)
{
    auto types = StructureStore(context.db).workTypes();
    if (!types)
        return types.error();
    return listResult("work_types", types.value());
}

Result<QCborValue> StructureHandler::saveWorkType(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    WorkType type;
    type.id = reader.id("id", false);
    type.title = reader.text("title");
    type.weight = reader.number("weight");
    type.isWritten = reader.flag("is_written");
    type.isControl = reader.flag("is_control");
    if (auto error = reader.error())
        return *error;
    if (type.weight <= 0 || type.weight > 10)
        return makeError(ErrorCode::BadRequest,
                         tr("A work type's weight is above 0 and at most 10 (R04)."),
                         QStringLiteral("R04"));
    return saved(context, "work_type", StructureStore(context.db).saveWorkType(type), args);
}

Result<QCborValue> StructureHandler::listAssignments(RequestContext& context, const QCborMap& args)
{
    auto yearId = Scope::yearFromArgs(context, args);
    if (!yearId)
        return yearId.error();
    Args reader(args);
    AssignmentFilter filter;
    filter.yearId = *yearId;
    filter.teacherId = reader.id("teacher_id", false);
    filter.classId = reader.id("class_id", false);
    if (auto error = reader.error())
        return *error;
    auto assignments = StructureStore(context.db).assignments(filter);
    if (!assignments)
        return assignments.error();
    if (Scope::isSchoolWide(context.user().roles))
        return listResult("assignments", assignments.value());
    // Teachers see their own journals and every journal of a class they lead (R18).
    auto led = StructureStore(context.db).classesLedBy(context.userId(), *yearId);
    if (!led)
        return led.error();
    // …and those where they taught a lesson as a substitute (R07).
    auto substituted = JournalStore(context.db).journalsSubstitutedBy(context.userId(), *yearId);
    if (!substituted)
        return substituted.error();
    QList<Assignment> visible;
    for (const Assignment& assignment : assignments.value()) {
        if (assignment.teacherId == context.userId() || led->contains(assignment.classId) ||
            substituted->contains(assignment.id))
            visible.append(assignment);
    }
    return listResult("assignments", visible);
}

Result<QCborValue> StructureHandler::saveAssignment(RequestContext& context, const QCborMap& args)
{
    Args reader(args);
    Assignment assignment;
    assignment.id = reader.id("id", false);
    assignment.classId = reader.id("class_id");
    assignment.subjectId = reader.id("subject_id");
    assignment.subgroupId = reader.id("subgroup_id", false);
    assignment.teacherId = reader.id("teacher_id");
    assignment.hoursPerWeek = reader.number("hours_per_week");
    if (auto error = reader.error())
        return *error;
    if (assignment.hoursPerWeek <= 0 || assignment.hoursPerWeek > kMaxHoursPerWeek)
        return makeError(ErrorCode::BadRequest,
                         tr("Hours per week must be between 0 and %1.").arg(kMaxHoursPerWeek));
    auto teacher = UserStore(context.db).findById(assignment.teacherId);
    if (!teacher)
        return teacher.error();
    if (!teacher.value() || !teacher.value()->roles.contains(Role::Teacher))
        return makeError(ErrorCode::BadRequest,
                         tr("A journal's teacher must have the teacher role."));
    return saved(
        context, "assignment",
        StructureStore(context.db).saveAssignment(assignment, context.now, context.userId()), args);
}

OpSpec signedIn(const char* name, OpHandler handler)
{
    return {QString::fromLatin1(name), Access::SignedIn, {}, std::move(handler), {}, false};
}

OpSpec forRoles(const char* name, RoleSet roles, OpHandler handler)
{
    return {QString::fromLatin1(name), Access::Roles, roles, std::move(handler), {}, false};
}

} // namespace

void registerStructureOps(OpRegistry& registry)
{
    registry.add(signedIn(Op::YearList, &StructureHandler::listYears));
    registry.add(signedIn(Op::PeriodList, &StructureHandler::listPeriods));
    registry.add(forRoles(Op::ClassList, RoleGroups::staff, &StructureHandler::listClasses));
    registry.add(signedIn(Op::SubjectList, &StructureHandler::listSubjects));
    registry.add(signedIn(Op::WorkTypeList, &StructureHandler::listWorkTypes));
    registry.add(
        forRoles(Op::AssignmentList, RoleGroups::staff, &StructureHandler::listAssignments));
    registry.add(forRoles(Op::YearSave, RoleGroups::structureEditors, &StructureHandler::saveYear));
    registry.add(
        forRoles(Op::PeriodSave, RoleGroups::structureEditors, &StructureHandler::savePeriod));
    registry.add(
        forRoles(Op::ClassSave, RoleGroups::structureEditors, &StructureHandler::saveClass));
    registry.add(
        forRoles(Op::SubjectSave, RoleGroups::structureEditors, &StructureHandler::saveSubject));
    registry.add(
        forRoles(Op::WorkTypeSave, RoleGroups::structureEditors, &StructureHandler::saveWorkType));
    registry.add(forRoles(Op::AssignmentSave, RoleGroups::structureEditors,
                          &StructureHandler::saveAssignment));
}
