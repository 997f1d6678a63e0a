#pragma once

#include "domain/SchoolTypes.h"
#include "protocol/CborWriter.h"
#include "storage/JournalStore.h"

#include <QCborMap>
#include <QHash>

// The wire form of lessons and cells, written once: straight into a CborWriter for the
// thousands of them in journal.get, and as a QCborMap for single ones (cell.set, lesson.save).
namespace JournalCbor {
void writeLesson(CborWriter& out, const LessonRecord& lesson, const QHash<qint64, WorkType>& types);
void writeCell(CborWriter& out, const CellRecord& cell);
// The cells as columns (journal.get with layout "columns"): one map of seven arrays, the i-th
// entries of which make the i-th cell. A third of the bytes and far less to parse than a map
// per cell.
void writeCellColumns(CborWriter& out, const QList<CellRecord>& cells);
// The lessons as columns (the same layout): one map of eleven arrays, one entry a lesson.
void writeLessonColumns(CborWriter& out, const QList<LessonRecord>& lessons,
                        const QHash<qint64, WorkType>& types);

QCborMap lesson(const LessonRecord& lesson, const QHash<qint64, WorkType>& types);
QCborMap cell(const CellRecord& cell);
} // namespace JournalCbor
