#include "import/RosterCsv.h"

#include "core/Clock.h"
#include "import/CsvReader.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

namespace Code = RosterIssueCode;

enum Column
{
    Number,
    LastName,
    FirstName,
    MiddleName,
    BirthDate,
    Sex,
    ClassTitle,
    FileNo,
    ColumnCount
};

// Standard titles, as docs and the sample files spell them; also RosterIssue::column.
const std::array<QString, ColumnCount> kTitles{
    QStringLiteral("№"),        QStringLiteral("Фамилия"),        QStringLiteral("Имя"),
    QStringLiteral("Отчество"), QStringLiteral("Дата рождения"),  QStringLiteral("Пол"),
    QStringLiteral("Класс"),    QStringLiteral("№ личного дела"),
};

// Header text compared without case, surrounding or doubled spaces, or ё/е.
QString headerKey(const QString& text)
{
    QString key = text.simplified().toLower();
    key.replace(u'ё', u'е');
    return key;
}

std::optional<Column> columnOf(const QString& headerField)
{
    const QString key = headerKey(headerField);
    if (key == u"№ п/п")
        return Number;
    for (int column = 0; column < ColumnCount; ++column)
        if (key == headerKey(kTitles[column]))
            return Column(column);
    return std::nullopt;
}

RosterIssue issue(int line, std::optional<Column> column, const char* code, QString message)
{
    return {line, column ? kTitles[*column] : QString(), QString::fromLatin1(code),
            std::move(message)};
}

// Where each column sits in the records (-1: absent), or header issues.
struct HeaderMap
{
    std::array<int, ColumnCount> index;
    QList<RosterIssue> issues;
};

HeaderMap mapHeader(const CsvRecord& header)
{
    HeaderMap map;
    map.index.fill(-1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto column = columnOf(header.fields[i]);
        if (!column)
            continue; // extra columns are the school's business, not ours
        if (map.index[*column] >= 0)
            map.issues.append(
                issue(header.line, column, Code::kDuplicateColumn,
                      QCoreApplication::translate("RosterCsv",
                                                  "The column \"%1\" appears twice in the header.")
                          .arg(kTitles[*column])));
        else
            map.index[*column] = i;
    }
    for (int column = LastName; column < ColumnCount; ++column)
        if (map.index[column] < 0)
            map.issues.append(
                issue(header.line, Column(column), Code::kMissingColumn,
                      QCoreApplication::translate("RosterCsv", "The header has no column \"%1\".")
                          .arg(kTitles[column])));
    return map;
}

// A record's fields by column, trimmed; absent columns read as empty.
class Fields
{
public:
    Fields(const CsvRecord& record, const HeaderMap& map)
        : m_record(record)
        , m_map(map)
    {}
    QString operator[](Column column) const
    {
        const int i = m_map.index[column];
        return i >= 0 && i < m_record.fields.size() ? m_record.fields[i].trimmed() : QString();
    }

private:
    const CsvRecord& m_record;
    const HeaderMap& m_map;
};

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

// Extra trailing fields are tolerated when empty: spreadsheets add ";;" after the data.
bool hasHeaderWidth(const QStringList& fields, qsizetype width)
{
    if (fields.size() < width)
        return false;
    for (qsizetype i = width; i < fields.size(); ++i)
        if (!fields[i].trimmed().isEmpty())
            return false;
    return true;
}

std::optional<QDate> checkDate(const QString& text, int line, const QDate& today,
                               QList<RosterIssue>& issues)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{2})\.(\d{2})\.(\d{4})$)"));
    if (text.isEmpty()) {
        issues.append(issue(line, BirthDate, Code::kBadDate,
                            QCoreApplication::translate("RosterCsv", "The birth date is empty.")));
        return std::nullopt;
    }
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        issues.append(issue(
            line, BirthDate, Code::kBadDate,
            QCoreApplication::translate("RosterCsv", "The birth date \"%1\" is not written as "
                                                     "DD.MM.YYYY with a two-digit day and month.")
                .arg(text)));
        return std::nullopt;
    }
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    if (!date.isValid()) {
        issues.append(
            issue(line, BirthDate, Code::kImpossibleDate,
                  QCoreApplication::translate("RosterCsv", "The birth date %1 does not exist.")
                      .arg(text)));
        return std::nullopt;
    }
    if (date > today) {
        issues.append(
            issue(line, BirthDate, Code::kImplausibleDate,
                  QCoreApplication::translate("RosterCsv", "The birth date %1 is in the future.")
                      .arg(text)));
        return date;
    }
    if (date < today.addYears(-RosterCsv::kMaxAgeYears)) {
        issues.append(issue(
            line, BirthDate, Code::kImplausibleDate,
            QCoreApplication::translate("RosterCsv", "The birth date %1 is more than %2 years ago.")
                .arg(text)
                .arg(RosterCsv::kMaxAgeYears)));
        return date;
    }
    return date;
}

std::optional<QChar> sexOf(const QString& text)
{
    QString key = text.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    if (key == u"м" || key == u"муж" || key == u"мужской")
        return u'м';
    if (key == u"ж" || key == u"жен" || key == u"женский")
        return u'ж';
    return std::nullopt;
}

// Everything about one record except what needs the school.
class RowReader
{
public:
    RowReader(const HeaderMap& map, qsizetype headerWidth, const QDate& today)
        : m_map(map)
        , m_headerWidth(headerWidth)
        , m_today(today)
    {}

    RosterRow read(const CsvRecord& record, QList<RosterIssue>& issues)
    {
        const Fields fields(record, m_map);
        const int line = record.line;
        RosterRow row;
        row.line = line;
        row.lastName = fields[LastName];
        row.firstName = fields[FirstName];
        row.middleName = fields[MiddleName];
        row.classTitle = fields[ClassTitle];
        row.personalFileNo = fields[FileNo];

        if (record.unterminatedQuote) {
            issues.append(
                issue(line, std::nullopt, Code::kUnterminatedQuote,
                      QCoreApplication::translate(
                          "RosterCsv", "A quotation mark opened in this row is never closed.")));
            return row;
        }
        // A short or long row has its fields shifted; checking them would only add noise.
        if (!hasHeaderWidth(record.fields, m_headerWidth)) {
            issues.append(issue(line, std::nullopt, Code::kColumnCount,
                                QCoreApplication::translate(
                                    "RosterCsv", "Wrong number of fields: %1 instead of %2.")
                                    .arg(record.fields.size())
                                    .arg(m_headerWidth)));
            return row;
        }

        if (row.lastName.isEmpty())
            issues.append(issue(line, LastName, Code::kEmptyName,
                                QCoreApplication::translate("RosterCsv", "The surname is empty.")));
        if (row.firstName.isEmpty())
            issues.append(
                issue(line, FirstName, Code::kEmptyName,
                      QCoreApplication::translate("RosterCsv", "The first name is empty.")));
        row.birthDate = checkDate(fields[BirthDate], line, m_today, issues).value_or(QDate());
        checkSex(fields[Sex], row, issues);
        checkClass(row, issues);
        checkFileNo(row, issues);
        return row;
    }

private:
    static void checkSex(const QString& text, RosterRow& row, QList<RosterIssue>& issues)
    {
        if (const auto sex = sexOf(text)) {
            row.sex = *sex;
            return;
        }
        issues.append(issue(
            row.line, Sex, Code::kUnknownSex,
            text.isEmpty()
                ? QCoreApplication::translate("RosterCsv", "The sex is not given; write м or ж.")
                : QCoreApplication::translate("RosterCsv",
                                              "The sex \"%1\" is unknown; write м or ж.")
                      .arg(text)));
    }

    static void checkClass(RosterRow& row, QList<RosterIssue>& issues)
    {
        if (const auto title = RosterCsv::normalizeClassTitle(row.classTitle)) {
            row.classTitle = *title;
            return;
        }
        issues.append(issue(
            row.line, ClassTitle, Code::kBadClass,
            QCoreApplication::translate(
                "RosterCsv", "The class \"%1\" is not a grade from 1 to 11 followed by a letter.")
                .arg(row.classTitle)));
    }

    void checkFileNo(const RosterRow& row, QList<RosterIssue>& issues)
    {
        if (row.personalFileNo.isEmpty()) {
            issues.append(issue(
                row.line, FileNo, Code::kEmptyFileNo,
                QCoreApplication::translate("RosterCsv", "The personal file number is empty.")));
            return;
        }
        const auto first = m_fileNoLines.constFind(row.personalFileNo);
        if (first == m_fileNoLines.constEnd()) {
            m_fileNoLines.insert(row.personalFileNo, row.line);
            return;
        }
        issues.append(issue(row.line, FileNo, Code::kDuplicateFileNo,
                            QCoreApplication::translate(
                                "RosterCsv", "The personal file number %1 is already on line %2.")
                                .arg(row.personalFileNo)
                                .arg(*first)));
    }

    const HeaderMap& m_map;
    qsizetype m_headerWidth;
    QDate m_today;
    QHash<QString, int> m_fileNoLines; // first line of each personal-file number
};

// Lines whose fields are not where the header says: the school is not asked about them.
QSet<int> unreadableLines(const QList<RosterIssue>& issues)
{
    QSet<int> lines;
    for (const RosterIssue& found : issues)
        if (found.code == QLatin1String(Code::kColumnCount) ||
            found.code == QLatin1String(Code::kUnterminatedQuote))
            lines.insert(found.line);
    return lines;
}

} // namespace

bool RosterFile::hasIssueOn(int line) const
{
    return std::any_of(issues.begin(), issues.end(),
                       [line](const RosterIssue& found) { return found.line == line; });
}

QList<RosterRow> RosterFile::validRows(const QList<RosterIssue>& moreIssues) const
{
    QSet<int> badLines;
    for (const RosterIssue& found : issues + moreIssues)
        badLines.insert(found.line);
    QList<RosterRow> valid;
    for (const RosterRow& row : rows)
        if (!badLines.contains(row.line))
            valid.append(row);
    return valid;
}

namespace RosterCsv {

std::optional<QString> normalizeClassTitle(const QString& text)
{
    // Latin capitals that look like Cyrillic ones, as typed on the wrong keyboard layout.
    static const QString latin = QStringLiteral("ABEKMHOPCTX");
    static const QString cyrillic = QStringLiteral("АВЕКМНОРСТХ");
    static const QRegularExpression pattern(QStringLiteral(R"(^0*(\d{1,2})([А-ЯЁ])$)"));

    QString compact;
    for (QChar c : text.toUpper()) {
        if (c.isSpace() || c == u'-' || c == u'"' || c == u'«' || c == u'»')
            continue;
        const qsizetype at = latin.indexOf(c);
        compact.append(at >= 0 ? cyrillic[at] : c);
    }
    const auto match = pattern.match(compact);
    if (!match.hasMatch())
        return std::nullopt;
    const int grade = match.captured(1).toInt();
    if (grade < 1 || grade > 11)
        return std::nullopt;
    return QString::number(grade) + match.captured(2);
}

RosterFile parseRoster(const QByteArray& bytes, const QString& forcedEncoding)
{
    RosterFile file;
    const TextDecoding::DecodedText decoded = TextDecoding::decode(bytes, forcedEncoding);
    file.encoding = decoded.encodingName;
    if (!decoded.ok) {
        file.issues.append(
            issue(0, std::nullopt, Code::kBadEncoding,
                  decoded.encodingName.isEmpty()
                      ? QCoreApplication::translate("RosterCsv", "Unknown encoding \"%1\".")
                            .arg(forcedEncoding)
                      : QCoreApplication::translate("RosterCsv", "The file is not valid %1.")
                            .arg(decoded.encodingName)));
        return file;
    }

    file.separator = CsvReader::detectSeparator(decoded.text);
    const QList<CsvRecord> records = CsvReader::parse(decoded.text, file.separator);
    if (records.isEmpty()) {
        file.issues.append(issue(0, std::nullopt, Code::kEmptyFile,
                                 QCoreApplication::translate("RosterCsv", "The file is empty.")));
        return file;
    }
    const CsvRecord& header = records.first();
    file.header = header.fields;
    for (qsizetype i = 1; i < records.size() && file.preview.size() < RosterFile::kPreviewRecords;
         ++i)
        file.preview.append(records[i].fields);

    const HeaderMap map = mapHeader(header);
    if (!map.issues.isEmpty() || header.unterminatedQuote) {
        file.issues = map.issues;
        if (header.unterminatedQuote)
            file.issues.prepend(
                issue(header.line, std::nullopt, Code::kUnterminatedQuote,
                      QCoreApplication::translate(
                          "RosterCsv", "A quotation mark opened in this row is never closed.")));
        return file;
    }

    const QDate today = Clock::current().now().toLocalTime().date();
    RowReader reader(map, header.fields.size(), today);
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (isBlank(records[i].fields) && !records[i].unterminatedQuote)
            continue; // a row of bare separators, as spreadsheets leave below the data
        file.rows.append(reader.read(records[i], file.issues));
    }
    return file;
}

QList<RosterIssue> validate(const RosterFile& file,
                            const std::function<bool(const QString& classTitle)>& classExists,
                            const std::function<bool(const QString& fileNo)>& fileNoTaken)
{
    const QSet<int> skipped = unreadableLines(file.issues);
    QHash<QString, bool> knownClasses; // each class asked once: the server asks its database
    QList<RosterIssue> issues;
    for (const RosterRow& row : file.rows) {
        if (skipped.contains(row.line))
            continue;
        auto known = knownClasses.constFind(row.classTitle);
        if (known == knownClasses.constEnd()) {
            // A title that is no class at all already has its "bad_class" issue.
            const bool ask = classExists && normalizeClassTitle(row.classTitle) == row.classTitle;
            known = knownClasses.insert(row.classTitle, !ask || classExists(row.classTitle));
        }
        if (!*known)
            issues.append(
                issue(row.line, ClassTitle, Code::kUnknownClass,
                      QCoreApplication::translate("RosterCsv", "The school has no class %1.")
                          .arg(row.classTitle)));
        if (!row.personalFileNo.isEmpty() && fileNoTaken && fileNoTaken(row.personalFileNo))
            issues.append(issue(row.line, FileNo, Code::kFileNoTaken,
                                QCoreApplication::translate(
                                    "RosterCsv",
                                    "The personal file number %1 already belongs to a student of "
                                    "the school.")
                                    .arg(row.personalFileNo)));
    }
    return issues;
}

} // namespace RosterCsv
