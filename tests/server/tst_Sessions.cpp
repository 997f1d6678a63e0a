// Session life: logout, resume on a new connection, idle timeout, password change and its
// revocations, the initial-password gate, disabled accounts; and all of these, and changed
// roles and names, between two requests of one connection.
#include "app/Server.h"
#include "console/UserAdmin.h"
#include "core/Result.h"
#include "protocol/OpNames.h"
#include "storage/SqlRunner.h"
#include "support/FakeClock.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Right-pass-1");
constexpr qint64 kMinute = 60;

QString op(const char* name)
{
    return QString::fromLatin1(name);
}

QCborMap tokenArgs(const QString& token)
{
    return QCborMap{{QStringLiteral("token"), token}};
}

QCborMap passwordChange(const QString& oldPassword, const QString& newPassword)
{
    return QCborMap{{QStringLiteral("old"), oldPassword}, {QStringLiteral("new"), newPassword}};
}
} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        for (const char* login : {"leaver", "traveller", "sleeper", "changer", "careless",
                                  "revoked", "dismissed", "steady"})
            QVERIFY(m_server.addUser(QString::fromLatin1(login), kPassword, {Role::Teacher}));
        QVERIFY(m_server.addUser(QStringLiteral("newdeputy"), kPassword, {Role::Deputy},
                                 QStringLiteral("Новикова Вера Павловна"), true));
        QVERIFY(m_server.addUser(QStringLiteral("leaving"), kPassword, {Role::Teacher}));
    }

    void logoutEndsTheSession()
    {
        TestClient client(m_server.endpoint());
        const QString token = signIn(client, QStringLiteral("leaver"));
        QVERIFY(!token.isEmpty());
        QVERIFY(client.call(op(Op::AuthLogout)).ok);
        QCOMPARE(client.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        QCOMPARE(resumeOnNewConnection(token).error.code, ErrorCode::Unauthenticated);
    }

    void resumeOnANewConnectionWorks()
    {
        TestClient first(m_server.endpoint());
        const QString token = signIn(first, QStringLiteral("traveller"));
        QVERIFY(!token.isEmpty());

        TestClient second(m_server.endpoint());
        QVERIFY(second.connectToServer());
        QCOMPARE(second.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        const Reply resumed = second.call(op(Op::AuthResume), tokenArgs(token));
        QVERIFY2(resumed.ok, qPrintable(resumed.error.message));
        const Reply me = second.call(op(Op::Me));
        QVERIFY2(me.ok, qPrintable(me.error.message));
        QCOMPARE(me.result[QStringLiteral("user")][QStringLiteral("login")].toString(),
                 QStringLiteral("traveller"));
        QVERIFY(first.call(op(Op::Me)).ok); // both connections share the session
    }

    void idleTimeoutEndsTheSession()
    {
        TestClient client(m_server.endpoint());
        const QString token = signIn(client, QStringLiteral("sleeper"));
        QVERIFY(!token.isEmpty());
        m_clock.advance(29 * kMinute);
        QVERIFY(client.call(op(Op::Me)).ok); // a request keeps the session alive
        m_clock.advance(31 * kMinute);
        QCOMPARE(client.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        QCOMPARE(resumeOnNewConnection(token).error.code, ErrorCode::Unauthenticated);
    }

    void changePasswordWithWrongOldPasswordIsRefused()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("careless")).isEmpty());
        const Reply reply = client.call(
            op(Op::AuthChangePassword),
            passwordChange(QStringLiteral("not-it-at-all"), QStringLiteral("Brand-new-pass-2")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::BadRequest);
        QVERIFY(signInWorks(QStringLiteral("careless"), kPassword)); // nothing changed
    }

    void changePasswordToATooShortOneIsRefused()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("careless")).isEmpty());
        const Reply reply = client.call(op(Op::AuthChangePassword),
                                        passwordChange(kPassword, QStringLiteral("short7!")));
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::BadRequest);
        QVERIFY(signInWorks(QStringLiteral("careless"), kPassword));
    }

    void changePasswordReturnsANewTokenAndRevokesTheOldOnes()
    {
        TestClient client(m_server.endpoint());
        const QString oldToken = signIn(client, QStringLiteral("changer"));
        QVERIFY(!oldToken.isEmpty());
        TestClient elsewhere(m_server.endpoint());
        QVERIFY(!signIn(elsewhere, QStringLiteral("changer")).isEmpty());

        const QString newPassword = QStringLiteral("Brand-new-pass-2");
        const Reply changed =
            client.call(op(Op::AuthChangePassword), passwordChange(kPassword, newPassword));
        QVERIFY2(changed.ok, qPrintable(changed.error.message));
        const QString newToken = changed.result[QStringLiteral("token")].toString();
        QCOMPARE(newToken.size(), 43);
        QVERIFY(newToken != oldToken);

        QVERIFY(client.call(op(Op::Me)).ok); // this connection moved to the new session
        QCOMPARE(elsewhere.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        QCOMPARE(resumeOnNewConnection(oldToken).error.code, ErrorCode::Unauthenticated);
        QVERIFY(resumeOnNewConnection(newToken).ok);
        QVERIFY(!signInWorks(QStringLiteral("changer"), kPassword));
        QVERIFY(signInWorks(QStringLiteral("changer"), newPassword));
    }

    void initialPasswordMustBeChangedBeforeOtherOps()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        const Reply login = client.login(QStringLiteral("newdeputy"), kPassword);
        QVERIFY2(login.ok, qPrintable(login.error.message));
        QCOMPARE(login.result[QStringLiteral("must_change_password")].toBool(), true);

        QCOMPARE(client.call(op(Op::AuditList)).error.code, ErrorCode::Forbidden);
        const Reply me = client.call(op(Op::Me));
        QVERIFY2(me.ok, qPrintable(me.error.message));
        QCOMPARE(me.result[QStringLiteral("must_change_password")].toBool(), true);

        const Reply changed = client.call(
            op(Op::AuthChangePassword), passwordChange(kPassword, QStringLiteral("Deputy-own-2")));
        QVERIFY2(changed.ok, qPrintable(changed.error.message));
        const Reply audit = client.call(op(Op::AuditList));
        QVERIFY2(audit.ok, qPrintable(audit.error.message));
        QCOMPARE(client.call(op(Op::Me)).result[QStringLiteral("must_change_password")].toBool(),
                 false);
    }

    void disabledUserCannotSignInAndLosesTheSession()
    {
        TestClient client(m_server.endpoint());
        const QString token = signIn(client, QStringLiteral("leaving"));
        QVERIFY(!token.isEmpty());
        const Status disabled =
            UserAdmin(m_server.ownerDatabase()).disable(QStringLiteral("leaving"));
        QVERIFY2(disabled.ok(), disabled.ok() ? "" : qPrintable(disabled.error().message));

        QCOMPARE(client.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        QCOMPARE(resumeOnNewConnection(token).error.code, ErrorCode::Unauthenticated);
        TestClient again(m_server.endpoint());
        QVERIFY(again.connectToServer());
        const Reply login = again.login(QStringLiteral("leaving"), kPassword);
        QVERIFY(!login.ok);
        QCOMPARE(login.error.code, ErrorCode::Unauthenticated);
    }

    // After its first request, a connection's requests confirm the session that request found
    // with their own first statement instead of checking it in a round trip of its own: for a
    // session that still holds, each request runs once.
    void aKnownSessionIsConfirmedWithoutASecondRun()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("steady")).isEmpty());
        QVERIFY(client.call(op(Op::Me)).ok); // checked on its own: the connection learns it
        const Dispatcher& dispatcher = m_server.server().dispatcher();
        const qint64 assumed = dispatcher.assumedSessionRuns();
        const qint64 second = dispatcher.secondRuns();
        for (int call = 0; call < 5; ++call)
            QVERIFY(client.call(op(Op::Me)).ok);
        QCOMPARE(dispatcher.assumedSessionRuns(), assumed + 5);
        QCOMPARE(dispatcher.secondRuns(), second); // the check held each time
        // Refused from the known roles before any statement: run again, checked first.
        QCOMPARE(client.call(op(Op::AuditList)).error.code, ErrorCode::Forbidden);
        QCOMPARE(dispatcher.secondRuns(), second + 1);
    }

    // After its first request, a connection's requests confirm the session that request found
    // with their own first statement (Dispatcher) instead of checking it in a round trip of
    // its own; whatever changed in between must count at once all the same.
    void aSessionRevokedBetweenTwoRequestsEndsAtTheSecond()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("revoked")).isEmpty());
        QVERIFY(client.call(op(Op::Me)).ok); // the session the connection now knows
        TestClient other(m_server.endpoint());
        QVERIFY(!signIn(other, QStringLiteral("revoked")).isEmpty());
        const Reply changed = other.call(op(Op::AuthChangePassword),
                                         passwordChange(kPassword, QStringLiteral("Other-pass-3")));
        QVERIFY2(changed.ok, qPrintable(changed.error.message)); // revokes the other sessions
        QCOMPARE(client.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
        // A connection that knows the session sends what it checks in front of an op's first
        // statement; an op refused before any statement must be refused as unauthenticated too.
        QCOMPARE(client.call(op(Op::AuditList)).error.code, ErrorCode::Unauthenticated);
    }

    void aUserDisabledBetweenTwoRequestsIsRefusedAtTheSecond()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("dismissed")).isEmpty());
        QVERIFY(client.call(op(Op::Me)).ok);
        QVERIFY(UserAdmin(m_server.ownerDatabase()).disable(QStringLiteral("dismissed")).ok());
        QCOMPARE(client.call(op(Op::Me)).error.code, ErrorCode::Unauthenticated);
    }

    void rolesNameAndPasswordFlagChangedBetweenRequestsCountAtOnce()
    {
        const qint64 id = m_server.addUser(QStringLiteral("promoted"), kPassword, {Role::Teacher},
                                           QStringLiteral("Прежняя Анна Ивановна"));
        QVERIFY(id);
        TestClient client(m_server.endpoint());
        QVERIFY(!signIn(client, QStringLiteral("promoted")).isEmpty());
        QCOMPARE(client.call(op(Op::AuditList)).error.code, ErrorCode::Forbidden);
        QVERIFY(client.call(op(Op::Me)).ok);
        const auto change = [&](const char* statement) {
            return SqlRunner(m_server.ownerDatabase())
                .exec(QString::fromUtf8(statement), {id})
                .ok();
        };
        // A role given: the op it opens works at the next request.
        QVERIFY(change("INSERT INTO user_role (user_id, role) VALUES (?, 'deputy')"));
        const Reply allowed = client.call(op(Op::AuditList));
        QVERIFY2(allowed.ok, qPrintable(allowed.error.message));
        // …and taken away.
        QVERIFY(change("DELETE FROM user_role WHERE user_id = ? AND role = 'deputy'"));
        QCOMPARE(client.call(op(Op::AuditList)).error.code, ErrorCode::Forbidden);
        QVERIFY(change("UPDATE app_user SET full_name = 'Новая Анна Ивановна' WHERE id = ?"));
        const Reply me = client.call(op(Op::Me));
        QVERIFY2(me.ok, qPrintable(me.error.message));
        QCOMPARE(me.result[QStringLiteral("user")][QStringLiteral("full_name")].toString(),
                 QStringLiteral("Новая Анна Ивановна"));
        QCOMPARE(me.result[QStringLiteral("roles")].toArray(),
                 QCborArray{QStringLiteral("teacher")});
        QVERIFY(change("UPDATE app_user SET must_change_password = true WHERE id = ?"));
        QCOMPARE(client.call(op(Op::ClassList)).error.code, ErrorCode::Forbidden);
        QCOMPARE(client.call(op(Op::Me)).result[QStringLiteral("must_change_password")].toBool(),
                 true);
    }

private:
    // Connects and signs in; the session token, empty on failure.
    QString signIn(TestClient& client, const QString& login, const QString& password = kPassword)
    {
        if (!client.connectToServer())
            return {};
        const Reply reply = client.login(login, password);
        if (!reply.ok)
            qWarning().noquote() << "sign-in of" << login << "failed:" << reply.error.message;
        return reply.ok ? reply.result[QStringLiteral("token")].toString() : QString();
    }

    bool signInWorks(const QString& login, const QString& password)
    {
        TestClient client(m_server.endpoint());
        return client.connectToServer() && client.login(login, password).ok;
    }

    Reply resumeOnNewConnection(const QString& token)
    {
        TestClient client(m_server.endpoint());
        if (!client.connectToServer())
            return Reply::failure(0, makeError(ErrorCode::Unavailable, QStringLiteral("connect")));
        return client.call(op(Op::AuthResume), tokenArgs(token));
    }

    FakeClock m_clock; // before the server: every "now" of the server comes from it
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_Sessions.moc"
