#pragma once

#include "domain/SchoolTypes.h"

#include <QAbstractTableModel>

// A class list on a date: number, name, birth date, sex, personal file, dates in and out.
class StudentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        BirthDateColumn,
        SexColumn,
        FileNoColumn,
        EnrolledColumn,
        LeftColumn,
        ColumnCount
    };

    explicit StudentListModel(QObject* parent = nullptr);

    void setStudents(const QList<RosterStudent>& students);
    const QList<RosterStudent>& students() const { return m_students; }
    RosterStudent studentAt(int row) const { return m_students.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RosterStudent> m_students;
};
