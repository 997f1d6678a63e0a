#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

// Failed sign-ins per login and client address, for the lockout.
class LoginFailureStore
{
public:
    explicit LoginFailureStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<int> countSince(const QString& login, const QString& clientAddress,
                           const QDateTime& since) const;
    // The oldest failure counted since `since` (when the lockout ends is that + window).
    Result<QDateTime> oldestSince(const QString& login, const QString& clientAddress,
                                  const QDateTime& since) const;
    Status record(const QString& login, const QString& clientAddress, const QDateTime& at) const;
    Status clear(const QString& login, const QString& clientAddress) const;

private:
    QSqlDatabase m_db;
};
