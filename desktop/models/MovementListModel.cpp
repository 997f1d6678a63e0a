#include "models/MovementListModel.h"

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");
}

MovementListModel::MovementListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MovementListModel::setMovements(const QList<Movement>& movements)
{
    beginResetModel();
    m_movements = movements;
    endResetModel();
}

QString MovementListModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("admit"))
        return tr("Admission");
    if (kind == QLatin1String("transfer"))
        return tr("Transfer");
    if (kind == QLatin1String("expel"))
        return tr("Leaving");
    return kind;
}

int MovementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_movements.size());
}

int MovementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Movement& movement = m_movements.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return movement.onDate.toString(kDateFormat);
        case KindColumn:
            return kindName(movement.kind);
        case StudentColumn:
            return movement.studentName;
        case FromColumn:
            return movement.fromClassTitle;
        case ToColumn:
            return movement.toClassTitle;
        case OrderNoColumn:
            return movement.orderNo;
        case OrderDateColumn:
            return movement.orderDate.toString(kDateFormat);
        }
    } else if (role == Qt::UserRole) {
        // Sort key: dates as ISO text sort in time order.
        switch (index.column()) {
        case DateColumn:
            return movement.onDate.toString(Qt::ISODate);
        case OrderDateColumn:
            return movement.orderDate.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant MovementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Movement");
    case StudentColumn:
        return tr("Student");
    case FromColumn:
        return tr("From class");
    case ToColumn:
        return tr("To class");
    case OrderNoColumn:
        return tr("Order no.");
    case OrderDateColumn:
        return tr("Order date");
    }
    return {};
}
