#include "FakeServer.h"

#include "protocol/CborLimits.h"
#include "protocol/FrameDecoder.h"

#include <QCborArray>
#include <QTcpSocket>

namespace {
QCborMap userMap()
{
    QCborMap user;
    user.insert(QStringLiteral("id"), 7);
    user.insert(QStringLiteral("login"), FakeServer::kLogin);
    user.insert(QStringLiteral("full_name"), FakeServer::kFullName);
    user.insert(QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")});
    return user;
}

Reply refuse(qint64 id, ErrorCode code, const QString& message)
{
    return Reply::failure(id, Error{code, message, {}, {}});
}
} // namespace

FakeServer::FakeServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::onNewConnection);
}

FakeServer::~FakeServer()
{
    // The sockets are the server's children and outlive our members otherwise.
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

bool FakeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeServer::dropClients()
{
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void FakeServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_refusing) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.remove(socket))
                socket->deleteLater();
        });
    }
}

void FakeServer::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray& buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    FrameDecoder decoder;
    decoder.append(buffer);
    qsizetype consumed = 0;
    while (auto body = decoder.nextFrame()) {
        consumed += kFrameHeaderBytes + body->size();
        QString why;
        const auto map = parseCborMap(*body, &why);
        const auto request = map ? Wire::requestFromCbor(*map, &why) : std::nullopt;
        if (!request)
            continue;
        m_ops.append(request->op);
        m_requests.append(*request);
        socket->write(Wire::frame(answer(*request)));
    }
    buffer.remove(0, consumed);
}

Reply FakeServer::answer(const Request& request)
{
    const QString op = request.op;
    if (op == QLatin1String("hello")) {
        QCborMap result;
        result.insert(QStringLiteral("server"), QStringLiteral("fake"));
        result.insert(QStringLiteral("protocol"), 1);
        return Reply::success(request.id, result);
    }
    if (op == QLatin1String("auth.login")) {
        if (request.args.value(QStringLiteral("login")).toString() != kLogin ||
            request.args.value(QStringLiteral("password")).toString() != kPassword)
            return refuse(request.id, ErrorCode::Unauthenticated, kWrongPassword);
        m_token = QStringLiteral("token-%1").arg(++m_tokenSerial);
        QCborMap result;
        result.insert(QStringLiteral("token"), m_token);
        result.insert(QStringLiteral("user"), userMap());
        result.insert(QStringLiteral("must_change_password"), m_mustChangePassword);
        return Reply::success(request.id, result);
    }
    if (op == QLatin1String("auth.change_password")) {
        if (request.args.value(QStringLiteral("old")).toString() != kPassword)
            return refuse(request.id, ErrorCode::Unauthenticated, kWrongPassword);
        m_mustChangePassword = false;
        m_token = QStringLiteral("token-%1").arg(++m_tokenSerial);
        QCborMap result;
        result.insert(QStringLiteral("token"), m_token);
        return Reply::success(request.id, result);
    }
    if (op == QLatin1String("auth.resume")) {
        if (!m_resumeAccepted || request.args.value(QStringLiteral("token")).toString() != m_token)
            return refuse(request.id, ErrorCode::Unauthenticated,
                          QStringLiteral("Сеанс истёк, войдите снова."));
        QCborMap result;
        result.insert(QStringLiteral("token"), m_token);
        result.insert(QStringLiteral("user"), userMap());
        result.insert(QStringLiteral("must_change_password"), false);
        return Reply::success(request.id, result);
    }
    if (op == QLatin1String("me")) {
        if (m_mustChangePassword)
            return refuse(request.id, ErrorCode::Forbidden, QStringLiteral("Смените пароль."));
        QCborMap result;
        result.insert(QStringLiteral("user"), userMap());
        result.insert(QStringLiteral("roles"),
                      QCborArray{QStringLiteral("teacher"), QStringLiteral("class_teacher")});
        result.insert(QStringLiteral("classes_led"), QCborArray{});
        result.insert(QStringLiteral("assignments"), QCborArray{});
        return Reply::success(request.id, result);
    }
    if (op == QLatin1String("auth.logout"))
        return Reply::success(request.id, QCborMap{});
    return refuse(request.id, ErrorCode::BadRequest, QStringLiteral("unknown op"));
}
