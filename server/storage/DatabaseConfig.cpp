#include "storage/DatabaseConfig.h"

#include "storage/ManagedCluster.h"
#include "storage/SqlRunner.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

DatabaseConfig DatabaseConfig::managed(const QString& socketDir)
{
    DatabaseConfig config;
    config.m_managed = true;
    config.m_host = socketDir;
    config.m_database = QString::fromLatin1(ManagedCluster::kDatabase);
    return config;
}

std::optional<DatabaseConfig> DatabaseConfig::external(const QString& conninfo, QString* why)
{
    DatabaseConfig config;
    config.m_managed = false;
    QStringList options;
    static const QRegularExpression pair(QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
    auto it = pair.globalMatch(conninfo);
    bool any = false;
    while (it.hasNext()) {
        const auto match = it.next();
        any = true;
        const QString key = match.captured(1);
        QString value = match.captured(2);
        if (value.startsWith(QLatin1Char('\'')))
            value =
                value.mid(1, value.size() - 2).replace(QStringLiteral("\\'"), QStringLiteral("'"));
        if (key == QLatin1String("host"))
            config.m_host = value;
        else if (key == QLatin1String("port"))
            config.m_port = value.toInt();
        else if (key == QLatin1String("dbname"))
            config.m_database = value;
        else if (key == QLatin1String("user"))
            config.m_user = value;
        else if (key == QLatin1String("password"))
            config.m_password = value;
        else
            options.append(key + QLatin1Char('=') + value);
    }
    if (!any || config.m_database.isEmpty()) {
        *why = QStringLiteral("--db needs a conninfo string with at least dbname=…");
        return std::nullopt;
    }
    config.m_options = options.join(QLatin1Char(';'));
    return config;
}

QSqlDatabase DatabaseConfig::open(const QString& connectionName, Account account) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    if (m_managed) {
        db.setUserName(QString::fromLatin1(account == Account::Owner ? ManagedCluster::kOwnerRole
                                                                     : ManagedCluster::kAppRole));
    } else {
        // An external database has one account for both jobs (the district's choice).
        db.setUserName(m_user);
        db.setPassword(m_password);
    }
    if (!m_options.isEmpty())
        db.setConnectOptions(m_options);
    openSession(db);
    return db;
}

bool DatabaseConfig::openSession(QSqlDatabase& db)
{
    // Timestamps cross the wire in UTC; the session must not depend on the host's zone.
    // SqlRunner prepares every statement once per connection; left to choose, PostgreSQL
    // kept planning most of them again at every execution (a custom plan each time), which
    // cost more than running them: a third of the mark writes a second and a fifth of
    // journal.get's time (docs/performance.md). Our statements are key and index lookups
    // whose one generic plan is as good.
    // The connection's name shows in pg_stat_activity (a worker, its companion "…-alongside").
    if (!db.open())
        return false;
    SqlRunner::forgetPrepared(db);
    QString name = db.connectionName().left(63);
    name.replace(QLatin1Char('\''), QStringLiteral("''"));
    QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages = warning; "
                                      "SET plan_cache_mode = force_generic_plan; "
                                      "SET application_name = '%1'")
                           .arg(name));
    return true;
}

void closeDatabase(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid()) {
            SqlRunner::forgetPrepared(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
}
