#pragma once

#include "domain/SchoolTypes.h"
#include "storage/JournalStore.h"

#include <QByteArray>

// journal.get's answer, written straight as CBOR (thousands of lessons and cells, no
// QCborValue tree), with each student's weighted average and forecast (R04, R16).
namespace JournalAnswer {

// What the answer is made of, as the store read it.
using Contents = JournalContents;

// Maps: a map per lesson and per cell. Columns: lessons and cells as maps of arrays
// (lesson_columns, cell_columns; docs/protocol.md).
enum class Layout
{
    Maps,
    Columns
};

void write(QByteArray* answer, const JournalInfo& journal, bool readOnly, const QDate& from,
           const QDate& to, const Contents& contents, Layout layout);

} // namespace JournalAnswer
