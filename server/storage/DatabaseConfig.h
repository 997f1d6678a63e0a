#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Where the school's database is and as whom to connect: the managed cluster's socket,
// or an external PostgreSQL given as a libpq conninfo string ("host=… dbname=…").
class DatabaseConfig
{
public:
    enum class Account
    {
        Owner,
        Application
    };

    static DatabaseConfig managed(const QString& socketDir);
    // Nullopt with a reason when the conninfo cannot be understood.
    static std::optional<DatabaseConfig> external(const QString& conninfo, QString* why);

    bool isManaged() const { return m_managed; }
    // Opens a named connection on the calling thread; check isOpen() / lastError().
    QSqlDatabase open(const QString& connectionName, Account account) const;
    // Opens a connection made by open(), first or again after it was lost, with the
    // session's settings (UTC, generic plans); false when it cannot.
    static bool openSession(QSqlDatabase& db);

private:
    bool m_managed = true;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

// Removes a connection opened by DatabaseConfig::open on this thread.
void closeDatabase(const QString& connectionName);
