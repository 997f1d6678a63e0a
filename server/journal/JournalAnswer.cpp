#include "journal/JournalAnswer.h"

#include "domain/MarkRules.h"
#include "journal/JournalCbor.h"
#include "protocol/CborWriter.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>

#include <cmath>

namespace JournalAnswer {

QByteArray body(const JournalInfo& journal, const QDate& from, const QDate& to,
                const Contents& contents, Layout layout)
{
    const bool columns = layout == Layout::Columns;
    QHash<qint64, WorkType> typeById;
    for (const WorkType& type : contents.workTypes)
        typeById.insert(type.id, type);
    QByteArray lessonBytes;
    CborWriter lessonWriter(&lessonBytes);
    if (columns)
        JournalCbor::writeLessonColumns(lessonWriter, contents.lessons, typeById);
    else
        lessonWriter.startArray(quint64(contents.lessons.size()));
    QHash<qint64, qint64> lessonType;
    for (const LessonRecord& lesson : contents.lessons) {
        lessonType.insert(lesson.id, lesson.workTypeId);
        if (!columns)
            JournalCbor::writeLesson(lessonWriter, lesson, typeById);
    }
    QHash<qint64, MarkRules::WeightedAverage> averageOf;
    // A journal has thousands of marks but a handful of distinct texts: each is parsed once.
    QHash<QString, std::optional<Mark>> parsed;
    QByteArray cellBytes;
    cellBytes.reserve(contents.cells.size() * 80);
    CborWriter cellWriter(&cellBytes);
    if (columns)
        JournalCbor::writeCellColumns(cellWriter, contents.cells);
    else
        cellWriter.startArray(quint64(contents.cells.size()));
    qint64 version = 0;
    for (const CellRecord& cell : contents.cells) {
        if (!columns)
            JournalCbor::writeCell(cellWriter, cell);
        version += cell.version;
        if (cell.mark.isEmpty())
            continue;
        auto mark = parsed.constFind(cell.mark);
        if (mark == parsed.cend()) {
            mark = parsed.insert(
                cell.mark, MarkRules::parseMark(cell.mark, {journal.doubleMark, journal.passFail}));
        }
        if (*mark) {
            const qint64 typeId =
                cell.workTypeId ? cell.workTypeId : lessonType.value(cell.lessonId);
            averageOf[cell.studentId].add(**mark, typeById.value(typeId).weight);
        }
    }
    QCborArray studentArray;
    for (const RosterStudent& student : contents.students) {
        QCborMap entry{{QStringLiteral("id"), student.id},
                       {QStringLiteral("full_name"), student.person.fullName()},
                       {QStringLiteral("left_on"), WireDate::toCbor(student.leftOn)}};
        if (auto average = averageOf.value(student.id).value()) {
            entry.insert(QStringLiteral("average"), std::round(*average * 100) / 100);
            entry.insert(QStringLiteral("forecast"), MarkRules::forecast(*average)); // R16
        }
        studentArray.append(entry);
    }
    QCborArray periodArray;
    for (const PeriodMarkRecord& mark : contents.periodMarks) {
        periodArray.append(QCborMap{{QStringLiteral("student_id"), mark.studentId},
                                    {QStringLiteral("period_id"), mark.periodId},
                                    {QStringLiteral("value"), mark.value},
                                    {QStringLiteral("version"), mark.version}});
    }
    QByteArray out;
    out.reserve(lessonBytes.size() + cellBytes.size() + 4096);
    CborWriter writer(&out);
    writer.text(QLatin1StringView("from"));
    writer.text(from.toString(Qt::ISODate));
    writer.text(QLatin1StringView("to"));
    writer.text(to.toString(Qt::ISODate));
    writer.text(QLatin1StringView("students"));
    writer.encoded(QCborValue(studentArray).toCbor());
    writer.text(columns ? QLatin1StringView("lesson_columns") : QLatin1StringView("lessons"));
    writer.encoded(lessonBytes);
    writer.text(columns ? QLatin1StringView("cell_columns") : QLatin1StringView("cells"));
    writer.encoded(cellBytes);
    writer.text(QLatin1StringView("period_marks"));
    writer.encoded(QCborValue(periodArray).toCbor());
    writer.text(QLatin1StringView("version"));
    writer.integer(version);
    return out;
}

void write(QByteArray* answer, const JournalInfo& journal, bool readOnly, const QByteArray& body)
{
    QCborMap assignment{{QStringLiteral("id"), journal.assignmentId},
                        {QStringLiteral("class_id"), journal.classId},
                        {QStringLiteral("class"), journal.classTitle},
                        {QStringLiteral("grade"), journal.grade},
                        {QStringLiteral("subject_id"), journal.subjectId},
                        {QStringLiteral("subject"), journal.subjectTitle},
                        {QStringLiteral("double_mark"), journal.doubleMark},
                        {QStringLiteral("pass_fail"), journal.passFail},
                        {QStringLiteral("teacher_id"), journal.teacherId},
                        {QStringLiteral("teacher"), journal.teacherName},
                        {QStringLiteral("read_only"), readOnly}};
    QByteArray& out = *answer;
    out.reserve(body.size() + 512);
    CborWriter writer(&out);
    writer.startMap(1 + kBodyEntries);
    writer.text(QLatin1StringView("assignment"));
    writer.encoded(QCborValue(assignment).toCbor());
    writer.encoded(body);
}

} // namespace JournalAnswer
