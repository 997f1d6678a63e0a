#include "storage/ManagedCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace {

QString findPostgresBinDir()
{
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList entries =
        versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : entries) {
        const QString dir = versions.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

// PostgreSQL refuses to run as root: pick the account Debian made for it, else nobody.
QString unprivilegedUser()
{
    if (geteuid() != 0)
        return {};
    for (const char* name : {"postgres", "nobody"}) {
        if (getpwnam(name))
            return QString::fromLatin1(name);
    }
    return QStringLiteral("nobody");
}

bool chownTo(const QString& path, const QString& user)
{
    const passwd* entry = getpwnam(user.toLocal8Bit().constData());
    return entry && ::chown(QFile::encodeName(path).constData(), entry->pw_uid, entry->pw_gid) == 0;
}

} // namespace

ManagedCluster::ManagedCluster(const QString& dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_binDir(findPostgresBinDir())
    , m_runAsUser(unprivilegedUser())
{}

QString ManagedCluster::clusterDir() const
{
    return m_dataDir + QStringLiteral("/pg");
}

QString ManagedCluster::socketDir() const
{
    return m_dataDir + QStringLiteral("/run");
}

QString ManagedCluster::logFile() const
{
    return socketDir() + QStringLiteral("/postgresql.log");
}

QString ManagedCluster::binary(const QString& name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

bool ManagedCluster::isInitialized() const
{
    return QFileInfo::exists(clusterDir() + QStringLiteral("/PG_VERSION"));
}

bool ManagedCluster::prepareDirectories(QString* error) const
{
    QDir dir;
    if (!dir.mkpath(m_dataDir) || !dir.mkpath(clusterDir()) || !dir.mkpath(socketDir())) {
        *error = QCoreApplication::translate("ManagedCluster", "Cannot create directories in %1.")
                     .arg(m_dataDir);
        return false;
    }
    QFile::setPermissions(clusterDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(socketDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!m_runAsUser.isEmpty()) {
        // The cluster user must reach its directories inside ours, and nothing else.
        QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ExeGroup | QFile::ExeOther);
        if (!chownTo(clusterDir(), m_runAsUser) || !chownTo(socketDir(), m_runAsUser)) {
            *error = QCoreApplication::translate("ManagedCluster", "Cannot hand %1 to the user %2.")
                         .arg(m_dataDir, m_runAsUser);
            return false;
        }
        // Every directory above ours must let the cluster user pass (not so under /root).
        QString ignored;
        if (!run(QStringLiteral("test"), {QStringLiteral("-x"), clusterDir()}, &ignored, 10'000)) {
            *error =
                QCoreApplication::translate(
                    "ManagedCluster",
                    "PostgreSQL runs as the user %1, who cannot reach %2 (a directory above it "
                    "is closed, e.g. /root). Choose a data directory such as /var/lib/ejournal.")
                    .arg(m_runAsUser, m_dataDir);
            return false;
        }
    }
    return true;
}

bool ManagedCluster::run(const QString& program, const QStringList& arguments, QString* error,
                         int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The cluster user may not be able to read the current directory (e.g. /root).
    process.setWorkingDirectory(m_dataDir);
    if (m_runAsUser.isEmpty()) {
        process.start(program, arguments);
    } else {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAsUser,
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    }
    if (!process.waitForStarted(10'000) || !process.waitForFinished(timeoutMs)) {
        *error = QCoreApplication::translate("ManagedCluster", "%1 did not finish: %2")
                     .arg(QFileInfo(program).fileName(), process.errorString());
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QCoreApplication::translate("ManagedCluster", "%1 failed: %2")
                     .arg(QFileInfo(program).fileName(),
                          QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ManagedCluster::initialize(QString* error)
{
    if (m_binDir.isEmpty()) {
        *error = QCoreApplication::translate(
            "ManagedCluster", "PostgreSQL server programs (initdb) were not found; install "
                              "the postgresql package.");
        return false;
    }
    if (isInitialized()) {
        *error = QCoreApplication::translate("ManagedCluster", "A database already exists in %1.")
                     .arg(clusterDir());
        return false;
    }
    if (!prepareDirectories(error))
        return false;
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), clusterDir(), QStringLiteral("-U"),
              QString::fromLatin1(kOwnerRole), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-instructions")},
             error))
        return false;
    if (!start(error))
        return false;
    const QStringList connection{QStringLiteral("-h"), socketDir(), QStringLiteral("-U"),
                                 QString::fromLatin1(kOwnerRole)};
    const bool created =
        run(binary(QStringLiteral("createdb")),
            connection + QStringList{QString::fromLatin1(kDatabase)}, error) &&
        run(binary(QStringLiteral("createuser")),
            connection +
                QStringList{QStringLiteral("--no-superuser"), QStringLiteral("--no-createdb"),
                            QStringLiteral("--no-createrole"), QString::fromLatin1(kAppRole)},
            error);
    QString stopError;
    const bool stopped = stop(&stopError);
    if (created && !stopped)
        *error = stopError;
    return created && stopped;
}

bool ManagedCluster::start(QString* error)
{
    if (!isInitialized()) {
        *error = QCoreApplication::translate("ManagedCluster",
                                             "No database in %1: run `ejournal-server init` first.")
                     .arg(m_dataDir);
        return false;
    }
    if (!prepareDirectories(error))
        return false;
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c max_connections=100 "
                                           "-c unix_socket_permissions=0700")
                                .arg(socketDir());
    return run(binary(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), clusterDir(), QStringLiteral("-l"), logFile(),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("-o"), options, QStringLiteral("start")},
               error);
}

bool ManagedCluster::stop(QString* error)
{
    return run(binary(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), clusterDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")},
               error);
}

bool ManagedCluster::isRunning() const
{
    if (!isInitialized())
        return false;
    QString ignored;
    return run(binary(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), clusterDir(), QStringLiteral("status")}, &ignored, 10'000);
}
