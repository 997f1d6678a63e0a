#pragma once

#include "storage/DatabaseConfig.h"
#include "storage/ManagedCluster.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>

#include <memory>

// The school's database as a console command sees it: the managed cluster in the data
// directory (started for the command and stopped after it, unless a running server has
// it) or an external PostgreSQL; migrated and ready, with an owner connection open.
class SchoolDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SchoolDatabase)
public:
    enum class Mode
    {
        Command, // a short console command: may run beside a serving server
        Serve,   // the server itself: exclusive use of the data directory
    };

    SchoolDatabase() = default;
    ~SchoolDatabase();

    bool open(const QString& dataDir, const QString& conninfo, Mode mode, QString* error);
    void close();

    QSqlDatabase owner() const;
    const DatabaseConfig& config() const { return m_config; }

private:
    std::unique_ptr<ManagedCluster> m_cluster;
    std::unique_ptr<QLockFile> m_lock;
    DatabaseConfig m_config;
    QString m_connectionName;
    bool m_startedCluster = false;
};

// Paths inside a data directory.
namespace DataDir {
QString certificatePath(const QString& dataDir);
QString keyPath(const QString& dataDir);
QString lockPath(const QString& dataDir);
} // namespace DataDir
