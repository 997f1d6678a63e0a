#include "domain/SchoolTypes.h"

#include <QCborValue>

namespace {
QString text(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}
qint64 integer(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toInteger();
}
QCborValue optionalId(qint64 id)
{
    return id ? QCborValue(id) : QCborValue(nullptr);
}
QDate date(const QCborMap& map, const char* key)
{
    return WireDate::fromCbor(map.value(QLatin1String(key)));
}
QString key(const char* name)
{
    return QString::fromLatin1(name);
}
} // namespace

namespace WireDate {
QCborValue toCbor(const QDate& date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue(nullptr);
}
QDate fromCbor(const QCborValue& value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}
} // namespace WireDate

QCborMap AcademicYear::toCbor() const
{
    return {{key("id"), id},
            {key("title"), title},
            {key("starts_on"), WireDate::toCbor(startsOn)},
            {key("ends_on"), WireDate::toCbor(endsOn)},
            {key("closed"), closed},
            {key("current"), current}};
}

AcademicYear AcademicYear::fromCbor(const QCborMap& map)
{
    AcademicYear year;
    year.id = integer(map, "id");
    year.title = text(map, "title");
    year.startsOn = date(map, "starts_on");
    year.endsOn = date(map, "ends_on");
    year.closed = map.value(key("closed")).toBool();
    year.current = map.value(key("current")).toBool();
    return year;
}

QCborMap Period::toCbor() const
{
    return {{key("id"), id},
            {key("year_id"), yearId},
            {key("kind"), kind},
            {key("ordinal"), ordinal},
            {key("grade_from"), gradeFrom},
            {key("grade_to"), gradeTo},
            {key("starts_on"), WireDate::toCbor(startsOn)},
            {key("ends_on"), WireDate::toCbor(endsOn)},
            {key("marks_deadline"), WireDate::toCbor(marksDeadline)},
            {key("locked"), locked}};
}

Period Period::fromCbor(const QCborMap& map)
{
    Period period;
    period.id = integer(map, "id");
    period.yearId = integer(map, "year_id");
    period.kind = text(map, "kind");
    period.ordinal = int(integer(map, "ordinal"));
    period.gradeFrom = int(map.value(key("grade_from")).toInteger(1));
    period.gradeTo = int(map.value(key("grade_to")).toInteger(11));
    period.startsOn = date(map, "starts_on");
    period.endsOn = date(map, "ends_on");
    period.marksDeadline = date(map, "marks_deadline");
    period.locked = map.value(key("locked")).toBool();
    return period;
}

QCborMap ClassGroup::toCbor() const
{
    return {{key("id"), id},
            {key("year_id"), yearId},
            {key("grade"), grade},
            {key("letter"), letter},
            {key("title"), title()},
            {key("homeroom_teacher_id"), optionalId(homeroomTeacherId)},
            {key("homeroom_teacher"), homeroomTeacherName},
            {key("room"), room},
            {key("student_count"), studentCount}};
}

ClassGroup ClassGroup::fromCbor(const QCborMap& map)
{
    ClassGroup group;
    group.id = integer(map, "id");
    group.yearId = integer(map, "year_id");
    group.grade = int(integer(map, "grade"));
    group.letter = text(map, "letter");
    group.homeroomTeacherId = integer(map, "homeroom_teacher_id");
    group.homeroomTeacherName = text(map, "homeroom_teacher");
    group.room = text(map, "room");
    group.studentCount = int(integer(map, "student_count"));
    return group;
}

QCborMap Subject::toCbor() const
{
    return {{key("id"), id},
            {key("title"), title},
            {key("short_title"), shortTitle},
            {key("double_mark"), doubleMark},
            {key("pass_fail"), passFail}};
}

Subject Subject::fromCbor(const QCborMap& map)
{
    Subject subject;
    subject.id = integer(map, "id");
    subject.title = text(map, "title");
    subject.shortTitle = text(map, "short_title");
    subject.doubleMark = map.value(key("double_mark")).toBool();
    subject.passFail = map.value(key("pass_fail")).toBool();
    return subject;
}

QCborMap WorkType::toCbor() const
{
    return {{key("id"), id},
            {key("title"), title},
            {key("weight"), weight},
            {key("is_written"), isWritten},
            {key("is_control"), isControl}};
}

WorkType WorkType::fromCbor(const QCborMap& map)
{
    WorkType type;
    type.id = integer(map, "id");
    type.title = text(map, "title");
    type.weight = map.value(key("weight")).toDouble(1.0);
    type.isWritten = map.value(key("is_written")).toBool();
    type.isControl = map.value(key("is_control")).toBool();
    return type;
}

QCborMap Assignment::toCbor() const
{
    return {{key("id"), id},
            {key("class_id"), classId},
            {key("class"), classTitle},
            {key("subject_id"), subjectId},
            {key("subject"), subjectTitle},
            {key("subgroup_id"), optionalId(subgroupId)},
            {key("subgroup"), subgroupTitle},
            {key("teacher_id"), teacherId},
            {key("teacher"), teacherName},
            {key("hours_per_week"), hoursPerWeek}};
}

Assignment Assignment::fromCbor(const QCborMap& map)
{
    Assignment assignment;
    assignment.id = integer(map, "id");
    assignment.classId = integer(map, "class_id");
    assignment.classTitle = text(map, "class");
    assignment.subjectId = integer(map, "subject_id");
    assignment.subjectTitle = text(map, "subject");
    assignment.subgroupId = integer(map, "subgroup_id");
    assignment.subgroupTitle = text(map, "subgroup");
    assignment.teacherId = integer(map, "teacher_id");
    assignment.teacherName = text(map, "teacher");
    assignment.hoursPerWeek = map.value(key("hours_per_week")).toDouble();
    return assignment;
}

QString PersonData::fullName() const
{
    QStringList parts{lastName, firstName};
    if (!middleName.isEmpty())
        parts.append(middleName);
    return parts.join(QLatin1Char(' '));
}

QCborMap PersonData::toCbor() const
{
    return {{key("last_name"), lastName},
            {key("first_name"), firstName},
            {key("middle_name"), middleName},
            {key("birth_date"), WireDate::toCbor(birthDate)},
            {key("sex"), sex}};
}

PersonData PersonData::fromCbor(const QCborMap& map)
{
    PersonData person;
    person.lastName = text(map, "last_name").trimmed();
    person.firstName = text(map, "first_name").trimmed();
    person.middleName = text(map, "middle_name").trimmed();
    person.birthDate = date(map, "birth_date");
    person.sex = text(map, "sex");
    return person;
}

QCborMap RosterStudent::toCbor() const
{
    QCborMap map = person.toCbor();
    map.insert(key("id"), id);
    map.insert(key("full_name"), person.fullName());
    map.insert(key("personal_file_no"), personalFileNo);
    map.insert(key("class_id"), classId);
    map.insert(key("enrolled_on"), WireDate::toCbor(enrolledOn));
    map.insert(key("left_on"), WireDate::toCbor(leftOn));
    return map;
}

RosterStudent RosterStudent::fromCbor(const QCborMap& map)
{
    RosterStudent student;
    student.id = integer(map, "id");
    student.person = PersonData::fromCbor(map);
    student.personalFileNo = text(map, "personal_file_no");
    student.classId = integer(map, "class_id");
    student.enrolledOn = date(map, "enrolled_on");
    student.leftOn = date(map, "left_on");
    return student;
}

QCborMap Movement::toCbor() const
{
    return {{key("id"), id},
            {key("student_id"), studentId},
            {key("student"), studentName},
            {key("kind"), kind},
            {key("from_class_id"), optionalId(fromClassId)},
            {key("from_class"), fromClassTitle},
            {key("to_class_id"), optionalId(toClassId)},
            {key("to_class"), toClassTitle},
            {key("date"), WireDate::toCbor(onDate)},
            {key("order_no"), orderNo},
            {key("order_date"), WireDate::toCbor(orderDate)}};
}

Movement Movement::fromCbor(const QCborMap& map)
{
    Movement movement;
    movement.id = integer(map, "id");
    movement.studentId = integer(map, "student_id");
    movement.studentName = text(map, "student");
    movement.kind = text(map, "kind");
    movement.fromClassId = integer(map, "from_class_id");
    movement.fromClassTitle = text(map, "from_class");
    movement.toClassId = integer(map, "to_class_id");
    movement.toClassTitle = text(map, "to_class");
    movement.onDate = date(map, "date");
    movement.orderNo = text(map, "order_no");
    movement.orderDate = date(map, "order_date");
    return movement;
}
