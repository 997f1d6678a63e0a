#pragma once

#include <QString>
#include <QStringList>

// The school's private PostgreSQL cluster in `<data-dir>/pg`, listening only on a Unix
// socket in `<data-dir>/run`. Run as root, it runs PostgreSQL as an unprivileged user.
class ManagedCluster
{
public:
    static constexpr char kOwnerRole[] = "ejournal_owner";
    static constexpr char kAppRole[] = "ejournal_app";
    static constexpr char kDatabase[] = "ejournal";

    explicit ManagedCluster(const QString& dataDir);

    bool isInitialized() const;
    // initdb, start, create the database and the application role, stop.
    bool initialize(QString* error);
    bool start(QString* error);
    bool stop(QString* error);
    // True when a postmaster answers on our socket (started by us or by a running server).
    bool isRunning() const;

    QString dataDir() const { return m_dataDir; }
    QString clusterDir() const;
    QString socketDir() const;
    QString logFile() const;

private:
    bool run(const QString& program, const QStringList& arguments, QString* error,
             int timeoutMs = 120'000) const;
    bool prepareDirectories(QString* error) const;
    QString binary(const QString& name) const;

    QString m_dataDir;
    QString m_binDir;
    QString m_runAsUser; // empty unless we are root
};
