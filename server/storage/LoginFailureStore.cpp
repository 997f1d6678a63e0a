#include "storage/LoginFailureStore.h"

#include "storage/SqlRunner.h"

Result<int> LoginFailureStore::countSince(const QString& login, const QString& clientAddress,
                                          const QDateTime& since) const
{
    auto count = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT count(*) FROM login_failure "
                       "WHERE lower(login) = lower(?) AND client_address = ? AND at > ?"),
        {login, clientAddress, since});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QDateTime> LoginFailureStore::oldestSince(const QString& login, const QString& clientAddress,
                                                 const QDateTime& since) const
{
    auto oldest = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT min(at) FROM login_failure "
                       "WHERE lower(login) = lower(?) AND client_address = ? AND at > ?"),
        {login, clientAddress, since});
    if (!oldest)
        return oldest.error();
    return oldest->toDateTime().toUTC();
}

Status LoginFailureStore::record(const QString& login, const QString& clientAddress,
                                 const QDateTime& at) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("INSERT INTO login_failure (login, client_address, at) VALUES (?, ?, ?)"),
        {login, clientAddress, at});
    if (!result)
        return result.error();
    return Done{};
}

Status LoginFailureStore::clear(const QString& login, const QString& clientAddress) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "DELETE FROM login_failure WHERE lower(login) = lower(?) AND client_address = ?"),
        {login, clientAddress});
    if (!result)
        return result.error();
    return Done{};
}
