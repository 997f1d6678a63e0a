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

// The answer's entries after the journal's own description: the range, the students with
// their averages and forecasts, the lessons, cells and period marks and the journal's version,
// as kBodyEntries CBOR key/value pairs. Made of the contents alone (and the journal's class,
// subgroup and subject's mark rules), so that it can be kept (JournalAnswerCache).
inline constexpr int kBodyEntries = 7;
QByteArray body(const JournalInfo& journal, const QDate& from, const QDate& to,
                const Contents& contents, Layout layout);

// The whole answer: the journal as the caller sees it (`readOnly`) and then `body`.
void write(QByteArray* answer, const JournalInfo& journal, bool readOnly, const QByteArray& body);

} // namespace JournalAnswer
