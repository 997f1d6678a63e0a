// Credential slips (R20) printed to PDF: every login, password and Cyrillic name is in the
// text of the file, and the page count is the one the layout promises.
#include "print/CredentialSlips.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QList<CredentialSlip> slips(int count)
{
    const QStringList names{QStringLiteral("Андреев Никита Александрович"),
                            QStringLiteral("Белова Анна Игоревна"),
                            QStringLiteral("Иванова-Петрова Алёна Юрьевна")};
    QList<CredentialSlip> list;
    for (int i = 0; i < count; ++i)
        list.append({names.at(i % names.size()), QStringLiteral("5А"),
                     QStringLiteral("student%1").arg(i + 1),
                     QStringLiteral("Pw%1-xk7Q").arg(i + 1)});
    return list;
}
} // namespace

class TestCredentialSlips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeSlipsOnOnePageWithLoginsPasswordsAndNames();
    void pageCountFollowsTheLayout();

private:
    QTemporaryDir m_dir;
};

void TestCredentialSlips::threeSlipsOnOnePageWithLoginsPasswordsAndNames()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("slips.pdf"));
    const CredentialSlips form(QStringLiteral("МБОУ «Школа № 7»"),
                               QStringLiteral("school.local:7443"));
    QVERIFY(form.writePdf(path, slips(3)));
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
    for (const CredentialSlip& slip : slips(3)) {
        QVERIFY2(text.contains(slip.login), qPrintable(slip.login));
        QVERIFY2(text.contains(slip.password), qPrintable(slip.password));
        QVERIFY2(text.contains(slip.fullName), qPrintable(text));
    }
    QVERIFY(text.contains(QStringLiteral("school.local:7443")));
    QVERIFY(text.contains(QStringLiteral("Школа № 7")));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
}

void TestCredentialSlips::pageCountFollowsTheLayout()
{
    const int count = CredentialSlips::kSlipsPerPage * 2 + 1;
    QCOMPARE(CredentialSlips::pageCount(count), 3);
    QCOMPARE(CredentialSlips::pageCount(0), 0);
    const QString path = m_dir.filePath(QStringLiteral("many.pdf"));
    QVERIFY(CredentialSlips(QString(), QStringLiteral("host:1")).writePdf(path, slips(count)));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))), qPrintable(info));
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("student%1").arg(count)));
}

QTEST_MAIN(TestCredentialSlips)
#include "tst_CredentialSlips.moc"
