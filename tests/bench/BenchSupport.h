#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <vector>

class TestClient;

// What the benchmark programs share: timing figures, the server binary, the demo school's
// credentials and its largest journal.

// Percentiles of a list of durations in nanoseconds, reported in microseconds.
struct LatencySummary
{
    qint64 count = 0;
    qint64 p50Us = 0;
    qint64 p99Us = 0;
    double meanUs = 0;

    static LatencySummary of(std::vector<qint64> nanoseconds);
};

// Spins the event loop until done() or the timeout; false on timeout.
template <typename Done> bool spinUntil(Done done, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The `ejournal-server` built beside the bench (or in EJOURNAL_BINARY_DIR).
QString serverBinary();

// One row of the demo's demo-credentials.csv.
struct DemoCredential
{
    QString login;
    QString password;
    QString role;
};
QList<DemoCredential> readDemoCredentials(const QString& path);

// The largest journal (students × lessons) and its shape; id 0 when there is none.
struct JournalShape
{
    qint64 id = 0;
    qsizetype students = 0;
    qsizetype lessons = 0;
    qsizetype cells = 0;
    QString className;
    QString subject;
};
// Reads every journal once as `reader` (the deputy reads them all).
JournalShape largestJournal(TestClient& reader);
