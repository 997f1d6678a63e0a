#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
const QStringList kSourceSuffixes{"cpp", "h", "hpp", "cc", "cxx"};

struct SourceFile
{
    QString path; // relative to the source root, with '/'
    QString text;
};

struct Include
{
    int line = 0;
    QString name;
};

struct Literal
{
    int line = 0;
    QString text;
};

bool isBuildDir(const QDir& dir)
{
    return dir.exists(QStringLiteral("CMakeCache.txt")) || dir.exists(QStringLiteral("CMakeFiles"));
}

void collect(const QDir& root, const QString& relative, QList<SourceFile>& files)
{
    const QDir dir(root.filePath(relative));
    if (isBuildDir(dir))
        return;
    const auto entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString path =
            relative.isEmpty() ? entry.fileName() : relative + QLatin1Char('/') + entry.fileName();
        if (entry.isDir()) {
            // Hidden folders (.git) and build trees at the top (build, build-cli, …).
            if (entry.fileName().startsWith(QLatin1Char('.')) ||
                (relative.isEmpty() && entry.fileName().startsWith(QLatin1String("build"))))
                continue;
            collect(root, path, files);
        } else if (kSourceSuffixes.contains(entry.suffix())) {
            QFile file(entry.filePath());
            if (file.open(QIODevice::ReadOnly))
                files.append({path, QString::fromUtf8(file.readAll())});
        }
    }
}

QList<Include> includesOf(const QString& text)
{
    static const QRegularExpression pattern(
        // Not a raw string: moc's preprocessor trips over a '#' inside one.
        QStringLiteral("^[ \\t]*#[ \\t]*include[ \\t]*[<\"]([^>\"\\n]+)[>\"]"),
        QRegularExpression::MultilineOption);
    QList<Include> includes;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        includes.append({int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1,
                         match.captured(1).trimmed()});
    }
    return includes;
}

// The string literals of C++ source (ordinary, prefixed and raw), comments skipped.
QList<Literal> literalsOf(const QString& text)
{
    QList<Literal> literals;
    int line = 1;
    const qsizetype size = text.size();
    auto at = [&](qsizetype i) { return i < size ? text.at(i) : QChar(); };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            while (i < size && text.at(i) != QLatin1Char('\n'))
                ++i;
            --i;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? size : end + 2;
            line += int(QStringView(text).mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop - 1;
        } else if (c == QLatin1Char('\'')) {
            // Character literal; a digit separator (1'000) is harmless here.
            for (++i;
                 i < size && text.at(i) != QLatin1Char('\'') && text.at(i) != QLatin1Char('\n');
                 ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            }
        } else if (c == QLatin1Char('"')) {
            const bool raw = i > 0 && text.at(i - 1) == QLatin1Char('R');
            const int startLine = line;
            if (raw) {
                const qsizetype open = text.indexOf(QLatin1Char('('), i);
                if (open < 0)
                    break;
                const QString close =
                    QLatin1Char(')') + text.mid(i + 1, open - i - 1) + QLatin1Char('"');
                const qsizetype end = text.indexOf(close, open);
                const qsizetype stop = end < 0 ? size : end;
                const QString body = text.mid(open + 1, stop - open - 1);
                line += int(body.count(QLatin1Char('\n')));
                literals.append({startLine, body});
                i = end < 0 ? size : end + close.size() - 1;
            } else {
                QString body;
                for (++i; i < size && text.at(i) != QLatin1Char('"'); ++i) {
                    if (text.at(i) == QLatin1Char('\n'))
                        break; // unterminated; do not run away
                    if (text.at(i) == QLatin1Char('\\') && i + 1 < size) {
                        if (text.at(i + 1) == QLatin1Char('\n'))
                            ++line;
                        body += text.at(i);
                        ++i;
                    }
                    body += text.at(i);
                }
                literals.append({startLine, body});
            }
        }
    }
    return literals;
}

QString sqlKeywordIn(const QString& literal)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\b(SELECT\s|INSERT\s+INTO\b|UPDATE\s|DELETE\s+FROM\b|CREATE\s+TABLE\b))"));
    const auto match = pattern.match(literal);
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

bool isWidgetsOrSqlHeader(const QString& include)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(QtWidgets|QtSql)(/.*)?$|^(QWidget|QApplication|QMainWindow|QDialog|QSql\w*)(\.h)?$)"));
    return pattern.match(include).hasMatch();
}

QString topDir(const QString& path)
{
    return path.section(QLatin1Char('/'), 0, 0);
}

QString failureText(const QStringList& violations)
{
    return violations.join(QLatin1Char('\n'));
}
} // namespace

// The architecture's one-way dependencies (STYLE rule 2), checked on the source tree.
class tst_Boundaries : public QObject
{
    Q_OBJECT
private:
    QDir m_root;
    QList<SourceFile> m_files;
    QSet<QString> m_paths;

    bool exists(const QString& relativePath) const { return m_paths.contains(relativePath); }

    // An include that can only be found in server/ (by "server/…" or server-relative path).
    bool resolvesOnlyToServer(const SourceFile& file, const QString& include) const
    {
        const QString cleaned = QDir::cleanPath(include);
        const QString fileDir = QFileInfo(file.path).path();
        const QString besideFile = QDir::cleanPath(fileDir + QLatin1Char('/') + include);
        if (besideFile.startsWith(QLatin1String("server/")))
            return true;
        if (exists(besideFile))
            return false;
        const QString ownTop = topDir(file.path);
        if (exists(QStringLiteral("common/") + cleaned) ||
            exists(ownTop + QLatin1Char('/') + cleaned))
            return false;
        if (cleaned.startsWith(QLatin1String("server/")))
            return true;
        return exists(QStringLiteral("server/") + cleaned);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString source = qEnvironmentVariable("EJOURNAL_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "EJOURNAL_SOURCE_DIR is not set");
        m_root = QDir(source);
        QVERIFY2(m_root.exists(QStringLiteral("common")), qPrintable(source));
        collect(m_root, QString(), m_files);
        for (const SourceFile& file : std::as_const(m_files))
            m_paths.insert(file.path);
        QVERIFY(m_files.size() > 10);
    }

    // The scanners themselves, so a broken regex cannot pass the real checks silently.
    void scannersFindWhatTheyShould()
    {
        const QString code = QStringLiteral("#include <QtWidgets/QLabel>\n"
                                            "  # include \"QSqlQuery\"\n"
                                            "// \"SELECT x FROM comment\"\n"
                                            "/* \"DELETE FROM t\" */ char q = '\"';\n"
                                            "const char* a = \"SELECT id FROM person\";\n"
                                            "auto b = QStringLiteral(\"Selected UPDATES\");\n"
                                            "auto c = R\"sql(\nINSERT INTO t\n)sql\";\n"
                                            "auto d = \"escaped \\\" UPDATE journal_cell SET\";\n");
        const auto includes = includesOf(code);
        QCOMPARE(includes.size(), 2);
        QVERIFY(isWidgetsOrSqlHeader(includes.at(0).name));
        QVERIFY(isWidgetsOrSqlHeader(includes.at(1).name));
        QVERIFY(!isWidgetsOrSqlHeader(QStringLiteral("QtCore/QString")));
        QVERIFY(!isWidgetsOrSqlHeader(QStringLiteral("QCborMap")));

        QStringList found;
        for (const Literal& literal : literalsOf(code)) {
            const QString keyword = sqlKeywordIn(literal.text);
            if (!keyword.isEmpty())
                found.append(QStringLiteral("%1:%2").arg(literal.line).arg(keyword));
        }
        QCOMPARE(found, (QStringList{"5:SELECT", "7:INSERT INTO", "10:UPDATE"}));
    }

    void commonHasNoWidgetsOrSql()
    {
        QStringList violations;
        for (const SourceFile& file : std::as_const(m_files)) {
            if (topDir(file.path) != QLatin1String("common"))
                continue;
            for (const Include& include : includesOf(file.text)) {
                if (isWidgetsOrSqlHeader(include.name))
                    violations.append(QStringLiteral("%1:%2: #include <%3>")
                                          .arg(file.path)
                                          .arg(include.line)
                                          .arg(include.name));
            }
        }
        QVERIFY2(violations.isEmpty(), qPrintable(failureText(violations)));
    }

    void clientsAndCommonDoNotIncludeServer()
    {
        static const QStringList clients{"common", "desktop", "cli"};
        QStringList violations;
        for (const SourceFile& file : std::as_const(m_files)) {
            if (!clients.contains(topDir(file.path)))
                continue;
            for (const Include& include : includesOf(file.text)) {
                if (resolvesOnlyToServer(file, include.name))
                    violations.append(QStringLiteral("%1:%2: #include \"%3\" is server code")
                                          .arg(file.path)
                                          .arg(include.line)
                                          .arg(include.name));
            }
        }
        QVERIFY2(violations.isEmpty(), qPrintable(failureText(violations)));
    }

    void sqlOnlyInServerStorage()
    {
        QStringList violations;
        for (const SourceFile& file : std::as_const(m_files)) {
            // The desktop's offline queue keeps its own SQLite file (R30) in one class.
            if (file.path.startsWith(QLatin1String("server/storage/")) ||
                file.path.startsWith(QLatin1String("tests/")) ||
                file.path == QLatin1String("desktop/journal/OutboxStore.cpp"))
                continue;
            for (const Literal& literal : literalsOf(file.text)) {
                const QString keyword = sqlKeywordIn(literal.text);
                if (!keyword.isEmpty())
                    violations.append(QStringLiteral("%1:%2: SQL (%3) outside server/storage/")
                                          .arg(file.path)
                                          .arg(literal.line)
                                          .arg(keyword));
            }
        }
        QVERIFY2(violations.isEmpty(), qPrintable(failureText(violations)));
    }
};

QTEST_GUILESS_MAIN(tst_Boundaries)
#include "tst_Boundaries.moc"
