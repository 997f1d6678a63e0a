#include "support/TestServer.h"

#include "app/Server.h"
#include "app/ServerTranslation.h"
#include "auth/PasswordHasher.h"
#include "console/SchoolDatabase.h"
#include "console/UserAdmin.h"
#include "net/Fingerprint.h"
#include "storage/ManagedCluster.h"
#include "tls/SelfSignedCertificate.h"

#include <QDir>
#include <QtDebug>

TestServer::TestServer()
{
    m_dir.setAutoRemove(true);
}

TestServer::~TestServer()
{
    stopServer();
    m_database.reset();
}

bool TestServer::start(bool tls)
{
    PasswordHasher::initialize();
    // The server answers in Russian as it does in the school (EJOURNAL_LANG=en: English).
    static const bool translated =
        QCoreApplication::instance() && ServerTranslation::install(*QCoreApplication::instance());
    Q_UNUSED(translated);
    m_tls = tls;
    QString error;
    if (!m_database) {
        ManagedCluster cluster(m_dir.path());
        if (!cluster.initialize(&error)) {
            qWarning().noquote() << "cluster:" << error;
            return false;
        }
        QDir().mkpath(m_dir.filePath(QStringLiteral("tls")));
        if (!SelfSignedCertificate::create(DataDir::certificatePath(m_dir.path()),
                                           DataDir::keyPath(m_dir.path()),
                                           QStringLiteral("ejournal-server"), &error)) {
            qWarning().noquote() << "certificate:" << error;
            return false;
        }
        m_database = std::make_unique<SchoolDatabase>();
        if (!m_database->open(m_dir.path(), {}, SchoolDatabase::Mode::Serve, &error)) {
            qWarning().noquote() << "database:" << error;
            m_database.reset();
            return false;
        }
    }
    ListenOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = m_port; // a restarted server comes back on the same port

    options.plain = !tls;
    if (tls && !SelfSignedCertificate::load(DataDir::certificatePath(m_dir.path()),
                                            DataDir::keyPath(m_dir.path()), &options.certificate,
                                            &options.privateKey, &error)) {
        qWarning().noquote() << "certificate:" << error;
        return false;
    }
    ServerSettings settings;
    settings.workerThreads = 4;
    m_server = std::make_unique<Server>(m_database->config(), settings);
    m_server->setSchoolName(QStringLiteral("Тестовая школа"));
    if (!m_server->listen(options, &error)) {
        qWarning().noquote() << "listen:" << error;
        return false;
    }
    m_port = m_server->port();
    if (!m_server->listenForChanges(m_database->config(), &error)) {
        qWarning().noquote() << "listen for changes:" << error;
        return false;
    }
    return true;
}

void TestServer::stopServer()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

quint16 TestServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QByteArray TestServer::fingerprint() const
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    SelfSignedCertificate::load(DataDir::certificatePath(m_dir.path()),
                                DataDir::keyPath(m_dir.path()), &certificate, &key, &error);
    return Fingerprint::of(certificate);
}

Connection::Endpoint TestServer::endpoint() const
{
    Connection::Endpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = port();
    endpoint.plain = !m_tls;
    if (m_tls)
        endpoint.pinnedFingerprint = fingerprint();
    return endpoint;
}

QString TestServer::dataDir() const
{
    return m_dir.path();
}

QString TestServer::socketDir() const
{
    return ManagedCluster(m_dir.path()).socketDir();
}

DatabaseConfig TestServer::databaseConfig() const
{
    return m_database->config();
}

QSqlDatabase TestServer::ownerDatabase() const
{
    return m_database ? m_database->owner() : QSqlDatabase();
}

Server& TestServer::server()
{
    return *m_server;
}

qint64 TestServer::addUser(const QString& login, const QString& password, const QList<Role>& roles,
                           const QString& fullName, bool mustChangePassword)
{
    if (!m_database)
        return 0;
    RoleSet set;
    for (Role role : roles)
        set.insert(role);
    auto id =
        UserAdmin(m_database->owner()).addUser(login, password, fullName, set, mustChangePassword);
    if (!id) {
        qWarning().noquote() << "addUser:" << id.error().message;
        return 0;
    }
    return *id;
}
