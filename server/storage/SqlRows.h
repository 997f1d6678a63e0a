#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <memory>

struct pg_result; // libpq's PGresult

// A whole result read straight from libpq's buffer (SqlRunner::rows), for the journal's
// thousands of values: each one is parsed from PostgreSQL's text where it lies, with no
// QVariant and no copy it does not need. Rows and columns count from 0.
class SqlRows
{
public:
    explicit SqlRows(pg_result* result);

    int size() const;
    bool isNull(int row, int column) const;
    // The value as PostgreSQL sent it (UTF-8 text); empty for NULL.
    QByteArrayView bytes(int row, int column) const;
    QString text(int row, int column) const;
    // 0 for NULL or what is not a whole number.
    qint64 integer(int row, int column) const;
    // 0 for NULL or what is not a number ("1.5", "2", a numeric's text).
    double real(int row, int column) const;
    bool boolean(int row, int column) const;
    // An ISO date ("2026-09-01", the connection's DateStyle); invalid for NULL.
    QDate date(int row, int column) const;

private:
    struct Clear
    {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};
