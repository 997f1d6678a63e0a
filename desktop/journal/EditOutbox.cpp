#include "journal/EditOutbox.h"

#include "core/Clock.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace {
const QString kIdempotencyKey = QStringLiteral("idempotency_key");
const QString kBaseVersion = QStringLiteral("base_version");

// Not an answer about the edit: it stays first in the queue and goes again with its key.
bool keepsEdit(ErrorCode code)
{
    // A database hiccup (internal) is asked again later like a busy server.
    return code == ErrorCode::Unavailable || code == ErrorCode::Unauthenticated ||
           code == ErrorCode::Internal;
}

// What a versioned edit changes (one cell, one period mark), so later edits of the same thing
// can follow it; empty for other ops.
QString targetOf(const QString& op, const QCborMap& args)
{
    auto id = [&args](const char* key) {
        return QString::number(args.value(QLatin1String(key)).toInteger());
    };
    if (op == QLatin1String(Op::CellSet))
        return QStringLiteral("cell/%1/%2").arg(id("lesson_id"), id("student_id"));
    if (op == QLatin1String(Op::PeriodMarkSet))
        return QStringLiteral("period_mark/%1/%2/%3")
            .arg(id("assignment_id"), id("student_id"), id("period_id"));
    return {};
}

qint64 versionIn(const QString& op, const QCborValue& result)
{
    const QString entity =
        op == QLatin1String(Op::CellSet) ? QStringLiteral("cell") : QStringLiteral("period_mark");
    return result[entity][QStringLiteral("version")].toInteger();
}
} // namespace

EditOutbox::EditOutbox(DesktopSession* session, const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(databasePath)
    , m_owner(session ? session->user().login : QString())
{
    m_queue = m_store.all();
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(kRetryAfterUnavailableMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &EditOutbox::sendNext);
    if (session) {
        connect(session, &DesktopSession::signedIn, this, &EditOutbox::sendNext);
        connect(session, &DesktopSession::resumed, this, &EditOutbox::sendNext);
    }
    sendNext();
}

EditOutbox::~EditOutbox() = default;

QString EditOutbox::defaultDatabasePath(const Connection::Endpoint& endpoint, const QString& login)
{
    const QString name = QString::fromLatin1(
        QUrl::toPercentEncoding(endpoint.hostAndPort() + QLatin1Char('-') + login.toLower()));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("outbox/%1.sqlite").arg(name));
}

qint64 EditOutbox::enqueue(const QString& op, QCborMap args, qint64 assignmentId)
{
    if (!args.value(kIdempotencyKey).isString())
        args.insert(kIdempotencyKey, QUuid::createUuid().toString(QUuid::WithoutBraces));
    PendingEdit edit;
    edit.op = op;
    edit.args = args;
    edit.assignmentId =
        assignmentId ? assignmentId : args.value(QStringLiteral("assignment_id")).toInteger();
    edit.createdAt = Clock::current().now();
    // R30: a late entry made while the server could not be reached is late from this time.
    if (!edit.args.contains(QStringLiteral("made_at")))
        edit.args.insert(QStringLiteral("made_at"),
                         edit.createdAt.toUTC().toString(Qt::ISODateWithMs));
    edit.localId = m_store.append(edit);
    if (!edit.localId)
        return 0;
    m_queue.append(edit);
    Q_EMIT pendingCountChanged(pendingCount());
    sendNext();
    return edit.localId;
}

QList<PendingEdit> EditOutbox::pendingEdits(qint64 assignmentId) const
{
    QList<PendingEdit> edits;
    for (const PendingEdit& edit : m_queue) {
        if (edit.assignmentId == assignmentId)
            edits.append(edit);
    }
    return edits;
}

QString EditOutbox::statusText() const
{
    return m_queue.isEmpty() ? QString() : tr("Not sent: %n", "", pendingCount());
}

bool EditOutbox::canSend() const
{
    // After «switch user» the session belongs to someone else: their edits are not ours.
    return m_session && m_session->phase() == DesktopSession::Phase::SignedIn &&
           m_session->connection().state() == Connection::State::Ready &&
           (m_owner.isEmpty() ||
            m_session->user().login.compare(m_owner, Qt::CaseInsensitive) == 0);
}

void EditOutbox::sendNext()
{
    if (m_inFlight || m_queue.isEmpty() || !canSend())
        return;
    m_retryTimer.stop();
    const PendingEdit& edit = m_queue.first();
    const qint64 localId = edit.localId;
    const quint64 attempt = ++m_attempt;
    m_inFlight = localId;
    QPointer<EditOutbox> self(this);
    m_session->send(edit.op, edit.args, [self, localId, attempt](const Reply& reply) {
        if (self)
            self->onReply(localId, attempt, reply);
    });
}

void EditOutbox::onReply(qint64 localId, quint64 attempt, const Reply& reply)
{
    if (attempt != m_attempt || localId != m_inFlight)
        return;
    m_inFlight = 0;
    // A fault that stays (the same internal error again and again) must not hold every later
    // edit back: after a few tries the edit goes to the teacher as refused.
    const bool givenUp = reply.error.code == ErrorCode::Internal && ++m_failures >= kMostRetries;
    if (!reply.ok && keepsEdit(reply.error.code) && !givenUp) {
        // A dropped connection resends after `resumed`; a busy server is asked again later.
        if (reply.error.code != ErrorCode::Unauthenticated && canSend())
            m_retryTimer.start();
        return;
    }
    m_failures = 0;
    Q_ASSERT(!m_queue.isEmpty() && m_queue.first().localId == localId);
    const PendingEdit edit = m_queue.takeFirst();
    // Should the removal fail, the edit goes again after a restart; its key makes that harmless.
    m_store.remove(edit.localId);
    QPointer<EditOutbox> self(this);
    if (reply.ok) {
        rebaseFollowing(edit, reply.result);
        Q_EMIT editAcknowledged(edit.localId, edit.op, edit.args, reply.result);
    } else {
        rebaseAfterRefusal(edit);
        Q_EMIT editRefused(edit.localId, edit.op, edit.args, reply.error);
    }
    if (!self)
        return;
    Q_EMIT pendingCountChanged(pendingCount());
    if (self)
        sendNext();
}

// A later edit of the same cell was made on top of this one (the grid showed it), so its
// base_version is the version this edit replaced; it now builds on the version this edit made.
// The edit was not applied: later edits of the same cell that expected the version it would
// have made (the grid counts each unsent edit) expect one less.
void EditOutbox::rebaseAfterRefusal(const PendingEdit& refused)
{
    const QString target = targetOf(refused.op, refused.args);
    const QCborValue refusedBase = refused.args.value(kBaseVersion);
    if (target.isEmpty() || !refusedBase.isInteger())
        return;
    for (PendingEdit& edit : m_queue) {
        const QCborValue base = edit.args.value(kBaseVersion);
        if (!base.isInteger() || base.toInteger() <= refusedBase.toInteger() ||
            targetOf(edit.op, edit.args) != target)
            continue;
        edit.args.insert(kBaseVersion, base.toInteger() - 1);
        m_store.updateArgs(edit.localId, edit.args);
    }
}

void EditOutbox::rebaseFollowing(const PendingEdit& acknowledged, const QCborValue& result)
{
    const QString target = targetOf(acknowledged.op, acknowledged.args);
    const qint64 version = target.isEmpty() ? 0 : versionIn(acknowledged.op, result);
    if (version <= 0)
        return;
    for (PendingEdit& edit : m_queue) {
        const QCborValue base = edit.args.value(kBaseVersion);
        if (!base.isInteger() || base.toInteger() != version - 1 ||
            targetOf(edit.op, edit.args) != target)
            continue;
        edit.args.insert(kBaseVersion, version);
        m_store.updateArgs(edit.localId, edit.args);
    }
}
