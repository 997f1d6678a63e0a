// Brute-force protection: failures per (login, client address), the 15-minute lockout, its
// scope, its expiry and its audit trail.
#include "core/Result.h"
#include "protocol/OpNames.h"
#include "support/FakeClock.h"
#include "support/RawClient.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Right-pass-1");
const QString kWrong = QStringLiteral("wrong-pass");
constexpr int kLockoutFailures = 5;
constexpr qint64 kLockoutWindowSeconds = 15 * 60;
} // namespace

class TestLockout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        for (const char* login :
             {"wrongpw", "victim", "roaming", "patient", "forgetful", "away", "prowled"})
            QVERIFY(m_server.addUser(QString::fromLatin1(login), kPassword, {Role::Teacher}));
        QVERIFY(m_server.addUser(QStringLiteral("admin1"), kPassword, {Role::Admin}));
    }

    void wrongPasswordIsUnauthenticated()
    {
        const Reply reply = login(QStringLiteral("wrongpw"), kWrong);
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::Unauthenticated);
    }

    void sixthAttemptIsLockedOutEvenWithTheRightPassword()
    {
        failTimes(QStringLiteral("victim"), kLockoutFailures);
        const Reply reply = login(QStringLiteral("victim"), kPassword);
        QVERIFY(!reply.ok);
        QCOMPARE(reply.error.code, ErrorCode::LockedOut);
        const qint64 retryAfter =
            reply.error.details.toMap().value(QStringLiteral("retry_after_seconds")).toInteger();
        QVERIFY2(retryAfter > 0 && retryAfter <= kLockoutWindowSeconds,
                 qPrintable(QString::number(retryAfter)));
        QCOMPARE(auditRows(QStringLiteral("auth.locked_out"), QStringLiteral("victim")).size(), 1);
    }

    void sameLoginFromAnotherAddressStillSignsIn()
    {
        failTimes(QStringLiteral("roaming"), kLockoutFailures);
        QCOMPARE(login(QStringLiteral("roaming"), kPassword).error.code, ErrorCode::LockedOut);

        RawClient other{QHostAddress(QStringLiteral("127.0.0.2"))};
        QVERIFY(other.connectTo(m_server.port()));
        QCOMPARE(other.socket().localAddress(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(other.hello(1).ok);
        const Reply reply = other.call(QString::fromLatin1(Op::AuthLogin), credentials("roaming"));
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
        QVERIFY(other.call(QString::fromLatin1(Op::Me)).ok);
    }

    void lockoutExpiresAfterFifteenMinutes()
    {
        failTimes(QStringLiteral("patient"), kLockoutFailures);
        QCOMPARE(login(QStringLiteral("patient"), kPassword).error.code, ErrorCode::LockedOut);
        m_clock.advance(kLockoutWindowSeconds + 1);
        const Reply reply = login(QStringLiteral("patient"), kPassword);
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
    }

    void everyFailedAttemptIsAudited()
    {
        const qint64 userId =
            m_server.addUser(QStringLiteral("audited2"), kPassword, {Role::Student});
        QVERIFY(userId);
        failTimes(QStringLiteral("audited2"), 3);
        failTimes(QStringLiteral("nosuchuser"), 2);
        const QList<QCborMap> rows =
            auditRows(QStringLiteral("auth.login_failed"), QStringLiteral("audited2"));
        QCOMPARE(rows.size(), 3);
        for (const QCborMap& row : rows) {
            QCOMPARE(row.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(row.value(QStringLiteral("entity_id")).toInteger(), userId);
        }
        // An unknown login is audited too, without a user to point at.
        const QList<QCborMap> unknown =
            auditRows(QStringLiteral("auth.login_failed"), QStringLiteral("nosuchuser"));
        QCOMPARE(unknown.size(), 2);
        QVERIFY(unknown.first().value(QStringLiteral("entity_id")).isNull());
    }

    void successfulLoginClearsTheFailureCount()
    {
        failTimes(QStringLiteral("forgetful"), kLockoutFailures - 1);
        QVERIFY(login(QStringLiteral("forgetful"), kPassword).ok);
        // Without the reset these would be failures 5..8 and the next attempt locked out.
        failTimes(QStringLiteral("forgetful"), kLockoutFailures - 1);
        const Reply reply = login(QStringLiteral("forgetful"), kPassword);
        QVERIFY2(reply.ok, qPrintable(reply.error.message));
    }

    // R20: the locked desktop's auth.unlock checks the password and keeps the session.
    void unlockChecksThePasswordAndKeepsTheSession()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        QVERIFY(client.login(QStringLiteral("away"), kPassword).ok);
        QCOMPARE(unlock(client, QString()).error.code, ErrorCode::BadRequest);
        const Reply wrong = unlock(client, kWrong);
        QCOMPARE(wrong.error.code, ErrorCode::Unauthenticated);
        QCOMPARE(auditRows(QStringLiteral("auth.unlock_failed"), QStringLiteral("away")).size(), 1);
        const Reply right = unlock(client, kPassword);
        QVERIFY2(right.ok, qPrintable(right.error.message));
        QVERIFY(client.call(QString::fromLatin1(Op::Me)).ok);
    }

    // Guessing at a locked screen is guessing at the sign-in: the same five failures lock out
    // both the unlock and the sign-in of that login from that computer.
    void failedUnlocksCountTowardTheLockout()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        QVERIFY(client.login(QStringLiteral("prowled"), kPassword).ok);
        for (int attempt = 1; attempt <= kLockoutFailures; ++attempt)
            QCOMPARE(unlock(client, kWrong).error.code, ErrorCode::Unauthenticated);
        QCOMPARE(unlock(client, kPassword).error.code, ErrorCode::LockedOut);
        QCOMPARE(login(QStringLiteral("prowled"), kPassword).error.code, ErrorCode::LockedOut);
    }

private:
    static Reply unlock(TestClient& client, const QString& password)
    {
        return client.call(QString::fromLatin1(Op::AuthUnlock),
                           QCborMap{{QStringLiteral("password"), password}});
    }

    static QCborMap credentials(const char* login, const QString& password = kPassword)
    {
        return QCborMap{{QStringLiteral("login"), QString::fromLatin1(login)},
                        {QStringLiteral("password"), password}};
    }

    Reply login(const QString& login, const QString& password)
    {
        TestClient client(m_server.endpoint());
        if (!client.connectToServer())
            return Reply::failure(0, makeError(ErrorCode::Unavailable, QStringLiteral("connect")));
        return client.login(login, password);
    }

    // One connection, `times` wrong passwords, each refused as unauthenticated.
    void failTimes(const QString& login, int times)
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        for (int attempt = 1; attempt <= times; ++attempt) {
            const Reply reply = client.login(login, kWrong);
            QVERIFY2(
                !reply.ok && reply.error.code == ErrorCode::Unauthenticated,
                qPrintable(QStringLiteral("attempt %1: %2").arg(attempt).arg(reply.error.message)));
        }
    }

    // Audit rows of one op whose new value names this login, newest first, read by an admin.
    QList<QCborMap> auditRows(const QString& op, const QString& login)
    {
        TestClient admin(m_server.endpoint());
        if (!admin.connectToServer() || !admin.login(QStringLiteral("admin1"), kPassword).ok)
            return {};
        const Reply reply =
            admin.call(QString::fromLatin1(Op::AuditList),
                       QCborMap{{QStringLiteral("op"), op}, {QStringLiteral("limit"), 1000}});
        QList<QCborMap> rows;
        for (const QCborValue& row : reply.result[QStringLiteral("rows")].toArray()) {
            if (row[QStringLiteral("new")][QStringLiteral("login")].toString() == login)
                rows.append(row.toMap());
        }
        return rows;
    }

    FakeClock m_clock; // before the server: every "now" of the server comes from it
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestLockout)
#include "tst_Lockout.moc"
