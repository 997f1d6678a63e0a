#pragma once

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// One student of a class list (R22) as read from one record of the file.
struct RosterRow
{
    int line = 0;     // 1-based physical line where the record starts (the header is line 1)
    QString lastName; // names as given, surrounding whitespace trimmed
    QString firstName;
    QString middleName; // may be empty
    QDate birthDate;    // null when the date was missing or bad
    QChar sex;          // u'м' or u'ж'; null when unknown
    QString classTitle; // normalised ("5А"); as given, trimmed, when not a class title
    QString personalFileNo;
};

// A problem with a class list, tied to a line so people can find and fix it.
struct RosterIssue
{
    int line = 0; // 1-based physical line; 0 for the file as a whole (encoding, empty file)
    QString column; // the column's standard title ("Дата рождения"); empty for a whole row
    QString code;    // stable, for programs: one of RosterIssueCode
    QString message; // for people, Russian when the translation is loaded
};

// The codes of RosterIssue.
namespace RosterIssueCode {
// The file as a whole.
inline constexpr char kBadEncoding[] = "bad_encoding"; // forced UTF-8 with invalid bytes
inline constexpr char kEmptyFile[] = "empty_file";
inline constexpr char kMissingColumn[] = "missing_column"; // a required column is absent
inline constexpr char kDuplicateColumn[] = "duplicate_column";
// One row, found by parseRoster().
inline constexpr char kUnterminatedQuote[] = "unterminated_quote";
inline constexpr char kColumnCount[] = "column_count";         // other fields are then not checked
inline constexpr char kEmptyName[] = "empty_name";             // surname or first name
inline constexpr char kBadDate[] = "bad_date";                 // not DD.MM.YYYY (also "21.1.2014")
inline constexpr char kImpossibleDate[] = "impossible_date";   // 31.02.2014
inline constexpr char kImplausibleDate[] = "implausible_date"; // future, or over 25 years ago
inline constexpr char kUnknownSex[] = "unknown_sex";
inline constexpr char kEmptyFileNo[] = "empty_file_no";
inline constexpr char kDuplicateFileNo[] = "duplicate_file_no"; // on the second occurrence
inline constexpr char kBadClass[] = "bad_class"; // not a grade 1–11 followed by a letter
// One row, found by RosterCsv::validate() against the school.
inline constexpr char kUnknownClass[] = "unknown_class";
inline constexpr char kFileNoTaken[] = "file_no_taken";
} // namespace RosterIssueCode

// A class list as read from a file: what the import wizard previews and the server imports.
struct RosterFile
{
    QString encoding;           // "UTF-8", "UTF-8 (BOM)" or "Windows-1251" (TextDecoding names)
    QChar separator;            // ';', ',' or '\t'
    QStringList header;         // the header's fields as in the file
    QList<RosterRow> rows;      // every data record in file order, valid or not; none if the
                                // file or its header has an issue
    QList<RosterIssue> issues;  // in line order
    QList<QStringList> preview; // the first kPreviewRecords data records' fields as read

    static constexpr int kPreviewRecords = 20;

    bool hasIssueOn(int line) const;
    // The rows with no issue on their line, here or in `moreIssues` (from validate()).
    QList<RosterRow> validRows(const QList<RosterIssue>& moreIssues = {}) const;
};

// Reading and checking class-list CSV files with the columns
// "№;Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;№ личного дела" (in any order, "№"
// optional, names matched without regard to case, spaces or ё/е; other columns ignored).
namespace RosterCsv {

// Students older than this on the day of the import are taken for a typing mistake.
inline constexpr int kMaxAgeYears = 25;

// Decodes (TextDecoding::decode, `forcedEncoding` overriding detection), detects the
// separator, maps the header and checks every row. "Today" comes from Clock::current().
RosterFile parseRoster(const QByteArray& bytes, const QString& forcedEncoding = {});

// The checks only the school can make, for the server: "unknown_class" for a row whose
// class `classExists` denies, "file_no_taken" for a personal-file number `fileNoTaken`
// confirms. Rows with a bad column count are not asked about, nor bad class titles or
// empty numbers; each distinct class is asked once. Null callbacks check nothing.
// Returns the new issues in line order, to show together with file.issues.
QList<RosterIssue> validate(const RosterFile& file,
                            const std::function<bool(const QString& classTitle)>& classExists,
                            const std::function<bool(const QString& fileNo)>& fileNoTaken);

// "5А" from "5а", "5 A" (Latin), "5-А", "05«А»"; nullopt unless a grade 1–11 and one
// Cyrillic letter. Latin look-alikes A B E K M H O P C T X become Cyrillic.
std::optional<QString> normalizeClassTitle(const QString& text);

} // namespace RosterCsv
