#pragma once

#include <QAbstractTableModel>
#include <QCborMap>

#include <functional>

// A read-only table over records in their wire form (one CBOR map each), its columns given
// as a title and a function: the school structure tabs share it.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const QCborMap&)> value;
    };

    explicit RecordTableModel(QList<Column> columns, QObject* parent = nullptr);

    void setRecords(const QList<QCborMap>& records);
    const QList<QCborMap>& records() const { return m_records; }
    QCborMap recordAt(int row) const { return m_records.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QCborMap> m_records;
};
