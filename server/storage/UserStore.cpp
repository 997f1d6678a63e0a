#include "storage/UserStore.h"

#include "storage/SqlRunner.h"

namespace {
const QString selectUser = QStringLiteral(
    "SELECT u.id, u.login, u.password_hash, u.full_name, u.must_change_password, u.disabled, "
    "       coalesce((SELECT string_agg(r.role, ',') FROM user_role r WHERE r.user_id = u.id), '') "
    "FROM app_user u ");

UserRecord userFromRow(const QSqlQuery& query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.passwordHash = query.value(2).toString();
    user.fullName = query.value(3).toString();
    user.mustChangePassword = query.value(4).toBool();
    user.disabled = query.value(5).toBool();
    user.roles =
        RoleSet::fromCodes(query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return user;
}
} // namespace

Result<std::optional<UserRecord>> UserStore::findOne(const QString& condition,
                                                     const QVariant& value) const
{
    auto result = SqlRunner(m_db).exec(selectUser + condition, {value});
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    if (!query.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFromRow(query));
}

Result<std::optional<UserRecord>> UserStore::findByLogin(const QString& login) const
{
    return findOne(QStringLiteral("WHERE lower(u.login) = lower(?)"), login);
}

Result<std::optional<UserRecord>> UserStore::findById(qint64 userId) const
{
    return findOne(QStringLiteral("WHERE u.id = ?"), userId);
}

Result<QList<UserRecord>> UserStore::list() const
{
    auto result = SqlRunner(m_db).exec(selectUser + QStringLiteral("ORDER BY u.login"));
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QList<UserRecord> users;
    while (query.next())
        users.append(userFromRow(query));
    return users;
}

Result<qint64> UserStore::create(const NewUser& user, const QDateTime& now,
                                 std::optional<qint64> createdBy) const
{
    const SqlRunner sql(m_db);
    auto id = sql.scalar(QStringLiteral("INSERT INTO app_user (login, password_hash, full_name, "
                                        "must_change_password, created_at, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         {user.login, user.passwordHash, user.fullName, user.mustChangePassword,
                          now, now, sqlNullable(createdBy)});
    if (!id)
        return id.error();
    const qint64 userId = id->toLongLong();
    for (Role role : user.roles.toList()) {
        auto inserted =
            sql.exec(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"),
                     {userId, roleCode(role)});
        if (!inserted)
            return inserted.error();
    }
    return userId;
}

Status UserStore::setPassword(qint64 userId, const QString& passwordHash, bool mustChangePassword,
                              const QDateTime& now, std::optional<qint64> changedBy) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("UPDATE app_user SET password_hash = ?, must_change_password = ?, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"),
        {passwordHash, mustChangePassword, now, sqlNullable(changedBy), userId});
    if (!result)
        return result.error();
    return Done{};
}

Status UserStore::setDisabled(qint64 userId, bool disabled, const QDateTime& now,
                              std::optional<qint64> changedBy) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral(
            "UPDATE app_user SET disabled = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
        {disabled, now, sqlNullable(changedBy), userId});
    if (!result)
        return result.error();
    return Done{};
}
