#include "BenchSchool.h"

#include "auth/PasswordHasher.h"
#include "console/DemoCommand.h"
#include "console/SchoolDatabase.h"
#include "net/Fingerprint.h"
#include "storage/ManagedCluster.h"
#include "support/FakeClock.h"
#include "tls/SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslKey>

#include <unistd.h>

namespace {
constexpr int kListeningTimeoutMs = 60'000;
constexpr int kStopTimeoutMs = 30'000;

// The day after the last school day of the current school year (1 June), so the demo
// writes the whole year up to "yesterday".
QDate dayAfterTheYear(const QDate& today)
{
    return QDate(today.month() >= 9 ? today.year() + 1 : today.year(), 6, 1);
}
} // namespace

BenchSchool::BenchSchool()
{
    // Run as root, the cluster belongs to an unprivileged user who must reach the data dir.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeGroup | QFile::ExeOther);
}

BenchSchool::~BenchSchool()
{
    stopServing();
}

QString BenchSchool::dataDir() const
{
    return m_dir.filePath(QStringLiteral("school"));
}

QString BenchSchool::socketDir() const
{
    return ManagedCluster(dataDir()).socketDir();
}

bool BenchSchool::create(int students)
{
    if (!m_dir.isValid() || !PasswordHasher::initialize())
        return false;
    // EJOURNAL_BENCH_KEEP=1 leaves the school behind for a look with psql.
    if (qEnvironmentVariableIsSet("EJOURNAL_BENCH_KEEP")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "the school stays in" << dataDir();
    }
    m_demoToday = dayAfterTheYear(QDate::currentDate());
    {
        const FakeClock clock(QDateTime(m_demoToday, QTime(12, 0)));
        DemoCommand demo;
        if (demo.run({QStringLiteral("demo"), QStringLiteral("--data-dir"), dataDir(),
                      QStringLiteral("--students"), QString::number(students)}) != 0)
            return false;
    }
    // The demo's few hundred megabytes go to disk now, not while writes are timed: the
    // kernel's writeback would compete with every commit's WAL flush.
    ::sync();
    for (const DemoCredential& account :
         readDemoCredentials(QDir(dataDir()).filePath(QStringLiteral("demo-credentials.csv"))))
        m_accounts.insert(account.login, account);
    return !m_accounts.isEmpty();
}

bool BenchSchool::serve(bool plain, const QStringList& options)
{
    QStringList arguments{QStringLiteral("serve"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir()};
    arguments += options;
    if (plain)
        arguments.append(QStringLiteral("--plain"));
    m_serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // EJOURNAL_BENCH_WRAPPER="valgrind --tool=callgrind" profiles the server under the bench.
    QStringList wrapper =
        qEnvironmentVariable("EJOURNAL_BENCH_WRAPPER").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wrapper.isEmpty()) {
        m_serve.start(serverBinary(), arguments);
    } else {
        const QString program = wrapper.takeFirst();
        m_serve.start(program, wrapper + QStringList{serverBinary()} + arguments);
    }
    const QRegularExpression listening(QStringLiteral("listening on ([^ ]+):(\\d+)"));
    QElapsedTimer waiting;
    waiting.start();
    QString firstLine;
    while (waiting.elapsed() < kListeningTimeoutMs && firstLine.isEmpty() &&
           m_serve.state() != QProcess::NotRunning) {
        m_serve.waitForReadyRead(1000);
        if (m_serve.canReadLine())
            firstLine = QString::fromUtf8(m_serve.readLine());
    }
    const QRegularExpressionMatch match = listening.match(firstLine);
    if (!match.hasMatch()) {
        qWarning().noquote() << "serve did not start:" << firstLine;
        stopServing();
        return false;
    }
    m_endpoint = {match.captured(1), quint16(match.captured(2).toUInt()), plain, {}};
    if (!plain) {
        QSslCertificate certificate;
        QSslKey key;
        QString error;
        if (!SelfSignedCertificate::load(DataDir::certificatePath(dataDir()),
                                         DataDir::keyPath(dataDir()), &certificate, &key, &error)) {
            qWarning().noquote() << "certificate:" << error;
            stopServing();
            return false;
        }
        m_endpoint.pinnedFingerprint = Fingerprint::of(certificate);
    }
    return true;
}

void BenchSchool::stopServing()
{
    if (m_serve.state() == QProcess::NotRunning)
        return;
    m_serve.terminate();
    if (!m_serve.waitForFinished(kStopTimeoutMs)) {
        m_serve.kill();
        m_serve.waitForFinished();
    }
}
