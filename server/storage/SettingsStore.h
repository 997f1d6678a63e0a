#pragma once

#include "core/Result.h"

#include <QDateTime>
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
    Status setValue(const QString& key, const QString& value, const QDateTime& now) const;

private:
    QSqlDatabase m_db;
};
