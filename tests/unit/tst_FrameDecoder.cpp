#include "protocol/FrameDecoder.h"

#include <QTest>

namespace {
QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    bytes[0] = char(length >> 24);
    bytes[1] = char(length >> 16);
    bytes[2] = char(length >> 8);
    bytes[3] = char(length);
    return bytes;
}
} // namespace

// FrameDecoder: a byte stream cut anywhere yields the same frames; oversize is refused early.
class tst_FrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeFramePrefixesBigEndianLength()
    {
        QCOMPARE(encodeFrame("abc"), QByteArray("\x00\x00\x00\x03"
                                                "abc",
                                                7));
    }

    void oneFrameInOneBytePieces()
    {
        const QByteArray body = "hello, journal";
        const QByteArray stream = encodeFrame(body);
        FrameDecoder decoder;
        for (qsizetype i = 0; i < stream.size(); ++i) {
            QVERIFY2(!decoder.nextFrame(), qPrintable(QString::number(i)));
            decoder.append(stream.mid(i, 1));
        }
        const auto frame = decoder.nextFrame();
        QVERIFY(frame);
        QCOMPARE(*frame, body);
        QVERIFY(!decoder.nextFrame());
        QCOMPARE(decoder.bufferedBytes(), 0);
        QVERIFY(!decoder.tooLarge());
    }

    void threeFramesInOneAppend()
    {
        FrameDecoder decoder;
        decoder.append(encodeFrame("one") + encodeFrame("two") + encodeFrame("three"));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("one"));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("two"));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("three"));
        QVERIFY(!decoder.nextFrame());
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void frameAndAHalfThenTheRest()
    {
        FrameDecoder decoder;
        const QByteArray stream = encodeFrame("first") + encodeFrame("second");
        decoder.append(stream.left(12));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("first"));
        QVERIFY(!decoder.nextFrame());
        decoder.append(stream.mid(12));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("second"));
    }

    void oversizeHeaderRefusedBeforeAnyBody()
    {
        FrameDecoder decoder;
        const QByteArray bytes = header(quint32(kMaxFrameBytes) + 1);
        for (int i = 0; i < 3; ++i) {
            decoder.append(bytes.mid(i, 1));
            QVERIFY2(!decoder.tooLarge(), "refused before the header was complete");
        }
        decoder.append(bytes.mid(3, 1));
        QVERIFY(decoder.tooLarge());
        QCOMPARE(decoder.bufferedBytes(), 0);
        // Nothing more is buffered or returned once refused.
        decoder.append(QByteArray(1024, 'x'));
        QCOMPARE(decoder.bufferedBytes(), 0);
        QVERIFY(!decoder.nextFrame());
        QVERIFY(decoder.tooLarge());
    }

    void largestLengthRefused()
    {
        FrameDecoder decoder;
        decoder.append(header(0xFFFFFFFFu));
        QVERIFY(decoder.tooLarge());
    }

    void oversizeHeaderAfterAGoodFrameRefused()
    {
        FrameDecoder decoder;
        decoder.append(encodeFrame("ok") + header(quint32(kMaxFrameBytes) + 1));
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("ok"));
        QVERIFY(!decoder.nextFrame());
        QVERIFY(decoder.tooLarge());
    }

    void exactlyTheLimitIsAccepted()
    {
        FrameDecoder decoder;
        decoder.append(header(quint32(kMaxFrameBytes)));
        QVERIFY(!decoder.tooLarge());
        QVERIFY(!decoder.nextFrame());
        decoder.append(QByteArray(kMaxFrameBytes - 1, 'a'));
        QVERIFY(!decoder.nextFrame());
        decoder.append("b");
        const auto frame = decoder.nextFrame();
        QVERIFY(frame);
        QCOMPARE(frame->size(), kMaxFrameBytes);
        QCOMPARE(frame->back(), 'b');
        QVERIFY(!decoder.tooLarge());
    }

    void zeroLengthFrame()
    {
        FrameDecoder decoder;
        decoder.append(header(0) + encodeFrame("after"));
        const auto empty = decoder.nextFrame();
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
        QCOMPARE(decoder.nextFrame().value_or("?"), QByteArray("after"));
    }

    void manySmallFramesKeepOrderAcrossCompaction()
    {
        FrameDecoder decoder;
        int expected = 0;
        for (int i = 0; i < 1000; ++i) {
            decoder.append(encodeFrame(QByteArray::number(i)));
            if (i % 3 != 0)
                continue;
            while (auto frame = decoder.nextFrame())
                QCOMPARE(*frame, QByteArray::number(expected++));
        }
        while (auto frame = decoder.nextFrame())
            QCOMPARE(*frame, QByteArray::number(expected++));
        QCOMPARE(expected, 1000);
        QCOMPARE(decoder.bufferedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FrameDecoder)
#include "tst_FrameDecoder.moc"
