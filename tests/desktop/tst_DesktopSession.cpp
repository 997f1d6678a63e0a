// DesktopSession against the real server: sign-in, the server's own errors, forced password
// change, certificate trust over TLS, reconnection with auth.resume after the server went away,
// and a resume the server refuses because the session was revoked meanwhile.
#include "app/Application.h"
#include "net/KnownServers.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "session/ReconnectBackoff.h"
#include "session/ServerAddress.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {
const QString kTeacher = QStringLiteral("teacher1");
const QString kPassword = QStringLiteral("Secret-pass-1");
const QString kFullName = QStringLiteral("Иванова Мария Петровна");
const QString kNewcomer = QStringLiteral("newcomer");
const QString kRevoked = QStringLiteral("teacher2");
const QString kAdmin = QStringLiteral("admin1");
} // namespace

class TestDesktopSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void signInLoadsUserAndRolesFromMe();
    void wrongPasswordReportsServersMessage();
    void requiredPasswordChangeComesBeforeMe();
    void reconnectsAndResumesAfterServerRestart();
    void refusedResumeLosesSession();
    void tlsSignInTrustsCertificateAndResumesSecurely();
    void backoffDoublesUpToThirtySeconds();
    void serverAddressParsing_data();
    void serverAddressParsing();

private:
    // Signs in with kPassword; false (with a warning) if the server said no.
    bool signIn(DesktopSession& session, const QString& login);
    // A request on the session's own connection succeeds: the server knows its token.
    static bool answersMe(DesktopSession& session);
    // Whether the server still takes `token` on a fresh connection.
    bool serverAcceptsToken(const QString& token);
    bool restartServer(bool tls);

    TestServer m_server;
    qint64 m_revokedId = 0;
};

void TestDesktopSession::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
    QVERIFY(m_server.start());
    QVERIFY(m_server.addUser(kTeacher, kPassword, {Role::Teacher, Role::ClassTeacher}, kFullName));
    QVERIFY(m_server.addUser(kNewcomer, kPassword, {Role::Teacher}, QStringLiteral("Петров Олег"),
                             true));
    m_revokedId = m_server.addUser(kRevoked, kPassword, {Role::Teacher});
    QVERIFY(m_revokedId != 0);
    QVERIFY(m_server.addUser(kAdmin, kPassword, {Role::Admin}));
}

void TestDesktopSession::init()
{
    QSettings().clear();
    // Every server test starts on the plain server; the TLS test leaves it so.
    if (m_server.port() == 0 || !m_server.endpoint().plain)
        QVERIFY(restartServer(false));
}

bool TestDesktopSession::restartServer(bool tls)
{
    m_server.stopServer();
    return m_server.start(tls);
}

bool TestDesktopSession::signIn(DesktopSession& session, const QString& login)
{
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    QSignalSpy failed(&session, &DesktopSession::signInFailed);
    session.signIn(m_server.endpoint(), login, kPassword);
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 15000);
    if (!failed.isEmpty())
        qWarning().noquote() << "sign-in failed:" << failed.first().first().toString();
    return signedIn.count() == 1;
}

bool TestDesktopSession::answersMe(DesktopSession& session)
{
    std::optional<Reply> answer;
    session.send(QString::fromLatin1(Op::Me), {},
                 [&answer](const Reply& reply) { answer = reply; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return false;
    return answer->ok;
}

bool TestDesktopSession::serverAcceptsToken(const QString& token)
{
    TestClient client(m_server.endpoint());
    if (!client.connectToServer())
        return false;
    return client
        .call(QString::fromLatin1(Op::AuthResume), QCborMap{{QStringLiteral("token"), token}})
        .ok;
}

void TestDesktopSession::signInLoadsUserAndRolesFromMe()
{
    DesktopSession session;
    QVERIFY(signIn(session, kTeacher));
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedIn);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Plain);
    QCOMPARE(session.user().login, kTeacher);
    QCOMPARE(session.user().fullName, kFullName);
    QCOMPARE(session.user().roles, RoleSet({Role::Teacher, Role::ClassTeacher}));
    // The roles came from `me`, whose whole answer the session keeps for the windows.
    QVERIFY(session.me().contains(QStringLiteral("roles")));
    QVERIFY(!session.token().isEmpty());
    QVERIFY(answersMe(session));
}

void TestDesktopSession::wrongPasswordReportsServersMessage()
{
    DesktopSession session;
    QSignalSpy failed(&session, &DesktopSession::signInFailed);
    session.signIn(m_server.endpoint(), kTeacher, QStringLiteral("Wrong-pass-9"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Неверный логин или пароль."));
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedOut);
    QVERIFY(session.token().isEmpty());
}

void TestDesktopSession::requiredPasswordChangeComesBeforeMe()
{
    DesktopSession session;
    QSignalSpy required(&session, &DesktopSession::passwordChangeRequired);
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(m_server.endpoint(), kNewcomer, kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 15000);
    QCOMPARE(session.phase(), DesktopSession::Phase::AwaitingPasswordChange);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(session.me().isEmpty());
    const QString firstToken = session.token();
    QVERIFY(!firstToken.isEmpty());

    std::optional<Reply> answer;
    session.changePassword(kPassword, QStringLiteral("New-pass-22"),
                           [&answer](const Reply& reply) { answer = reply; });
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QVERIFY(answer && answer->ok);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedIn);
    QVERIFY(!session.me().isEmpty());
    // The change revoked the first session; the session now holds the fresh token.
    QVERIFY(session.token() != firstToken);
    QVERIFY(!serverAcceptsToken(firstToken));
    QVERIFY(serverAcceptsToken(session.token()));
}

void TestDesktopSession::reconnectsAndResumesAfterServerRestart()
{
    DesktopSession session;
    QVERIFY(signIn(session, kTeacher));
    const QString token = session.token();
    QSignalSpy resumed(&session, &DesktopSession::resumed);
    QSignalSpy lost(&session, &DesktopSession::sessionLost);

    m_server.stopServer();
    QTRY_COMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Reconnecting);
    // Refused attempts go on with growing delays (1 s, then 2 s) while the server is away.
    QTest::qWait(1500);
    QCOMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    QCOMPARE(resumed.count(), 0);

    QVERIFY(m_server.start());
    QTRY_VERIFY_WITH_TIMEOUT(resumed.count() == 1, 10000);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedIn);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Plain);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(session.token(), token);
    QCOMPARE(session.user().fullName, kFullName);
    // The new connection works under the old session.
    QVERIFY(answersMe(session));
}

void TestDesktopSession::refusedResumeLosesSession()
{
    DesktopSession session;
    QVERIFY(signIn(session, kRevoked));
    QSignalSpy lost(&session, &DesktopSession::sessionLost);
    QSignalSpy resumed(&session, &DesktopSession::resumed);
    {
        // The administrator resets the teacher's password, which revokes every session of theirs.
        TestClient admin(m_server.endpoint());
        QVERIFY(admin.connectToServer());
        QVERIFY(admin.login(kAdmin, kPassword).ok);
        const Reply reset = admin.call(QString::fromLatin1(Op::UserResetPassword),
                                       QCborMap{{QStringLiteral("user_id"), m_revokedId}});
        QVERIFY2(reset.ok, qPrintable(reset.error.message));
    }
    QVERIFY(restartServer(false));

    QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 10000);
    QCOMPARE(lost.first().first().toString(), QStringLiteral("Сеанс завершён. Войдите снова."));
    QCOMPARE(resumed.count(), 0);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedOut);
    QVERIFY(session.token().isEmpty());
}

void TestDesktopSession::tlsSignInTrustsCertificateAndResumesSecurely()
{
    QVERIFY(restartServer(true));
    const Connection::Endpoint endpoint = m_server.endpoint();
    QVERIFY(!endpoint.plain);
    QVERIFY(KnownServers().pinnedFingerprint(endpoint.hostAndPort()).isEmpty());

    DesktopSession session;
    QSignalSpy question(&session, &DesktopSession::certificateNotTrusted);
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(endpoint, kTeacher, kPassword);
    // An unknown certificate: the user is asked, with the server's real fingerprint.
    QTRY_COMPARE_WITH_TIMEOUT(question.count(), 1, 15000);
    QCOMPARE(question.first().at(0).toByteArray(), m_server.fingerprint());
    QCOMPARE(question.first().at(1).toString(), endpoint.hostAndPort());
    QCOMPARE(question.first().at(2).toBool(), false);
    QCOMPARE(signedIn.count(), 0);

    session.trustPendingCertificate();
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Secure);
    QCOMPARE(KnownServers().pinnedFingerprint(endpoint.hostAndPort()), m_server.fingerprint());
    QCOMPARE(session.user().fullName, kFullName);

    // The pinned certificate carries the reconnection without asking again.
    QSignalSpy resumed(&session, &DesktopSession::resumed);
    QVERIFY(restartServer(true));
    QTRY_VERIFY_WITH_TIMEOUT(resumed.count() == 1, 10000);
    QCOMPARE(question.count(), 1);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Secure);
    QVERIFY(answersMe(session));
}

void TestDesktopSession::backoffDoublesUpToThirtySeconds()
{
    ReconnectBackoff backoff;
    QList<qint64> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.next().count());
    QCOMPARE(delays, QList<qint64>({1, 2, 4, 8, 16, 30, 30, 30}));
    backoff.reset();
    QCOMPARE(backoff.next().count(), qint64(1));
}

void TestDesktopSession::serverAddressParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host:port") << "school.local:8443" << true << "school.local" << 8443;
    QTest::newRow("default port") << "localhost" << true << "localhost" << 7443;
    QTest::newRow("spaces around") << "  10.0.0.5:7443 " << true << "10.0.0.5" << 7443;
    QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("port zero") << "host:0" << false << "" << 0;
    QTest::newRow("port too big") << "host:70000" << false << "" << 0;
    QTest::newRow("no host") << ":7443" << false << "" << 0;
    QTest::newRow("letters in port") << "host:abc" << false << "" << 0;
}

void TestDesktopSession::serverAddressParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto endpoint = ServerAddress::parse(text, false);
    QCOMPARE(endpoint.has_value(), valid);
    if (valid) {
        QCOMPARE(endpoint->host, host);
        QCOMPARE(int(endpoint->port), port);
    }
}

QTEST_MAIN(TestDesktopSession)
#include "tst_DesktopSession.moc"
