#pragma once

#include "core/Result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

// Reads a request's arguments into typed values, collecting what is missing or malformed
// into one `bad_request` that names the fields.
class Args
{
    Q_DECLARE_TR_FUNCTIONS(Args)
public:
    explicit Args(const QCborMap& map)
        : m_map(map)
    {}

    qint64 id(const char* key, bool required = true);
    QDate date(const char* key, bool required = true);
    QString text(const char* key, bool required = true);
    bool flag(const char* key, bool fallback = false) const;
    double number(const char* key, bool required = true);
    QCborMap map(const char* key, bool required = true);
    bool has(const char* key) const;

    std::optional<Error> error() const;

private:
    QCborValue value(const char* key) const { return m_map.value(QLatin1String(key)); }
    void missing(const char* key);
    void invalid(const char* key);

    QCborMap m_map;
    QStringList m_missing;
    QStringList m_invalid;
};
