#include "net/Connection.h"

#include "net/Fingerprint.h"
#include "protocol/CborLimits.h"
#include "protocol/OpNames.h"
#include "protocol/ProtocolVersion.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace {
constexpr int kConnectTimeoutMs = 10'000;

// Errors a pinned self-signed certificate raises by its nature; anything else (an
// expired certificate, a broken chain) still fails the connection.
bool expectedForPinnedCertificate(const QSslError& error)
{
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::HostNameMismatch:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}
} // namespace

Connection::Connection(const QString& clientName, QObject* parent)
    : QObject(parent)
    , m_clientName(clientName)
{
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { fail(tr("The server did not answer in time.")); });
}

Connection::~Connection()
{
    if (m_socket)
        m_socket->abort();
}

void Connection::open(const Endpoint& endpoint)
{
    close();
    m_endpoint = endpoint;
    m_decoder = FrameDecoder();
    m_serverHello = {};
    m_peerFingerprint.clear();
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this,
            [this] { fail(tr("The server closed the connection.")); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket)
            fail(socket->errorString());
    });
    setState(State::Connecting);
    m_connectTimer.start();
    if (endpoint.plain) {
        connect(socket, &QSslSocket::connected, this, &Connection::onTransportReady);
        socket->connectToHost(endpoint.host, endpoint.port);
    } else {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
        connect(socket, &QSslSocket::encrypted, this, &Connection::onTransportReady);
        socket->connectToHostEncrypted(endpoint.host, endpoint.port);
    }
}

void Connection::close()
{
    if (!m_socket && m_state == State::Disconnected)
        return;
    fail(QString());
}

void Connection::onSslErrors(const QList<QSslError>& errors)
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    const QByteArray fingerprint = Fingerprint::of(certificate);
    const bool pinned = !m_endpoint.pinnedFingerprint.isEmpty();
    if (pinned && fingerprint == m_endpoint.pinnedFingerprint) {
        QList<QSslError> expected;
        for (const QSslError& error : errors) {
            if (!expectedForPinnedCertificate(error))
                return; // the handshake fails with this error
            expected.append(error);
        }
        m_socket->ignoreSslErrors(expected);
        return;
    }
    fail(pinned ? tr("The server's certificate has changed.")
                : tr("The server's certificate is not trusted yet."));
    Q_EMIT untrustedCertificate(certificate, pinned);
}

void Connection::onTransportReady()
{
    if (!m_endpoint.plain) {
        // A certificate that raised no errors (signed by a system CA) must still match the pin.
        const QSslCertificate certificate = m_socket->peerCertificate();
        m_peerFingerprint = Fingerprint::of(certificate);
        if (m_peerFingerprint != m_endpoint.pinnedFingerprint) {
            const bool pinned = !m_endpoint.pinnedFingerprint.isEmpty();
            fail(tr("The server's certificate does not match the trusted one."));
            Q_EMIT untrustedCertificate(certificate, pinned);
            return;
        }
    }
    Request hello;
    hello.id = m_nextId++;
    hello.op = QString::fromLatin1(Op::Hello);
    hello.args.insert(QStringLiteral("protocol"), kProtocolVersion);
    hello.args.insert(QStringLiteral("client"), m_clientName);
    m_handlers.insert(hello.id, [this](const Reply& reply) {
        if (!reply.ok) {
            fail(reply.error.message);
            return;
        }
        m_connectTimer.stop();
        m_serverHello = reply.result.toMap();
        setState(State::Ready);
        const QList<Request> waiting = std::exchange(m_waitingForHello, {});
        for (const Request& request : waiting)
            writeRequest(request);
        Q_EMIT ready(m_serverHello);
    });
    writeRequest(hello);
}

qint64 Connection::send(const QString& op, const QCborMap& args, ReplyHandler handler)
{
    Request request;
    request.id = m_nextId++;
    request.op = op;
    request.args = args;
    if (m_state == State::Disconnected) {
        if (handler) {
            Error error{ErrorCode::Unavailable, tr("No connection to the server."), {}, {}};
            QTimer::singleShot(
                0, this, [handler, id = request.id, error] { handler(Reply::failure(id, error)); });
        }
        return request.id;
    }
    m_handlers.insert(request.id, std::move(handler));
    if (m_state == State::Ready)
        writeRequest(request);
    else
        m_waitingForHello.append(request);
    return request.id;
}

void Connection::writeRequest(const Request& request)
{
    if (m_socket)
        m_socket->write(Wire::frame(request));
}

void Connection::onReadyRead()
{
    if (!m_socket)
        return;
    m_decoder.append(m_socket->readAll());
    while (auto body = m_decoder.nextFrame()) {
        handleFrame(*body);
        if (!m_socket)
            return; // a handler closed the connection
    }
    if (m_decoder.tooLarge())
        fail(tr("The server sent a frame that is too large."));
}

void Connection::handleFrame(const QByteArray& body)
{
    QString why;
    const auto map = parseCborMap(body, &why);
    if (!map) {
        fail(tr("The server sent a malformed message: %1").arg(why));
        return;
    }
    const auto message = Wire::serverMessageFromCbor(*map, &why);
    if (!message) {
        fail(tr("The server sent a malformed message: %1").arg(why));
        return;
    }
    if (const auto* event = std::get_if<Event>(&*message))
        Q_EMIT eventReceived(event->name, event->data);
    else
        dispatchReply(std::get<Reply>(*message));
}

void Connection::dispatchReply(const Reply& reply)
{
    const auto handler = m_handlers.take(reply.id);
    if (handler)
        handler(reply);
}

void Connection::fail(const QString& reason)
{
    m_connectTimer.stop();
    const bool wasOpen = m_socket || m_state != State::Disconnected;
    if (m_socket) {
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_waitingForHello.clear();
    setState(State::Disconnected);
    const auto handlers = std::exchange(m_handlers, {});
    const Error error{ErrorCode::Unavailable,
                      reason.isEmpty() ? tr("The connection was closed.") : reason,
                      {},
                      {}};
    for (auto it = handlers.cbegin(); it != handlers.cend(); ++it) {
        if (it.value())
            it.value()(Reply::failure(it.key(), error));
    }
    if (wasOpen)
        Q_EMIT closed(reason);
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
