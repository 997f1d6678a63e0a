#include "models/StudentListModel.h"

#include <QBrush>
#include <QColor>

namespace {
const QString kDateFormat = QStringLiteral("dd.MM.yyyy");
}

StudentListModel::StudentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StudentListModel::setStudents(const QList<RosterStudent>& students)
{
    beginResetModel();
    m_students = students;
    endResetModel();
}

int StudentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int StudentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterStudent& student = m_students.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case NameColumn:
            return student.person.fullName();
        case BirthDateColumn:
            return student.person.birthDate.toString(kDateFormat);
        case SexColumn:
            return student.person.sex;
        case FileNoColumn:
            return student.personalFileNo;
        case EnrolledColumn:
            return student.enrolledOn.toString(kDateFormat);
        case LeftColumn:
            return student.leftOn.toString(kDateFormat);
        }
    } else if (role == Qt::ForegroundRole && student.leftOn.isValid()) {
        return QBrush(QColor(Qt::gray));
    } else if (role == Qt::ToolTipRole && student.leftOn.isValid()) {
        return tr("Left the class on %1").arg(student.leftOn.toString(kDateFormat));
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Date of birth");
    case SexColumn:
        return tr("Sex");
    case FileNoColumn:
        return tr("Personal file no.");
    case EnrolledColumn:
        return tr("In the class since");
    case LeftColumn:
        return tr("Left");
    }
    return {};
}
