#include "net/ClientSession.h"

#include "app/Server.h"
#include "protocol/CborLimits.h"
#include "protocol/OpNames.h"
#include "protocol/ProtocolVersion.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>

namespace {
// What the socket may buffer beyond what the session has taken: past this, the kernel's
// receive window closes and a client that pipelines too much is slowed, not refused.
constexpr qint64 kSocketReadBufferBytes = 1024 * 1024;
constexpr qint64 kReadChunkBytes = 64 * 1024;

QString describeAddress(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

ClientSession::ClientSession(QTcpSocket* socket, Server* server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    socket->setReadBufferSize(kSocketReadBufferBytes);
    m_caller.clientAddress = describeAddress(socket->peerAddress());
    connect(socket, &QTcpSocket::readyRead, this, &ClientSession::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &ClientSession::finished);
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ClientSession::onReadyRead);
}

ClientSession::~ClientSession() = default;

void ClientSession::writeFrame(const QByteArray& frame)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(frame);
}

void ClientSession::closeNow()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->flush();
        m_socket->abort();
    }
}

void ClientSession::onReadyRead()
{
    pump();
}

// Takes frames while the connection's queue has room; what is left waits in the socket.
void ClientSession::pump()
{
    while (m_socket && m_queue.size() < m_server->settings().maxRequestsInFlight) {
        if (auto body = m_decoder.nextFrame()) {
            handleFrame(*body);
            continue;
        }
        if (m_decoder.tooLarge()) {
            sendReply(Reply::failure(
                0, makeError(ErrorCode::TooLarge, tr("The message is larger than 16 MiB."))));
            m_socket->disconnectFromHost();
            return;
        }
        if (m_socket->bytesAvailable() <= 0)
            return;
        m_decoder.append(m_socket->read(kReadChunkBytes));
    }
}

void ClientSession::refuse(qint64 id, ErrorCode code, const QString& message)
{
    sendReply(Reply::failure(id, makeError(code, message)));
}

void ClientSession::handleFrame(const QByteArray& body)
{
    QString why;
    const auto map = parseCborMap(body, &why);
    if (!map) {
        refuse(0, ErrorCode::BadRequest, tr("Malformed message: %1").arg(why));
        return;
    }
    const auto request = Wire::requestFromCbor(*map, &why);
    if (!request) {
        refuse(map->value(QStringLiteral("id")).toInteger(0), ErrorCode::BadRequest,
               tr("Malformed request: %1").arg(why));
        return;
    }
    if (request->op == QLatin1String(Op::Hello)) {
        handleHello(*request);
        return;
    }
    if (!m_helloDone) {
        refuse(request->id, ErrorCode::BadRequest, tr("The first request must be hello."));
        return;
    }
    m_queue.enqueue(*request);
    startNext();
}

void ClientSession::handleHello(const Request& request)
{
    const QCborValue protocol = request.args.value(QStringLiteral("protocol"));
    if (protocol.toInteger(-1) != kProtocolVersion) {
        refuse(request.id, ErrorCode::UnsupportedProtocol,
               tr("This server speaks protocol %1; update the program.").arg(kProtocolVersion));
        return;
    }
    m_helloDone = true;
    m_caller.clientName = request.args.value(QStringLiteral("client")).toString().left(200);
    QCborMap result;
    result.insert(QStringLiteral("server"),
                  QStringLiteral("ejournal-server %1").arg(QCoreApplication::applicationVersion()));
    result.insert(QStringLiteral("protocol"), kProtocolVersion);
    result.insert(QStringLiteral("school"), m_server->schoolName());
    sendReply(Reply::success(request.id, result));
}

// Requests of one connection run in order, one at a time; other connections are not
// affected by a slow one.
void ClientSession::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const Request request = m_queue.dequeue();
    CallerInfo caller = m_caller;
    caller.sessionId = m_sessionId;
    caller.knownSession = m_knownSession;
    QPointer<ClientSession> self(this);
    Server* server = m_server;
    const Dispatcher* dispatcher = &m_server->dispatcher();
    m_server->workers().post([self, server, dispatcher, request, caller](QSqlDatabase& db) {
        const DispatchOutcome outcome = dispatcher->run(db, request, caller);
        QMetaObject::invokeMethod(
            server,
            [self, outcome] {
                if (self)
                    self->finishRequest(outcome);
            },
            Qt::QueuedConnection);
    });
}

void ClientSession::finishRequest(const DispatchOutcome& outcome)
{
    switch (outcome.sessionChange.kind) {
    case SessionChange::Kind::SignedIn:
        m_sessionId = outcome.sessionChange.sessionId;
        break;
    case SessionChange::Kind::SignedOut:
        m_sessionId = 0;
        m_followed.clear();
        break;
    case SessionChange::Kind::None:
        break;
    }
    // What this request found of the session, if it is still the connection's.
    m_knownSession = outcome.session && outcome.session->sessionId == m_sessionId ? outcome.session
                                                                                  : std::nullopt;
    if (const auto& change = outcome.subscriptionChange) {
        if (change->subscribe)
            m_followed.insert(change->assignmentId);
        else
            m_followed.remove(change->assignmentId);
    }
    auto done = [this, reply = outcome.reply] {
        sendReply(reply);
        m_busy = false;
        startNext();
        pump();
    };
    if (outcome.replyDelayMs > 0)
        QTimer::singleShot(outcome.replyDelayMs, this, done);
    else
        done();
}

void ClientSession::sendReply(const Reply& reply)
{
    writeFrame(Wire::frame(reply));
}
