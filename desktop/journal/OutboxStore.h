#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One edit waiting in the offline queue (R30).
struct PendingEdit
{
    qint64 localId = 0;
    QString op;
    QCborMap args; // as sent, with its idempotency_key
    qint64 assignmentId = 0;
    QDateTime createdAt;
};

// The offline queue's file: the edits not yet answered by the server, in a local SQLite
// database, so they survive a crash or a restart of the client. The only SQL of the desktop.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)
public:
    explicit OutboxStore(const QString& databasePath);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }

    // Every pending edit, oldest first.
    QList<PendingEdit> all();
    // Keeps the edit; returns its local id, 0 on failure.
    qint64 append(const PendingEdit& edit);
    bool updateArgs(qint64 localId, const QCborMap& args);
    bool remove(qint64 localId);

private:
    bool fail(const QString& what);

    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};
