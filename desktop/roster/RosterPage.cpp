#include "roster/RosterPage.h"

#include "models/ClassListModel.h"
#include "models/StudentListModel.h"
#include "protocol/OpNames.h"
#include "roster/AdmitDialog.h"
#include "roster/ExpelDialog.h"
#include "roster/ImportWizard.h"
#include "roster/MovementReportPage.h"
#include "roster/TransferDialog.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QAction>
#include <QCborArray>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const RoleSet kRosterKeepers{Role::Secretary, Role::Admin};
const RoleSet kMovementReaders{Role::Secretary, Role::Deputy, Role::Director, Role::Admin};
// Wide enough for the class, its count and the start of the class teacher's name.
constexpr int kClassListWidthChars = 28;

QTableView* createTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Names take the spare width and never wrap; the other columns fit their contents.
void fitColumns(QTableView* view, int stretchColumn)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    // A squeezed caption keeps its start readable instead of losing both ends.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setWordWrap(false);
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

RosterPage::RosterPage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_classModel(new ClassListModel(this))
    , m_classProxy(new QSortFilterProxyModel(this))
    , m_studentModel(new StudentListModel(this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_classProxy->setSourceModel(m_classModel);
    m_classProxy->setSortRole(ClassListModel::SortRole);
    m_classProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_classProxy->setFilterKeyColumn(-1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const OpPermissions permissions(*session);
    QWidget* roster = createRosterTab();
    if (permissions.allows(Op::MovementList, kMovementReaders)) {
        m_tabs = new QTabWidget(this);
        m_tabs->addTab(roster, tr("&Classes and students"));
        m_movements = new MovementReportPage(session, m_tabs);
        m_tabs->addTab(m_movements, tr("&Movement report"));
        layout->addWidget(m_tabs);
    } else {
        layout->addWidget(roster);
    }

    const bool keeper = permissions.allows(Op::StudentAdmit, kRosterKeepers);
    m_admit->setVisible(keeper);
    m_transfer->setVisible(permissions.allows(Op::StudentTransfer, kRosterKeepers));
    m_expel->setVisible(permissions.allows(Op::StudentExpel, kRosterKeepers));
    m_import->setVisible(permissions.allows(Op::RosterImport, kRosterKeepers));
    for (QAction* action : {m_admit, m_transfer, m_expel, m_import})
        action->setEnabled(action->isVisible());
    updateActions();
    reload();
}

QWidget* RosterPage::createRosterTab()
{
    auto* tab = new QWidget(this);
    auto* splitter = new QSplitter(tab);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("classFilter"));
    m_filter->setPlaceholderText(tr("Filter classes…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_classProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_classView = createTable(left, QStringLiteral("classView"));
    m_classView->setModel(m_classProxy);
    m_classView->setSortingEnabled(true);
    m_classView->sortByColumn(ClassListModel::TitleColumn, Qt::AscendingOrder);
    fitColumns(m_classView, ClassListModel::TeacherColumn);
    left->setMinimumWidth(left->fontMetrics().averageCharWidth() * kClassListWidthChars);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_classView);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("On &date:"), right);
    m_date = new QDateEdit(QDate::currentDate(), right);
    m_date->setObjectName(QStringLiteral("rosterDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    dateLabel->setBuddy(m_date);
    m_includeLeft = new QCheckBox(tr("Show students who &left"), right);
    m_includeLeft->setObjectName(QStringLiteral("includeLeftCheck"));
    m_admit = new QAction(tr("&Admit…"), this);
    m_admit->setObjectName(QStringLiteral("admitAction"));
    m_admit->setShortcut(QKeySequence(Qt::Key_Insert));
    m_transfer = new QAction(tr("&Transfer…"), this);
    m_transfer->setObjectName(QStringLiteral("transferAction"));
    m_transfer->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_expel = new QAction(tr("L&eaving…"), this);
    m_expel->setObjectName(QStringLiteral("expelAction"));
    m_expel->setShortcut(QKeySequence(Qt::Key_Delete));
    m_import = new QAction(tr("&Import class lists…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    auto* refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    for (QAction* action : {m_admit, m_transfer, m_expel, m_import, refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tab->addAction(action);
    }
    connect(m_admit, &QAction::triggered, this, &RosterPage::admit);
    connect(m_transfer, &QAction::triggered, this, &RosterPage::transfer);
    connect(m_expel, &QAction::triggered, this, &RosterPage::expel);
    connect(m_import, &QAction::triggered, this, &RosterPage::importList);
    connect(refresh, &QAction::triggered, this, &RosterPage::reload);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_includeLeft);
    bar->addStretch(1);
    // The actions get a row of their own, so the class list keeps room beside them.
    auto* actions = new QHBoxLayout;
    for (QAction* action : {m_admit, m_transfer, m_expel, m_import})
        actions->addWidget(buttonFor(action, right));
    actions->addStretch(1);
    m_studentView = createTable(right, QStringLiteral("studentView"));
    m_studentView->setModel(m_studentModel);
    fitColumns(m_studentView, StudentListModel::NameColumn);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setWordWrap(true);
    rightLayout->addLayout(bar);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_studentView, 1);
    rightLayout->addWidget(m_status);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);

    connect(m_classView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RosterPage::loadStudents);
    connect(m_studentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RosterPage::updateActions);
    connect(m_date, &QDateEdit::dateChanged, this, &RosterPage::loadStudents);
    connect(m_includeLeft, &QCheckBox::toggled, this, &RosterPage::loadStudents);
    setTabOrder(m_filter, m_classView);
    setTabOrder(m_classView, m_date);
    setTabOrder(m_date, m_includeLeft);
    setTabOrder(m_includeLeft, m_studentView);
    return tab;
}

void RosterPage::reload()
{
    const qint64 selected = currentClass().id;
    setBusy(true);
    QPointer<RosterPage> self(this);
    m_session->send(QString::fromLatin1(Op::ClassList), {}, [self, selected](const Reply& reply) {
        if (!self)
            return;
        self->setBusy(false);
        if (!reply.ok) {
            self->showError(reply.error.message);
            return;
        }
        QList<ClassGroup> classes;
        for (const QCborValue& value : reply.result[QStringLiteral("classes")].toArray())
            classes.append(ClassGroup::fromCbor(value.toMap()));
        self->m_classModel->setClasses(classes);
        if (!self->selectClass(selected) && !classes.isEmpty())
            self->m_classView->selectRow(0);
        self->showError({});
        Q_EMIT self->classesLoaded();
    });
}

bool RosterPage::selectClass(qint64 classId)
{
    for (int row = 0; row < m_classProxy->rowCount(); ++row) {
        const QModelIndex source = m_classProxy->mapToSource(m_classProxy->index(row, 0));
        if (classId != 0 && m_classModel->classAt(source.row()).id == classId) {
            m_classView->selectRow(row);
            m_classView->setCurrentIndex(m_classProxy->index(row, 0));
            return true;
        }
    }
    return false;
}

ClassGroup RosterPage::currentClass() const
{
    if (!m_classView)
        return {};
    const QModelIndex current = m_classView->currentIndex();
    if (!current.isValid())
        return {};
    return m_classModel->classAt(m_classProxy->mapToSource(current).row());
}

RosterStudent RosterPage::currentStudent() const
{
    const QModelIndex current = m_studentView->currentIndex();
    return current.isValid() ? m_studentModel->studentAt(current.row()) : RosterStudent();
}

void RosterPage::loadStudents()
{
    const ClassGroup group = currentClass();
    updateActions();
    const quint64 generation = ++m_studentGeneration;
    if (group.id == 0) {
        m_studentModel->setStudents({});
        return;
    }
    QCborMap args{{QStringLiteral("class_id"), group.id},
                  {QStringLiteral("date"), WireDate::toCbor(m_date->date())}};
    if (m_includeLeft->isChecked())
        args.insert(QStringLiteral("include_left"), true);
    setBusy(true);
    QPointer<RosterPage> self(this);
    m_session->send(
        QString::fromLatin1(Op::StudentList), args, [self, generation](const Reply& reply) {
            if (!self)
                return;
            self->setBusy(false);
            // A later request (another class or date) supersedes this one.
            if (generation != self->m_studentGeneration)
                return;
            if (!reply.ok) {
                self->showError(reply.error.message);
                return;
            }
            QList<RosterStudent> students;
            for (const QCborValue& value : reply.result[QStringLiteral("students")].toArray())
                students.append(RosterStudent::fromCbor(value.toMap()));
            self->m_studentModel->setStudents(students);
            self->showError({});
            self->updateActions();
            Q_EMIT self->studentsLoaded();
        });
}

void RosterPage::updateActions()
{
    const bool haveClass = currentClass().id != 0;
    const RosterStudent student = currentStudent();
    const bool inClass = student.id != 0 && !student.leftOn.isValid();
    m_admit->setEnabled(m_admit->isVisible() && haveClass);
    m_transfer->setEnabled(m_transfer->isVisible() && inClass);
    m_expel->setEnabled(m_expel->isVisible() && inClass);
}

void RosterPage::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    if (m_pending > 0) {
        m_status->setText(tr("Loading…"));
        setCursor(Qt::BusyCursor);
    } else {
        m_pending = 0;
        m_status->clear();
        unsetCursor();
    }
}

void RosterPage::showError(const QString& message)
{
    if (!message.isEmpty())
        m_status->setText(message);
}

void RosterPage::admit()
{
    const ClassGroup group = currentClass();
    if (group.id == 0 || !m_admit->isEnabled())
        return;
    auto* dialog = new AdmitDialog(m_session, group, m_date->date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::succeeded, this, &RosterPage::reload);
    dialog->open();
}

void RosterPage::transfer()
{
    const RosterStudent student = currentStudent();
    if (student.id == 0 || !m_transfer->isEnabled())
        return;
    auto* dialog =
        new TransferDialog(m_session, student, m_classModel->classes(), m_date->date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::succeeded, this, &RosterPage::reload);
    dialog->open();
}

void RosterPage::expel()
{
    const RosterStudent student = currentStudent();
    if (student.id == 0 || !m_expel->isEnabled())
        return;
    auto* dialog = new ExpelDialog(m_session, student, m_date->date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDialog::succeeded, this, &RosterPage::reload);
    dialog->open();
}

void RosterPage::importList()
{
    if (!m_import->isVisible())
        return;
    auto* wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &RosterPage::reload);
    wizard->open();
}
