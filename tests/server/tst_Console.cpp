// The shipped programs end to end: `ejournal-server demo|serve|user` and `ejournal-cli`, as an
// administrator and a script would run them. The functions are steps of one scenario on one
// data directory, in order.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int kProcessTimeoutMs = 120'000;
constexpr int kListeningTimeoutMs = 60'000;

// One line of demo-credentials.csv (no field of the demo needs quoting).
struct Credential
{
    QString login;
    QString password;
    QString role;
    QString fullName;
    QString classOrSubject;
};

// A running `ejournal-server serve`, its port and certificate fingerprint as it printed them.
struct RunningServer
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString fingerprint;
    QString output;
};
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString binaries = qEnvironmentVariable("EJOURNAL_BINARY_DIR");
        m_serverBinary = binaries + QStringLiteral("/server/ejournal-server");
        m_cliBinary = binaries + QStringLiteral("/cli/ejournal-cli");
        QVERIFY2(QFileInfo::exists(m_serverBinary), qPrintable(m_serverBinary));
        QVERIFY2(QFileInfo::exists(m_cliBinary), qPrintable(m_cliBinary));
        QVERIFY(m_dir.isValid());
        // Run as root, the cluster belongs to an unprivileged user who must reach the data dir.
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeGroup | QFile::ExeOther);
        m_dataDir = m_dir.filePath(QStringLiteral("school"));
        // A private home, so pinned certificates neither leak out nor come in.
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), home);
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_environment.insert(QStringLiteral("EJOURNAL_LANG"), QStringLiteral("en"));
    }

    void demoWritesCredentialsForEveryRole()
    {
        const auto [code, output] = runServer({QStringLiteral("demo")});
        QVERIFY2(code == 0, qPrintable(output));
        QFile file(credentialsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first(), QStringLiteral("login,password,role,full_name,class_or_subject"));
        for (const QString& line : lines.mid(1)) {
            const QStringList fields = line.split(QLatin1Char(','));
            QCOMPARE(fields.size(), 5);
            QVERIFY2(fields.at(1).size() >= 8, qPrintable(line));
            // The first account of each role: admin, director, deputy, … come first.
            if (!m_credentials.contains(fields.at(2)))
                m_credentials.insert(fields.at(2), {fields.at(0), fields.at(1), fields.at(2),
                                                    fields.at(3), fields.at(4)});
        }
        QStringList roles = m_credentials.keys();
        roles.sort();
        QCOMPARE(roles, (QStringList{"admin", "class_teacher", "deputy", "director", "parent",
                                     "secretary", "student", "teacher"}));
        // Names are generated (Russian, Cyrillic); a class teacher's row names the class.
        static const QRegularExpression cyrillicName(
            QStringLiteral("^[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+"));
        for (const Credential& credential : std::as_const(m_credentials)) {
            if (credential.role != QLatin1String("admin"))
                QVERIFY2(cyrillicName.match(credential.fullName).hasMatch(),
                         qPrintable(credential.fullName));
        }
        static const QRegularExpression classTitle(QStringLiteral("^([1-9]|1[01])[А-Я]$"));
        QVERIFY(
            classTitle.match(m_credentials.value(QStringLiteral("class_teacher")).classOrSubject)
                .hasMatch());
        QVERIFY(!m_credentials.value(QStringLiteral("teacher")).classOrSubject.isEmpty());
    }

    void demoAgainChangesNothing()
    {
        QFile file(credentialsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const auto [listCode, usersBefore] =
            runServer({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listCode, 0);

        const auto [code, output] = runServer({QStringLiteral("demo")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        const auto [listAgainCode, usersAfter] =
            runServer({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listAgainCode, 0);
        QCOMPARE(usersAfter, usersBefore);
    }

    void serveAndCliSignInAsDeputy()
    {
        m_plain = startServe(true);
        QVERIFY2(m_plain.port != 0, qPrintable(m_plain.output));
        const auto [code, output] = runCli({QStringLiteral("--plain")}, m_plain.port,
                                           QStringLiteral("deputy"), QStringLiteral("me"));
        QVERIFY2(code == 0, qPrintable(output));
        const QJsonObject reply = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(
            reply[QStringLiteral("result")][QStringLiteral("user")][QStringLiteral("full_name")]
                .toString(),
            m_credentials.value(QStringLiteral("deputy")).fullName);
    }

    // The secretary checks a class list saved from Russian Excel through the cli (dry run).
    void cliImportsAWindows1251ClassList()
    {
        QVERIFY(m_plain.port);
        QFile sample(qEnvironmentVariable("EJOURNAL_SOURCE_DIR") +
                     QStringLiteral("/tests/data/roster-5A-excel-cp1251.csv"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QJsonObject args{
            {QStringLiteral("csv_base64"), QString::fromLatin1(sample.readAll().toBase64())},
            {QStringLiteral("dry_run"), true}};
        const auto [code, output] =
            runCli({QStringLiteral("--plain")}, m_plain.port, QStringLiteral("secretary"),
                   QStringLiteral("roster.import"), {},
                   QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
        QVERIFY2(code == 0, qPrintable(output));
        const QJsonObject result =
            QJsonDocument::fromJson(output.toUtf8()).object()[QStringLiteral("result")].toObject();
        QCOMPARE(result[QStringLiteral("encoding")].toString(), QStringLiteral("Windows-1251"));
        QCOMPARE(result[QStringLiteral("rows")].toInt(), 27);
        QCOMPARE(result[QStringLiteral("preview")].toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("Андреев"));
        QCOMPARE(result[QStringLiteral("imported")].toInt(), 0);
    }

    // --db: a second server on the same database as an external PostgreSQL (the district
    // setup) serves the same school while the first one runs.
    void serveWithAnExternalDatabase()
    {
        QVERIFY(m_plain.port);
        const QString conninfo =
            QStringLiteral("host=%1/run dbname=ejournal user=ejournal_owner").arg(m_dataDir);
        RunningServer external = startServe(true, {QStringLiteral("--db"), conninfo});
        QVERIFY2(external.port != 0, qPrintable(external.output));
        const auto [code, output] = runCli({QStringLiteral("--plain")}, external.port,
                                           QStringLiteral("deputy"), QStringLiteral("me"));
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY(output.contains(m_credentials.value(QStringLiteral("deputy")).fullName));
        external.process->terminate();
        QVERIFY(external.process->waitForFinished(kProcessTimeoutMs));
        QCOMPARE(external.process->exitCode(), 0);
        // The managed server is untouched by the external one stopping.
        QVERIFY(runCli({QStringLiteral("--plain")}, m_plain.port, QStringLiteral("deputy"),
                       QStringLiteral("me"))
                    .first == 0);
    }

    void cliWithAWrongPasswordExitsOne()
    {
        QVERIFY(m_plain.port);
        const auto [code, output] =
            runCli({QStringLiteral("--plain")}, m_plain.port, QStringLiteral("deputy"),
                   QStringLiteral("me"), QStringLiteral("not-the-password"));
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(QStringLiteral("unauthenticated")), qPrintable(output));
    }

    void secondServeOnTheSameDirectoryIsRefused()
    {
        QVERIFY(m_plain.process);
        QProcess second;
        second.setProcessEnvironment(m_environment);
        second.start(m_serverBinary, {QStringLiteral("serve"), QStringLiteral("--data-dir"),
                                      m_dataDir, QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--plain")});
        QVERIFY(second.waitForFinished(kProcessTimeoutMs));
        const QString error = QString::fromUtf8(second.readAllStandardError());
        QVERIFY(second.exitCode() != 0);
        QVERIFY2(error.contains(QStringLiteral("already using")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(m_plain.process->processId())), qPrintable(error));
        // The first one is still serving.
        const auto [code, output] = runCli({QStringLiteral("--plain")}, m_plain.port,
                                           QStringLiteral("deputy"), QStringLiteral("me"));
        QVERIFY2(code == 0, qPrintable(output));
    }

    void sigtermStopsTheServerCleanly()
    {
        QVERIFY(m_plain.process);
        stopServe(m_plain);
    }

    void tlsWithTrustOnFirstUseAndWithTheFingerprint()
    {
        m_tls = startServe(false);
        RunningServer& tls = m_tls;
        QVERIFY2(tls.port != 0, qPrintable(tls.output));
        QVERIFY2(!tls.fingerprint.isEmpty(), qPrintable(tls.output));

        auto [code, output] = runCli({QStringLiteral("--trust-on-first-use")}, tls.port,
                                     QStringLiteral("director"), QStringLiteral("me"));
        QVERIFY2(code == 0, qPrintable(output));
        std::tie(code, output) = runCli({QStringLiteral("--fingerprint"), tls.fingerprint},
                                        tls.port, QStringLiteral("director"), QStringLiteral("me"));
        QVERIFY2(code == 0, qPrintable(output));
        QString wrong = tls.fingerprint;
        wrong[0] = wrong.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        std::tie(code, output) = runCli({QStringLiteral("--fingerprint"), wrong}, tls.port,
                                        QStringLiteral("director"), QStringLiteral("me"));
        QVERIFY2(code == 2, qPrintable(output));
        stopServe(tls);
    }

    void cleanupTestCase()
    {
        // After a failed step: no server or PostgreSQL may outlive the test.
        for (RunningServer* running : {&m_plain, &m_tls}) {
            if (running->process && running->process->state() != QProcess::NotRunning)
                stopServe(*running);
        }
    }

private:
    QString credentialsPath() const { return m_dataDir + QStringLiteral("/demo-credentials.csv"); }

    // Runs `ejournal-server COMMAND --data-dir DIR …`; exit code and stdout + stderr.
    std::pair<int, QString> runServer(QStringList arguments)
    {
        arguments << QStringLiteral("--data-dir") << m_dataDir;
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(m_serverBinary, arguments);
        if (!process.waitForFinished(kProcessTimeoutMs))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    // Runs ejournal-cli against 127.0.0.1:port as a demo login; exit code and stdout + stderr.
    std::pair<int, QString> runCli(const QStringList& trust, quint16 port, const QString& role,
                                   const QString& op, const QString& password = {},
                                   const QString& jsonArgs = {})
    {
        const Credential credential = m_credentials.value(role);
        const QString passwordFile = m_dir.filePath(QStringLiteral("password-") + role);
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            return {-1, QStringLiteral("cannot write the password file")};
        file.write((password.isEmpty() ? credential.password : password).toUtf8() + '\n');
        file.close();
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(
            m_cliBinary,
            QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port)} +
                trust +
                QStringList{QStringLiteral("--login"), credential.login,
                            QStringLiteral("--password-file"), passwordFile, op} +
                (jsonArgs.isEmpty() ? QStringList() : QStringList{jsonArgs}));
        if (!process.waitForFinished(kProcessTimeoutMs))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }

    // Starts `serve` on a free port and waits for its "listening on" line.
    RunningServer startServe(bool plain, const QStringList& database = {})
    {
        RunningServer running;
        running.process = std::make_unique<QProcess>();
        running.process->setProcessEnvironment(m_environment);
        running.process->setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("serve"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0")};
        arguments << (database.isEmpty() ? QStringList{QStringLiteral("--data-dir"), m_dataDir}
                                         : database);
        if (plain)
            arguments << QStringLiteral("--plain");
        running.process->start(m_serverBinary, arguments);
        static const QRegularExpression listening(
            QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))"));
        static const QRegularExpression fingerprint(
            QStringLiteral(R"(([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){31}))"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kListeningTimeoutMs &&
               running.process->state() != QProcess::NotRunning) {
            running.process->waitForReadyRead(1'000);
            running.output += QString::fromUtf8(running.process->readAll());
            const auto match = listening.match(running.output);
            if (match.hasMatch() &&
                running.output.indexOf(QLatin1Char('\n'), match.capturedEnd()) >= 0) {
                running.port = quint16(match.captured(1).toUInt());
                const auto print = fingerprint.match(running.output, match.capturedEnd());
                if (print.hasMatch())
                    running.fingerprint = print.captured(1);
                break;
            }
        }
        return running;
    }

    // SIGTERM; the server must say it stopped, exit 0 and leave no PostgreSQL behind.
    void stopServe(RunningServer& running)
    {
        running.process->terminate();
        QVERIFY(running.process->waitForFinished(kProcessTimeoutMs));
        running.output += QString::fromUtf8(running.process->readAll());
        QCOMPARE(running.process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(running.process->exitCode() == 0, qPrintable(running.output));
        QVERIFY2(running.output.contains(QStringLiteral("stopped")), qPrintable(running.output));
        QVERIFY2(!QFileInfo::exists(m_dataDir + QStringLiteral("/pg/postmaster.pid")),
                 "PostgreSQL is still running for the data directory");
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_serverBinary;
    QString m_cliBinary;
    QProcessEnvironment m_environment;
    QMap<QString, Credential> m_credentials; // by role code
    RunningServer m_plain;
    RunningServer m_tls;
};

QTEST_GUILESS_MAIN(TestConsole)
#include "tst_Console.moc"
