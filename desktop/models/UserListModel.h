#pragma once

#include "models/UserAccount.h"

#include <QAbstractTableModel>

// The accounts on the users screen: login, name, roles in words, disabled.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        RolesColumn,
        DisabledColumn,
        ColumnCount
    };

    explicit UserListModel(QObject* parent = nullptr);

    void setUsers(const QList<UserAccount>& users);
    const QList<UserAccount>& users() const { return m_users; }
    UserAccount userAt(int row) const { return m_users.value(row); }
    // Marks one account disabled; emits dataChanged for its row only.
    void markDisabled(qint64 userId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> m_users;
};
