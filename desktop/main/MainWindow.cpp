#include "main/MainWindow.h"

#include "admin/UsersPage.h"
#include "app/ClientSettings.h"
#include "diary/DiaryPage.h"
#include "journal/JournalPage.h"
#include "lock/InactivityWatcher.h"
#include "lock/LockScreen.h"
#include "login/TrustCertificateDialog.h"
#include "main/PlaceholderPage.h"
#include "main/ProfilePage.h"
#include "roster/RosterPage.h"
#include "school/StructurePage.h"
#include "session/DesktopSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kNavigationWidth = 200;
constexpr int kNavigationPadding = 8;
} // namespace

MainWindow::MainWindow(DesktopSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ejournal"));
    // Room for a class list beside its students on a 1366×768 school screen.
    resize(1180, 680);

    m_shell = new QStackedWidget(this);
    m_shell->setObjectName(QStringLiteral("shell"));
    auto* splitter = new QSplitter(m_shell);
    m_content = splitter;
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kNavigationWidth, width() - kNavigationWidth});
    m_lockScreen = new LockScreen(m_session, m_shell);
    m_shell->addWidget(splitter);
    m_shell->addWidget(m_lockScreen);
    m_shell->setCurrentWidget(splitter);
    setCentralWidget(m_shell);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUserRequested);
    m_watcher = new InactivityWatcher(ClientSettings().autoLockInterval(), this);
    connect(m_watcher, &InactivityWatcher::idle, this, &MainWindow::lock);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    createMenus();
    connect(m_session, &DesktopSession::linkStatusChanged, this,
            &MainWindow::updateConnectionStatus);
    // A reconnect of the same user keeps the pages: an open journal, its cell editor and
    // what is typed in them stay.
    connect(m_session, &DesktopSession::resumed, this, [this] {
        if (m_session->user().login != m_shownLogin || m_session->user().roles != m_shownRoles)
            showUser();
        else
            updateConnectionStatus();
    });
    connect(m_session, &DesktopSession::certificateNotTrusted, this,
            &MainWindow::onCertificateNotTrusted);
    showUser();
    m_watcher->start();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* switchUser = file->addAction(tr("&Switch user…"));
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("E&xit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    // Ctrl+1…Ctrl+8 jump to the n-th section of the navigation.
    for (int i = 0; i < int(NavigationTable::allSections().size()); ++i) {
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] {
            if (i < m_navigation->count()) {
                m_navigation->setCurrentRow(i);
                m_navigation->setFocus();
            }
        });
        addAction(jump);
        m_jumpActions.append(jump);
    }
}

bool MainWindow::isLocked() const
{
    return m_shell->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_watcher->stop();
    QWidget* focus = QApplication::focusWidget();
    m_focusBeforeLock = focus && m_content->isAncestorOf(focus) ? focus : nullptr;
    // Dialogs over the journal show its data too, and a window-modal one would block the
    // password field: they wait hidden until the lock opens.
    m_hiddenByLock.clear();
    for (QWidget* child : findChildren<QWidget*>()) {
        if (child->isWindow() && child->isVisible()) {
            child->hide();
            if (qobject_cast<QDialog*>(child))
                m_hiddenByLock.append(child);
        }
    }
    // Hidden and disabled: no page action, shortcut or section jump reaches the journal.
    m_content->setEnabled(false);
    for (QAction* jump : m_jumpActions)
        jump->setEnabled(false);
    m_lockScreen->reset();
    m_shell->setCurrentWidget(m_lockScreen);
    m_lockScreen->setFocus();
}

void MainWindow::unlock()
{
    if (!isLocked())
        return;
    m_content->setEnabled(true);
    for (QAction* jump : m_jumpActions)
        jump->setEnabled(true);
    m_shell->setCurrentWidget(m_content);
    for (const QPointer<QWidget>& dialog : std::exchange(m_hiddenByLock, {})) {
        if (dialog)
            dialog->show();
    }
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    else
        m_navigation->setFocus();
    m_watcher->start();
}

void MainWindow::resetLock()
{
    m_hiddenByLock.clear(); // the dialogs of the session before
    m_focusBeforeLock = nullptr;
    unlock();
    m_watcher->start();
}

void MainWindow::showUser()
{
    const SessionUser& user = m_session->user();
    const QVariant current =
        m_navigation->currentItem() ? m_navigation->currentItem()->data(kSectionRole) : QVariant();
    m_navigation->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_profilePage = nullptr;
    int currentRow = 0;
    for (NavigationTable::Section section : NavigationTable::sectionsFor(user.roles)) {
        const QString title = NavigationTable::title(section);
        auto* item = new QListWidgetItem(title, m_navigation);
        item->setData(kSectionRole, int(section));
        if (current.isValid() && current.toInt() == int(section))
            currentRow = m_navigation->count() - 1;
        switch (section) {
        case NavigationTable::Section::Profile:
            m_profilePage = new ProfilePage(m_session, m_pages);
            m_pages->addWidget(m_profilePage);
            break;
        case NavigationTable::Section::Journal:
            m_pages->addWidget(new JournalPage(m_session, m_pages));
            break;
        case NavigationTable::Section::ClassesAndStudents:
            m_pages->addWidget(new RosterPage(m_session, m_pages));
            break;
        case NavigationTable::Section::SchoolStructure:
            m_pages->addWidget(new StructurePage(m_session, m_pages));
            break;
        case NavigationTable::Section::Diary:
            m_pages->addWidget(new DiaryPage(m_session, m_pages));
            break;
        case NavigationTable::Section::Users:
            m_pages->addWidget(new UsersPage(m_session, m_pages));
            break;
        default:
            m_pages->addWidget(new PlaceholderPage(title, m_pages));
            break;
        }
    }
    // A wide page (the users' toolbar) squeezed the list until titles were cut off.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) +
                                  2 * m_navigation->frameWidth() + kNavigationPadding);
    m_navigation->setCurrentRow(currentRow);
    m_userLabel->setText(user.fullName.isEmpty() ? user.login : user.fullName);
    m_shownLogin = user.login;
    m_shownRoles = user.roles;
    setWindowTitle(tr("ejournal — %1").arg(m_userLabel->text()));
    updateConnectionStatus();
    m_navigation->setFocus();
}

QStringList MainWindow::sectionTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_navigation->count(); ++row)
        titles.append(m_navigation->item(row)->text());
    return titles;
}

bool MainWindow::selectSection(NavigationTable::Section section)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kSectionRole).toInt() == int(section)) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::userText() const
{
    return m_userLabel->text();
}

void MainWindow::updateConnectionStatus()
{
    const QString server = m_session->endpoint().hostAndPort();
    QString text;
    QString style;
    switch (m_session->linkStatus()) {
    case DesktopSession::LinkStatus::Secure:
        text = tr("Connected to %1 (TLS)").arg(server);
        break;
    case DesktopSession::LinkStatus::Plain:
        text = tr("Not secure: no TLS (%1)").arg(server);
        style = QStringLiteral("QLabel { color: #b00000; }");
        break;
    case DesktopSession::LinkStatus::Reconnecting:
        text = tr("No connection, reconnecting…");
        style = QStringLiteral("QLabel { color: #b00000; }");
        break;
    case DesktopSession::LinkStatus::Connecting:
        text = tr("Connecting to %1…").arg(server);
        break;
    case DesktopSession::LinkStatus::Offline:
        text = tr("Not connected");
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(style);
}

void MainWindow::onCertificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                                         bool changed)
{
    if (m_session->phase() != DesktopSession::Phase::Reconnecting || !isVisible())
        return;
    auto* dialog = new TrustCertificateDialog(fingerprint, hostAndPort, changed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            m_session->trustPendingCertificate();
        else
            m_session->rejectPendingCertificate();
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window ends the program, as File → Exit does.
    event->accept();
    Q_EMIT quitRequested();
}
