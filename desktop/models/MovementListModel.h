#pragma once

#include "domain/SchoolTypes.h"

#include <QAbstractTableModel>

// Admissions, transfers and expulsions with their orders, for the movement report.
class MovementListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        StudentColumn,
        FromColumn,
        ToColumn,
        OrderNoColumn,
        OrderDateColumn,
        ColumnCount
    };

    explicit MovementListModel(QObject* parent = nullptr);

    void setMovements(const QList<Movement>& movements);
    const QList<Movement>& movements() const { return m_movements; }
    // «Прибытие», «Перевод», «Выбытие».
    static QString kindName(const QString& kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Movement> m_movements;
};
