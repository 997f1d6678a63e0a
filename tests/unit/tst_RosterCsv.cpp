#include "import/CsvReader.h"
#include "import/RosterCsv.h"
#include "import/TextDecoding.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The sample class lists: tests/data/ in the checkout (what CI has), else the shared
// originals next to the checkout.
QString sampleFile(const QString& name)
{
    QStringList dirs;
    const QString source = qEnvironmentVariable("EJOURNAL_SOURCE_DIR");
    if (!source.isEmpty())
        dirs << source + QStringLiteral("/tests/data")
             << source + QStringLiteral("/../shared/data");
    dirs << QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../data");
    for (const QString& dir : dirs) {
        const QString path = QDir(dir).absoluteFilePath(name);
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

QByteArray readSample(const QString& name)
{
    QFile file(sampleFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample file %s not found", qPrintable(name));
    return file.readAll();
}

QStringList lastNames(const QList<RosterRow>& rows)
{
    QStringList names;
    for (const RosterRow& row : rows)
        names.append(row.lastName);
    return names;
}

// "line:code" of each issue, the shape the expectations are written in.
QStringList summary(const QList<RosterIssue>& issues)
{
    QStringList lines;
    for (const RosterIssue& issue : issues)
        lines.append(QStringLiteral("%1:%2").arg(issue.line).arg(issue.code));
    return lines;
}

QList<int> lineNumbers(const QList<CsvRecord>& records)
{
    QList<int> lines;
    for (const CsvRecord& record : records)
        lines.append(record.line);
    return lines;
}

const QString kHeader =
    QStringLiteral("№;Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;№ личного дела");

} // namespace

// The class-list reader (R22): encodings, CSV syntax and every row check, on the sample
// files schools really produce and on small made-up ones.
class tst_RosterCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The sample pupils were born in 2012–2014; "today" must not drift past their 25th.
        m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
        QVERIFY2(!sampleFile(QStringLiteral("roster-5A-with-errors.csv")).isEmpty(),
                 "tests/data/roster-*.csv not found");
    }
    void cleanupTestCase() { m_clock.reset(); }

    // --- TextDecoding ---------------------------------------------------------------

    void ownWindows1251TableAgreesWithIcu()
    {
        QStringDecoder icu("windows-1251");
        if (!icu.isValid())
            QSKIP("this Qt has no ICU; only our own table decodes Windows-1251");
        QByteArray all;
        for (int byte = 0; byte < 256; ++byte)
            all.append(char(byte));
        QCOMPARE(TextDecoding::fromWindows1251Table(all), icu.decode(all));
        QCOMPARE(TextDecoding::fromWindows1251Table("\xC0\xFF\xA8\xB8\xB9"), u"АяЁё№"_s);
    }

    void utf8WithBomIsDetectedAndStripped()
    {
        const auto decoded = TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + "Класс"_ba);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.encodingName, u"UTF-8 (BOM)"_s);
        QCOMPARE(decoded.text, u"Класс"_s);
    }

    void validUtf8IsUtf8()
    {
        const auto decoded = TextDecoding::decode("Фёдоров;5А"_ba);
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.encodingName, u"UTF-8"_s);
        QCOMPARE(decoded.text, u"Фёдоров;5А"_s);
        QCOMPARE(TextDecoding::decode(QByteArray("plain ascii")).encodingName, u"UTF-8"_s);
    }

    void otherBytesAreWindows1251()
    {
        // "Ёж" in 1251; also a UTF-8 sequence cut off at the end is not UTF-8.
        const auto decoded = TextDecoding::decode(QByteArray("\xA8\xE6"));
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.encodingName, u"Windows-1251"_s);
        QCOMPARE(decoded.text, u"Ёж"_s);
        QVERIFY(!TextDecoding::isValidUtf8(QByteArray("\xD0")));
        QCOMPARE(TextDecoding::decode(QByteArray("a\xD0")).encodingName, u"Windows-1251"_s);
    }

    void forcedEncodingOverridesDetection()
    {
        const QByteArray utf8 = "Ёж"_ba;
        const auto as1251 = TextDecoding::decode(utf8, QStringLiteral("CP1251"));
        QVERIFY(as1251.ok);
        QCOMPARE(as1251.encodingName, u"Windows-1251"_s);
        QCOMPARE(as1251.text, u"РЃР¶"_s); // what the user sees when they force the wrong one

        const auto invalid = TextDecoding::decode(QByteArray("\xA8\xE6"), QStringLiteral("utf-8"));
        QVERIFY(!invalid.ok);
        QCOMPARE(invalid.encodingName, u"UTF-8"_s);
        QVERIFY(TextDecoding::decode(utf8, QStringLiteral("windows-1251")).ok);
        QVERIFY(TextDecoding::decode(utf8, QStringLiteral("utf8")).ok);
        QVERIFY(!TextDecoding::decode(utf8, QStringLiteral("koi8-r")).ok);
    }

    // --- CsvReader ------------------------------------------------------------------

    void separatorIsTheOneGivingMostFields()
    {
        QCOMPARE(CsvReader::detectSeparator(u"a;b;c\n1,2,3,4,5"), QChar(u';'));
        QCOMPARE(CsvReader::detectSeparator(u"a,b,c;d\n"), QChar(u','));
        QCOMPARE(CsvReader::detectSeparator(u"a\tb\tc,d"), QChar(u'\t'));
        QCOMPARE(CsvReader::detectSeparator(u"a,b;c"), QChar(u';'));         // ties go to ';'
        QCOMPARE(CsvReader::detectSeparator(u"single"), QChar(u';'));        // nothing to go by
        QCOMPARE(CsvReader::detectSeparator(u"\"a;b;c\",d,e"), QChar(u',')); // quotes respected
        QCOMPARE(CsvReader::detectSeparator(u"\r\n\r\na,b"), QChar(u','));   // leading blank lines
    }

    void commaSeparatedRosterIsRead()
    {
        QByteArray text = kHeader.toUtf8().replace(';', ',') + "\r\n";
        text += "1,\"Иванова, Мария\",Анна,,01.02.2013,ж,6Б,6-001\r\n"_ba;
        const RosterFile file = RosterCsv::parseRoster(text);
        QCOMPARE(file.separator, QChar(u','));
        QVERIFY2(file.issues.isEmpty(), qPrintable(summary(file.issues).join(' ')));
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.rows[0].lastName, u"Иванова, Мария"_s);
        QVERIFY(file.rows[0].middleName.isEmpty());
    }

    void quotedFieldsKeepSeparatorsAndDoubledQuotes()
    {
        const auto records = CsvReader::parse(u"\"a;b\";\"say \"\"hi\"\"\";\"\";x\n", QChar(u';'));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, (QStringList{"a;b", "say \"hi\"", "", "x"}));
        QVERIFY(!records[0].unterminatedQuote);
    }

    void quotedNewlineKeepsLineNumbers()
    {
        const auto records =
            CsvReader::parse(u"h1;h2\r\n\"two\r\nlines\";b\r\nc;d\r\n", QChar(u';'));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[1].fields, (QStringList{"two\nlines", "b"}));
        QCOMPARE(lineNumbers(records), (QList<int>{1, 2, 4}));
    }

    void lineEndsOfEveryKind()
    {
        const auto records = CsvReader::parse(u"a;b\rc;d\ne;f\r\ng;h", QChar(u';'));
        QCOMPARE(records.size(), 4);
        QCOMPARE(lineNumbers(records), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(records[3].fields, (QStringList{"g", "h"}));
    }

    void emptyLinesMakeNoRecords()
    {
        const auto records = CsvReader::parse(u"a;b\r\n\r\nc;d\r\n\r\n", QChar(u';'));
        QCOMPARE(lineNumbers(records), (QList<int>{1, 3}));
        QCOMPARE(records[1].fields, (QStringList{"c", "d"}));
    }

    void unterminatedQuoteSpoilsOnlyItsRecord()
    {
        const auto records = CsvReader::parse(u"a;b\n\"open;x\nc;d\ne;f\"\"g\n", QChar(u';'));
        QCOMPARE(lineNumbers(records), (QList<int>{1, 2, 3, 4}));
        QVERIFY(records[1].unterminatedQuote);
        QCOMPARE(records[1].fields, (QStringList{"\"open", "x"}));
        QVERIFY(!records[2].unterminatedQuote);
        QCOMPARE(records[2].fields, (QStringList{"c", "d"}));
        QCOMPARE(records[3].fields, (QStringList{"e", "f\"\"g"})); // literal mid-field
    }

    void unterminatedQuoteInRosterIsAnIssue()
    {
        QByteArray text = kHeader.toUtf8() + "\n";
        text += "1;\"Белова;Анна;;03.04.2014;ж;5А;5-101\n"_ba;
        text += "2;Гусев;Илья;;03.05.2014;м;5А;5-102\n"_ba;
        const RosterFile file = RosterCsv::parseRoster(text);
        QCOMPARE(summary(file.issues), (QStringList{"2:unterminated_quote"}));
        QCOMPARE(lastNames(file.validRows()), (QStringList{u"Гусев"_s}));
    }

    // --- RosterCsv on the sample files ----------------------------------------------

    void excelWindows1251File()
    {
        const RosterFile file =
            RosterCsv::parseRoster(readSample(QStringLiteral("roster-5A-excel-cp1251.csv")));
        QCOMPARE(file.encoding, u"Windows-1251"_s);
        QCOMPARE(file.separator, QChar(u';'));
        QCOMPARE(file.header.join(u';'), kHeader);
        QVERIFY2(file.issues.isEmpty(), qPrintable(summary(file.issues).join(' ')));
        QCOMPARE(file.rows.size(), 27);
        QCOMPARE(file.validRows().size(), 27);

        const RosterRow& first = file.rows.first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.lastName, u"Андреев"_s);
        QCOMPARE(first.firstName, u"Никита"_s);
        QCOMPARE(first.middleName, u"Александрович"_s);
        QCOMPARE(first.birthDate, QDate(2014, 6, 15));
        QCOMPARE(first.sex, QChar(u'м'));
        QCOMPARE(first.classTitle, u"5А"_s);
        QCOMPARE(first.personalFileNo, u"5-732"_s);

        QCOMPARE(file.rows[6].firstName, u"Артём"_s); // ё survives 1251
        QCOMPARE(file.rows[17].lastName, u"Семёнов"_s);
        QCOMPARE(file.rows.last().line, 28);
        QCOMPARE(file.rows.last().lastName, u"Фёдоров"_s);
        QCOMPARE(file.rows.last().sex, QChar(u'м'));
        QCOMPARE(file.rows[4].sex, QChar(u'ж'));
        QCOMPARE(file.preview.size(), RosterFile::kPreviewRecords);
        QCOMPARE(file.preview.first().at(1), u"Андреев"_s);
    }

    void utf8File()
    {
        const RosterFile file =
            RosterCsv::parseRoster(readSample(QStringLiteral("roster-7B-utf8.csv")));
        QCOMPARE(file.encoding, u"UTF-8"_s);
        QCOMPARE(file.separator, QChar(u';'));
        QVERIFY2(file.issues.isEmpty(), qPrintable(summary(file.issues).join(' ')));
        QCOMPARE(file.rows.size(), 25);
        QCOMPARE(file.rows.first().lastName, u"Алексеева"_s);
        QCOMPARE(file.rows.first().firstName, u"Виктория"_s);
        QCOMPARE(file.rows.first().birthDate, QDate(2012, 11, 19));
        QCOMPARE(file.rows.first().classTitle, u"7Б"_s);
        QCOMPARE(file.rows[22].lastName, u"Семёнова"_s);
        QCOMPARE(file.rows.last().lastName, u"Соколова"_s);
        QCOMPARE(file.rows.last().personalFileNo, u"7-497"_s);
    }

    void fileWithErrorsHasOneIssuePerBadLine()
    {
        const RosterFile file =
            RosterCsv::parseRoster(readSample(QStringLiteral("roster-5A-with-errors.csv")));
        QCOMPARE(file.encoding, u"UTF-8"_s);
        QCOMPARE(file.rows.size(), 9);
        QCOMPARE(summary(file.issues),
                 (QStringList{"3:empty_name", "4:impossible_date", "5:duplicate_file_no",
                              "7:bad_date", "8:unknown_sex", "10:column_count"}));
        const auto column = [&](int i) { return file.issues.at(i).column; };
        QCOMPARE(column(0), u"Фамилия"_s);
        QCOMPARE(column(1), u"Дата рождения"_s);
        QCOMPARE(column(2), u"№ личного дела"_s);
        QCOMPARE(column(3), u"Дата рождения"_s);
        QCOMPARE(column(4), u"Пол"_s);
        QVERIFY(column(5).isEmpty());
        QVERIFY2(file.issues.at(2).message.contains(u"2"), qPrintable(file.issues.at(2).message));
        QVERIFY(file.issues.at(2).message.contains(u"5-101"));
        QVERIFY(file.issues.at(3).message.contains(u"21.1.2014"));
        for (const RosterIssue& issue : file.issues)
            QVERIFY(!issue.message.isEmpty());

        // Line 9's surname was quoted in the file and is valid; the quotes are gone.
        const RosterRow& quoted = file.rows.at(7);
        QCOMPARE(quoted.line, 9);
        QCOMPARE(quoted.lastName, u"Иванова-Петрова"_s);
        QCOMPARE(quoted.firstName, u"Алёна"_s);
        QVERIFY(!file.hasIssueOn(9));

        // Line 6's class "5Я" is a fine title; only the school can say it has none.
        QCOMPARE(file.rows.at(4).classTitle, u"5Я"_s);
        QCOMPARE(lastNames(file.validRows()),
                 (QStringList{u"Белова"_s, u"Ершов"_s, u"Иванова-Петрова"_s}));
    }

    void schoolChecksComeFromCallbacks()
    {
        const RosterFile file =
            RosterCsv::parseRoster(readSample(QStringLiteral("roster-5A-with-errors.csv")));
        QStringList classesAsked;
        const auto classExists = [&](const QString& title) {
            classesAsked.append(title);
            return title == u"5А";
        };
        const auto fileNoTaken = [](const QString& number) { return number == u"5-108"; };
        const QList<RosterIssue> more = RosterCsv::validate(file, classExists, fileNoTaken);
        QCOMPARE(summary(more), (QStringList{"6:unknown_class", "9:file_no_taken"}));
        QCOMPARE(more.at(0).column, u"Класс"_s);
        QVERIFY(more.at(0).message.contains(u"5Я"));
        QCOMPARE(more.at(1).column, u"№ личного дела"_s);
        QCOMPARE(classesAsked, (QStringList{u"5А"_s, u"5Я"_s})); // once per class
        QCOMPARE(lastNames(file.validRows(more)), (QStringList{u"Белова"_s}));

        QVERIFY(RosterCsv::validate(file, nullptr, nullptr).isEmpty());
    }

    void bomAndForcedEncoding()
    {
        const QByteArray utf8 = readSample(QStringLiteral("roster-7B-utf8.csv"));
        const RosterFile withBom = RosterCsv::parseRoster(QByteArray("\xEF\xBB\xBF") + utf8);
        QCOMPARE(withBom.encoding, u"UTF-8 (BOM)"_s);
        QCOMPARE(withBom.header.first(), u"№"_s); // no BOM glued to the first title
        QVERIFY(withBom.issues.isEmpty());
        QCOMPARE(withBom.rows.size(), 25);

        const QByteArray cp1251 = readSample(QStringLiteral("roster-5A-excel-cp1251.csv"));
        const RosterFile forced = RosterCsv::parseRoster(cp1251, QStringLiteral("windows-1251"));
        QCOMPARE(forced.encoding, u"Windows-1251"_s);
        QCOMPARE(forced.rows.size(), 27);

        const RosterFile wrong = RosterCsv::parseRoster(cp1251, QStringLiteral("utf-8"));
        QCOMPARE(summary(wrong.issues), (QStringList{"0:bad_encoding"}));
        QVERIFY(wrong.rows.isEmpty());

        // UTF-8 forced as 1251 decodes to nonsense the header no longer matches.
        const RosterFile garbled = RosterCsv::parseRoster(utf8, QStringLiteral("cp1251"));
        QVERIFY(summary(garbled.issues).contains(u"1:missing_column"));
        QVERIFY(garbled.rows.isEmpty());
    }

    // --- RosterCsv rules on made-up files -------------------------------------------

    void headerInAnyOrderAndSpelling()
    {
        const QByteArray text = " ФАМИЛИЯ ;имя;Класс;№  Личного дела;пол;дата Рождения;"
                                "Отчество;Примечание\n"
                                "Семёнов;Пётр;5а;5-1;М.;01.09.2014;;новенький\n"_ba;
        const RosterFile file = RosterCsv::parseRoster(text);
        QVERIFY2(file.issues.isEmpty(), qPrintable(summary(file.issues).join(' ')));
        QCOMPARE(file.rows.size(), 1);
        const RosterRow& row = file.rows.first();
        QCOMPARE(row.lastName, u"Семёнов"_s);
        QCOMPARE(row.firstName, u"Пётр"_s);
        QCOMPARE(row.classTitle, u"5А"_s);
        QCOMPARE(row.personalFileNo, u"5-1"_s);
        QCOMPARE(row.sex, QChar(u'м'));
        QCOMPARE(row.birthDate, QDate(2014, 9, 1));

        const QByteArray yo = "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;№ лИчного дёла\n"_ba;
        QVERIFY(RosterCsv::parseRoster(yo).issues.isEmpty());
    }

    void missingColumnsAreReported()
    {
        const RosterFile file = RosterCsv::parseRoster(
            "Фамилия;Имя;Отчество;Дата рождения;Класс\nИванов;Иван;;01.01.2014;5А\n"_ba);
        QCOMPARE(summary(file.issues), (QStringList{"1:missing_column", "1:missing_column"}));
        QCOMPARE(file.issues.at(0).column, u"Пол"_s);
        QCOMPARE(file.issues.at(1).column, u"№ личного дела"_s);
        QVERIFY(file.rows.isEmpty());
        QCOMPARE(file.preview.size(), 1);

        QCOMPARE(summary(RosterCsv::parseRoster(QByteArray()).issues),
                 (QStringList{"0:empty_file"}));
    }

    void rowChecks_data()
    {
        QTest::addColumn<QString>("row"); // Фамилия;Имя;Отчество;Дата;Пол;Класс;№ дела
        QTest::addColumn<QString>("codes");
        QTest::newRow("valid") << u"Иванов;Иван;;01.02.2014;м;5А;5-1"_s << "";
        QTest::newRow("no first name") << u"Иванов; ;;01.02.2014;м;5А;5-1"_s << "empty_name";
        QTest::newRow("one-digit day") << u"Иванов;Иван;;1.02.2014;м;5А;5-1"_s << "bad_date";
        QTest::newRow("iso date") << u"Иванов;Иван;;2014-02-01;м;5А;5-1"_s << "bad_date";
        QTest::newRow("no date") << u"Иванов;Иван;;;м;5А;5-1"_s << "bad_date";
        QTest::newRow("29 February") << u"Иванов;Иван;;29.02.2013;м;5А;5-1"_s << "impossible_date";
        QTest::newRow("leap day") << u"Иванов;Иван;;29.02.2012;м;5А;5-1"_s << "";
        QTest::newRow("month 13") << u"Иванов;Иван;;01.13.2014;м;5А;5-1"_s << "impossible_date";
        QTest::newRow("future") << u"Иванов;Иван;;02.09.2025;м;5А;5-1"_s << "implausible_date";
        QTest::newRow("26 years ago")
            << u"Иванов;Иван;;31.08.2000;м;5А;5-1"_s << "implausible_date";
        QTest::newRow("25 years ago") << u"Иванов;Иван;;01.09.2000;м;5А;5-1"_s << "";
        QTest::newRow("sex capital") << u"Иванова;Анна;;01.02.2014;Ж;5А;5-1"_s << "";
        QTest::newRow("sex dotted") << u"Иванова;Анна;;01.02.2014;ж.;5А;5-1"_s << "";
        QTest::newRow("sex word") << u"Иванова;Анна;;01.02.2014;жен;5А;5-1"_s << "";
        QTest::newRow("sex latin") << u"Иванов;Иван;;01.02.2014;m;5А;5-1"_s << "unknown_sex";
        QTest::newRow("no sex") << u"Иванов;Иван;;01.02.2014;;5А;5-1"_s << "unknown_sex";
        QTest::newRow("no file no") << u"Иванов;Иван;;01.02.2014;м;5А; "_s << "empty_file_no";
        QTest::newRow("grade 12") << u"Иванов;Иван;;01.02.2014;м;12А;5-1"_s << "bad_class";
        QTest::newRow("no letter") << u"Иванов;Иван;;01.02.2014;м;5;5-1"_s << "bad_class";
        QTest::newRow("no class") << u"Иванов;Иван;;01.02.2014;м;;5-1"_s << "bad_class";
        QTest::newRow("short") << u"Иванов;Иван;;01.02.2014;м;5А"_s << "column_count";
        QTest::newRow("long") << u"Иванов;Иван;;01.02.2014;м;5А;5-1;лишнее"_s << "column_count";
        QTest::newRow("trailing empty fields") << u"Иванов;Иван;;01.02.2014;м;5А;5-1;;"_s << "";
        QTest::newRow("several at once")
            << u";;;31.02.2014;x;0Б;"_s
            << "empty_name empty_name impossible_date unknown_sex bad_class empty_file_no";
    }

    void rowChecks()
    {
        QFETCH(QString, row);
        QFETCH(QString, codes);
        const QString text = QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;"
                                            "№ личного дела\r\n") +
                             row + QStringLiteral("\r\n");
        const RosterFile file = RosterCsv::parseRoster(text.toUtf8());
        QStringList found;
        for (const RosterIssue& issue : file.issues) {
            QCOMPARE(issue.line, 2);
            found.append(issue.code);
        }
        QCOMPARE(found.join(u' '), codes);
        QCOMPARE(file.rows.size(), 1);
    }

    void namesAreKeptAsGiven()
    {
        const RosterFile file = RosterCsv::parseRoster(
            (kHeader + u"\n1;\"  Салтыкова-Щедрина \";Мария-Анна ;  ;01.02.2014;ж;5А;5-1\n"_s)
                .toUtf8());
        QVERIFY(file.issues.isEmpty());
        QCOMPARE(file.rows.first().lastName, u"Салтыкова-Щедрина"_s);
        QCOMPARE(file.rows.first().firstName, u"Мария-Анна"_s);
        QVERIFY(file.rows.first().middleName.isEmpty());
    }

    void blankRowsAreSkipped()
    {
        const RosterFile file = RosterCsv::parseRoster(
            (kHeader + u"\r\n1;Иванов;Иван;;01.02.2014;м;5А;5-1\r\n;;;;;;;\r\n;;;;;;;\r\n"_s)
                .toUtf8());
        QVERIFY(file.issues.isEmpty());
        QCOMPARE(file.rows.size(), 1);
    }

    void classTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized"); // empty: not a class title
        QTest::newRow("plain") << u"5А"_s << u"5А"_s;
        QTest::newRow("lower") << u"5а"_s << u"5А"_s;
        QTest::newRow("latin A") << u"5A"_s << u"5А"_s;
        QTest::newRow("latin b is В") << u"7b"_s << u"7В"_s;
        QTest::newRow("latin x") << u"11x"_s << u"11Х"_s;
        QTest::newRow("space") << u" 10 б "_s << u"10Б"_s;
        QTest::newRow("hyphen") << u"9-Г"_s << u"9Г"_s;
        QTest::newRow("quotes") << u"8«Д»"_s << u"8Д"_s;
        QTest::newRow("leading zero") << u"05Е"_s << u"5Е"_s;
        QTest::newRow("ё") << u"3ё"_s << u"3Ё"_s;
        QTest::newRow("grade 0") << u"0А"_s << QString();
        QTest::newRow("grade 12") << u"12А"_s << QString();
        QTest::newRow("latin D") << u"5D"_s << QString();
        QTest::newRow("two letters") << u"5АБ"_s << QString();
        QTest::newRow("letter first") << u"А5"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void classTitles()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(RosterCsv::normalizeClassTitle(text).value_or(QString()), normalized);
    }

private:
    std::unique_ptr<FakeClock> m_clock;
};

QTEST_GUILESS_MAIN(tst_RosterCsv)
#include "tst_RosterCsv.moc"
