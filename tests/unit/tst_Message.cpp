#include "protocol/CborLimits.h"
#include "protocol/FrameDecoder.h"
#include "protocol/Message.h"

#include <QCborArray>
#include <QTest>

namespace {
// Through bytes, as a peer would see it.
QCborMap viaBytes(const QCborMap& map)
{
    QString why;
    const auto parsed = parseCborMap(map.toCborValue().toCbor(), &why);
    if (!parsed)
        qFatal("round trip failed: %s", qPrintable(why));
    return *parsed;
}
} // namespace

// Wire: requests, replies, events and errors survive CBOR; malformed messages are refused.
class tst_Message : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrip()
    {
        Request request;
        request.id = 42;
        request.op = QStringLiteral("cell.set");
        request.args.insert(QStringLiteral("mark"), QStringLiteral("5"));
        request.args.insert(QStringLiteral("lesson_id"), 9'000'000'000LL);
        QString why;
        const auto back = Wire::requestFromCbor(viaBytes(Wire::toCbor(request)), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->id, request.id);
        QCOMPARE(back->op, request.op);
        QCOMPARE(back->args, request.args);
    }

    void requestFrameDecodes()
    {
        Request request;
        request.id = 1;
        request.op = QStringLiteral("me");
        FrameDecoder decoder;
        decoder.append(Wire::frame(request));
        const auto body = decoder.nextFrame();
        QVERIFY(body);
        QString why;
        const auto map = parseCborMap(*body, &why);
        QVERIFY2(map, qPrintable(why));
        QVERIFY(Wire::requestFromCbor(*map, &why));
    }

    void successReplyRoundTrip()
    {
        const Reply reply =
            Reply::success(5, QCborMap{{QStringLiteral("token"), QStringLiteral("t")}});
        QString why;
        const auto back = Wire::serverMessageFromCbor(viaBytes(Wire::toCbor(reply)), &why);
        QVERIFY2(back, qPrintable(why));
        const auto* decoded = std::get_if<Reply>(&*back);
        QVERIFY(decoded);
        QCOMPARE(decoded->id, 5);
        QVERIFY(decoded->ok);
        QCOMPARE(decoded->result, reply.result);
    }

    void errorReplyWithRuleRoundTrip()
    {
        Error error;
        error.code = ErrorCode::RuleViolation;
        error.message = QStringLiteral("Отметку за прошлую четверть ставить нельзя");
        error.rule = QStringLiteral("R06");
        error.details = QCborArray{1, 2};
        QString why;
        const auto back =
            Wire::serverMessageFromCbor(viaBytes(Wire::toCbor(Reply::failure(6, error))), &why);
        QVERIFY2(back, qPrintable(why));
        const auto* decoded = std::get_if<Reply>(&*back);
        QVERIFY(decoded);
        QCOMPARE(decoded->id, 6);
        QVERIFY(!decoded->ok);
        QCOMPARE(decoded->error.code, ErrorCode::RuleViolation);
        QCOMPARE(decoded->error.message, error.message);
        QCOMPARE(decoded->error.rule, QStringLiteral("R06"));
        QCOMPARE(decoded->error.details, error.details);
    }

    void errorWithoutRuleHasNoRuleKey()
    {
        const QCborMap map =
            Wire::toCbor(Error{ErrorCode::NotFound, QStringLiteral("нет"), {}, {}});
        QVERIFY(!map.contains(QStringLiteral("rule")));
        QVERIFY(!map.contains(QStringLiteral("details")));
        QCOMPARE(map.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    }

    void everyErrorCodeRoundTrips()
    {
        for (int code = int(ErrorCode::BadRequest); code <= int(ErrorCode::Internal); ++code) {
            const auto errorCode = ErrorCode(code);
            QCOMPARE(errorCodeFromText(errorCodeText(errorCode)), errorCode);
        }
        QCOMPARE(errorCodeFromText(QStringLiteral("something_new")), ErrorCode::Internal);
    }

    void eventRoundTrip()
    {
        Event event;
        event.name = QStringLiteral("journal.changed");
        event.data.insert(QStringLiteral("assignment_id"), 3);
        QString why;
        const auto back = Wire::serverMessageFromCbor(viaBytes(Wire::toCbor(event)), &why);
        QVERIFY2(back, qPrintable(why));
        const auto* decoded = std::get_if<Event>(&*back);
        QVERIFY(decoded);
        QCOMPARE(decoded->name, event.name);
        QCOMPARE(decoded->data, event.data);
    }

    void requestWithoutIdRefused()
    {
        QString why;
        QVERIFY(
            !Wire::requestFromCbor(QCborMap{{QStringLiteral("op"), QStringLiteral("me")}}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!Wire::requestFromCbor(QCborMap{{QStringLiteral("id"), QStringLiteral("1")},
                                                {QStringLiteral("op"), QStringLiteral("me")}},
                                       &why));
    }

    void requestWithoutOpRefused()
    {
        QString why;
        QVERIFY(!Wire::requestFromCbor(QCborMap{{QStringLiteral("id"), 1}}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!Wire::requestFromCbor(
            QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QString()}}, &why));
        QVERIFY(!Wire::requestFromCbor(
            QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), 5}}, &why));
    }

    void argsNotAMapRefused()
    {
        QString why;
        QVERIFY(!Wire::requestFromCbor(QCborMap{{QStringLiteral("id"), 1},
                                                {QStringLiteral("op"), QStringLiteral("me")},
                                                {QStringLiteral("args"), QCborArray{1}}},
                                       &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!Wire::requestFromCbor(QCborMap{{QStringLiteral("id"), 1},
                                                {QStringLiteral("op"), QStringLiteral("me")},
                                                {QStringLiteral("args"), QStringLiteral("x")}},
                                       &why));
    }

    void missingArgsIsAnEmptyMap()
    {
        QString why;
        const auto request = Wire::requestFromCbor(
            QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("me")}},
            &why);
        QVERIFY2(request, qPrintable(why));
        QVERIFY(request->args.isEmpty());
    }

    void replyWithoutIdOrOkRefused()
    {
        QString why;
        QVERIFY(!Wire::serverMessageFromCbor(QCborMap{{QStringLiteral("ok"), true}}, &why));
        QVERIFY(!Wire::serverMessageFromCbor(QCborMap{{QStringLiteral("id"), 1}}, &why));
        QVERIFY(!Wire::serverMessageFromCbor(
            QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("ok"), 1}}, &why));
    }

    void eventWithoutNameRefused()
    {
        QString why;
        QVERIFY(!Wire::serverMessageFromCbor(QCborMap{{QStringLiteral("event"), QString()}}, &why));
        QVERIFY(!Wire::serverMessageFromCbor(QCborMap{{QStringLiteral("event"), 3}}, &why));
    }
};

QTEST_GUILESS_MAIN(tst_Message)
#include "tst_Message.moc"
