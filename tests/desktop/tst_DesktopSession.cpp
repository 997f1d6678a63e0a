// DesktopSession against a scripted server: sign-in, server errors, forced password change,
// reconnection with auth.resume, and a refused resume.
#include "FakeServer.h"

#include "app/Application.h"
#include "session/DesktopSession.h"
#include "session/ReconnectBackoff.h"
#include "session/ServerAddress.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestDesktopSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInLoadsUserAndRolesFromMe();
    void wrongPasswordReportsServersMessage();
    void requiredPasswordChangeComesBeforeMe();
    void reconnectsAndResumesAfterNetworkLoss();
    void refusedResumeLosesSession();
    void backoffDoublesUpToThirtySeconds();
    void serverAddressParsing_data();
    void serverAddressParsing();

private:
    Connection::Endpoint endpoint() const;
    void signIn(DesktopSession& session);

    FakeServer* m_server = nullptr;
};

void TestDesktopSession::initTestCase()
{
    Application::setIdentity();
    QVERIFY(Application::installTranslator(*qApp));
}

void TestDesktopSession::init()
{
    QSettings().clear();
    m_server = new FakeServer(this);
    QVERIFY(m_server->listen());
}

void TestDesktopSession::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Connection::Endpoint TestDesktopSession::endpoint() const
{
    Connection::Endpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = m_server->port();
    endpoint.plain = true;
    return endpoint;
}

void TestDesktopSession::signIn(DesktopSession& session)
{
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(endpoint(), FakeServer::kLogin, FakeServer::kPassword);
    QTRY_COMPARE(signedIn.count(), 1);
}

void TestDesktopSession::signInLoadsUserAndRolesFromMe()
{
    DesktopSession session;
    signIn(session);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedIn);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Plain);
    QCOMPARE(session.user().fullName, FakeServer::kFullName);
    QCOMPARE(session.user().roles, RoleSet({Role::Teacher, Role::ClassTeacher}));
    QCOMPARE(session.token(), m_server->issuedToken());
    QCOMPARE(m_server->ops(), QStringList({QStringLiteral("hello"), QStringLiteral("auth.login"),
                                           QStringLiteral("me")}));
}

void TestDesktopSession::wrongPasswordReportsServersMessage()
{
    DesktopSession session;
    QSignalSpy failed(&session, &DesktopSession::signInFailed);
    session.signIn(endpoint(), FakeServer::kLogin, QStringLiteral("wrong-one"));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), FakeServer::kWrongPassword);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedOut);
    QVERIFY(session.token().isEmpty());
}

void TestDesktopSession::requiredPasswordChangeComesBeforeMe()
{
    m_server->setMustChangePassword(true);
    DesktopSession session;
    QSignalSpy required(&session, &DesktopSession::passwordChangeRequired);
    QSignalSpy signedIn(&session, &DesktopSession::signedIn);
    session.signIn(endpoint(), FakeServer::kLogin, FakeServer::kPassword);
    QTRY_COMPARE(required.count(), 1);
    QCOMPARE(signedIn.count(), 0);
    const QString firstToken = session.token();

    bool answered = false;
    session.changePassword(FakeServer::kPassword, QStringLiteral("New-pass-22"),
                           [&answered](const Reply& reply) { answered = reply.ok; });
    QTRY_COMPARE(signedIn.count(), 1);
    QVERIFY(answered);
    QVERIFY(session.token() != firstToken);
    QCOMPARE(session.token(), m_server->issuedToken());
    QCOMPARE(m_server->ops().last(), QStringLiteral("me"));
}

void TestDesktopSession::reconnectsAndResumesAfterNetworkLoss()
{
    DesktopSession session;
    signIn(session);
    QSignalSpy resumed(&session, &DesktopSession::resumed);
    QSignalSpy lost(&session, &DesktopSession::sessionLost);

    m_server->setRefusing(true);
    m_server->dropClients();
    QTRY_COMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Reconnecting);
    // Refused attempts go on with growing delays (1 s, 2 s) until the server is back.
    QTest::qWait(1500);
    QCOMPARE(session.phase(), DesktopSession::Phase::Reconnecting);
    m_server->setRefusing(false);

    QTRY_VERIFY_WITH_TIMEOUT(resumed.count() == 1, 10000);
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedIn);
    QCOMPARE(session.linkStatus(), DesktopSession::LinkStatus::Plain);
    QCOMPARE(lost.count(), 0);
    const Request resume = m_server->requests().last();
    QCOMPARE(resume.op, QStringLiteral("auth.resume"));
    QCOMPARE(resume.args.value(QStringLiteral("token")).toString(), session.token());
}

void TestDesktopSession::refusedResumeLosesSession()
{
    DesktopSession session;
    signIn(session);
    QSignalSpy lost(&session, &DesktopSession::sessionLost);
    m_server->setResumeAccepted(false);
    m_server->dropClients();
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 10000);
    QCOMPARE(lost.first().first().toString(), QStringLiteral("Сеанс истёк, войдите снова."));
    QCOMPARE(session.phase(), DesktopSession::Phase::SignedOut);
    QVERIFY(session.token().isEmpty());
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
