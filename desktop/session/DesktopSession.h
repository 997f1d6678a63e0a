#pragma once

#include "net/Connection.h"
#include "session/ReconnectBackoff.h"
#include "session/SessionUser.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>

#include <functional>

// One user's session with the server: owns the Connection, signs in (certificate trust,
// auth.login, forced password change, me), keeps the token and reconnects with auth.resume
// when the network drops.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        SignedOut,
        SigningIn,
        AwaitingPasswordChange,
        SignedIn,
        Reconnecting
    };
    Q_ENUM(Phase)
    enum class LinkStatus
    {
        Offline,
        Connecting,
        Secure,
        Plain,
        Reconnecting
    };
    Q_ENUM(LinkStatus)

    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    // Pin an unknown certificate without asking (the demo script); a changed one is never
    // accepted silently.
    void setTrustOnFirstUse(bool trust) { m_trustOnFirstUse = trust; }
    bool trustOnFirstUse() const { return m_trustOnFirstUse; }

    // Connects (with the pin KnownServers holds for the address) and signs in.
    void signIn(const Connection::Endpoint& endpoint, const QString& login,
                const QString& password);
    void cancelSignIn();
    // Answers certificateNotTrusted: pin the certificate and connect again, or give up.
    void trustPendingCertificate();
    void rejectPendingCertificate();
    // auth.change_password; on success the fresh token replaces the old one and a pending
    // sign-in continues. `done` gets the server's reply.
    void changePassword(const QString& oldPassword, const QString& newPassword,
                        std::function<void(const Reply&)> done);
    // The user would not change the password the server demands: the sign-in ends.
    void cancelPasswordChange();
    // auth.logout, then the connection closes.
    void signOut();

    qint64 send(const QString& op, const QCborMap& args = {},
                Connection::ReplyHandler handler = {});

    Phase phase() const { return m_phase; }
    LinkStatus linkStatus() const { return m_linkStatus; }
    const SessionUser& user() const { return m_user; }
    // The last `me` result (classes_led, assignments, …).
    const QCborMap& me() const { return m_me; }
    QString token() const { return m_token; }
    const Connection::Endpoint& endpoint() const { return m_endpoint; }
    Connection& connection() { return m_connection; }

Q_SIGNALS:
    void phaseChanged(DesktopSession::Phase phase);
    void linkStatusChanged(DesktopSession::LinkStatus status);
    // Needs trustPendingCertificate() or rejectPendingCertificate().
    void certificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                               bool changed);
    void signInFailed(const QString& message);
    // Needs changePassword() or cancelPasswordChange().
    void passwordChangeRequired();
    void signedIn();
    // The connection came back and the server accepted the token again.
    void resumed();
    // The server no longer knows the session (token expired or revoked): sign in again.
    void sessionLost(const QString& message);
    void signedOut();
    void eventReceived(const QString& name, const QCborMap& data);

private:
    void openConnection();
    void onReady();
    void onClosed(const QString& reason);
    void handleClosed(const QString& reason);
    void onUntrustedCertificate(const QSslCertificate& certificate, bool changed);
    void onEvent(const QString& name, const QCborMap& data);
    void sendLogin();
    void sendResume();
    void fetchMe();
    void finishSignIn();
    void scheduleReconnect();
    void loseSession(const QString& message);
    void setPhase(Phase phase);
    void updateLinkStatus();

    Connection m_connection;
    Connection::Endpoint m_endpoint;
    Phase m_phase = Phase::SignedOut;
    LinkStatus m_linkStatus = LinkStatus::Offline;
    bool m_trustOnFirstUse = false;
    QString m_login;
    QString m_password; // kept only until the sign-in ends
    QString m_token;
    SessionUser m_user;
    QCborMap m_me;
    QByteArray m_pendingFingerprint;
    bool m_pendingChanged = false;
    // Bumped on every open and certificate refusal, so a deferred `closed` from an
    // earlier attempt is ignored.
    quint64 m_generation = 0;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
};
