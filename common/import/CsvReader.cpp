#include "import/CsvReader.h"

#include <array>

namespace CsvReader {
namespace {

constexpr QChar kQuote = u'"';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';

bool isLineEnd(QChar c)
{
    return c == kCr || c == kLf;
}

// Reads one record from `pos`, advancing `pos` past its line end and `line` by the line
// breaks consumed. Quotes are lenient: text after a closing quote, and a quote inside an
// unquoted field, are kept as they are.
class RecordScanner
{
public:
    RecordScanner(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {}

    CsvRecord scan(qsizetype& pos, int& line) const
    {
        const qsizetype start = pos;
        const int startLine = line;
        CsvRecord record;
        record.line = startLine;
        QString field;
        bool inQuotes = false;
        bool fieldStarted = false; // a quote opens a field only as its first character
        qsizetype i = pos;
        const qsizetype size = m_text.size();
        while (i < size) {
            const QChar c = m_text[i];
            if (inQuotes) {
                if (c == kQuote) {
                    if (i + 1 < size && m_text[i + 1] == kQuote) {
                        field.append(kQuote);
                        i += 2;
                    } else {
                        inQuotes = false;
                        ++i;
                    }
                } else if (isLineEnd(c)) {
                    i = skipLineEnd(i);
                    ++line;
                    field.append(kLf);
                } else {
                    field.append(c);
                    ++i;
                }
                continue;
            }
            if (c == m_separator) {
                record.fields.append(field);
                field.clear();
                fieldStarted = false;
                ++i;
            } else if (isLineEnd(c)) {
                record.fields.append(field);
                pos = skipLineEnd(i);
                ++line;
                return record;
            } else {
                if (c == kQuote && !fieldStarted)
                    inQuotes = true;
                else
                    field.append(c);
                fieldStarted = true;
                ++i;
            }
        }
        if (!inQuotes) { // end of text ends the last record
            record.fields.append(field);
            pos = size;
            return record;
        }
        return unterminated(start, startLine, pos, line);
    }

private:
    qsizetype skipLineEnd(qsizetype i) const
    {
        if (m_text[i] == kCr && i + 1 < m_text.size() && m_text[i + 1] == kLf)
            return i + 2;
        return i + 1;
    }

    // Re-reads the record's first line as plain fields, quotes kept, and moves past it.
    // Reading on cannot hit the end inside quotes again: every quote after the stray one
    // was half of a doubled pair, and a field opened by such a pair closes at once.
    CsvRecord unterminated(qsizetype start, int startLine, qsizetype& pos, int& line) const
    {
        CsvRecord record;
        record.line = startLine;
        record.unterminatedQuote = true;
        qsizetype end = start;
        while (end < m_text.size() && !isLineEnd(m_text[end]))
            ++end;
        record.fields = m_text.mid(start, end - start).toString().split(m_separator);
        pos = end < m_text.size() ? skipLineEnd(end) : end;
        line = startLine + 1;
        return record;
    }

    QStringView m_text;
    QChar m_separator;
};

} // namespace

QChar detectSeparator(QStringView text)
{
    // Candidates in order of preference; counted outside quotes on the first line.
    constexpr std::array<QChar, 3> candidates{u';', u',', u'\t'};
    std::array<int, 3> counts{};
    bool inQuotes = false;
    qsizetype start = 0; // empty lines before the header are skipped, as parse() does
    while (start < text.size() && isLineEnd(text[start]))
        ++start;
    for (const QChar c : text.mid(start)) {
        if (c == kQuote)
            inQuotes = !inQuotes; // a doubled quote toggles twice: no change
        else if (!inQuotes && isLineEnd(c))
            break;
        else if (!inQuotes)
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

QList<CsvRecord> parse(QStringView text, QChar separator)
{
    const RecordScanner scanner(text, separator);
    QList<CsvRecord> records;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        if (isLineEnd(text[pos])) { // an empty line: no record
            pos += text[pos] == kCr && pos + 1 < text.size() && text[pos + 1] == kLf ? 2 : 1;
            ++line;
            continue;
        }
        records.append(scanner.scan(pos, line));
    }
    return records;
}

} // namespace CsvReader
