#include "school/SubgroupsTab.h"

#include "protocol/OpNames.h"
#include "school/RecordColumns.h"
#include "school/SubgroupMembersEditor.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>

SubgroupsTab::SubgroupsTab(DesktopSession* session, RecordTableModel* classes,
                           RecordTableModel* subjects, QWidget* parent)
    : StructureTab(session, classes, QStringLiteral("title"),
                   {Op::SubgroupList, Op::SubgroupSave, QStringLiteral("class_id"),
                    QStringLiteral("subgroups")},
                   {RecordColumns::text(tr("Subgroup"), QStringLiteral("title")),
                    RecordColumns::text(tr("Subject"), QStringLiteral("subject")),
                    {tr("Students"),
                     [](const QCborMap& map) {
                         return QVariant(map.value(QStringLiteral("student_ids")).toArray().size());
                     }}},
                   parent)
    , m_subjects(subjects)
{
    setObjectName(QStringLiteral("subgroupsTab"));
    // The server decides (R08); the editor only shows what `me` says this user may do.
    m_editor = new SubgroupMembersEditor(
        session, OpPermissions(*session).allows(Op::SubgroupSetMembers, RoleSet{Role::Admin}),
        this);
    body()->addWidget(m_editor, 2);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubgroupsTab::showCurrentMembers);
    connect(m_editor, &SubgroupMembersEditor::saved, this, &SubgroupsTab::reload);
}

QList<RecordField> SubgroupsTab::fields(const QCborMap& record) const
{
    const RecordField title{QStringLiteral("title"), tr("&Title:")};
    // A saved subgroup keeps its subject: only the title changes.
    if (!record.isEmpty())
        return {title};
    RecordField subject{QStringLiteral("subject_id"), tr("&Subject:"), RecordField::Kind::Choice};
    subject.choices = choicesOf(m_subjects, QStringLiteral("title"));
    return {subject, title};
}

bool SubgroupsTab::selectSubgroup(qint64 subgroupId)
{
    const auto* proxy = static_cast<QSortFilterProxyModel*>(view()->model());
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->recordAt(row).value(QStringLiteral("id")).toInteger() == subgroupId) {
            view()->setCurrentIndex(proxy->mapFromSource(model()->index(row, 0)));
            view()->selectRow(view()->currentIndex().row());
            return true;
        }
    }
    return false;
}

void SubgroupsTab::onLoaded()
{
    if (pickedId() != m_studentsClassId) {
        loadStudents(pickedId());
        return;
    }
    // After a reload the same subgroup stays selected, its members as the server keeps them.
    const qint64 shown = m_shownSubgroupId;
    m_shownSubgroupId = 0;
    if (shown == 0 || !selectSubgroup(shown))
        showCurrentMembers();
}

void SubgroupsTab::loadStudents(qint64 classId)
{
    m_studentsClassId = classId;
    m_shownSubgroupId = 0;
    m_editor->setClassStudents({});
    if (classId == 0)
        return;
    QPointer<SubgroupsTab> self(this);
    session()->send(QString::fromLatin1(Op::StudentList), {{QStringLiteral("class_id"), classId}},
                    [self, classId](const Reply& reply) {
                        if (!self || classId != self->m_studentsClassId)
                            return;
                        if (!reply.ok) {
                            self->showStatus(reply.error.message);
                            return;
                        }
                        QList<PersonListModel::Person> students;
                        for (const QCborValue& value :
                             reply.result[QStringLiteral("students")].toArray()) {
                            const QCborMap student = value.toMap();
                            students.append({student.value(QStringLiteral("id")).toInteger(),
                                             student.value(QStringLiteral("full_name")).toString(),
                                             int(students.size())});
                        }
                        self->m_editor->setClassStudents(students);
                        self->showCurrentMembers();
                    });
}

void SubgroupsTab::showCurrentMembers()
{
    const QCborMap record = currentRecord();
    m_shownSubgroupId = record.value(QStringLiteral("id")).toInteger();
    QList<qint64> memberIds;
    for (const QCborValue& id : record.value(QStringLiteral("student_ids")).toArray())
        memberIds.append(id.toInteger());
    m_editor->setSubgroup(m_shownSubgroupId, memberIds);
}
