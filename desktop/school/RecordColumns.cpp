#include "school/RecordColumns.h"

#include "domain/SchoolTypes.h"

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");
}

namespace RecordColumns {

RecordTableModel::Column text(const QString& title, const QString& key)
{
    return {title, [key](const QCborMap& map) { return QVariant(map.value(key).toString()); }};
}

RecordTableModel::Column date(const QString& title, const QString& key)
{
    return {title, [key](const QCborMap& map) {
                return QVariant(WireDate::fromCbor(map.value(key)).toString(kDateFormat));
            }};
}

RecordTableModel::Column number(const QString& title, const QString& key)
{
    return {title, [key](const QCborMap& map) { return map.value(key).toVariant(); }};
}

} // namespace RecordColumns
