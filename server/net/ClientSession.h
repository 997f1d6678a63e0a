#pragma once

#include "dispatch/Dispatcher.h"
#include "protocol/FrameDecoder.h"
#include "protocol/Message.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTcpSocket>

class Server;

// One client connection: reads frames, answers `hello`, runs the connection's requests
// one after another on the database workers, writes replies. Never blocks.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    ClientSession(QTcpSocket* socket, Server* server);
    ~ClientSession() override;

    bool isSignedIn() const { return m_sessionId != 0; }
    bool follows(qint64 assignmentId) const { return m_followed.contains(assignmentId); }
    void writeFrame(const QByteArray& frame);
    // Flushes what can be flushed and drops the socket.
    void closeNow();

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void pump();
    void handleFrame(const QByteArray& body);
    void handleHello(const Request& request);
    void startNext();
    void finishRequest(const DispatchOutcome& outcome);
    void sendReply(const Reply& reply);
    void refuse(qint64 id, ErrorCode code, const QString& message);

    QPointer<QTcpSocket> m_socket;
    Server* m_server;
    FrameDecoder m_decoder;
    CallerInfo m_caller;
    bool m_helloDone = false;
    bool m_busy = false;
    QQueue<Request> m_queue;
    qint64 m_sessionId = 0;
    // The session as the last request found it (Dispatcher: confirmed, not checked again).
    std::optional<AuthenticatedSession> m_knownSession;
    QSet<qint64> m_followed; // journals whose changes this connection is sent
};
