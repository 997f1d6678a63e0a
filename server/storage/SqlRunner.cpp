#include "storage/SqlRunner.h"

#include <QCoreApplication>
#include <QDebug>

Result<QSqlQuery> SqlRunner::exec(const QString& statement, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(statement);
    } else {
        ok = query.prepare(statement);
        if (ok) {
            for (const QVariant& value : values) {
                // QPSQL sends a null QString as NULL; an empty text is what we mean.
                if (value.typeId() == QMetaType::QString && value.toString().isNull())
                    query.addBindValue(QString(QLatin1String("")));
                else
                    query.addBindValue(value);
            }
            ok = query.exec();
        }
    }
    if (!ok) {
        qWarning().noquote() << "SQL failed:" << query.lastError().text();
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("SqlRunner", "Database error: %1")
                             .arg(query.lastError().databaseText()));
    }
    return query;
}

Result<QVariant> SqlRunner::scalar(const QString& statement, const QVariantList& values) const
{
    auto result = exec(statement, values);
    if (!result)
        return result.error();
    QSqlQuery query = std::move(result).value();
    return query.next() ? query.value(0) : QVariant();
}
