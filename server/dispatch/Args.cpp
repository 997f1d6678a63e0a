#include "dispatch/Args.h"

#include <QCborArray>

bool Args::has(const char* key) const
{
    const QCborValue found = value(key);
    return !found.isUndefined() && !found.isNull();
}

void Args::missing(const char* key)
{
    m_missing.append(QString::fromLatin1(key));
}

void Args::invalid(const char* key)
{
    m_invalid.append(QString::fromLatin1(key));
}

qint64 Args::id(const char* key, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return 0;
    }
    const QCborValue found = value(key);
    if (!found.isInteger() || found.toInteger() <= 0) {
        invalid(key);
        return 0;
    }
    return found.toInteger();
}

QDate Args::date(const char* key, bool required)
{
    if (!has(key)) {
        if (required)
            missing(key);
        return {};
    }
    const QDate parsed = QDate::fromString(value(key).toString(), Qt::ISODate);
    if (!parsed.isValid())
        invalid(key);
    return parsed;
}

QString Args::text(const char* key, bool required)
{
    const QString found = value(key).toString().trimmed();
    if (found.isEmpty() && required)
        missing(key);
    return found;
}

bool Args::flag(const char* key, bool fallback) const
{
    const QCborValue found = value(key);
    return found.isBool() ? found.toBool() : fallback;
}

double Args::number(const char* key, bool required)
{
    const QCborValue found = value(key);
    if (!found.isInteger() && !found.isDouble()) {
        if (required || has(key))
            (has(key) ? invalid(key) : missing(key));
        return 0;
    }
    return found.toDouble();
}

QCborMap Args::map(const char* key, bool required)
{
    const QCborValue found = value(key);
    if (!found.isMap()) {
        if (required || has(key))
            (has(key) ? invalid(key) : missing(key));
        return {};
    }
    return found.toMap();
}

std::optional<Error> Args::error() const
{
    if (m_missing.isEmpty() && m_invalid.isEmpty())
        return std::nullopt;
    QStringList parts;
    if (!m_missing.isEmpty())
        parts.append(tr("missing: %1").arg(m_missing.join(QStringLiteral(", "))));
    if (!m_invalid.isEmpty())
        parts.append(tr("invalid: %1").arg(m_invalid.join(QStringLiteral(", "))));
    Error error =
        makeError(ErrorCode::BadRequest,
                  tr("Wrong request arguments (%1).").arg(parts.join(QStringLiteral("; "))));
    error.details = QCborMap{{QStringLiteral("missing"), QCborArray::fromStringList(m_missing)},
                             {QStringLiteral("invalid"), QCborArray::fromStringList(m_invalid)}};
    return error;
}
