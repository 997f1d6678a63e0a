#include "school/StructureTab.h"

#include "school/RecordPicker.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const RoleSet kStructureEditors{Role::Deputy, Role::Admin};
}

StructureTab::StructureTab(DesktopSession* session, RecordTableModel* pickFrom,
                           const QString& pickTitleKey, const Ops& ops,
                           const QList<RecordTableModel::Column>& columns, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ops(ops)
    , m_canEdit(OpPermissions(*session).allows(ops.saveOp, kStructureEditors))
{
    m_picker = new RecordPicker(pickFrom, pickTitleKey, this);
    m_picker->setObjectName(QStringLiteral("picker"));
    m_model = new RecordTableModel(columns, this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tabStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* top = new QHBoxLayout;
    auto* pickLabel = new QLabel(
        m_ops.pickedKey == QLatin1String("year_id") ? tr("&Year:") : tr("&Class:"), this);
    pickLabel->setBuddy(m_picker);
    top->addWidget(pickLabel);
    top->addWidget(m_picker);
    top->addStretch(1);
    m_body = new QHBoxLayout;
    m_body->addWidget(m_view, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_status);

    connect(m_picker, &RecordPicker::picked, this, &StructureTab::reload);
    if (m_canEdit)
        connect(m_view, &QTableView::activated, this, &StructureTab::editRecord);
}

RecordField::Choices StructureTab::choicesOf(const RecordTableModel* records,
                                             const QString& titleKey)
{
    RecordField::Choices list;
    for (const QCborMap& record : records->records())
        list.append({record.value(titleKey).toString(),
                     QVariant(record.value(QStringLiteral("id")).toInteger())});
    return list;
}

qint64 StructureTab::pickedId() const
{
    return m_picker->currentId();
}

QCborMap StructureTab::currentRecord() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    const auto* proxy = static_cast<QSortFilterProxyModel*>(m_view->model());
    return m_model->recordAt(proxy->mapToSource(current).row());
}

void StructureTab::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void StructureTab::reload()
{
    // A reply for a class the user has since left is dropped.
    const quint64 generation = ++m_generation;
    const qint64 picked = pickedId();
    if (picked == 0) {
        m_model->setRecords({});
        onLoaded();
        return;
    }
    QPointer<StructureTab> self(this);
    m_session->send(QString::fromLatin1(m_ops.listOp), {{m_ops.pickedKey, picked}},
                    [self, generation](const Reply& reply) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (!reply.ok) {
                            self->showStatus(reply.error.message);
                            return;
                        }
                        self->showStatus({});
                        QList<QCborMap> records;
                        for (const QCborValue& value : reply.result[self->m_ops.arrayKey].toArray())
                            records.append(value.toMap());
                        self->m_model->setRecords(records);
                        self->onLoaded();
                        Q_EMIT self->loaded();
                    });
}

void StructureTab::addRecord()
{
    if (!m_canEdit || pickedId() == 0)
        return;
    auto* dialog = new RecordEditDialog(m_session, m_ops.saveOp, fields({}), blankRecord(), this);
    dialog->setFixedArgs({{m_ops.pickedKey, pickedId()}});
    dialog->setWindowTitle(tr("New record"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordEditDialog::saved, this, &StructureTab::reload);
    dialog->open();
}

void StructureTab::editRecord()
{
    const QCborMap record = currentRecord();
    if (!m_canEdit || record.isEmpty())
        return;
    auto* dialog = new RecordEditDialog(m_session, m_ops.saveOp, fields(record), record, this);
    dialog->setFixedArgs({{m_ops.pickedKey, pickedId()}});
    dialog->setWindowTitle(tr("Edit record"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordEditDialog::saved, this, &StructureTab::reload);
    dialog->open();
}
