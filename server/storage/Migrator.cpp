#include "storage/Migrator.h"

#include "storage/SqlRunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

#include <map>

namespace {
constexpr qint64 kMigrationLockKey = 0x656a6f75726e616c; // "ejournal"
// The first migration with the journal answers' revisions (sql/0010).
constexpr int kFirstWithRevisions = 10;

struct MigrationFile
{
    int version = 0;
    QString name;
    QByteArray sql;
    QByteArray sha256;
};

std::map<int, MigrationFile> compiledMigrations()
{
    std::map<int, MigrationFile> files;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        MigrationFile migration;
        migration.version = match.captured(1).toInt();
        migration.name = name;
        migration.sql = file.readAll();
        migration.sha256 =
            QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        files.emplace(migration.version, migration);
    }
    return files;
}

} // namespace

Migrator::Migrator(QSqlDatabase ownerConnection)
    : m_db(std::move(ownerConnection))
{}

int Migrator::latestKnownVersion() const
{
    const auto files = compiledMigrations();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status Migrator::migrate(int upToVersion)
{
    SqlRunner sql(m_db);
    if (auto locked = sql.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLockKey});
        !locked)
        return locked.error();
    auto unlock = qScopeGuard(
        [&] { sql.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLockKey}); });
    if (auto created = sql.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
            "name text NOT NULL, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT "
            "now())"));
        !created)
        return created.error();

    auto applied = sql.exec(
        QStringLiteral("SELECT version, name, sha256 FROM schema_migrations ORDER BY version"));
    if (!applied)
        return applied.error();
    std::map<int, QByteArray> appliedHashes;
    QSqlQuery appliedQuery = std::move(applied).value();
    while (appliedQuery.next())
        appliedHashes[appliedQuery.value(0).toInt()] = appliedQuery.value(2).toByteArray();

    const auto files = compiledMigrations();
    const int known = files.empty() ? 0 : files.rbegin()->first;
    if (!appliedHashes.empty() && appliedHashes.rbegin()->first > known) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Migrator",
                             "The database was made by a newer ejournal-server (schema %1, this "
                             "program knows %2). Use the newer program.")
                             .arg(appliedHashes.rbegin()->first)
                             .arg(known));
    }
    for (const auto& [version, file] : files) {
        if (version > upToVersion)
            break;
        if (auto it = appliedHashes.find(version); it != appliedHashes.end()) {
            if (it->second != file.sha256) {
                return makeError(
                    ErrorCode::Internal,
                    QCoreApplication::translate(
                        "Migrator", "Migration %1 was changed after it had been applied.")
                        .arg(file.name));
            }
            continue;
        }
        if (!m_db.transaction())
            return makeError(ErrorCode::Internal, m_db.lastError().text());
        // The revisions' deferred triggers fire after each statement: a migration may alter a
        // table it has just filled (PostgreSQL refuses to while trigger events are pending).
        auto result = sql.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"));
        if (result)
            result = sql.exec(QString::fromUtf8(file.sql));
        if (result) {
            result =
                sql.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, sha256) "
                                        "VALUES (?, ?, ?)"),
                         {file.version, file.name, QString::fromLatin1(file.sha256)});
        }
        // A migration may rewrite rows with the revisions' triggers not seeing it (DDL): every
        // journal.get answer a running server kept must be made afresh.
        if (result && version >= kFirstWithRevisions) {
            result =
                sql.exec(QStringLiteral("UPDATE assignment SET revision = gen_random_uuid(); "
                                        "UPDATE school_revision SET revision = gen_random_uuid()"));
        }
        if (!result) {
            m_db.rollback();
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("Migrator", "Migration %1 failed: %2")
                                 .arg(file.name, result.error().message));
        }
        if (!m_db.commit())
            return makeError(ErrorCode::Internal, m_db.lastError().text());
    }
    return Done{};
}

Status Migrator::grantApplicationRole(const QString& appRole)
{
    SqlRunner sql(m_db);
    const QString role = QStringLiteral("\"%1\"").arg(appRole);
    const QStringList statements{
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM %1"),
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1"),
        // Its one row is only ever updated (sql/0010).
        QStringLiteral("REVOKE INSERT, DELETE, TRUNCATE ON school_revision FROM %1"),
    };
    for (const QString& statement : statements) {
        if (auto done = sql.exec(statement.arg(role)); !done)
            return done.error();
    }
    return Done{};
}
