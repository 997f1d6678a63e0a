#pragma once

#include "domain/Role.h"
#include "net/Connection.h"
#include "storage/DatabaseConfig.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class Server;
class SchoolDatabase;

// A real server for tests: a private PostgreSQL cluster in a temporary directory (the
// same managed-cluster code `serve` uses) and an in-process server on 127.0.0.1 with a
// free port. It runs on the test's thread: the test's event loop drives it.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    // Starts the cluster (once per object) and the server; false with a warning on failure.
    // After stopServer() it starts again on the same port, so clients can reconnect.
    bool start(bool tls = false);
    void stopServer();

    quint16 port() const;
    // Normalized SHA-256 of the server certificate (TLS only).
    QByteArray fingerprint() const;
    Connection::Endpoint endpoint() const;
    QString dataDir() const;
    // The cluster's socket directory, for a direct connection as the owner (test setup).
    QString socketDir() const;
    // The owner connection of the test's thread (test setup and tamper tests only).
    QSqlDatabase ownerDatabase() const;
    // How to reach the test's database, e.g. for a second server instance on it.
    DatabaseConfig databaseConfig() const;
    Server& server();

    // Creates a user straight through the storage layer; returns its id (0 on failure).
    qint64 addUser(const QString& login, const QString& password, const QList<Role>& roles,
                   const QString& fullName = {}, bool mustChangePassword = false);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SchoolDatabase> m_database;
    std::unique_ptr<Server> m_server;
    bool m_tls = false;
    quint16 m_port = 0;
};
