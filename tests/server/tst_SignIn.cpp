// Sign-in through a real socket against a real PostgreSQL: the foundation's happy path.
#include "protocol/OpNames.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QCborArray>
#include <QtTest>

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(true));
        QVERIFY(m_server.addUser(QStringLiteral("teacher1"), QStringLiteral("Secret-pass-1"),
                                 {Role::Teacher, Role::ClassTeacher},
                                 QStringLiteral("Иванова Мария Петровна")));
    }

    void loginOverTlsAndMe()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        QCOMPARE(client.connection().serverHello().value(QStringLiteral("school")).toString(),
                 QStringLiteral("Тестовая школа"));
        const Reply login =
            client.login(QStringLiteral("teacher1"), QStringLiteral("Secret-pass-1"));
        QVERIFY2(login.ok, qPrintable(login.error.message));
        QCOMPARE(login.result[QStringLiteral("token")].toString().size(),
                 43); // 256 bits, base64url
        const Reply me = client.call(QString::fromLatin1(Op::Me));
        QVERIFY2(me.ok, qPrintable(me.error.message));
        QCOMPARE(me.result[QStringLiteral("user")][QStringLiteral("full_name")].toString(),
                 QStringLiteral("Иванова Мария Петровна"));
        QCOMPARE(me.result[QStringLiteral("roles")].toArray().toVariantList(),
                 (QVariantList{QStringLiteral("teacher"), QStringLiteral("class_teacher")}));
    }

    void wrongPasswordIsUnauthenticated()
    {
        TestClient client(m_server.endpoint());
        QVERIFY(client.connectToServer());
        const Reply login = client.login(QStringLiteral("teacher1"), QStringLiteral("wrong"));
        QVERIFY(!login.ok);
        QCOMPARE(login.error.code, ErrorCode::Unauthenticated);
        const Reply me = client.call(QString::fromLatin1(Op::Me));
        QCOMPARE(me.error.code, ErrorCode::Unauthenticated);
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_SignIn.moc"
