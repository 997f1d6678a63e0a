#include "journal/JournalCbor.h"

#include <QCborValue>

namespace {
void idOrNull(CborWriter& out, qint64 id)
{
    if (id)
        out.integer(id);
    else
        out.null();
}

// One column of the "columns" layout: its name, then the value `write` gives for each row.
template <typename Row, typename Write>
void writeColumn(CborWriter& out, const char* name, const QList<Row>& rows, const Write& write)
{
    out.text(QLatin1StringView(name));
    out.startArray(quint64(rows.size()));
    for (const Row& row : rows)
        write(row);
}

QCborMap mapOf(const QByteArray& encoded)
{
    return QCborValue::fromCbor(encoded).toMap();
}
} // namespace

namespace JournalCbor {

void writeLesson(CborWriter& out, const LessonRecord& lesson, const QHash<qint64, WorkType>& types)
{
    const WorkType type = types.value(lesson.workTypeId);
    out.startMap(11);
    out.text(QLatin1StringView("id"));
    out.integer(lesson.id);
    out.text(QLatin1StringView("date"));
    out.text(lesson.heldOn.toString(Qt::ISODate));
    out.text(QLatin1StringView("lesson_no"));
    out.integer(lesson.lessonNo);
    out.text(QLatin1StringView("topic"));
    out.text(lesson.topic);
    out.text(QLatin1StringView("homework"));
    out.text(lesson.homework);
    out.text(QLatin1StringView("work_type_id"));
    idOrNull(out, lesson.workTypeId);
    out.text(QLatin1StringView("work_type"));
    out.text(type.title);
    out.text(QLatin1StringView("weight"));
    out.number(lesson.workTypeId ? type.weight : 0.0);
    out.text(QLatin1StringView("correction_of"));
    idOrNull(out, lesson.correctionOf);
    out.text(QLatin1StringView("taught_by"));
    out.integer(lesson.taughtBy);
    out.text(QLatin1StringView("homework_late")); // R10
    out.boolean(lesson.homeworkLate);
}

void writeCell(CborWriter& out, const CellRecord& cell)
{
    out.startMap(7);
    out.text(QLatin1StringView("lesson_id"));
    out.integer(cell.lessonId);
    out.text(QLatin1StringView("student_id"));
    out.integer(cell.studentId);
    out.text(QLatin1StringView("mark"));
    out.text(cell.mark);
    out.text(QLatin1StringView("work_type_id"));
    idOrNull(out, cell.workTypeId);
    out.text(QLatin1StringView("absence"));
    out.text(cell.absence);
    out.text(QLatin1StringView("comment"));
    out.text(cell.comment);
    out.text(QLatin1StringView("version"));
    out.integer(cell.version);
}

void writeLessonColumns(CborWriter& out, const QList<LessonRecord>& lessons,
                        const QHash<qint64, WorkType>& types)
{
    const auto column = [&](const char* name, const auto& write) {
        writeColumn(out, name, lessons, write);
    };
    out.startMap(11);
    column("id", [&](const LessonRecord& lesson) { out.integer(lesson.id); });
    column("date",
           [&](const LessonRecord& lesson) { out.text(lesson.heldOn.toString(Qt::ISODate)); });
    column("lesson_no", [&](const LessonRecord& lesson) { out.integer(lesson.lessonNo); });
    column("topic", [&](const LessonRecord& lesson) { out.text(lesson.topic); });
    column("homework", [&](const LessonRecord& lesson) { out.text(lesson.homework); });
    column("work_type_id", [&](const LessonRecord& lesson) { idOrNull(out, lesson.workTypeId); });
    column("work_type",
           [&](const LessonRecord& lesson) { out.text(types.value(lesson.workTypeId).title); });
    column("weight", [&](const LessonRecord& lesson) {
        out.number(lesson.workTypeId ? types.value(lesson.workTypeId).weight : 0.0);
    });
    column("correction_of",
           [&](const LessonRecord& lesson) { idOrNull(out, lesson.correctionOf); });
    column("taught_by", [&](const LessonRecord& lesson) { out.integer(lesson.taughtBy); });
    column("homework_late", [&](const LessonRecord& lesson) { out.boolean(lesson.homeworkLate); });
}

void writeCellColumns(CborWriter& out, const QList<CellRecord>& cells)
{
    const auto column = [&](const char* name, const auto& write) {
        writeColumn(out, name, cells, write);
    };
    out.startMap(7);
    column("lesson_id", [&](const CellRecord& cell) { out.integer(cell.lessonId); });
    column("student_id", [&](const CellRecord& cell) { out.integer(cell.studentId); });
    column("mark", [&](const CellRecord& cell) { out.text(cell.mark); });
    column("work_type_id", [&](const CellRecord& cell) { idOrNull(out, cell.workTypeId); });
    column("absence", [&](const CellRecord& cell) { out.text(cell.absence); });
    column("comment", [&](const CellRecord& cell) { out.text(cell.comment); });
    column("version", [&](const CellRecord& cell) { out.integer(cell.version); });
}

QCborMap lesson(const LessonRecord& lesson, const QHash<qint64, WorkType>& types)
{
    QByteArray encoded;
    CborWriter out(&encoded);
    writeLesson(out, lesson, types);
    return mapOf(encoded);
}

QCborMap cell(const CellRecord& cell)
{
    QByteArray encoded;
    CborWriter out(&encoded);
    writeCell(out, cell);
    return mapOf(encoded);
}

} // namespace JournalCbor
