#include "school/SubgroupMembersEditor.h"

#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QCborArray>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

SubgroupMembersEditor::SubgroupMembersEditor(DesktopSession* session, bool allowed, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_allowed(allowed)
{
    setObjectName(QStringLiteral("subgroupMembersEditor"));
    m_available = new PersonListModel(this);
    m_members = new PersonListModel(this);
    m_availableView = new QListView(this);
    m_availableView->setObjectName(QStringLiteral("availableView"));
    m_membersView = new QListView(this);
    m_membersView->setObjectName(QStringLiteral("membersView"));
    for (auto [view, model] :
         {std::pair{m_availableView, m_available}, std::pair{m_membersView, m_members}}) {
        view->setModel(model);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SubgroupMembersEditor::updateButtons);
    }
    connect(m_availableView, &QListView::doubleClicked, this, &SubgroupMembersEditor::addSelected);
    connect(m_membersView, &QListView::doubleClicked, this, &SubgroupMembersEditor::removeSelected);
    m_add = new QPushButton(tr("&Add →"), this);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_remove = new QPushButton(tr("← &Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_save = new QPushButton(tr("Save &members"), this);
    m_save->setObjectName(QStringLiteral("saveMembersButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("membersMessage"));
    m_message->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, &SubgroupMembersEditor::addSelected);
    connect(m_remove, &QPushButton::clicked, this, &SubgroupMembersEditor::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &SubgroupMembersEditor::save);

    auto* buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Students of the class:"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Members of the subgroup:"), this), 0, 2);
    grid->addWidget(m_availableView, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_membersView, 1, 2);
    grid->addWidget(m_message, 2, 0, 1, 2);
    grid->addWidget(m_save, 2, 2, Qt::AlignRight);
    if (!m_allowed)
        m_message->setText(tr("Only the administrator moves students between subgroups (R08)."));
    setEnabled(m_allowed);
    updateButtons();
}

void SubgroupMembersEditor::setClassStudents(const QList<PersonListModel::Person>& students)
{
    m_students = students;
    setSubgroup(0, {});
}

void SubgroupMembersEditor::setSubgroup(qint64 subgroupId, const QList<qint64>& memberIds)
{
    m_subgroupId = subgroupId;
    QList<PersonListModel::Person> in;
    QList<PersonListModel::Person> out;
    if (subgroupId != 0) {
        for (const PersonListModel::Person& student : m_students)
            (memberIds.contains(student.id) ? in : out).append(student);
    }
    m_available->setPeople(out);
    m_members->setPeople(in);
    setDirty(false);
    if (m_allowed)
        m_message->clear();
}

QString SubgroupMembersEditor::errorText() const
{
    return m_message->text();
}

void SubgroupMembersEditor::addSelected()
{
    move(m_availableView, m_available, m_members);
}

void SubgroupMembersEditor::removeSelected()
{
    move(m_membersView, m_members, m_available);
}

void SubgroupMembersEditor::move(QListView* from, PersonListModel* source, PersonListModel* target)
{
    if (!m_allowed || m_busy || m_subgroupId == 0)
        return;
    QList<int> rows;
    for (const QModelIndex& index : from->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    // From the bottom, so the rows still to take keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        target->insert(source->take(row));
    setDirty(true);
}

void SubgroupMembersEditor::save()
{
    if (!m_allowed || m_busy || !m_dirty || m_subgroupId == 0)
        return;
    QCborArray ids;
    for (qint64 id : m_members->ids())
        ids.append(id);
    m_busy = true;
    m_message->clear();
    updateButtons();
    QPointer<SubgroupMembersEditor> self(this);
    const qint64 subgroupId = m_subgroupId;
    m_session->send(
        QString::fromLatin1(Op::SubgroupSetMembers),
        {{QStringLiteral("subgroup_id"), subgroupId}, {QStringLiteral("student_ids"), ids}},
        [self, subgroupId](const Reply& reply) {
            if (!self)
                return;
            self->m_busy = false;
            if (!reply.ok) {
                self->m_message->setText(reply.error.message);
                self->updateButtons();
                return;
            }
            if (subgroupId == self->m_subgroupId)
                self->setDirty(false);
            Q_EMIT self->saved(subgroupId);
        });
}

void SubgroupMembersEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateButtons();
}

void SubgroupMembersEditor::updateButtons()
{
    const bool ready = m_allowed && !m_busy && m_subgroupId != 0;
    m_add->setEnabled(ready && m_availableView->selectionModel()->hasSelection());
    m_remove->setEnabled(ready && m_membersView->selectionModel()->hasSelection());
    m_save->setEnabled(ready && m_dirty);
}
