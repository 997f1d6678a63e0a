#pragma once

#include "protocol/FrameDecoder.h"
#include "protocol/Message.h"

#include <QHostAddress>
#include <QQueue>
#include <QTcpSocket>

#include <optional>

// A hand-driven plain client for tests that must misbehave on the wire or speak from a
// chosen source address; waits spin the test's event loop so the in-process server runs.
class RawClient
{
public:
    // A null bindAddress lets the system choose the source address.
    explicit RawClient(const QHostAddress& bindAddress = {});

    bool connectTo(quint16 port, int timeoutMs = 5'000);
    void writeRaw(const QByteArray& bytes);
    // Sends a request frame with the next id and returns that id.
    qint64 send(const QString& op, const QCborMap& args = {});
    // The next reply (events are skipped); nullopt on timeout or a closed connection.
    std::optional<Reply> nextReply(int timeoutMs = 10'000);
    // send() then nextReply(); a timeout comes back as an `unavailable` failure.
    Reply call(const QString& op, const QCborMap& args = {}, int timeoutMs = 10'000);
    // hello with this protocol version; the server's reply.
    Reply hello(int protocol);
    bool waitForDisconnected(int timeoutMs = 5'000);
    bool isConnected() const;
    QTcpSocket& socket() { return m_socket; }

private:
    void readAvailable();

    QTcpSocket m_socket;
    FrameDecoder m_decoder;
    QQueue<Reply> m_replies;
    qint64 m_nextId = 1;
    bool m_garbledReply = false;
};
