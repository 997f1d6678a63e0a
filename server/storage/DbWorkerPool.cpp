#include "storage/DbWorkerPool.h"

#include "storage/SqlRunner.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QSqlError>

DbWorkerPool::DbWorkerPool(const DatabaseConfig& config, int threadCount)
    : m_config(config)
{
    for (int index = 0; index < threadCount; ++index) {
        QThread* thread = QThread::create([this, index] { workerLoop(index); });
        thread->setObjectName(QStringLiteral("db-worker-%1").arg(index));
        m_threads.append(thread);
        thread->start();
    }
}

DbWorkerPool::~DbWorkerPool()
{
    shutdown();
}

void DbWorkerPool::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wakeUp.notify_one();
}

void DbWorkerPool::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.isEmpty())
            return;
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

QString DbWorkerPool::connectionPrefix() const
{
    return QStringLiteral("ejournal-worker-%1-").arg(reinterpret_cast<quintptr>(this));
}

void DbWorkerPool::workerLoop(int index)
{
    const QString name = connectionPrefix() + QString::number(index);
    const QString companionName = name + QStringLiteral("-alongside");
    {
        QSqlDatabase db = m_config.open(name, DatabaseConfig::Account::Application);
        if (!db.isOpen())
            qWarning().noquote() << "database worker cannot connect:" << db.lastError().text();
        QSqlDatabase companion;
        // A companion that cannot be opened (max_connections reached, say) is tried again
        // now and then, not before every job.
        constexpr qint64 kCompanionRetryMs = 10'000;
        QElapsedTimer clock;
        clock.start();
        qint64 companionRetryAt = 0;
        if (index < kCompanionWorkers) {
            companion = m_config.open(companionName, DatabaseConfig::Account::Application);
            SqlRunner::setCompanion(db, companion);
        }
        while (true) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wakeUp.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty())
                    break; // stopping and drained
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            if (!db.isOpen() && !DatabaseConfig::openSession(db))
                qWarning().noquote()
                    << "database worker cannot reconnect:" << db.lastError().text();
            if (companion.isValid() && !SqlRunner::usable(companion) &&
                clock.elapsed() >= companionRetryAt) {
                SqlRunner::forgetPrepared(companion);
                companion.close();
                // Until it opens, the reads alongside go on the worker's own connection.
                companionRetryAt = DatabaseConfig::openSession(companion)
                                       ? 0
                                       : clock.elapsed() + kCompanionRetryMs;
            }
            job(db);
        }
        SqlRunner::setCompanion(db, QSqlDatabase());
    }
    if (index < kCompanionWorkers)
        closeDatabase(companionName);
    closeDatabase(name);
}
