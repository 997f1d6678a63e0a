#include "models/ClassListModel.h"

ClassListModel::ClassListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ClassListModel::setClasses(const QList<ClassGroup>& classes)
{
    beginResetModel();
    m_classes = classes;
    endResetModel();
}

int ClassListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int ClassListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassGroup& group = m_classes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return group.title();
        case TeacherColumn:
            return group.homeroomTeacherName;
        case CountColumn:
            return group.studentCount;
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case TitleColumn:
            return QStringLiteral("%1%2")
                .arg(group.grade, 2, 10, QLatin1Char('0'))
                .arg(group.letter);
        case TeacherColumn:
            return group.homeroomTeacherName;
        case CountColumn:
            return group.studentCount;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == CountColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ClassListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Class");
    case TeacherColumn:
        return tr("Class teacher");
    case CountColumn:
        return tr("Students");
    }
    return {};
}
