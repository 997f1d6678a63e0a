#pragma once

#include "app/StartupOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class DesktopSession;
class LoginDialog;
class MainWindow;

// Drives the top-level windows: the sign-in dialog first, the main window once signed in,
// and back to the sign-in dialog on "switch user" or when the session is lost.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const StartupOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    DesktopSession* session() const { return m_session; }
    LoginDialog* loginDialog() const;
    MainWindow* mainWindow() const { return m_mainWindow.get(); }

Q_SIGNALS:
    // The user closed the sign-in dialog or chose Exit.
    void finished();

private:
    void showLogin(const QString& message);
    void onSignedIn();
    void onLoginRejected();
    void switchUser();
    void quit();

    StartupOptions m_options;
    DesktopSession* m_session;
    QPointer<LoginDialog> m_loginDialog;
    std::unique_ptr<MainWindow> m_mainWindow;
};
