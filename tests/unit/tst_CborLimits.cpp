#include "protocol/CborLimits.h"

#include <QCborArray>
#include <QCborValue>
#include <QElapsedTimer>
#include <QTest>

namespace {
// {"a": [[…[0]…]]} with `arrays` nested arrays: container depth is arrays + 1.
QByteArray nestedMap(int arrays)
{
    QByteArray bytes("\xA1\x61"
                     "a");
    bytes += QByteArray(arrays, '\x81');
    bytes += '\x00';
    return bytes;
}

QByteArray validMapBytes()
{
    QCborMap map;
    map.insert(QStringLiteral("id"), 7);
    map.insert(QStringLiteral("op"), QStringLiteral("me"));
    map.insert(QStringLiteral("args"), QCborMap{{QStringLiteral("class"), QStringLiteral("5А")}});
    return map.toCborValue().toCbor();
}
} // namespace

// parseCborMap: exactly one CBOR map per frame, within depth and item limits.
class tst_CborLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validMapParses()
    {
        QString why;
        const auto map = parseCborMap(validMapBytes(), &why);
        QVERIFY2(map, qPrintable(why));
        QCOMPARE(map->value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(
            map->value(QStringLiteral("args")).toMap().value(QStringLiteral("class")).toString(),
            QStringLiteral("5А"));
    }

    void arrayAtTopRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(QCborValue(QCborArray{1, 2}).toCbor(), &why));
        QVERIFY(!why.isEmpty());
    }

    void scalarAtTopRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(QCborValue(42).toCbor(), &why));
        QVERIFY(!why.isEmpty());
    }

    void emptyBodyRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(QByteArray(), &why));
        QVERIFY(!why.isEmpty());
    }

    void depth32Accepted()
    {
        QString why;
        QVERIFY2(parseCborMap(nestedMap(31), &why), qPrintable(why));
    }

    void depth33Refused()
    {
        QString why;
        QVERIFY(!parseCborMap(nestedMap(32), &why));
        QVERIFY(!why.isEmpty());
    }

    void veryDeepNestingRefusedWithoutRecursion()
    {
        QString why;
        QVERIFY(!parseCborMap(nestedMap(100'000), &why));
    }

    void truncatedRefused()
    {
        const QByteArray bytes = validMapBytes();
        for (qsizetype length = 1; length < bytes.size(); ++length) {
            QString why;
            QVERIFY2(!parseCborMap(bytes.left(length), &why), qPrintable(QString::number(length)));
            QVERIFY(!why.isEmpty());
        }
    }

    void trailingSecondItemRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(validMapBytes() + '\x00', &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!parseCborMap(validMapBytes() + validMapBytes(), &why));
    }

    void invalidUtf8TextRefused()
    {
        // {"a": text(2) C3 28}: a lead byte followed by a non-continuation byte.
        QString why;
        QVERIFY(!parseCborMap(QByteArray("\xA1\x61"
                                         "a"
                                         "\x62\xC3\x28"),
                              &why));
        QVERIFY(!why.isEmpty());
    }

    void invalidUtf8KeyRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(QByteArray("\xA1\x61\xFF\x00", 4), &why));
    }

    void hugeItemCountInShortBufferRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        QString why;
        // A map claiming 2^62 pairs, then one pair.
        QVERIFY(
            !parseCborMap(QByteArray("\xBB\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00", 11), &why));
        // An array inside claiming 4 billion items.
        QVERIFY(!parseCborMap(QByteArray("\xA1\x61"
                                         "a"
                                         "\x9A\xFF\xFF\xFF\xFF\x00",
                                         9),
                              &why));
        // A text string claiming 4 GiB.
        QVERIFY(!parseCborMap(QByteArray("\xA1\x61"
                                         "a"
                                         "\x7A\xFF\xFF\xFF\xFF"
                                         "ab",
                                         10),
                              &why));
        QVERIFY(timer.elapsed() < 2000);
    }

    void itemLimitApplies()
    {
        QCborArray many;
        for (int i = 0; i < 100; ++i)
            many.append(i);
        const QByteArray bytes = QCborMap{{QStringLiteral("a"), many}}.toCborValue().toCbor();
        QString why;
        QVERIFY(parseCborMap(bytes, &why, CborLimits{32, 1000}));
        QVERIFY(!parseCborMap(bytes, &why, CborLimits{32, 50}));
    }

    void indefiniteLengthMapAccepted()
    {
        // {_ "a": 1} with a break at the end.
        QString why;
        const auto map = parseCborMap(QByteArray("\xBF\x61"
                                                 "a"
                                                 "\x01\xFF"),
                                      &why);
        QVERIFY2(map, qPrintable(why));
        QCOMPARE(map->value(QStringLiteral("a")).toInteger(), 1);
    }

    void strayBreakRefused()
    {
        QString why;
        QVERIFY(!parseCborMap(QByteArray("\xA0\xFF"), &why));
    }
};

QTEST_GUILESS_MAIN(tst_CborLimits)
#include "tst_CborLimits.moc"
