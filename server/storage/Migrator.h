#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <limits>

// Applies the numbered sql/ migrations compiled into the server, each in its own
// transaction under an advisory lock, and records them with their SHA-256.
class Migrator
{
public:
    explicit Migrator(QSqlDatabase ownerConnection);

    // Applies what is missing up to `upToVersion`; refuses a changed applied migration or a
    // newer database.
    Status migrate(int upToVersion = std::numeric_limits<int>::max());
    // In the managed cluster: the application role gets DML only, and only INSERT and
    // SELECT on the audit log.
    Status grantApplicationRole(const QString& appRole);
    int latestKnownVersion() const;

private:
    QSqlDatabase m_db;
};
