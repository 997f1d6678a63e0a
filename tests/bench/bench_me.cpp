// bench_me: round-trip latency and throughput of `me` against a real server (managed
// PostgreSQL, in-process server on 127.0.0.1), plain and TLS, 1 and 16 clients.
#include "BenchSupport.h"
#include "protocol/OpNames.h"
#include "support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <vector>

namespace {
const QString kPassword = QStringLiteral("Bench-pass-1");
constexpr int kMaxClients = 16;
constexpr qint64 kWarmUpMs = 500;
constexpr qint64 kMeasureMs = 3'000;

QString benchLogin(int index)
{
    return QStringLiteral("bench%1").arg(index, 2, 10, QLatin1Char('0'));
}

struct Measurement
{
    QString transport;
    int clients = 0;
    qint64 requests = 0;
    double seconds = 0;
    qint64 p50Us = 0;
    qint64 p99Us = 0;
};

// Each client keeps exactly one `me` in flight: send, wait for the reply, send again.
std::optional<Measurement> measure(TestServer& server, const QString& transport, int clientCount)
{
    std::vector<std::unique_ptr<Connection>> clients;
    int signedIn = 0;
    for (int index = 0; index < clientCount; ++index) {
        auto connection = std::make_unique<Connection>(QStringLiteral("bench_me"));
        connection->open(server.endpoint());
        connection->send(QString::fromLatin1(Op::AuthLogin),
                         QCborMap{{QStringLiteral("login"), benchLogin(index + 1)},
                                  {QStringLiteral("password"), kPassword}},
                         [&signedIn](const Reply& reply) {
                             if (reply.ok)
                                 ++signedIn;
                             else
                                 qWarning().noquote() << "sign-in failed:" << reply.error.message;
                         });
        clients.push_back(std::move(connection));
    }
    if (!spinUntil([&] { return signedIn == clientCount; }, 30'000))
        return std::nullopt;

    QElapsedTimer clock;
    clock.start();
    const qint64 measureFrom = kWarmUpMs;
    const qint64 measureUntil = kWarmUpMs + kMeasureMs;
    std::vector<qint64> latenciesNs;
    latenciesNs.reserve(200'000);
    int inFlight = 0;
    bool failed = false;
    std::function<void(Connection*)> sendMe = [&](Connection* connection) {
        const qint64 sentAt = clock.nsecsElapsed();
        if (sentAt / 1'000'000 >= measureUntil)
            return;
        ++inFlight;
        connection->send(QString::fromLatin1(Op::Me), {},
                         [&, connection, sentAt](const Reply& reply) {
                             --inFlight;
                             if (!reply.ok) {
                                 failed = true;
                                 qWarning().noquote() << "me failed:" << reply.error.message;
                                 return;
                             }
                             if (sentAt / 1'000'000 >= measureFrom)
                                 latenciesNs.push_back(clock.nsecsElapsed() - sentAt);
                             sendMe(connection);
                         });
    };
    for (const auto& connection : clients)
        sendMe(connection.get());
    if (!spinUntil([&] { return inFlight == 0; }, int(measureUntil) + 30'000) || failed ||
        latenciesNs.empty())
        return std::nullopt;

    const LatencySummary latency = LatencySummary::of(std::move(latenciesNs));
    Measurement result;
    result.transport = transport;
    result.clients = clientCount;
    result.requests = latency.count;
    result.seconds = kMeasureMs / 1000.0;
    result.p50Us = latency.p50Us;
    result.p99Us = latency.p99Us;
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    TestServer server;
    QList<Measurement> results;
    for (const bool tls : {false, true}) {
        if (!server.start(tls)) {
            qCritical("bench_me: the server did not start");
            return 1;
        }
        if (!tls) {
            for (int index = 1; index <= kMaxClients; ++index) {
                if (!server.addUser(benchLogin(index), kPassword, {Role::Teacher}))
                    return 1;
            }
        }
        for (const int clients : {1, kMaxClients}) {
            const QString transport = tls ? QStringLiteral("TLS") : QStringLiteral("plain");
            const auto measured = measure(server, transport, clients);
            if (!measured) {
                qCritical("bench_me: %s with %d clients failed", qPrintable(transport), clients);
                return 1;
            }
            results.append(*measured);
            out << "." << Qt::flush;
        }
        server.stopServer();
    }
    out << "\n\n| transport | clients | requests | requests/s | p50 µs | p99 µs |\n"
        << "| --- | ---: | ---: | ---: | ---: | ---: |\n";
    for (const Measurement& result : results) {
        out << "| " << result.transport << " | " << result.clients << " | " << result.requests
            << " | " << qRound64(result.requests / result.seconds) << " | " << result.p50Us << " | "
            << result.p99Us << " |\n";
    }
    out.flush();
    return 0;
}
