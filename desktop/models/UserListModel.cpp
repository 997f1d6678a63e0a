#include "models/UserListModel.h"

#include "main/RoleNames.h"

#include <QBrush>
#include <QColor>

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setUsers(const QList<UserAccount>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserListModel::markDisabled(qint64 userId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == userId) {
            m_users[row].disabled = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount& user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return user.login;
        case NameColumn:
            return user.fullName;
        case RolesColumn:
            return RoleNames::list(user.roles);
        case DisabledColumn:
            return user.disabled ? tr("disabled") : QString();
        }
    } else if (role == Qt::ForegroundRole && user.disabled) {
        return QBrush(QColor(Qt::gray));
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Full name");
    case RolesColumn:
        return tr("Roles");
    case DisabledColumn:
        return tr("State");
    }
    return {};
}
