#pragma once

#include "storage/DatabaseConfig.h"

#include <QList>
#include <QSqlDatabase>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

// A fixed set of threads, each with its own QPSQL connection (connections belong to the
// thread that opened them). The event loop hands database work here and never waits.
// The first kCompanionWorkers workers also keep a companion connection, on which the reads
// of a large answer run alongside the others (SqlRunner::rowsOfEach): PostgreSQL works on
// both at once. The rest, and one whose companion is lost, read on one connection.
class DbWorkerPool
{
public:
    using Job = std::function<void(QSqlDatabase&)>;
    // Few: each is one more PostgreSQL connection, and two server instances share a database.
    static constexpr int kCompanionWorkers = 4;

    DbWorkerPool(const DatabaseConfig& config, int threadCount);
    ~DbWorkerPool();

    // Queues a job; it runs on some worker with that worker's open connection.
    void post(Job job);
    // Finishes queued jobs, then closes the connections and joins the threads.
    void shutdown();
    int threadCount() const { return int(m_threads.size()); }
    // How this pool's connections are named (and so their application_name in
    // pg_stat_activity): the prefix, then the worker's index, and "-alongside" for a companion.
    QString connectionPrefix() const;

private:
    void workerLoop(int index);

    DatabaseConfig m_config;
    QList<QThread*> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};
