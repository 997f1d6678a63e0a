#include "app/Server.h"

#include "net/ClientSession.h"
#include "protocol/Message.h"
#include "protocol/OpNames.h"
#include "storage/JournalStore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QThread>

#include <algorithm>

namespace {
constexpr int kFewestWorkers = 4;
} // namespace

Server::Server(const DatabaseConfig& database, const ServerSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_registry(buildOpRegistry())
    , m_journalAnswers(settings.journalAnswerCacheBytes)
    , m_dispatcher(m_registry, m_settings, &m_journalAnswers)
    , m_workers(std::make_unique<DbWorkerPool>(
          database, settings.workerThreads > 0
                        ? settings.workerThreads
                        : std::max(kFewestWorkers, 2 * QThread::idealThreadCount())))
{}

Server::~Server()
{
    stop();
    if (!m_listenConnection.isEmpty())
        closeDatabase(m_listenConnection);
}

bool Server::listenForChanges(const DatabaseConfig& database, QString* error)
{
    m_listenConnection = QStringLiteral("ejournal-listen-%1").arg(reinterpret_cast<quintptr>(this));
    QSqlDatabase db = database.open(m_listenConnection, DatabaseConfig::Account::Application);
    // The driver watches the connection's socket: notifications arrive on this thread.
    if (!db.isOpen() ||
        !db.driver()->subscribeToNotification(QString::fromLatin1(kJournalChannel))) {
        *error = db.lastError().text();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                forwardJournalChange(payload.toString().toLongLong());
            });
    return true;
}

void Server::forwardJournalChange(qint64 assignmentId)
{
    const QByteArray frame = Wire::frame(Event{QString::fromLatin1(EventName::JournalChanged),
                                               {{QStringLiteral("assignment_id"), assignmentId}}});
    for (ClientSession* session : std::as_const(m_sessions)) {
        if (session->follows(assignmentId))
            session->writeFrame(frame);
    }
}

bool Server::listen(const ListenOptions& options, QString* error)
{
    m_plain = options.plain;
    QTcpServer* listener = nullptr;
    if (options.plain) {
        listener = new QTcpServer(this);
    } else {
        auto* sslServer = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(options.certificate);
        config.setPrivateKey(options.privateKey);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
        config.setProtocol(QSsl::TlsV1_2OrLater);
        sslServer->setSslConfiguration(config);
        listener = sslServer;
    }
    connect(listener, &QTcpServer::pendingConnectionAvailable, this, &Server::acceptPending);
    if (!listener->listen(options.address, options.port)) {
        *error = listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    return true;
}

quint16 Server::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void Server::acceptPending()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket* socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        auto* session = new ClientSession(socket, this);
        m_sessions.append(session);
        connect(session, &ClientSession::finished, this, [this, session] { forget(session); });
    }
}

void Server::forget(ClientSession* session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
}

void Server::broadcast(const Event& event)
{
    const QByteArray frame = Wire::frame(event);
    for (ClientSession* session : std::as_const(m_sessions)) {
        if (session->isSignedIn())
            session->writeFrame(frame);
    }
}

void Server::stop()
{
    if (m_listener) {
        m_listener->close();
        delete m_listener;
    }
    const QByteArray stopping =
        Wire::frame(Event{QString::fromLatin1(EventName::ServerStopping), {}});
    for (ClientSession* session : std::as_const(m_sessions))
        session->writeFrame(stopping);
    if (m_workers)
        m_workers->shutdown();
    const QList<ClientSession*> sessions = std::exchange(m_sessions, {});
    for (ClientSession* session : sessions) {
        session->closeNow();
        delete session;
    }
}
