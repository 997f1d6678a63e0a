#pragma once

#include "domain/SchoolTypes.h"

#include <QAbstractTableModel>

// The classes of a year as the roster screen lists them: title, class teacher, head count.
class ClassListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        TeacherColumn,
        CountColumn,
        ColumnCount
    };
    // Sort key for QSortFilterProxyModel (5А before 10А).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ClassListModel(QObject* parent = nullptr);

    void setClasses(const QList<ClassGroup>& classes);
    const QList<ClassGroup>& classes() const { return m_classes; }
    ClassGroup classAt(int row) const { return m_classes.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ClassGroup> m_classes;
};
