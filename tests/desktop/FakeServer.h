#pragma once

#include "protocol/Message.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A scripted plain-TCP server speaking the wire protocol, for client tests without the real
// server: hello, auth.login, auth.resume, auth.change_password, me, auth.logout.
class FakeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeServer(QObject* parent = nullptr);
    ~FakeServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Closes every client connection, as a network failure would.
    void dropClients();
    // Refuses new connections while true (accepts and closes them at once).
    void setRefusing(bool refusing) { m_refusing = refusing; }
    void setResumeAccepted(bool accepted) { m_resumeAccepted = accepted; }
    void setMustChangePassword(bool must) { m_mustChangePassword = must; }

    static inline const QString kLogin = QStringLiteral("teacher1");
    static inline const QString kPassword = QStringLiteral("Secret-pass-1");
    static inline const QString kFullName = QStringLiteral("Иванова Мария Петровна");
    static inline const QString kWrongPassword = QStringLiteral("Неверный логин или пароль.");

    // Ops received, in order.
    QStringList ops() const { return m_ops; }
    QList<Request> requests() const { return m_requests; }
    QString issuedToken() const { return m_token; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    Reply answer(const Request& request);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    bool m_refusing = false;
    bool m_resumeAccepted = true;
    bool m_mustChangePassword = false;
    int m_tokenSerial = 0;
    QString m_token;
    QStringList m_ops;
    QList<Request> m_requests;
};
