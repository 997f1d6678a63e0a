// bench_demo: how long `ejournal-server demo` takes for 1,000 students, then the latency of
// the secretary's roster reads (`class.list`, `student.list`) against a real
// `ejournal-server serve` on that school.
#include "BenchSupport.h"
#include "protocol/OpNames.h"
#include "support/TestClient.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <vector>

namespace {
constexpr int kStudents = 1000;
constexpr int kCalls = 200;
constexpr int kWarmUpCalls = 10;
constexpr int kDemoTimeoutMs = 300'000;
constexpr int kListeningTimeoutMs = 60'000;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Calls the op kCalls times (after a warm-up), one at a time; nullopt on any failure.
template <typename Args>
std::optional<LatencySummary> measure(TestClient& client, const char* op, Args args)
{
    std::vector<qint64> nanoseconds;
    for (int i = 0; i < kWarmUpCalls + kCalls; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Reply reply = client.call(QString::fromLatin1(op), args(i));
        const qint64 elapsed = timer.nsecsElapsed();
        if (!reply.ok) {
            qWarning().noquote() << op << "failed:" << reply.error.message;
            return std::nullopt;
        }
        if (i >= kWarmUpCalls)
            nanoseconds.push_back(elapsed);
    }
    return LatencySummary::of(std::move(nanoseconds));
}

QString passwordOf(const QString& credentialsPath, const QString& login)
{
    for (const DemoCredential& account : readDemoCredentials(credentialsPath)) {
        if (account.login == login)
            return account.password;
    }
    return {};
}

// journal.get of the largest journal (students × lessons) as the deputy, who reads them all.
int measureJournal(const QRegularExpressionMatch& match, const QString& dataDir)
{
    TestClient deputy({match.captured(1), quint16(match.captured(2).toUInt()), true, {}});
    const QString password = passwordOf(
        QDir(dataDir).filePath(QStringLiteral("demo-credentials.csv")), QStringLiteral("deputy"));
    if (!deputy.connectToServer() || !deputy.login(QStringLiteral("deputy"), password).ok) {
        qWarning() << "cannot sign in as the deputy";
        return 1;
    }
    const JournalShape largestShape = largestJournal(deputy);
    const qint64 largest = largestShape.id;
    const QString shape = QStringLiteral("%1 students × %2 lessons, %3 filled cells, %4 %5")
                              .arg(largestShape.students)
                              .arg(largestShape.lessons)
                              .arg(largestShape.cells)
                              .arg(largestShape.className, largestShape.subject);
    if (!largest)
        return 1;
    const auto latency = measure(deputy, Op::JournalGet, [&](int) {
        return QCborMap{{QStringLiteral("assignment_id"), largest}};
    });
    if (!latency)
        return 1;
    out() << QStringLiteral("\njournal.get of the largest journal (%1), %2 calls, one at a time:\n")
                 .arg(shape)
                 .arg(kCalls);
    out() << "| op | p50 µs | p99 µs | mean µs |\n| --- | ---: | ---: | ---: |\n";
    out() << QStringLiteral("| journal.get | %1 | %2 | %3 |\n")
                 .arg(latency->p50Us)
                 .arg(latency->p99Us)
                 .arg(latency->meanUs, 0, 'f', 0);
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // Run as root, the cluster belongs to an unprivileged user who must reach the data dir.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ExeGroup | QFile::ExeOther);
    const QString dataDir = dir.filePath(QStringLiteral("school"));
    const QString binary = serverBinary();

    QProcess demo;
    demo.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    demo.start(binary, {QStringLiteral("demo"), QStringLiteral("--data-dir"), dataDir,
                        QStringLiteral("--students"), QString::number(kStudents)});
    if (!demo.waitForFinished(kDemoTimeoutMs) || demo.exitCode() != 0) {
        qWarning().noquote() << "demo failed:" << demo.readAll();
        return 1;
    }
    const double demoSeconds = timer.elapsed() / 1000.0;
    out() << QString::fromUtf8(demo.readAll());
    out() << QStringLiteral("demo --students %1: %2 s wall time\n")
                 .arg(kStudents)
                 .arg(demoSeconds, 0, 'f', 1);
    out().flush();

    QProcess serve;
    serve.start(binary,
                {QStringLiteral("serve"), QStringLiteral("--plain"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir});
    const QRegularExpression listening(QStringLiteral("listening on ([^ ]+):(\\d+)"));
    QRegularExpressionMatch match;
    QElapsedTimer waiting;
    waiting.start();
    QString firstLine;
    while (waiting.elapsed() < kListeningTimeoutMs && firstLine.isEmpty()) {
        serve.waitForReadyRead(1000);
        if (serve.canReadLine())
            firstLine = QString::fromUtf8(serve.readLine());
    }
    match = listening.match(firstLine);
    if (!match.hasMatch()) {
        qWarning().noquote() << "serve did not start:" << firstLine << serve.readAllStandardError();
        serve.kill();
        serve.waitForFinished();
        return 1;
    }
    int status = 1;
    {
        TestClient client({match.captured(1), quint16(match.captured(2).toUInt()), true, {}});
        const QString password =
            passwordOf(QDir(dataDir).filePath(QStringLiteral("demo-credentials.csv")),
                       QStringLiteral("secretary"));
        if (client.connectToServer() && client.login(QStringLiteral("secretary"), password).ok) {
            const Reply classes = client.call(QString::fromLatin1(Op::ClassList));
            QList<qint64> classIds;
            for (const QCborValue& group :
                 classes.result.toMap().value(QStringLiteral("classes")).toArray())
                classIds.append(group.toMap().value(QStringLiteral("id")).toInteger());
            const auto classList = measure(client, Op::ClassList, [](int) { return QCborMap{}; });
            const auto studentList =
                classIds.isEmpty() ? std::nullopt : measure(client, Op::StudentList, [&](int i) {
                    return QCborMap{{QStringLiteral("class_id"), classIds.at(i % classIds.size())}};
                });
            if (classList && studentList) {
                out() << QStringLiteral("%1 calls each, one at a time, as the secretary (%2 "
                                        "classes)\n")
                             .arg(kCalls)
                             .arg(classIds.size());
                out() << "| op | p50 µs | p99 µs | mean µs |\n| --- | ---: | ---: | ---: |\n";
                for (const auto& [op, latency] :
                     {std::pair{"class.list", *classList}, std::pair{"student.list", *studentList}})
                    out() << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                                 .arg(QString::fromLatin1(op))
                                 .arg(latency.p50Us)
                                 .arg(latency.p99Us)
                                 .arg(latency.meanUs, 0, 'f', 0);
                status = 0;
            }
        } else {
            qWarning() << "cannot sign in as the secretary";
        }
        status = status == 0 ? measureJournal(match, dataDir) : status;
    }
    serve.terminate();
    if (!serve.waitForFinished(30'000)) {
        serve.kill();
        serve.waitForFinished();
    }
    out().flush();
    return status;
}
