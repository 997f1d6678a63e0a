#include "storage/SqlRows.h"

#include <libpq-fe.h>

#include <charconv>

SqlRows::SqlRows(pg_result* result)
    : m_result(result)
{}

void SqlRows::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

int SqlRows::size() const
{
    return PQntuples(m_result.get());
}

bool SqlRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column);
}

QByteArrayView SqlRows::bytes(int row, int column) const
{
    return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
}

QString SqlRows::text(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    return value.isEmpty() ? QString() : QString::fromUtf8(value);
}

qint64 SqlRows::integer(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    qint64 number = 0;
    const auto [end, error] = std::from_chars(value.begin(), value.end(), number);
    return error == std::errc() && end == value.end() ? number : 0;
}

double SqlRows::real(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    double number = 0;
    const auto [end, error] = std::from_chars(value.begin(), value.end(), number);
    return error == std::errc() && end == value.end() ? number : 0;
}

bool SqlRows::boolean(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    return value.size() == 1 && value.front() == 't';
}

QDate SqlRows::date(int row, int column) const
{
    const QByteArrayView value = bytes(row, column);
    int parts[3] = {};
    const char* at = value.begin();
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            if (at == value.end() || *at != '-')
                return {};
            ++at;
        }
        const auto [end, error] = std::from_chars(at, value.end(), parts[i]);
        if (error != std::errc())
            return {};
        at = end;
    }
    return at == value.end() ? QDate(parts[0], parts[1], parts[2]) : QDate();
}
