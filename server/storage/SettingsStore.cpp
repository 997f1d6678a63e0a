#include "storage/SettingsStore.h"

#include "storage/SqlRunner.h"

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    auto value = SqlRunner(m_db).scalar(
        QStringLiteral("SELECT value FROM school_setting WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->isValid() ? value->toString() : fallback;
}

Result<QHash<QString, QString>> SettingsStore::all() const
{
    auto result = SqlRunner(m_db).exec(QStringLiteral("SELECT key, value FROM school_setting"));
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    QHash<QString, QString> settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    return settings;
}

Status SettingsStore::setValue(const QString& key, const QString& value, const QDateTime& now) const
{
    auto result = SqlRunner(m_db).exec(
        QStringLiteral("INSERT INTO school_setting (key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at"),
        {key, value, now});
    if (!result)
        return result.error();
    return Done{};
}
