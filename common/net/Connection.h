#pragma once

#include "protocol/FrameDecoder.h"
#include "protocol/Message.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslSocket;

// The client side of the protocol, shared by the desktop client and the cli: one socket,
// TLS with a pinned certificate (or plain), `hello`, request ids and replies, events.
class Connection : public QObject
{
    Q_OBJECT
public:
    struct Endpoint
    {
        QString host;
        quint16 port = 0;
        bool plain = false;
        // Normalized SHA-256 of the server certificate we trust; empty: trust nothing yet.
        QByteArray pinnedFingerprint;

        QString hostAndPort() const { return host + QLatin1Char(':') + QString::number(port); }
    };
    enum class State
    {
        Disconnected,
        Connecting,
        Ready
    };
    Q_ENUM(State)
    using ReplyHandler = std::function<void(const Reply&)>;

    explicit Connection(const QString& clientName, QObject* parent = nullptr);
    ~Connection() override;

    void open(const Endpoint& endpoint);
    void close();
    State state() const { return m_state; }
    const Endpoint& endpoint() const { return m_endpoint; }
    QCborMap serverHello() const { return m_serverHello; }
    QByteArray peerFingerprint() const { return m_peerFingerprint; }
    int pendingRequests() const { return int(m_handlers.size()); }

    // Sends a request; while connecting it waits for `hello`, when disconnected it fails
    // at once with `unavailable`. The handler runs on this object's thread.
    qint64 send(const QString& op, const QCborMap& args, ReplyHandler handler = {});

Q_SIGNALS:
    void stateChanged(Connection::State state);
    void ready(const QCborMap& serverHello);
    // The connection ended (or could not be made); pending requests got `unavailable`.
    void closed(const QString& reason);
    // The server showed a certificate we do not trust: unknown, or different from the pin.
    void untrustedCertificate(const QSslCertificate& certificate, bool changed);
    void eventReceived(const QString& name, const QCborMap& data);

private:
    void onTransportReady();
    void onReadyRead();
    void onSslErrors(const QList<QSslError>& errors);
    void handleFrame(const QByteArray& body);
    void dispatchReply(const Reply& reply);
    void writeRequest(const Request& request);
    void fail(const QString& reason);
    void setState(State state);

    QString m_clientName;
    Endpoint m_endpoint;
    QPointer<QSslSocket> m_socket;
    FrameDecoder m_decoder;
    State m_state = State::Disconnected;
    QCborMap m_serverHello;
    QByteArray m_peerFingerprint;
    qint64 m_nextId = 1;
    QHash<qint64, ReplyHandler> m_handlers;
    QList<Request> m_waitingForHello;
    QTimer m_connectTimer;
};
