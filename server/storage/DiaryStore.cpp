#include "storage/DiaryStore.h"

#include "storage/SqlRunner.h"

Result<qint64> DiaryStore::studentOfUser(qint64 userId) const
{
    auto id = SqlRunner(m_db).scalar(QStringLiteral("SELECT s.id FROM app_user u JOIN student s ON "
                                                    "s.person_id = u.person_id WHERE u.id = ?"),
                                     {userId});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<QList<ChildRef>> DiaryStore::childrenOf(qint64 parentUserId) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("SELECT s.id, p.last_name || ' ' || p.first_name || "
                       "  CASE WHEN p.middle_name = '' THEN '' ELSE ' ' || p.middle_name END "
                       "FROM guardian g JOIN student s ON s.id = g.student_id JOIN person p ON "
                       "p.id = s.person_id "
                       "WHERE g.parent_user_id = ? ORDER BY p.birth_date NULLS LAST, s.id"),
        {parentUserId});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<ChildRef> children;
    while (query.next())
        children.append({query.value(0).toLongLong(), query.value(1).toString()});
    return children;
}

Result<QList<DiaryEntry>> DiaryStore::entries(qint64 studentId, const QDate& from,
                                              const QDate& to) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "SELECT l.held_on, l.lesson_no, a.id, s.title, s.double_mark, s.pass_fail, l.topic, "
            "l.homework, "
            "  coalesce(c.mark, ''), coalesce(c.absence, ''), coalesce(w.title, ''), "
            "coalesce(w.weight, 1) "
            "FROM enrollment e JOIN assignment a ON a.class_id = e.class_id "
            "JOIN lesson l ON l.assignment_id = a.id AND l.held_on >= e.from_date "
            "  AND (e.to_date IS NULL OR l.held_on < e.to_date) "
            "JOIN subject s ON s.id = a.subject_id "
            "LEFT JOIN journal_cell c ON c.lesson_id = l.id AND c.student_id = e.student_id "
            "LEFT JOIN work_type w ON w.id = coalesce(c.work_type_id, l.work_type_id) "
            "WHERE e.student_id = ? AND l.held_on >= ? AND l.held_on <= ? "
            "  AND (a.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member m "
            "       WHERE m.subgroup_id = a.subgroup_id AND m.student_id = e.student_id)) "
            "ORDER BY l.held_on, l.lesson_no, s.title"),
        {studentId, from, to});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<DiaryEntry> entries;
    while (query.next()) {
        DiaryEntry entry;
        entry.date = query.value(0).toDate();
        entry.lessonNo = query.value(1).toInt();
        entry.assignmentId = query.value(2).toLongLong();
        entry.subject = query.value(3).toString();
        entry.doubleMark = query.value(4).toBool();
        entry.passFail = query.value(5).toBool();
        entry.topic = query.value(6).toString();
        entry.homework = query.value(7).toString();
        entry.mark = query.value(8).toString();
        entry.absence = query.value(9).toString();
        entry.workType = query.value(10).toString();
        entry.weight = query.value(11).toDouble();
        entries.append(entry);
    }
    return entries;
}

Result<bool> DiaryStore::teachesStudent(qint64 userId, qint64 studentId) const
{
    auto found = SqlRunner(m_db).scalar(
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM enrollment e JOIN class_group c ON c.id = e.class_id "
            "  WHERE e.student_id = ? AND e.to_date IS NULL AND (c.homeroom_teacher_id = ? "
            "  OR EXISTS (SELECT 1 FROM assignment a WHERE a.class_id = c.id AND a.teacher_id = "
            "?)))"),
        {studentId, userId, userId});
    if (!found)
        return found.error();
    return found->toBool();
}

Result<int> DiaryStore::gradeOn(qint64 studentId, const QDate& date) const
{
    auto grade = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT c.grade FROM enrollment e JOIN class_group c ON c.id = e.class_id "
                       "WHERE e.student_id = ? AND e.from_date <= ? "
                       "  AND (e.to_date IS NULL OR e.to_date > ?) "
                       "ORDER BY e.from_date DESC LIMIT 1"),
        {studentId, date, date});
    if (!grade)
        return grade.error();
    return grade->isValid() ? grade->toInt() : 0;
}
