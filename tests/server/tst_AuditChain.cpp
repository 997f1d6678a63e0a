// The audit log is append-only for the application and hash-chained, so that even the
// owner's silent edit shows up in `audit verify`.
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"
#include "storage/ManagedCluster.h"
#include "support/TestClient.h"
#include "support/TestServer.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

namespace {
const QString kPassword = QStringLiteral("Audit-pass-1");
const QString kAppConnection = QStringLiteral("tst_AuditChain-app");
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_server.addUser(QStringLiteral("signer"), kPassword, {Role::Teacher}));
        for (const QString& password : {kPassword, QStringLiteral("wrong"), kPassword}) {
            TestClient client(m_server.endpoint());
            QVERIFY(client.connectToServer());
            client.login(QStringLiteral("signer"), password);
        }
    }

    void intactLogVerifies()
    {
        const auto verification = AuditLog(m_server.ownerDatabase()).verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification->rowsChecked >= 4,
                 qPrintable(QString::number(verification->rowsChecked)));
        QVERIFY(!verification->firstBrokenId);
    }

    void concurrentAppendsToOneChainKeepItWhole()
    {
        // Writers of one chain append at once; each row must follow the one committed before
        // it (the chain's lock, then a fresh read of its last hash), or the chain forks.
        QSqlQuery user(m_server.ownerDatabase());
        QVERIFY(user.exec(QStringLiteral("SELECT id FROM app_user WHERE login = 'signer'")));
        QVERIFY(user.next());
        const qint64 userId = user.value(0).toLongLong();
        constexpr int kThreads = 4;
        constexpr int kRowsEach = 40;
        std::atomic<int> written = 0;
        QList<QThread*> threads;
        for (int index = 0; index < kThreads; ++index) {
            threads.append(QThread::create([&, index] {
                const QString name = QStringLiteral("tst_AuditChain-writer-%1").arg(index);
                {
                    QSqlDatabase db =
                        m_server.databaseConfig().open(name, DatabaseConfig::Account::Application);
                    for (int row = 0; db.isOpen() && row < kRowsEach; ++row) {
                        AuditEntry entry;
                        entry.at = QDateTime::currentDateTimeUtc();
                        entry.userId = userId;
                        entry.op = QStringLiteral("test.append");
                        entry.entity = QStringLiteral("test");
                        entry.entityId = index * kRowsEach + row;
                        if (db.transaction() && AuditLog(db).append(entry).ok() && db.commit())
                            ++written;
                    }
                }
                closeDatabase(name);
            }));
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(written.load(), kThreads * kRowsEach);
        const auto verification = AuditLog(m_server.ownerDatabase()).verify();
        QVERIFY(verification.ok());
        QVERIFY2(!verification->firstBrokenId,
                 qPrintable(QString::number(verification->firstBrokenId.value_or(0))));
    }

    void applicationRoleCannotUpdateOrDeleteAuditRows()
    {
        QSqlDatabase app = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAppConnection);
        app.setHostName(m_server.socketDir());
        app.setDatabaseName(QString::fromLatin1(ManagedCluster::kDatabase));
        app.setUserName(QString::fromLatin1(ManagedCluster::kAppRole));
        QVERIFY2(app.open(), qPrintable(app.lastError().text()));
        {
            QSqlQuery query(app);
            QVERIFY(query.exec(QStringLiteral("SELECT has_table_privilege('audit_log', 'INSERT'), "
                                              "has_table_privilege('audit_log', 'SELECT'), "
                                              "has_table_privilege('audit_log', 'UPDATE'), "
                                              "has_table_privilege('audit_log', 'DELETE'), "
                                              "has_table_privilege('audit_log', 'TRUNCATE')")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toBool(), true);
            QCOMPARE(query.value(1).toBool(), true);
            QCOMPARE(query.value(2).toBool(), false);
            QCOMPARE(query.value(3).toBool(), false);
            QCOMPARE(query.value(4).toBool(), false);

            QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET reason = 'edited'")));
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(query.lastError().text()));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY2(query.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(query.lastError().text()));
            QVERIFY(!query.exec(QStringLiteral("TRUNCATE audit_log")));
        }
        app.close();
        app = {};
        QSqlDatabase::removeDatabase(kAppConnection);
    }

    void ownerEditIsDetectedAtThatRow()
    {
        QSqlDatabase owner = m_server.ownerDatabase();
        QSqlQuery query(owner);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id, new_value::text FROM audit_log WHERE op = 'auth.login_failed' LIMIT 1")));
        QVERIFY(query.next());
        const qint64 tampered = query.value(0).toLongLong();
        const QString original = query.value(1).toString();
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE audit_log SET new_value = ?::jsonb WHERE id = ?")));
        query.bindValue(0, QStringLiteral("{\"login\": \"somebody-else\"}"));
        query.bindValue(1, tampered);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        auto verification = AuditLog(owner).verify();
        QVERIFY(verification.ok());
        QVERIFY(verification->firstBrokenId);
        QCOMPARE(*verification->firstBrokenId, tampered);

        // Putting the content back restores the chain: the hash covers content, not history.
        query.bindValue(0, original);
        query.bindValue(1, tampered);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        verification = AuditLog(owner).verify();
        QVERIFY(verification.ok());
        QVERIFY(!verification->firstBrokenId);
    }

    void consoleAuditVerifyPassesOnAnIntactLog()
    {
        const QString binary =
            qEnvironmentVariable("EJOURNAL_BINARY_DIR") + QStringLiteral("/server/ejournal-server");
        QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Run as root, the cluster belongs to an unprivileged user who must reach the data dir.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ExeGroup | QFile::ExeOther);
        const QString dataDir = dir.filePath(QStringLiteral("school"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("EJOURNAL_LANG"), QStringLiteral("en"));

        QProcess init;
        init.setProcessEnvironment(environment);
        init.start(binary, {QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY(init.waitForFinished(120'000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());

        QProcess verify;
        verify.setProcessEnvironment(environment);
        verify.start(binary, {QStringLiteral("audit"), QStringLiteral("verify"),
                              QStringLiteral("--data-dir"), dataDir});
        QVERIFY(verify.waitForFinished(120'000));
        const QString output = QString::fromUtf8(verify.readAllStandardOutput());
        QVERIFY2(verify.exitCode() == 0,
                 qPrintable(output + QString::fromUtf8(verify.readAllStandardError())));
        QVERIFY2(output.contains(QStringLiteral("intact")), qPrintable(output));
        QVERIFY2(!QFileInfo::exists(dataDir + QStringLiteral("/pg/postmaster.pid")),
                 "audit verify left the cluster running");
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_AuditChain.moc"
