#include "app/AppController.h"

#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "session/DesktopSession.h"

AppController::AppController(const StartupOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_session(new DesktopSession(this))
{
    m_session->setTrustOnFirstUse(options.trustOnFirstUse);
    connect(m_session, &DesktopSession::sessionLost, this, &AppController::showLogin);
}

AppController::~AppController()
{
    delete m_loginDialog;
}

LoginDialog* AppController::loginDialog() const
{
    return m_loginDialog;
}

void AppController::start()
{
    showLogin({});
}

void AppController::showLogin(const QString& message)
{
    if (m_mainWindow)
        m_mainWindow->hide();
    if (m_loginDialog)
        m_loginDialog->deleteLater();
    m_loginDialog = new LoginDialog(m_session);
    m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_options.server.isEmpty())
        m_loginDialog->setServerAddress(m_options.server);
    if (m_options.plain)
        m_loginDialog->setPlainConnection(true);
    if (!m_options.login.isEmpty())
        m_loginDialog->setLogin(m_options.login);
    m_loginDialog->showMessage(message);
    connect(m_loginDialog, &QDialog::accepted, this, &AppController::onSignedIn);
    connect(m_loginDialog, &QDialog::rejected, this, &AppController::onLoginRejected);
    m_loginDialog->show();
}

void AppController::onSignedIn()
{
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>(m_session);
        connect(m_mainWindow.get(), &MainWindow::switchUserRequested, this,
                &AppController::switchUser);
        connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &AppController::quit);
    } else {
        m_mainWindow->showUser();
        m_mainWindow->resetLock();
    }
    m_mainWindow->show();
    m_mainWindow->activateWindow();
}

void AppController::onLoginRejected()
{
    quit();
}

void AppController::switchUser()
{
    m_session->signOut();
    showLogin({});
}

void AppController::quit()
{
    if (m_session->phase() != DesktopSession::Phase::SignedOut)
        m_session->signOut();
    Q_EMIT finished();
}
