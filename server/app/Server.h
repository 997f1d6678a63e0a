#pragma once

#include "app/ServerSettings.h"
#include "dispatch/Dispatcher.h"
#include "dispatch/OpRegistry.h"
#include "journal/JournalAnswerCache.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbWorkerPool.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

class QTcpServer;
class ClientSession;
struct Event;

// Where and how the server listens.
struct ListenOptions
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 7443;
    bool plain = false;
    QSslCertificate certificate;
    QSslKey privateKey;
};

// The running server: listener, client sessions, the op table and the database workers.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(const DatabaseConfig& database, const ServerSettings& settings,
           QObject* parent = nullptr);
    ~Server() override;

    bool listen(const ListenOptions& options, QString* error);
    quint16 port() const;
    bool isPlain() const { return m_plain; }
    void setSchoolName(const QString& name) { m_schoolName = name; }
    QString schoolName() const { return m_schoolName; }
    const ServerSettings& settings() const { return m_settings; }
    const OpRegistry& registry() const { return m_registry; }
    const Dispatcher& dispatcher() const { return m_dispatcher; }
    const JournalAnswerCache& journalAnswers() const { return m_journalAnswers; }
    DbWorkerPool& workers() { return *m_workers; }
    int sessionCount() const { return int(m_sessions.size()); }

    // Sends an event to every signed-in client.
    void broadcast(const Event& event);
    // Forwards a journal change (from any server instance, via NOTIFY) to its followers.
    void forwardJournalChange(qint64 assignmentId);
    // LISTENs for journal changes on a connection of the event loop's thread.
    bool listenForChanges(const DatabaseConfig& database, QString* error);
    // Tells clients, stops listening, lets running requests finish, closes connections.
    void stop();

private:
    void acceptPending();
    void forget(ClientSession* session);

    ServerSettings m_settings;
    OpRegistry m_registry;
    JournalAnswerCache m_journalAnswers;
    Dispatcher m_dispatcher;
    std::unique_ptr<DbWorkerPool> m_workers;
    QPointer<QTcpServer> m_listener;
    QList<ClientSession*> m_sessions;
    QString m_schoolName;
    QString m_listenConnection;
    bool m_plain = false;
};
