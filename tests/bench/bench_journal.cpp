// bench_journal (issue 5): on the 1,000-student demo school with a full year of lessons,
// journal.get of the largest journal (plain and TLS), then mark writes through the server
// from 1, 16 and 64 teachers at once against the same writes straight to PostgreSQL.
#include "BenchSchool.h"
#include "GridBench.h"
#include "WriteBench.h"
#include "core/LargeBlocks.h"
#include "protocol/CborLimits.h"
#include "protocol/OpNames.h"
#include "support/TestClient.h"

#include <QApplication>
#include <QCborArray>
#include <QTextStream>

namespace {
constexpr int kStudents = 1000;
constexpr int kCalls = 200;
constexpr int kWarmUpCalls = 10;
constexpr int kMaxWriters = 64;
constexpr int kGridRuns = 50;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The largest journal (students × lessons) as the deputy, who reads them all.
qint64 largestJournal(TestClient& deputy, QString* shape)
{
    const JournalShape largest = largestJournal(deputy);
    *shape = QStringLiteral("%1 %2 (assignment %6): %3 students × %4 lessons, %5 filled cells")
                 .arg(largest.className, largest.subject)
                 .arg(largest.students)
                 .arg(largest.lessons)
                 .arg(largest.cells)
                 .arg(largest.id);
    return largest.id;
}

// What a run of measureJournalGet() asks for and how its rows are named.
struct GetRun
{
    QString transport;
    QString what = QStringLiteral("journal.get");
    QStringList layouts{QStringLiteral("columns"), QStringLiteral("maps")};
};

// kCalls journal.get of the largest journal, one at a time, after a warm-up.
bool measureJournalGet(const BenchSchool& school, const GetRun& run)
{
    const QString& transport = run.transport;
    TestClient deputy(school.endpoint());
    if (!deputy.connectToServer() ||
        !deputy.login(QStringLiteral("deputy"), school.passwordOf(QStringLiteral("deputy"))).ok) {
        qWarning() << "cannot sign in as the deputy";
        return false;
    }
    QString shape =
        QStringLiteral("assignment %1").arg(qEnvironmentVariable("EJOURNAL_BENCH_JOURNAL"));
    // EJOURNAL_BENCH_JOURNAL=ID skips the search (profiling under valgrind).
    const qint64 largest = qEnvironmentVariableIsSet("EJOURNAL_BENCH_JOURNAL")
                               ? qEnvironmentVariableIntValue("EJOURNAL_BENCH_JOURNAL")
                               : largestJournal(deputy, &shape);
    if (!largest)
        return false;
    // The desktop asks for the cells as columns; a map per cell is the older layout.
    for (const QString& layout : run.layouts) {
        std::vector<qint64> nanoseconds;
        QCborMap lastAnswer;
        for (int call = 0; call < kWarmUpCalls + kCalls; ++call) {
            QElapsedTimer timer;
            timer.start();
            const Reply reply = deputy.call(
                QString::fromLatin1(Op::JournalGet),
                {{QStringLiteral("assignment_id"), largest}, {QStringLiteral("layout"), layout}});
            if (!reply.ok) {
                qWarning().noquote() << "journal.get failed:" << reply.error.message;
                return false;
            }
            if (call >= kWarmUpCalls)
                nanoseconds.push_back(timer.nsecsElapsed());
            lastAnswer = reply.result.toMap();
        }
        const LatencySummary latency = LatencySummary::of(std::move(nanoseconds));
        out() << QStringLiteral("| %7 (cells as %6) | %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(transport, shape)
                     .arg(latency.p50Us)
                     .arg(latency.p99Us)
                     .arg(latency.meanUs, 0, 'f', 0)
                     .arg(layout, run.what);
        out().flush();
        // The client's part of that time: checking and decoding the answer (parseCborMap).
        const QByteArray encoded = QCborValue(lastAnswer).toCbor();
        std::vector<qint64> decoding;
        for (int call = 0; call < kCalls; ++call) {
            QElapsedTimer timer;
            timer.start();
            if (!parseCborMap(encoded, nullptr))
                return false;
            decoding.push_back(timer.nsecsElapsed());
        }
        const LatencySummary decoded = LatencySummary::of(std::move(decoding));
        out() << QStringLiteral("| … of which the client decodes the answer (%1 KB) | %2 | – | "
                                "%3 | %4 | %5 |\n")
                     .arg(encoded.size() / 1024)
                     .arg(transport)
                     .arg(decoded.p50Us)
                     .arg(decoded.p99Us)
                     .arg(decoded.meanUs, 0, 'f', 0);
        out().flush();
        if (transport == QLatin1String("TLS") && layout == QLatin1String("columns")) {
            // What the teacher waits for after the answer: the desktop's model and first frame.
            const GridTiming grid = measureGrid(lastAnswer, kGridRuns);
            out() << QStringLiteral("| grid: parse + model + first paint (offscreen) | – | %1 × "
                                    "%2 columns | %3 | %4 | – |\n")
                         .arg(grid.rows)
                         .arg(grid.columns)
                         .arg(qint64(grid.p50Ms * 1000))
                         .arg(qint64(grid.p99Ms * 1000));
            out().flush();
        }
    }
    return true;
}

bool measureWrites(BenchSchool& school, const QString& transport)
{
    WriteBench bench(school);
    if (!bench.prepare(kMaxWriters)) {
        qWarning() << "not enough teachers with a journal to write into";
        return false;
    }
    out() << "\nMark writes (cell.set over " << transport
          << ") against the same writes straight to PostgreSQL, 3 s each after 0.5 s warm-up:\n\n"
          << "| clients | server writes/s | server p50 µs | server p99 µs | direct writes/s "
             "| direct p50 µs | direct p99 µs | server / direct |\n"
          << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    out().flush();
    for (const int clients : {1, 16, kMaxWriters}) {
        const auto direct = bench.straightToDatabase(clients);
        const auto server = bench.throughServer(clients);
        if (!direct || !server) {
            qWarning() << "writes with" << clients << "clients failed";
            return false;
        }
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 % |\n")
                     .arg(clients)
                     .arg(server->writesPerSecond, 0, 'f', 0)
                     .arg(server->latency.p50Us)
                     .arg(server->latency.p99Us)
                     .arg(direct->writesPerSecond, 0, 'f', 0)
                     .arg(direct->latency.p50Us)
                     .arg(direct->latency.p99Us)
                     .arg(100.0 * server->writesPerSecond / direct->writesPerSecond, 0, 'f', 0);
        out().flush();
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    // The grid is measured offscreen: no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The client side is timed too (decoding, the grid): set up as the desktop is.
    LargeBlocks::keepInHeap();
    QApplication app(argc, argv);
    const bool writesOnly = app.arguments().contains(QStringLiteral("--writes-only"));
    const bool readsOnly = app.arguments().contains(QStringLiteral("--reads-only"));
    // --plain-writes: the writes without TLS, to see what TLS costs them.
    const bool plainWrites = app.arguments().contains(QStringLiteral("--plain-writes"));
    BenchSchool school;
    QElapsedTimer timer;
    timer.start();
    if (!school.create(kStudents)) {
        qCritical("bench_journal: the demo school could not be made");
        return 1;
    }
    out() << QStringLiteral("demo --students %1 with the clock at %2: %3 s\n\n")
                 .arg(kStudents)
                 .arg(school.demoToday().toString(Qt::ISODate))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << "| op | transport | journal | p50 µs | p99 µs | mean µs |\n"
          << "| --- | --- | --- | ---: | ---: | ---: |\n";
    out().flush();
    for (const bool plain : {true, false}) {
        if (writesOnly)
            break;
        if (!school.serve(plain) ||
            !measureJournalGet(school, {plain ? QStringLiteral("plain") : QStringLiteral("TLS")}))
            return 1;
        school.stopServing();
    }
    // The same journal made afresh for every call, as after a change in it: the server keeps
    // no answers (the figures above are of the answer kept from the first call).
    if (!writesOnly &&
        (!school.serve(true, {QStringLiteral("--journal-cache"), QStringLiteral("0")}) ||
         !measureJournalGet(school, {QStringLiteral("plain"),
                                     QStringLiteral("journal.get made afresh, --journal-cache 0"),
                                     {QStringLiteral("columns")}})))
        return 1;
    school.stopServing();
    if (!readsOnly &&
        (!school.serve(plainWrites) ||
         !measureWrites(school, plainWrites ? QStringLiteral("plain TCP") : QStringLiteral("TLS"))))
        return 1;
    school.stopServing();
    return 0;
}
