#pragma once

#include "school/PersonListModel.h"

#include <QWidget>

class DesktopSession;
class QLabel;
class QListView;
class QPushButton;

// Moves a class's students into and out of one subgroup with subgroup.set_members; only the
// administrator may (R08), so for anyone else it stays disabled.
class SubgroupMembersEditor : public QWidget
{
    Q_OBJECT
public:
    SubgroupMembersEditor(DesktopSession* session, bool allowed, QWidget* parent = nullptr);

    // The class's students in journal order; clears the subgroup.
    void setClassStudents(const QList<PersonListModel::Person>& students);
    void setSubgroup(qint64 subgroupId, const QList<qint64>& memberIds);
    qint64 subgroupId() const { return m_subgroupId; }
    bool isAllowed() const { return m_allowed; }
    bool isDirty() const { return m_dirty; }
    PersonListModel* available() const { return m_available; }
    PersonListModel* members() const { return m_members; }
    QListView* availableView() const { return m_availableView; }
    QListView* membersView() const { return m_membersView; }
    QString errorText() const;

public Q_SLOTS:
    void addSelected();
    void removeSelected();
    void save();

Q_SIGNALS:
    void saved(qint64 subgroupId);

private:
    void move(QListView* from, PersonListModel* source, PersonListModel* target);
    void setDirty(bool dirty);
    void updateButtons();

    DesktopSession* m_session;
    bool m_allowed;
    bool m_dirty = false;
    bool m_busy = false;
    qint64 m_subgroupId = 0;
    QList<PersonListModel::Person> m_students;
    PersonListModel* m_available;
    PersonListModel* m_members;
    QListView* m_availableView;
    QListView* m_membersView;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_message;
};
