// Hostile and clumsy clients on the wire: garbage, oversized headers, truncation, protocol
// misuse, deep nesting, pipelining. The server answers or hangs up, and keeps serving others.
#include "app/Server.h"
#include "protocol/FrameDecoder.h"
#include "protocol/OpNames.h"
#include "protocol/ProtocolVersion.h"
#include "support/RawClient.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Robust-pass-1");
constexpr int kDeepNesting = 10'000;

QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

QByteArray randomBytes(quint32 seed, int size)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray cborText(const char* text)
{
    const auto size = qstrlen(text);
    Q_ASSERT(size < 24);
    return char(0x60 + size) + QByteArray(text);
}
} // namespace

class TestProtocolRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("bystander"), kPassword, {Role::Teacher},
                                 QStringLiteral("Сторонний Пётр Ильич")));
        m_bystander = std::make_unique<TestClient>(m_server.endpoint());
        QVERIFY(m_bystander->connectToServer());
        QVERIFY(m_bystander->login(QStringLiteral("bystander"), kPassword).ok);
    }

    void init() { QVERIFY(bystanderIsServed()); }

    void garbageFramesAreBadRequests()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        for (quint32 seed = 1; seed <= 20; ++seed) {
            client.writeRaw(encodeFrame(randomBytes(seed, 1 + int(seed) * 37)));
            const auto reply = client.nextReply();
            QVERIFY2(reply, qPrintable(QStringLiteral("no reply to garbage seed %1").arg(seed)));
            QCOMPARE(reply->ok, false);
            QCOMPARE(reply->error.code, ErrorCode::BadRequest);
        }
        QVERIFY(client.hello(kProtocolVersion).ok); // the stream stays in step
        QVERIFY(bystanderIsServed());
    }

    void rawGarbageIsAnsweredOrHungUpWithoutHurtingOthers()
    {
        for (quint32 seed = 100; seed < 110; ++seed) {
            RawClient client;
            QVERIFY(client.connectTo(m_server.port()));
            client.writeRaw(randomBytes(seed, 4096));
            // A random header announces 0 B..4 GiB: a reply, a hang-up, or a wait for more.
            const auto reply = client.nextReply(300);
            if (reply) {
                QVERIFY(!reply->ok);
                QVERIFY2(reply->error.code == ErrorCode::BadRequest ||
                             reply->error.code == ErrorCode::TooLarge,
                         qPrintable(errorCodeText(reply->error.code)));
            }
            QVERIFY(bystanderIsServed());
        }
    }

    void oversizedHeaderIsRefusedBeforeAnyBody()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QVERIFY(client.hello(kProtocolVersion).ok);
        client.writeRaw(header(quint32(kMaxFrameBytes) + 1)); // and not one byte of body
        const auto reply = client.nextReply();
        QVERIFY2(reply, "no too_large reply to a header alone");
        QCOMPARE(reply->error.code, ErrorCode::TooLarge);
        QVERIFY(client.waitForDisconnected());
        QVERIFY(bystanderIsServed());
    }

    void truncatedFrameThenDisconnectLeavesTheServerFine()
    {
        const int before = m_server.server().sessionCount();
        {
            RawClient client;
            QVERIFY(client.connectTo(m_server.port()));
            QVERIFY(client.hello(kProtocolVersion).ok);
            client.writeRaw(header(1000) + QByteArray(10, '\xa1'));
            QTRY_COMPARE(m_server.server().sessionCount(), before + 1);
            client.socket().abort();
        }
        QTRY_COMPARE(m_server.server().sessionCount(), before);
        QVERIFY(bystanderIsServed());
    }

    void requestBeforeHelloIsBadRequest()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        const Reply reply = client.call(QString::fromLatin1(Op::Me));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.id, 1);
        QCOMPARE(reply.error.code, ErrorCode::BadRequest);
    }

    void helloWithAnUnknownProtocolIsUnsupported()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        const Reply reply = client.hello(99);
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::UnsupportedProtocol);
        QCOMPARE(client.call(QString::fromLatin1(Op::Me)).error.code, ErrorCode::BadRequest);
    }

    void unknownOpIsBadRequest()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QVERIFY(client.hello(kProtocolVersion).ok);
        const Reply reply = client.call(QStringLiteral("no.such_op"));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::BadRequest);
        QVERIFY(reply.error.message.contains(QStringLiteral("no.such_op")));
    }

    void deeplyNestedCborIsBadRequest()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QVERIFY(client.hello(kProtocolVersion).ok);
        // {"id": 7, "op": "me", "args": [[[…10,000 arrays…]]]}
        QByteArray body;
        body += char(0xa3);
        body += cborText("id") + char(0x07);
        body += cborText("op") + cborText("me");
        body += cborText("args") + QByteArray(kDeepNesting, char(0x81)) + char(0x80);
        client.writeRaw(encodeFrame(body));
        const auto reply = client.nextReply();
        QVERIFY(reply);
        QCOMPARE(reply->error.code, ErrorCode::BadRequest);
        QVERIFY(client.isConnected());
        QVERIFY(client.hello(kProtocolVersion).ok);
        QVERIFY(bystanderIsServed());
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QVERIFY(client.hello(kProtocolVersion).ok);
        QVERIFY(client
                    .call(QString::fromLatin1(Op::AuthLogin),
                          QCborMap{{QStringLiteral("login"), QStringLiteral("bystander")},
                                   {QStringLiteral("password"), kPassword}})
                    .ok);
        // One write holding all the frames: the server sees them at once.
        const int count = m_server.server().settings().maxRequestsInFlight;
        QByteArray frames;
        for (int index = 0; index < count; ++index)
            frames += Wire::frame(Request{1000 + index, QString::fromLatin1(Op::Me), {}});
        client.writeRaw(frames);
        for (int index = 0; index < count; ++index) {
            const auto reply = client.nextReply();
            QVERIFY2(reply, qPrintable(QStringLiteral("reply %1 missing").arg(index)));
            QCOMPARE(reply->id, 1000 + index);
            QVERIFY2(reply->ok, qPrintable(reply->error.message));
        }
    }

    // Beyond maxRequestsInFlight the server stops reading the connection until its queue
    // drains (back-pressure), so even 1,000 pipelined requests are all answered, in order.
    void thousandPipelinedRequestsAreAllAnsweredInOrder()
    {
        constexpr int kRequests = 1000;
        RawClient client;
        QVERIFY(client.connectTo(m_server.port()));
        QVERIFY(client.hello(kProtocolVersion).ok);
        QVERIFY(client
                    .call(QString::fromLatin1(Op::AuthLogin),
                          QCborMap{{QStringLiteral("login"), QStringLiteral("bystander")},
                                   {QStringLiteral("password"), kPassword}})
                    .ok);
        QVERIFY(kRequests > 10 * m_server.server().settings().maxRequestsInFlight);
        QByteArray frames;
        for (int index = 0; index < kRequests; ++index)
            frames += Wire::frame(Request{5000 + index, QString::fromLatin1(Op::Me), {}});
        client.writeRaw(frames);
        for (int index = 0; index < kRequests; ++index) {
            const auto reply = client.nextReply();
            QVERIFY2(reply, qPrintable(QStringLiteral("only %1 replies").arg(index)));
            QCOMPARE(reply->id, 5000 + index);
            QVERIFY2(reply->ok, qPrintable(reply->error.message));
        }
    }

    void cleanupTestCase() { QVERIFY(bystanderIsServed()); }

private:
    bool bystanderIsServed()
    {
        const Reply me = m_bystander->call(QString::fromLatin1(Op::Me), {}, 5'000);
        if (!me.ok)
            qWarning().noquote() << "bystander's me failed:" << me.error.message;
        return me.ok;
    }

    TestServer m_server;
    std::unique_ptr<TestClient> m_bystander;
};

QTEST_GUILESS_MAIN(TestProtocolRobustness)
#include "tst_ProtocolRobustness.moc"
