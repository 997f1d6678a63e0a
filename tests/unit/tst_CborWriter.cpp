// CborWriter writes the same bytes QCborValue::toCbor() writes for the same values: texts
// short and long, ASCII, Cyrillic and beyond the BMP, integers at every head size, doubles.
#include "protocol/CborWriter.h"

#include <QCborArray>
#include <QCborValue>
#include <QtTest>

class TestCborWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textsAreWhatQCborValueWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("mark") << QStringLiteral("5");
        QTest::newRow("double mark") << QStringLiteral("5/4");
        QTest::newRow("absence") << QStringLiteral("н");
        QTest::newRow("late") << QStringLiteral("оп");
        QTest::newRow("two-byte and three-byte") << QStringLiteral("ё€—№");
        QTest::newRow("beyond the BMP") << QStringLiteral("отл 😀");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800));
        QTest::newRow("23 bytes") << QString(23, QLatin1Char('a'));
        QTest::newRow("24 bytes") << QString(24, QLatin1Char('a'));
        QTest::newRow("32 Cyrillic letters") << QString(32, QChar(0x0436));
        QTest::newRow("33 Cyrillic letters") << QString(33, QChar(0x0436));
        QTest::newRow("NUL") << QString(QChar(0));
        QTest::newRow("U+007F U+0080") << QString(QChar(0x7f)) + QChar(0x80);
        QTest::newRow("U+07FF U+0800") << QString(QChar(0x7ff)) + QChar(0x800);
        QTest::newRow("U+FFFF") << QString(QChar(0xffff));
        QTest::newRow("32 three-byte characters") << QString(32, QChar(0x20ac));
        QTest::newRow("a topic") << QStringLiteral("Сложение и вычитание дробей с разными "
                                                   "знаменателями. Решение задач");
        QTest::newRow("65536 bytes") << QString(65536, QLatin1Char('x'));
    }
    void textsAreWhatQCborValueWrites()
    {
        QFETCH(QString, text);
        QByteArray written;
        CborWriter(&written).text(text);
        QCOMPARE(written.toHex(), QCborValue(text).toCbor().toHex());
    }

    void numbersAreWhatQCborValueWrites()
    {
        const QList<qint64> integers{0,
                                     1,
                                     23,
                                     24,
                                     255,
                                     256,
                                     65535,
                                     65536,
                                     4294967295,
                                     4294967296,
                                     -1,
                                     -24,
                                     -25,
                                     -256,
                                     -257,
                                     -65537,
                                     -4294967297,
                                     std::numeric_limits<qint64>::max(),
                                     std::numeric_limits<qint64>::min()};
        QByteArray written;
        CborWriter writer(&written);
        writer.startArray(quint64(integers.size() + 2));
        QCborArray expected;
        for (const qint64 value : integers) {
            writer.integer(value);
            expected.append(value);
        }
        writer.number(4.25);
        expected.append(4.25);
        writer.number(0.0);
        expected.append(0.0);
        QCOMPARE(written.toHex(), QCborValue(expected).toCbor().toHex());
    }
};

QTEST_MAIN(TestCborWriter)
#include "tst_CborWriter.moc"
