#include "support/RawClient.h"

#include "core/Result.h"
#include "protocol/CborLimits.h"
#include "protocol/OpNames.h"

#include <QTest>

RawClient::RawClient(const QHostAddress& bindAddress)
{
    if (!bindAddress.isNull())
        m_socket.bind(bindAddress);
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { readAvailable(); });
}

bool RawClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void RawClient::writeRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

qint64 RawClient::send(const QString& op, const QCborMap& args)
{
    Request request;
    request.id = m_nextId++;
    request.op = op;
    request.args = args;
    writeRaw(Wire::frame(request));
    return request.id;
}

void RawClient::readAvailable()
{
    m_decoder.append(m_socket.readAll());
    while (auto body = m_decoder.nextFrame()) {
        QString why;
        const auto map = parseCborMap(*body, &why);
        const auto message = map ? Wire::serverMessageFromCbor(*map, &why) : std::nullopt;
        if (!message) {
            qWarning().noquote() << "RawClient: unreadable frame from the server:" << why;
            m_garbledReply = true;
            continue;
        }
        if (const auto* reply = std::get_if<Reply>(&*message))
            m_replies.enqueue(*reply);
    }
}

std::optional<Reply> RawClient::nextReply(int timeoutMs)
{
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [this] {
            return !m_replies.isEmpty() || m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (m_replies.isEmpty())
        return std::nullopt;
    return m_replies.dequeue();
}

Reply RawClient::call(const QString& op, const QCborMap& args, int timeoutMs)
{
    send(op, args);
    if (auto reply = nextReply(timeoutMs))
        return *reply;
    return Reply::failure(0, makeError(ErrorCode::Unavailable, QStringLiteral("no reply")));
}

Reply RawClient::hello(int protocol)
{
    return call(QString::fromLatin1(Op::Hello),
                QCborMap{{QStringLiteral("protocol"), protocol},
                         {QStringLiteral("client"), QStringLiteral("ejournal-tests-raw")}});
}

bool RawClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}
