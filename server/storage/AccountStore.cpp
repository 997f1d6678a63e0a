#include "storage/AccountStore.h"

#include "storage/SqlRunner.h"

Result<QList<AccountRow>> AccountStore::select(const QString& condition,
                                               const QVariantList& values) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT u.id, u.login, u.full_name, u.must_change_password, u.disabled, "
            "  coalesce((SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id), "
            "''), "
            "  coalesce((SELECT s.id FROM student s WHERE s.person_id = u.person_id), 0), "
            "  coalesce((SELECT string_agg(g.student_id::text, ',') FROM guardian g "
            "            WHERE g.parent_user_id = u.id), '') "
            "FROM app_user u %1 ORDER BY u.full_name, u.login")
            .arg(condition),
        values);
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<AccountRow> rows;
    while (query.next()) {
        AccountRow row;
        row.user.id = query.value(0).toLongLong();
        row.user.login = query.value(1).toString();
        row.user.fullName = query.value(2).toString();
        row.user.mustChangePassword = query.value(3).toBool();
        row.user.disabled = query.value(4).toBool();
        row.user.roles = RoleSet::fromCodes(
            query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        row.studentId = query.value(6).toLongLong();
        for (const QString& id :
             query.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            row.childStudentIds.append(id.toLongLong());
        rows.append(row);
    }
    return rows;
}

Result<QList<AccountRow>> AccountStore::all() const
{
    return select({}, {});
}

Result<QList<AccountRow>> AccountStore::ofClass(qint64 classId) const
{
    return select(
        QStringLiteral(
            "WHERE u.id IN (SELECT a.id FROM app_user a JOIN student s ON s.person_id = "
            "a.person_id "
            "  JOIN enrollment e ON e.student_id = s.id AND e.to_date IS NULL WHERE e.class_id = ? "
            "UNION SELECT g.parent_user_id FROM guardian g JOIN enrollment e "
            "  ON e.student_id = g.student_id AND e.to_date IS NULL WHERE e.class_id = ?)"),
        {classId, classId});
}

Status AccountStore::linkStudentAccount(qint64 userId, qint64 studentId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "UPDATE app_user SET person_id = (SELECT person_id FROM student WHERE id = ?) "
            "WHERE id = ?"),
        {studentId, userId});
    if (!result)
        return result.error();
    return Done{};
}

Status AccountStore::linkParent(qint64 parentUserId, qint64 studentId) const
{
    auto result =
        SqlRunner(m_db).exec(QStringLiteral("INSERT INTO guardian (parent_user_id, student_id) "
                                            "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                             {parentUserId, studentId});
    if (!result)
        return result.error();
    return Done{};
}

Result<bool> AccountStore::studentHasAccount(qint64 studentId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM app_user u JOIN student s ON s.person_id = u.person_id "
            "WHERE s.id = ?)"),
        {studentId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<bool> AccountStore::studentInClassLedBy(qint64 studentId, qint64 classTeacherId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM enrollment e JOIN class_group c ON c.id = e.class_id "
            "WHERE e.student_id = ? AND e.to_date IS NULL AND c.homeroom_teacher_id = ?)"),
        {studentId, classTeacherId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<bool> AccountStore::accountInClassLedBy(qint64 userId, qint64 classTeacherId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM app_user u JOIN student s ON s.person_id = u.person_id "
            "  JOIN enrollment e ON e.student_id = s.id AND e.to_date IS NULL "
            "  JOIN class_group c ON c.id = e.class_id WHERE u.id = ? AND c.homeroom_teacher_id = "
            "?) "
            "OR EXISTS (SELECT 1 FROM guardian g JOIN enrollment e ON e.student_id = g.student_id "
            "  AND e.to_date IS NULL JOIN class_group c ON c.id = e.class_id "
            "  WHERE g.parent_user_id = ? AND c.homeroom_teacher_id = ?)"),
        {userId, classTeacherId, userId, classTeacherId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<bool> AccountStore::loginTaken(const QString& login) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(login) = lower(?))"),
        {login});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<std::optional<PersonData>> AccountStore::studentPerson(qint64 studentId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT p.last_name, p.first_name, p.middle_name, p.birth_date, coalesce(p.sex, '') "
            "FROM student s JOIN person p ON p.id = s.person_id WHERE s.id = ?"),
        {studentId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    if (!query.next())
        return std::optional<PersonData>();
    return std::optional<PersonData>(
        PersonData{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toDate(), query.value(4).toString()});
}
