#include "storage/SqlRunner.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>

namespace {
// Statements with more values than this (bulk inserts) are not worth keeping prepared.
constexpr qsizetype kMaxPreparedValues = 64;
constexpr qsizetype kMaxPreparedPerConnection = 500;
// PostgreSQL's "prepared statement does not exist": the connection was replaced.
const QString kUnknownStatement = QStringLiteral("26000");

// The literal QPSQL itself sends for a bound value: Qt "prepares" with PREPARE, runs
// EXECUTE name (literal, …) with each value formatted by QSqlDriver::formatValue, then
// DEALLOCATEs; we format the same literals, so escaping and meaning stay the same.
QString literalOf(const QSqlDriver& driver, const QVariant& value)
{
    // QPSQL sends a null QString as NULL; an empty text is what we mean.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("''");
    QSqlField field(QString(), value.metaType());
    if (!value.isNull())
        field.setValue(value);
    return driver.formatValue(field);
}

// The statement with each positional `?` outside quotes replaced by `$1`, `$2`, … (or,
// without a driver, by the literal of its value); nullopt when the placeholders and the
// values do not pair up.
std::optional<QString> substituted(const QString& statement, qsizetype valueCount,
                                   const QSqlDriver* driver, const QVariantList& values)
{
    QString text;
    text.reserve(statement.size() + valueCount * 8);
    qsizetype next = 0;
    QChar quote;
    for (const QChar character : statement) {
        if (!quote.isNull()) {
            if (character == quote)
                quote = QChar();
        } else if (character == QLatin1Char('\'') || character == QLatin1Char('"')) {
            quote = character;
        } else if (character == QLatin1Char('?')) {
            if (next >= valueCount)
                return std::nullopt;
            text +=
                driver ? literalOf(*driver, values.at(next)) : QStringLiteral("$%1").arg(next + 1);
            ++next;
            continue;
        }
        text += character;
    }
    if (next != valueCount || !quote.isNull())
        return std::nullopt;
    return text;
}

// The libpq connection behind a QSqlDatabase: what statements and transactions belong to.
quintptr connectionKey(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() ? *static_cast<const quintptr*>(handle.constData()) : 0;
}

// The server-side prepared statements of each connection of this thread (a QPSQL
// connection belongs to one thread), keyed by the libpq connection they live in.
class PreparedStatements
{
public:
    static PreparedStatements& ofThisThread()
    {
        static thread_local PreparedStatements statements;
        return statements;
    }

    // The name of `statement` prepared on this connection, preparing it on first use;
    // an empty name when it cannot be kept prepared (then run it with literals).
    QString nameFor(const QSqlDatabase& db, const QString& statement, qsizetype valueCount)
    {
        QHash<QString, QString>& names = m_names[connectionKey(db)];
        if (const auto found = names.constFind(statement); found != names.cend())
            return found.value();
        if (names.size() >= kMaxPreparedPerConnection)
            return {};
        const auto numbered = substituted(statement, valueCount, nullptr, {});
        if (!numbered)
            return {};
        const QString name = QStringLiteral("ej_%1").arg(names.size() + 1);
        QSqlQuery prepare(db);
        if (!prepare.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, *numbered)))
            return {}; // the one-off path reports the error
        names.insert(statement, name);
        return name;
    }

    void forget(const QSqlDatabase& db)
    {
        if (db.isValid() && db.driver())
            m_names.remove(connectionKey(db));
    }

private:
    QHash<quintptr, QHash<QString, QString>> m_names;
};

// The connections of this thread whose transaction is to begin with their next statement.
QSet<quintptr>& pendingBegins()
{
    static thread_local QSet<quintptr> connections;
    return connections;
}

// Takes the connection's pending BEGIN, if it has one.
bool takePendingBegin(const QSqlDatabase& db)
{
    return db.isValid() && db.driver() && pendingBegins().remove(connectionKey(db));
}
} // namespace

Result<QSqlQuery> SqlRunner::exec(const QString& statement, const QVariantList& values,
                                  Fetch fetch) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(fetch == Fetch::Streamed);
    // Without values, a statement may be a script (migrations): run it as it is.
    const QString name =
        values.isEmpty() || values.size() > kMaxPreparedValues
            ? QString()
            : PreparedStatements::ofThisThread().nameFor(m_db, statement, values.size());
    QString text;
    if (values.isEmpty()) {
        text = statement;
    } else if (!name.isEmpty()) {
        QStringList literals;
        literals.reserve(values.size());
        for (const QVariant& value : values)
            literals.append(literalOf(*m_db.driver(), value));
        text = QStringLiteral("EXECUTE %1 (%2)").arg(name, literals.join(u','));
    } else if (const auto inlined = substituted(statement, values.size(), m_db.driver(), values)) {
        text = *inlined;
    } else {
        qWarning().noquote() << "SQL placeholders do not match the values:" << statement;
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("SqlRunner", "Database error: %1")
                             .arg(QStringLiteral("bind values")));
    }
    const bool begin = takePendingBegin(m_db);
    bool ok = false;
    if (begin) {
        // After "BEGIN; …" the statement's own result is the second one. When the first fails,
        // nothing ran: the string did not parse (an error in the statement) or the connection
        // is gone (no SQLSTATE, or class 08).
        ok = query.exec(QStringLiteral("BEGIN; ") + text) && query.nextResult();
        const QString code = query.lastError().nativeErrorCode();
        if (!ok && (code.isEmpty() || code.startsWith(QLatin1String("08")))) {
            qWarning().noquote() << "SQL connection failed:" << query.lastError().text();
            return makeError(ErrorCode::Unavailable,
                             QCoreApplication::translate(
                                 "SqlRunner", "The database is not available. Try again later."));
        }
    } else {
        ok = query.exec(text);
    }
    if (!ok) {
        if (!name.isEmpty() && query.lastError().nativeErrorCode() == kUnknownStatement)
            PreparedStatements::ofThisThread().forget(m_db);
        qWarning().noquote() << "SQL failed:" << query.lastError().text();
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("SqlRunner", "Database error: %1")
                             .arg(query.lastError().databaseText()));
    }
    return query;
}

void SqlRunner::forgetPrepared(const QSqlDatabase& db)
{
    PreparedStatements::ofThisThread().forget(db);
    takePendingBegin(db); // a new connection has no transaction to begin
}

void SqlRunner::beginWithNextStatement(const QSqlDatabase& db)
{
    pendingBegins().insert(connectionKey(db));
}

bool SqlRunner::commit(QSqlDatabase& db)
{
    return takePendingBegin(db) || db.commit();
}

void SqlRunner::rollback(QSqlDatabase& db)
{
    if (!takePendingBegin(db))
        db.rollback();
}

Result<QVariant> SqlRunner::scalar(const QString& statement, const QVariantList& values) const
{
    auto result = exec(statement, values);
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    return query.next() ? query.value(0) : QVariant();
}
