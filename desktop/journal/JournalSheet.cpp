#include "journal/JournalSheet.h"

#include <QCborArray>

namespace {
QString text(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toInteger();
}

QString averageText(const QCborValue& value)
{
    return value.isDouble() || value.isInteger() ? QString::number(value.toDouble(), 'f', 2)
                                                 : QString();
}
} // namespace

QCborMap JournalSheet::Cell::toCbor() const
{
    return {{QStringLiteral("mark"), mark},
            {QStringLiteral("absence"), absence},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("work_type_id"), workTypeId ? QCborValue(workTypeId) : QCborValue()},
            {QStringLiteral("version"), version}};
}

JournalSheet::Cell JournalSheet::Cell::fromCbor(const QCborMap& map)
{
    Cell cell;
    cell.mark = text(map, "mark");
    cell.absence = text(map, "absence");
    cell.comment = text(map, "comment");
    cell.workTypeId = integer(map, "work_type_id");
    cell.version = integer(map, "version");
    return cell;
}

JournalSheet JournalSheet::fromCbor(const QCborMap& result)
{
    JournalSheet sheet;
    const QCborMap assignment = result.value(QStringLiteral("assignment")).toMap();
    sheet.assignmentId = integer(assignment, "id");
    sheet.classId = integer(assignment, "class_id");
    sheet.classTitle = text(assignment, "class");
    sheet.subject = text(assignment, "subject");
    sheet.teacher = text(assignment, "teacher");
    sheet.teacherId = integer(assignment, "teacher_id");
    sheet.grade = int(integer(assignment, "grade"));
    sheet.marking.doubleMark = assignment.value(QStringLiteral("double_mark")).toBool();
    sheet.marking.passFail = assignment.value(QStringLiteral("pass_fail")).toBool();
    sheet.readOnly = assignment.value(QStringLiteral("read_only")).toBool(true);

    for (const QCborValue& value : result.value(QStringLiteral("students")).toArray()) {
        const QCborMap map = value.toMap();
        sheet.students.append({integer(map, "id"), text(map, "full_name"),
                               QDate::fromString(text(map, "left_on"), Qt::ISODate),
                               averageText(map.value(QStringLiteral("average"))),
                               text(map, "forecast")});
    }
    for (const QCborValue& value : result.value(QStringLiteral("lessons")).toArray()) {
        const QCborMap map = value.toMap();
        Lesson lesson;
        lesson.id = integer(map, "id");
        lesson.date = QDate::fromString(text(map, "date"), Qt::ISODate);
        lesson.lessonNo = int(integer(map, "lesson_no"));
        lesson.topic = text(map, "topic");
        lesson.homework = text(map, "homework");
        lesson.workTypeId = integer(map, "work_type_id");
        lesson.workType = text(map, "work_type");
        lesson.weight = map.value(QStringLiteral("weight")).toDouble();
        lesson.correctionOf = integer(map, "correction_of");
        lesson.taughtBy = integer(map, "taught_by");
        lesson.homeworkLate = map.value(QStringLiteral("homework_late")).toBool();
        sheet.lessons.append(lesson);
    }
    // journal.get with layout "columns": the i-th entries of eleven arrays make a lesson.
    const QCborMap lessonColumns = result.value(QStringLiteral("lesson_columns")).toMap();
    const auto lessonColumn = [&](const char* name) {
        return lessonColumns.value(QLatin1StringView(name)).toArray();
    };
    const QCborArray ids = lessonColumn("id");
    const QCborArray dates = lessonColumn("date");
    const QCborArray numbers = lessonColumn("lesson_no");
    const QCborArray topics = lessonColumn("topic");
    const QCborArray homework = lessonColumn("homework");
    const QCborArray typeIds = lessonColumn("work_type_id");
    const QCborArray typeTitles = lessonColumn("work_type");
    const QCborArray weights = lessonColumn("weight");
    const QCborArray corrections = lessonColumn("correction_of");
    const QCborArray teachers = lessonColumn("taught_by");
    const QCborArray late = lessonColumn("homework_late");
    sheet.lessons.reserve(sheet.lessons.size() + ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Lesson lesson;
        lesson.id = ids.at(i).toInteger();
        lesson.date = QDate::fromString(dates.at(i).toString(), Qt::ISODate);
        lesson.lessonNo = int(numbers.at(i).toInteger());
        lesson.topic = topics.at(i).toString();
        lesson.homework = homework.at(i).toString();
        lesson.workTypeId = typeIds.at(i).toInteger();
        lesson.workType = typeTitles.at(i).toString();
        lesson.weight = weights.at(i).toDouble();
        lesson.correctionOf = corrections.at(i).toInteger();
        lesson.taughtBy = teachers.at(i).toInteger();
        lesson.homeworkLate = late.at(i).toBool();
        sheet.lessons.append(lesson);
    }
    std::stable_sort(sheet.lessons.begin(), sheet.lessons.end(),
                     [](const Lesson& a, const Lesson& b) {
                         return std::pair(a.date, a.lessonNo) < std::pair(b.date, b.lessonNo);
                     });
    for (const QCborValue& value : result.value(QStringLiteral("cells")).toArray()) {
        const QCborMap map = value.toMap();
        sheet.cells.insert({integer(map, "lesson_id"), integer(map, "student_id")},
                           Cell::fromCbor(map));
    }
    // journal.get with layout "columns": the i-th entries of seven arrays make a cell.
    const QCborMap columns = result.value(QStringLiteral("cell_columns")).toMap();
    const QCborArray lessonIds = columns.value(QStringLiteral("lesson_id")).toArray();
    const QCborArray studentIds = columns.value(QStringLiteral("student_id")).toArray();
    const QCborArray marks = columns.value(QStringLiteral("mark")).toArray();
    const QCborArray workTypes = columns.value(QStringLiteral("work_type_id")).toArray();
    const QCborArray absences = columns.value(QStringLiteral("absence")).toArray();
    const QCborArray comments = columns.value(QStringLiteral("comment")).toArray();
    const QCborArray versions = columns.value(QStringLiteral("version")).toArray();
    sheet.cells.reserve(sheet.cells.size() + lessonIds.size());
    for (qsizetype i = 0; i < lessonIds.size(); ++i) {
        Cell cell;
        cell.mark = marks.at(i).toString();
        cell.absence = absences.at(i).toString();
        cell.comment = comments.at(i).toString();
        cell.workTypeId = workTypes.at(i).toInteger();
        cell.version = versions.at(i).toInteger();
        sheet.cells.insert({lessonIds.at(i).toInteger(), studentIds.at(i).toInteger()}, cell);
    }
    for (const QCborValue& value : result.value(QStringLiteral("period_marks")).toArray()) {
        const QCborMap map = value.toMap();
        sheet.periodMarks.insert({integer(map, "student_id"), integer(map, "period_id")},
                                 {text(map, "value"), integer(map, "version")});
    }
    return sheet;
}
