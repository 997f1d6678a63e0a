#include "session/DesktopSession.h"

#include "net/Fingerprint.h"
#include "net/KnownServers.h"
#include "protocol/OpNames.h"

#include <QCborArray>
#include <QPointer>

namespace {
const QString kClientName = QStringLiteral("ejournal-desktop");

bool sameServer(const Connection::Endpoint& a, const Connection::Endpoint& b)
{
    return a.host == b.host && a.port == b.port && a.plain == b.plain;
}
} // namespace

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
    , m_connection(kClientName)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DesktopSession::openConnection);
    connect(&m_connection, &Connection::ready, this, &DesktopSession::onReady);
    connect(&m_connection, &Connection::closed, this, &DesktopSession::onClosed);
    connect(&m_connection, &Connection::untrustedCertificate, this,
            &DesktopSession::onUntrustedCertificate);
    connect(&m_connection, &Connection::eventReceived, this, &DesktopSession::onEvent);
    connect(&m_connection, &Connection::stateChanged, this, &DesktopSession::updateLinkStatus);
}

DesktopSession::~DesktopSession()
{
    m_connection.disconnect(this);
}

void DesktopSession::signIn(const Connection::Endpoint& endpoint, const QString& login,
                            const QString& password)
{
    m_reconnectTimer.stop();
    m_login = login;
    m_password = password;
    m_token.clear();
    m_user = {};
    m_me = {};
    const bool reuse = m_connection.state() == Connection::State::Ready &&
                       sameServer(m_connection.endpoint(), endpoint);
    m_endpoint = endpoint;
    setPhase(Phase::SigningIn);
    if (reuse)
        sendLogin();
    else
        openConnection();
}

void DesktopSession::cancelSignIn()
{
    if (m_phase != Phase::SigningIn && m_phase != Phase::AwaitingPasswordChange)
        return;
    m_password.clear();
    m_token.clear();
    ++m_generation;
    m_connection.close();
    setPhase(Phase::SignedOut);
}

void DesktopSession::openConnection()
{
    ++m_generation;
    Connection::Endpoint endpoint = m_endpoint;
    endpoint.pinnedFingerprint =
        endpoint.plain ? QByteArray() : KnownServers().pinnedFingerprint(endpoint.hostAndPort());
    m_connection.open(endpoint);
}

void DesktopSession::onReady()
{
    if (m_phase == Phase::SigningIn)
        sendLogin();
    else if (m_phase == Phase::Reconnecting)
        sendResume();
}

void DesktopSession::onClosed(const QString& reason)
{
    if (reason.isEmpty())
        return; // we closed it ourselves
    // Connection reports a certificate refusal right after `closed`; decide once both are in.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, reason] {
        if (generation == m_generation)
            handleClosed(reason);
    });
}

void DesktopSession::handleClosed(const QString& reason)
{
    switch (m_phase) {
    case Phase::SigningIn:
    case Phase::AwaitingPasswordChange:
        m_password.clear();
        m_token.clear();
        setPhase(Phase::SignedOut);
        // The reason may be the socket's own (English) text; say in our words what failed.
        Q_EMIT signInFailed(
            tr("Could not connect to the server %1: %2").arg(m_endpoint.hostAndPort(), reason));
        break;
    case Phase::SignedIn:
        setPhase(Phase::Reconnecting);
        scheduleReconnect();
        break;
    case Phase::Reconnecting:
        scheduleReconnect();
        break;
    case Phase::SignedOut:
        break;
    }
}

void DesktopSession::onUntrustedCertificate(const QSslCertificate& certificate, bool changed)
{
    ++m_generation; // the `closed` that came with this refusal is handled here
    m_reconnectTimer.stop();
    m_pendingFingerprint = Fingerprint::of(certificate);
    m_pendingChanged = changed;
    if (m_phase == Phase::SignedOut)
        return;
    if (m_phase == Phase::SignedIn)
        setPhase(Phase::Reconnecting);
    if (m_trustOnFirstUse && !changed && !m_pendingFingerprint.isEmpty()) {
        trustPendingCertificate();
        return;
    }
    Q_EMIT certificateNotTrusted(m_pendingFingerprint, m_endpoint.hostAndPort(), changed);
}

void DesktopSession::trustPendingCertificate()
{
    if (m_pendingFingerprint.isEmpty() ||
        (m_phase != Phase::SigningIn && m_phase != Phase::Reconnecting))
        return;
    KnownServers().pin(m_endpoint.hostAndPort(), std::exchange(m_pendingFingerprint, {}));
    openConnection();
}

void DesktopSession::rejectPendingCertificate()
{
    const bool changed = m_pendingChanged;
    m_pendingFingerprint.clear();
    const QString message =
        changed ? tr("The server's certificate has changed. The connection was refused; "
                     "contact your administrator.")
                : tr("The server's certificate was not trusted. The connection was refused.");
    if (m_phase == Phase::SigningIn) {
        m_password.clear();
        setPhase(Phase::SignedOut);
        Q_EMIT signInFailed(message);
    } else if (m_phase == Phase::Reconnecting) {
        loseSession(message);
    }
}

void DesktopSession::sendLogin()
{
    QCborMap args;
    args.insert(QStringLiteral("login"), m_login);
    args.insert(QStringLiteral("password"), m_password);
    const quint64 generation = m_generation;
    m_connection.send(
        QString::fromLatin1(Op::AuthLogin), args, [this, generation](const Reply& reply) {
            if (m_phase != Phase::SigningIn || generation != m_generation)
                return;
            if (!reply.ok) {
                if (reply.error.code == ErrorCode::Unavailable)
                    return; // `closed` reports it
                m_password.clear();
                setPhase(Phase::SignedOut);
                Q_EMIT signInFailed(reply.error.message);
                return;
            }
            const QCborMap result = reply.result.toMap();
            m_token = result.value(QStringLiteral("token")).toString();
            m_user = SessionUser::fromCbor(result.value(QStringLiteral("user")).toMap());
            if (result.value(QStringLiteral("must_change_password")).toBool()) {
                setPhase(Phase::AwaitingPasswordChange);
                Q_EMIT passwordChangeRequired();
                return;
            }
            fetchMe();
        });
}

void DesktopSession::changePassword(const QString& oldPassword, const QString& newPassword,
                                    std::function<void(const Reply&)> done)
{
    QCborMap args;
    args.insert(QStringLiteral("old"), oldPassword);
    args.insert(QStringLiteral("new"), newPassword);
    m_connection.send(QString::fromLatin1(Op::AuthChangePassword), args,
                      [this, done = std::move(done)](const Reply& reply) {
                          if (reply.ok) {
                              const QString token =
                                  reply.result.toMap().value(QStringLiteral("token")).toString();
                              if (!token.isEmpty())
                                  m_token = token;
                          }
                          if (done)
                              done(reply);
                          if (reply.ok && m_phase == Phase::AwaitingPasswordChange) {
                              setPhase(Phase::SigningIn);
                              fetchMe();
                          }
                      });
}

void DesktopSession::cancelPasswordChange()
{
    if (m_phase != Phase::AwaitingPasswordChange)
        return;
    m_password.clear();
    m_connection.send(QString::fromLatin1(Op::AuthLogout), {});
    m_token.clear();
    setPhase(Phase::SignedOut);
    Q_EMIT signInFailed(tr("You have to change your password before you can continue."));
}

void DesktopSession::fetchMe()
{
    const quint64 generation = m_generation;
    m_connection.send(QString::fromLatin1(Op::Me), {}, [this, generation](const Reply& reply) {
        if (m_phase != Phase::SigningIn || generation != m_generation)
            return;
        if (!reply.ok && reply.error.code == ErrorCode::Unavailable)
            return; // `closed` reports it
        if (reply.ok) {
            m_me = reply.result.toMap();
            SessionUser user = SessionUser::fromCbor(m_me.value(QStringLiteral("user")).toMap());
            const QCborArray roles = m_me.value(QStringLiteral("roles")).toArray();
            if (!roles.isEmpty()) {
                QStringList codes;
                for (const QCborValue& role : roles)
                    codes.append(role.toString());
                user.roles = RoleSet::fromCodes(codes);
            }
            if (user.isValid())
                m_user = user;
        }
        // Without `me` the login's user still tells the name and roles.
        finishSignIn();
    });
}

void DesktopSession::finishSignIn()
{
    m_password.clear();
    m_backoff.reset();
    setPhase(Phase::SignedIn);
    Q_EMIT signedIn();
}

void DesktopSession::sendResume()
{
    QCborMap args;
    args.insert(QStringLiteral("token"), m_token);
    const quint64 generation = m_generation;
    m_connection.send(QString::fromLatin1(Op::AuthResume), args,
                      [this, generation](const Reply& reply) {
                          if (m_phase != Phase::Reconnecting || generation != m_generation)
                              return;
                          if (!reply.ok) {
                              if (reply.error.code == ErrorCode::Unavailable)
                                  return; // `closed` schedules the next attempt
                              loseSession(reply.error.message);
                              return;
                          }
                          const QCborMap result = reply.result.toMap();
                          const QString token = result.value(QStringLiteral("token")).toString();
                          if (!token.isEmpty())
                              m_token = token;
                          const SessionUser user =
                              SessionUser::fromCbor(result.value(QStringLiteral("user")).toMap());
                          if (user.isValid() && !user.roles.isEmpty())
                              m_user = user;
                          m_backoff.reset();
                          setPhase(Phase::SignedIn);
                          Q_EMIT resumed();
                      });
}

void DesktopSession::scheduleReconnect()
{
    m_reconnectTimer.start(m_backoff.next());
    updateLinkStatus();
}

void DesktopSession::loseSession(const QString& message)
{
    m_reconnectTimer.stop();
    m_token.clear();
    ++m_generation;
    m_connection.close();
    setPhase(Phase::SignedOut);
    Q_EMIT sessionLost(message.isEmpty() ? tr("Your session has ended. Please sign in again.")
                                         : message);
}

void DesktopSession::signOut()
{
    m_reconnectTimer.stop();
    m_password.clear();
    if (m_phase == Phase::SignedOut)
        return;
    if (m_connection.state() == Connection::State::Ready && !m_token.isEmpty()) {
        QPointer<DesktopSession> self(this);
        m_connection.send(QString::fromLatin1(Op::AuthLogout), {}, [self](const Reply&) {
            if (self && self->m_phase == Phase::SignedOut)
                self->m_connection.close();
        });
    } else {
        ++m_generation;
        m_connection.close();
    }
    m_token.clear();
    m_user = {};
    m_me = {};
    setPhase(Phase::SignedOut);
    Q_EMIT signedOut();
}

void DesktopSession::onEvent(const QString& name, const QCborMap& data)
{
    if (name == QLatin1String(EventName::SessionRevoked) && m_phase == Phase::SignedIn) {
        loseSession(data.value(QStringLiteral("message")).toString());
        return;
    }
    Q_EMIT eventReceived(name, data);
}

qint64 DesktopSession::send(const QString& op, const QCborMap& args,
                            Connection::ReplyHandler handler)
{
    return m_connection.send(op, args, std::move(handler));
}

void DesktopSession::setPhase(Phase phase)
{
    if (m_phase != phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    }
    updateLinkStatus();
}

void DesktopSession::updateLinkStatus()
{
    LinkStatus status = LinkStatus::Offline;
    if (m_connection.state() == Connection::State::Ready)
        status = m_connection.endpoint().plain ? LinkStatus::Plain : LinkStatus::Secure;
    else if (m_phase == Phase::Reconnecting)
        status = LinkStatus::Reconnecting;
    else if (m_connection.state() == Connection::State::Connecting)
        status = LinkStatus::Connecting;
    if (status != m_linkStatus) {
        m_linkStatus = status;
        Q_EMIT linkStatusChanged(status);
    }
}
