#pragma once

#include "journal/OutboxStore.h"
#include "net/Connection.h"
#include "protocol/Error.h"

#include <QCborMap>
#include <QCborValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

class DesktopSession;

// The offline queue (R30): journal edits are kept on disk and sent to the server one at a
// time, in the order made, each with its own idempotency key; an edit leaves the queue only
// when the server answers it, so a reconnect resends it with the same key and it lands once.
class EditOutbox : public QObject
{
    Q_OBJECT
public:
    // How long to wait before asking again when the server answered `unavailable`.
    static constexpr int kRetryAfterUnavailableMs = 5'000;
    // How often an edit is tried again after an internal error before it counts as refused.
    static constexpr int kMostRetries = 5;

    // `databasePath`: the user's queue file (see defaultDatabasePath()). The outbox sends
    // whenever `session` is signed in, so make one per sign-in, for that user's file.
    EditOutbox(DesktopSession* session, const QString& databasePath, QObject* parent = nullptr);
    ~EditOutbox() override;

    // How long to wait before asking again (kRetryAfterUnavailableMs unless set).
    void setRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }

    // One queue file per server and login, in the application's local data folder.
    static QString defaultDatabasePath(const Connection::Endpoint& endpoint, const QString& login);

    // Queues an edit (`cell.set`, `cells.set`, `lesson.save`, `lesson.delete`,
    // `period_mark.set`): adds a new idempotency key, keeps it on disk and sends it as soon as
    // the edits before it are answered. `assignmentId` 0 takes args' `assignment_id`.
    // Returns the edit's local id, 0 when it could not be kept (see errorString()).
    qint64 enqueue(const QString& op, QCborMap args, qint64 assignmentId = 0);

    int pendingCount() const { return int(m_queue.size()); }
    // The edits not yet answered, oldest first: all, or those of one journal (to show the
    // values the server does not have yet).
    QList<PendingEdit> pendingEdits() const { return m_queue; }
    QList<PendingEdit> pendingEdits(qint64 assignmentId) const;
    // "Not sent: N" for the status line; empty when nothing waits.
    QString statusText() const;
    // Whether the queue file could be opened; without it nothing can be queued.
    bool isOpen() const { return m_store.isOpen(); }
    QString errorString() const { return m_store.errorString(); }

Q_SIGNALS:
    void pendingCountChanged(int count);
    // The server applied the edit (or had applied it before its reply was lost).
    void editAcknowledged(qint64 localId, const QString& op, const QCborMap& args,
                          const QCborValue& result);
    // The server refused the edit for good (`conflict`, `rule_violation`, …): it left the queue
    // and is the teacher's to resolve.
    void editRefused(qint64 localId, const QString& op, const QCborMap& args, const Error& error);

private:
    void sendNext();
    void onReply(qint64 localId, quint64 attempt, const Reply& reply);
    bool canSend() const;
    void rebaseFollowing(const PendingEdit& acknowledged, const QCborValue& result);
    void rebaseAfterRefusal(const PendingEdit& refused);

    QPointer<DesktopSession> m_session;
    OutboxStore m_store;
    // Whose edits these are (the login signed in when the outbox was made; empty: not known).
    QString m_owner;
    QList<PendingEdit> m_queue;
    // The edit sent and not yet answered (always the queue's first), 0 when none.
    qint64 m_inFlight = 0;
    // Tells the current sending of an edit from an earlier one whose reply comes late.
    quint64 m_attempt = 0;
    QTimer m_retryTimer;
    // Internal errors in a row for the edit at the head of the queue.
    int m_failures = 0;
};
