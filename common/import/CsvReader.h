#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// One record of a CSV file with the physical line it starts on, for error reports.
struct CsvRecord
{
    int line = 0;       // 1-based line of the record's first character in the file
    QStringList fields; // unquoted; line breaks inside quotes become "\n"
    // The record opened a quote that never closed. Its fields are then its first line split
    // plainly, and reading resumes on the next line, so a stray quote costs one record.
    bool unterminatedQuote = false;
};

// Reads CSV text the way spreadsheets save it (RFC 4180 with the separator detected):
// quoted fields with doubled quotes, separators and line breaks inside quotes, CRLF, LF
// or CR line ends. Empty lines are skipped, so a trailing line break adds no record.
namespace CsvReader {

// The separator among ';', ',' and tab that splits the first line (the header) into the
// most fields, quotes respected; ';' wins ties, then ','. A line with none gives ';'.
// Leading empty lines are skipped, as parse() skips them.
QChar detectSeparator(QStringView text);

// All records of `text` (decoded, without a BOM), split by `separator`.
QList<CsvRecord> parse(QStringView text, QChar separator);

} // namespace CsvReader
