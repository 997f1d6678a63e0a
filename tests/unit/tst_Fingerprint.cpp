#include "net/Fingerprint.h"

#include <QTest>

namespace {
const QByteArray kHex = "13395c77a9f49ba02094513d9bce35dd531584d84b654ab9819e112f507ce16f";
const QString kDisplay = QStringLiteral("13:39:5C:77:A9:F4:9B:A0:20:94:51:3D:9B:CE:35:DD:53:15:"
                                        "84:D8:4B:65:4A:B9:81:9E:11:2F:50:7C:E1:6F");
} // namespace

// Fingerprint: any way a person writes a SHA-256 compares equal; anything else is empty.
class tst_Fingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizesAnyWriting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lower") << QString::fromLatin1(kHex);
        QTest::newRow("upper") << QString::fromLatin1(kHex).toUpper();
        QTest::newRow("colons") << kDisplay;
        QTest::newRow("colons lower") << kDisplay.toLower();
        QTest::newRow("spaces") << QString(kDisplay).replace(QLatin1Char(':'), QLatin1Char(' '));
        QTest::newRow("padded") << QStringLiteral("  ") + kDisplay + QStringLiteral("\n");
    }
    void normalizesAnyWriting()
    {
        QFETCH(QString, text);
        QCOMPARE(Fingerprint::normalized(text), kHex);
    }

    void wrongInputIsEmpty_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QString::fromLatin1(kHex.left(62));
        QTest::newRow("long") << QString::fromLatin1(kHex + "00");
        QTest::newRow("sha1 length") << QString::fromLatin1(kHex.left(40));
        QTest::newRow("not hex") << QString::fromLatin1(kHex.left(63) + "g");
        QTest::newRow("latin-1 letter") << QString::fromLatin1(kHex.left(63)) + QChar(0xE9);
        QTest::newRow("cyrillic") << QString::fromLatin1(kHex.left(63)) + QStringLiteral("а");
    }
    void wrongInputIsEmpty()
    {
        QFETCH(QString, text);
        QVERIFY(Fingerprint::normalized(text).isEmpty());
    }

    void displayIsUpperCaseWithColons()
    {
        QCOMPARE(Fingerprint::display(kHex), kDisplay);
        QCOMPARE(Fingerprint::normalized(Fingerprint::display(kHex)), kHex);
        QCOMPARE(Fingerprint::display(QByteArray()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Fingerprint)
#include "tst_Fingerprint.moc"
