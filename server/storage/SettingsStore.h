#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

// School-wide settings kept in the database (school_setting), e.g. the school's name.
class SettingsStore
{
public:
    static constexpr char kSchoolName[] = "school_name";

    explicit SettingsStore(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    // Every setting, key → value (a handful of rows).
    Result<QHash<QString, QString>> all() const;
    Status setValue(const QString& key, const QString& value, const QDateTime& now) const;

private:
    QSqlDatabase m_db;
};
