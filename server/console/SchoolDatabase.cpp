#include "console/SchoolDatabase.h"

#include "storage/Migrator.h"

#include <QDir>
#include <QSqlError>

namespace DataDir {
QString certificatePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/server.crt"));
}
QString keyPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tls/server.key"));
}
QString lockPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.lock"));
}
} // namespace DataDir

SchoolDatabase::~SchoolDatabase()
{
    close();
}

bool SchoolDatabase::open(const QString& dataDir, const QString& conninfo, Mode mode,
                          QString* error)
{
    if (!conninfo.isEmpty()) {
        auto config = DatabaseConfig::external(conninfo, error);
        if (!config)
            return false;
        m_config = *config;
    } else {
        if (dataDir.isEmpty()) {
            *error = tr("Give --data-dir DIR (or --db CONNINFO).");
            return false;
        }
        m_cluster = std::make_unique<ManagedCluster>(dataDir);
        if (!m_cluster->isInitialized()) {
            *error = tr("No school database in %1: run `ejournal-server init --data-dir %1` first.")
                         .arg(dataDir);
            return false;
        }
        m_lock = std::make_unique<QLockFile>(DataDir::lockPath(dataDir));
        m_lock->setStaleLockTime(0);
        const bool locked = m_lock->tryLock(0);
        if (!locked) {
            qint64 pid = 0;
            QString host, application;
            m_lock->getLockInfo(&pid, &host, &application);
            if (mode == Mode::Serve || !m_cluster->isRunning()) {
                *error = tr("Another ejournal-server (process %1) is already using %2; stop it "
                            "first.")
                             .arg(pid)
                             .arg(dataDir);
                m_lock.reset();
                return false;
            }
            m_lock.reset(); // the running server owns the cluster; we only borrow it
        } else if (!m_cluster->isRunning()) {
            if (!m_cluster->start(error))
                return false;
            m_startedCluster = true;
        } else if (mode == Mode::Serve) {
            m_startedCluster = true; // left running by a crashed server: ours to stop now
        }
        m_config = DatabaseConfig::managed(m_cluster->socketDir());
    }
    m_connectionName = QStringLiteral("ejournal-console-owner");
    QSqlDatabase db = m_config.open(m_connectionName, DatabaseConfig::Account::Owner);
    if (!db.isOpen()) {
        *error = tr("Cannot connect to the database: %1").arg(db.lastError().text());
        return false;
    }
    Migrator migrator(db);
    if (auto migrated = migrator.migrate(); !migrated) {
        *error = migrated.error().message;
        return false;
    }
    if (m_config.isManaged()) {
        if (auto granted =
                migrator.grantApplicationRole(QString::fromLatin1(ManagedCluster::kAppRole));
            !granted) {
            *error = granted.error().message;
            return false;
        }
    }
    return true;
}

void SchoolDatabase::close()
{
    if (!m_connectionName.isEmpty()) {
        closeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_startedCluster) {
        QString ignored;
        m_cluster->stop(&ignored);
        m_startedCluster = false;
    }
    m_lock.reset();
}

QSqlDatabase SchoolDatabase::owner() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
