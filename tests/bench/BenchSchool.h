#pragma once

#include "net/Connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <vector>

// The 1,000-student demo school with a full year of lessons, and `ejournal-server serve` on
// it as a separate process: what the issue-5 benchmarks run against.
class BenchSchool
{
public:
    // One demo account from demo-credentials.csv.
    struct Account
    {
        QString login;
        QString password;
        QString role;
    };

    BenchSchool();
    ~BenchSchool();

    // Runs the demo generator in this process with the clock at the day after the school
    // year (so every lesson from September to May is there); false on failure.
    bool create(int students);
    // Starts `ejournal-server serve` (TLS unless plain) on 127.0.0.1; false on failure.
    bool serve(bool plain);
    void stopServing();

    QString dataDir() const;
    QString socketDir() const;
    // The first school day after the year: the demo's "today".
    QDate demoToday() const { return m_demoToday; }
    const Connection::Endpoint& endpoint() const { return m_endpoint; }
    QString passwordOf(const QString& login) const { return m_accounts.value(login).password; }
    QList<Account> accounts() const { return m_accounts.values(); }

private:
    QTemporaryDir m_dir;
    QDate m_demoToday;
    QMap<QString, Account> m_accounts;
    QProcess m_serve;
    Connection::Endpoint m_endpoint;
};

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
