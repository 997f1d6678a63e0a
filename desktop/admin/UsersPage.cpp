#include "admin/UsersPage.h"

#include "admin/CreateUserDialog.h"
#include "admin/IssuedCredentials.h"
#include "models/UserListModel.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "session/OpPermissions.h"

#include <QAction>
#include <QCborArray>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const RoleSet kAccountKeepers{Role::Admin, Role::ClassTeacher};
}

UsersPage::UsersPage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(session->user().roles.contains(Role::Admin))
    , m_credentials(IssuedCredentials::of(session))
    , m_model(new UserListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_filter->setPlaceholderText(tr("Filter by login, name or role…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_create = new QAction(tr("&New account…"), this);
    m_create->setObjectName(QStringLiteral("createAction"));
    m_create->setShortcut(QKeySequence(Qt::Key_Insert));
    m_reset = new QAction(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetAction"));
    m_disable = new QAction(tr("&Disable…"), this);
    m_disable->setObjectName(QStringLiteral("disableAction"));
    m_disable->setShortcut(QKeySequence(Qt::Key_Delete));
    m_print = new QAction(tr("&Print credential slips for class…"), this);
    m_print->setObjectName(QStringLiteral("printSlipsAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QAction(tr("Save slips as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfSlipsAction"));
    auto* refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);

    const OpPermissions permissions(*session);
    m_create->setVisible(permissions.allows(Op::UserCreate, kAccountKeepers));
    m_reset->setVisible(permissions.allows(Op::UserResetPassword, kAccountKeepers));
    m_disable->setVisible(permissions.allows(Op::UserDisable, kAccountKeepers));

    // The filter gets a row of its own: beside the long button captions it had no room left.
    auto* bar = new QHBoxLayout;
    for (QAction* action : {m_create, m_reset, m_disable, m_print, m_pdf, refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("userView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Names take the spare width and never wrap; the other columns fit their contents.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UserListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_create, &QAction::triggered, this, &UsersPage::createUser);
    connect(m_reset, &QAction::triggered, this, &UsersPage::resetPassword);
    connect(m_disable, &QAction::triggered, this, &UsersPage::disableUser);
    connect(m_print, &QAction::triggered, this, &UsersPage::printSlips);
    connect(m_pdf, &QAction::triggered, this, &UsersPage::saveSlipsPdf);
    connect(refresh, &QAction::triggered, this, &UsersPage::reload);
    const auto updateSlips = [this] {
        const bool any = !m_credentials->all().isEmpty();
        m_print->setEnabled(any);
        m_pdf->setEnabled(any);
    };
    connect(m_credentials, &IssuedCredentials::changed, this, updateSlips);
    updateSlips();
    reload();
    loadClasses();
}

QString UsersPage::schoolName() const
{
    return m_session->connection().serverHello().value(QStringLiteral("school")).toString();
}

QString UsersPage::serverAddress() const
{
    return m_session->endpoint().hostAndPort();
}

void UsersPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

void UsersPage::reload()
{
    setStatus(tr("Loading…"));
    setCursor(Qt::BusyCursor);
    QPointer<UsersPage> self(this);
    m_session->send(QString::fromLatin1(Op::UserList), {}, [self](const Reply& reply) {
        if (!self)
            return;
        self->unsetCursor();
        if (!reply.ok) {
            self->setStatus(reply.error.message);
            return;
        }
        QList<UserAccount> users;
        for (const QCborValue& value : reply.result[QStringLiteral("users")].toArray())
            users.append(UserAccount::fromCbor(value.toMap()));
        self->m_model->setUsers(users);
        self->setStatus(tr("%n account(s).", nullptr, int(users.size())));
        Q_EMIT self->usersLoaded();
    });
}

void UsersPage::loadClasses()
{
    QPointer<UsersPage> self(this);
    m_session->send(QString::fromLatin1(Op::ClassList), {}, [self](const Reply& reply) {
        if (!self || !reply.ok)
            return;
        const qint64 me = self->m_session->user().id;
        self->m_classes.clear();
        for (const QCborValue& value : reply.result[QStringLiteral("classes")].toArray()) {
            const ClassGroup group = ClassGroup::fromCbor(value.toMap());
            // A class teacher gives accounts to the class they lead only; the server checks.
            if (self->m_admin || group.homeroomTeacherId == me)
                self->m_classes.append(group);
        }
    });
}

UserAccount UsersPage::currentUser() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->userAt(m_proxy->mapToSource(current).row()) : UserAccount();
}

void UsersPage::createUser()
{
    if (!m_create->isVisible())
        return;
    auto* dialog = new CreateUserDialog(m_session, m_admin, m_classes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::created, this, [this](const CredentialSlip& slip) {
        m_credentials->add(slip);
        setStatus(tr("Account %1 created; initial password: %2").arg(slip.login, slip.password));
        reload();
    });
    dialog->open();
}

void UsersPage::resetPassword()
{
    const UserAccount user = currentUser();
    if (user.id == 0 || !m_reset->isVisible())
        return;
    if (QMessageBox::question(this, tr("Reset password"),
                              tr("Give %1 (%2) a new initial password? The old one stops "
                                 "working.")
                                  .arg(user.fullName, user.login)) != QMessageBox::Yes)
        return;
    setCursor(Qt::BusyCursor);
    QPointer<UsersPage> self(this);
    m_session->send(QString::fromLatin1(Op::UserResetPassword),
                    {{QStringLiteral("user_id"), user.id}}, [self, user](const Reply& reply) {
                        if (!self)
                            return;
                        self->unsetCursor();
                        if (!reply.ok) {
                            self->setStatus(reply.error.message);
                            return;
                        }
                        CredentialSlip slip;
                        slip.fullName = user.fullName;
                        slip.login = user.login;
                        slip.password = reply.result[QStringLiteral("password")].toString();
                        self->m_credentials->add(slip);
                        self->setStatus(
                            tr("New initial password of %1: %2").arg(user.login, slip.password));
                    });
}

void UsersPage::disableUser()
{
    const UserAccount user = currentUser();
    if (user.id == 0 || user.disabled || !m_disable->isVisible())
        return;
    if (QMessageBox::question(this, tr("Disable account"),
                              tr("Disable the account %1 (%2)? The person will not be able to "
                                 "sign in.")
                                  .arg(user.login, user.fullName)) != QMessageBox::Yes)
        return;
    setCursor(Qt::BusyCursor);
    QPointer<UsersPage> self(this);
    m_session->send(QString::fromLatin1(Op::UserDisable), {{QStringLiteral("user_id"), user.id}},
                    [self, user](const Reply& reply) {
                        if (!self)
                            return;
                        self->unsetCursor();
                        if (!reply.ok) {
                            self->setStatus(reply.error.message);
                            return;
                        }
                        self->m_model->markDisabled(user.id);
                        self->setStatus(tr("Account %1 disabled.").arg(user.login));
                    });
}

bool UsersPage::chooseSlips(QList<CredentialSlip>* slips)
{
    const QString all = tr("All issued in this session");
    QStringList choices{all};
    choices.append(m_credentials->classTitles());
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Credential slips"), tr("Print the slips of class:"), choices, 0, false, &ok);
    if (!ok)
        return false;
    *slips = m_credentials->forClass(choice == all ? QString() : choice);
    return !slips->isEmpty();
}

void UsersPage::printSlips()
{
    QList<CredentialSlip> slips;
    if (!chooseSlips(&slips))
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    const CredentialSlips form(schoolName(), serverAddress());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&form, &slips](QPrinter* target) { form.render(target, slips); });
    preview.exec();
}

void UsersPage::saveSlipsPdf()
{
    QList<CredentialSlip> slips;
    if (!chooseSlips(&slips))
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save credential slips"),
                                                      tr("credentials.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (CredentialSlips(schoolName(), serverAddress()).writePdf(path, slips))
        setStatus(tr("Saved to %1").arg(path));
    else
        setStatus(tr("Cannot write %1").arg(path));
}
