#include "storage/RosterStore.h"

#include "storage/SqlRunner.h"

namespace {
RosterStudent studentFromRow(const SqlRows& rows, int row)
{
    RosterStudent student;
    student.id = rows.integer(row, 0);
    student.person.lastName = rows.text(row, 1);
    student.person.firstName = rows.text(row, 2);
    student.person.middleName = rows.text(row, 3);
    student.person.birthDate = rows.date(row, 4);
    student.person.sex = rows.text(row, 5);
    student.personalFileNo = rows.text(row, 6);
    student.classId = rows.integer(row, 7);
    student.enrolledOn = rows.date(row, 8);
    student.leftOn = rows.date(row, 9);
    return student;
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}
} // namespace

Result<qint64> RosterStore::createPerson(const PersonData& person, const QDateTime& now,
                                         qint64 userId) const
{
    auto id = SqlRunner(m_db).scalar(
        QStringLiteral("INSERT INTO person (last_name, first_name, middle_name, birth_date, sex, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {person.lastName, person.firstName, person.middleName, nullableDate(person.birthDate),
         person.sex.isEmpty() ? QVariant() : QVariant(person.sex), now, sqlNullableId(userId)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> RosterStore::createStudent(qint64 personId, const QString& personalFileNo,
                                          const QDateTime& now, qint64 userId) const
{
    auto id = SqlRunner(m_db).scalar(
        QStringLiteral("INSERT INTO student (person_id, personal_file_no, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {personId, personalFileNo, now, sqlNullableId(userId)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> RosterStore::fileNoTaken(const QString& personalFileNo) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT 1 FROM student WHERE lower(personal_file_no) = lower(?)"),
        {personalFileNo});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<std::optional<RosterStudent>> RosterStore::student(qint64 studentId) const
{
    auto result = SqlRunner(m_db).rows(
        QStringLiteral("SELECT s.id, p.last_name, p.first_name, p.middle_name, p.birth_date, "
                       "  coalesce(p.sex, ''), s.personal_file_no, coalesce(e.class_id, 0), "
                       "  e.from_date, e.to_date "
                       "FROM student s JOIN person p ON p.id = s.person_id "
                       "LEFT JOIN LATERAL (SELECT * FROM enrollment x WHERE x.student_id = s.id "
                       "  ORDER BY x.from_date DESC LIMIT 1) e ON true WHERE s.id = ?"),
        {studentId});
    if (!result)
        return result.error();
    if (result->size() == 0)
        return std::optional<RosterStudent>();
    return std::optional<RosterStudent>(studentFromRow(result.value(), 0));
}

Result<std::optional<OpenEnrollment>> RosterStore::openEnrollment(qint64 studentId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT id, class_id, from_date FROM enrollment WHERE student_id = ? AND "
                       "to_date IS NULL FOR UPDATE"),
        {studentId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    if (!query.next())
        return std::optional<OpenEnrollment>();
    return std::optional<OpenEnrollment>(OpenEnrollment{
        query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDate()});
}

Status RosterStore::enroll(qint64 studentId, qint64 classId, const QDate& fromDate) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("INSERT INTO enrollment (student_id, class_id, from_date) VALUES (?, ?, ?)"),
        {studentId, classId, fromDate});
    if (!result)
        return result.error();
    return Done{};
}

Status RosterStore::closeEnrollment(qint64 enrollmentId, const QDate& toDate) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("UPDATE enrollment SET to_date = ? WHERE id = ?"), {toDate, enrollmentId});
    if (!result)
        return result.error();
    return Done{};
}

Status RosterStore::changeEnrollmentClass(qint64 enrollmentId, qint64 classId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("UPDATE enrollment SET class_id = ? WHERE id = ?"), {classId, enrollmentId});
    if (!result)
        return result.error();
    return Done{};
}

Result<qint64> RosterStore::recordMovement(const Movement& movement, const QDateTime& now,
                                           qint64 userId) const
{
    auto id = SqlRunner(m_db).scalar(
        QStringLiteral(
            "INSERT INTO movement (student_id, kind, from_class_id, to_class_id, on_date, "
            "order_no, order_date, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {movement.studentId, movement.kind, sqlNullableId(movement.fromClassId),
         sqlNullableId(movement.toClassId), movement.onDate, movement.orderNo, movement.orderDate,
         now, sqlNullableId(userId)});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status RosterStore::admitNewStudent(const PersonData& person, const QString& personalFileNo,
                                    Movement& movement, const QDateTime& now, qint64 userId) const
{
    auto personId = createPerson(person, now, userId);
    if (!personId)
        return personId.error();
    auto studentId = createStudent(*personId, personalFileNo, now, userId);
    if (!studentId)
        return studentId.error();
    if (auto enrolled = enroll(*studentId, movement.toClassId, movement.onDate); !enrolled)
        return enrolled.error();
    movement.studentId = *studentId;
    auto movementId = recordMovement(movement, now, userId);
    if (!movementId)
        return movementId.error();
    movement.id = *movementId;
    return Done{};
}

Result<QList<RosterStudent>> RosterStore::classList(qint64 classId, const QDate& date,
                                                    bool includeLeft) const
{
    const SqlRead read = classListRead(classId, date, includeLeft);
    auto result = SqlRunner(m_db).rows(read.statement, read.values);
    if (!result)
        return result.error();
    return classListFrom(result.value(), date);
}

SqlRead RosterStore::classListRead(qint64 classId, const QDate& date, bool includeLeft)
{
    const QString condition =
        includeLeft ? QStringLiteral("e.from_date <= ?")
                    : QStringLiteral("e.from_date <= ? AND (e.to_date IS NULL OR e.to_date > ?)");
    QVariantList values{classId, date};
    if (!includeLeft)
        values.append(date);
    return {
        QStringLiteral("SELECT * FROM (SELECT DISTINCT ON (s.id) s.id, p.last_name, p.first_name, "
                       "  p.middle_name, p.birth_date, coalesce(p.sex, ''), s.personal_file_no, "
                       "  e.class_id, e.from_date, e.to_date, %2 AS sort_key "
                       "FROM enrollment e JOIN student s ON s.id = e.student_id "
                       "JOIN person p ON p.id = s.person_id WHERE e.class_id = ? AND %1 "
                       "ORDER BY s.id, e.from_date DESC) x ORDER BY sort_key, id")
            .arg(condition,
                 // Journal order: alphabetical, ё sorted as е as Russian lists do.
                 QStringLiteral("translate(lower(p.last_name || ' ' || p.first_name || ' ' || "
                                "p.middle_name), 'ё', 'е')")),
        values};
}

QList<RosterStudent> RosterStore::classListFrom(const SqlRows& rows, const QDate& date)
{
    QList<RosterStudent> students;
    students.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        RosterStudent student = studentFromRow(rows, row);
        if (student.leftOn.isValid() && student.leftOn > date)
            student.leftOn = QDate(); // still there on that date
        students.append(student);
    }
    return students;
}

Result<QList<Movement>> RosterStore::movements(const QDate& from, const QDate& to) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT m.id, m.student_id, p.last_name || ' ' || p.first_name || "
            "  CASE WHEN p.middle_name = '' THEN '' ELSE ' ' || p.middle_name END, m.kind, "
            "  coalesce(m.from_class_id, 0), coalesce(fc.grade::text || fc.letter, ''), "
            "  coalesce(m.to_class_id, 0), coalesce(tc.grade::text || tc.letter, ''), m.on_date, "
            "  m.order_no, m.order_date "
            "FROM movement m JOIN student s ON s.id = m.student_id JOIN person p ON p.id = "
            "s.person_id "
            "LEFT JOIN class_group fc ON fc.id = m.from_class_id "
            "LEFT JOIN class_group tc ON tc.id = m.to_class_id "
            "WHERE m.on_date >= ? AND m.on_date <= ? ORDER BY m.on_date, m.id"),
        {from, to});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<Movement> movements;
    while (query.next()) {
        Movement movement;
        movement.id = query.value(0).toLongLong();
        movement.studentId = query.value(1).toLongLong();
        movement.studentName = query.value(2).toString();
        movement.kind = query.value(3).toString();
        movement.fromClassId = query.value(4).toLongLong();
        movement.fromClassTitle = query.value(5).toString();
        movement.toClassId = query.value(6).toLongLong();
        movement.toClassTitle = query.value(7).toString();
        movement.onDate = query.value(8).toDate();
        movement.orderNo = query.value(9).toString();
        movement.orderDate = query.value(10).toDate();
        movements.append(movement);
    }
    return movements;
}
