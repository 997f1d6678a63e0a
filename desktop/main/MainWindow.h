#pragma once

#include "main/NavigationTable.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class DesktopSession;
class InactivityWatcher;
class LockScreen;
class ProfilePage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window after sign-in: sections on the left chosen by the user's roles, the section's
// page on the right, connection state and user in the status bar. After a time without
// input it locks: a lock screen replaces the sections until the password is entered (R20).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DesktopSession* session, QWidget* parent = nullptr);

    // Rebuilds the navigation for the session's current user.
    void showUser();
    QStringList sectionTitles() const;
    bool selectSection(NavigationTable::Section section);
    QString connectionText() const;
    QString userText() const;

    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    InactivityWatcher* inactivityWatcher() const { return m_watcher; }

public Q_SLOTS:
    // Hides the journal behind the lock screen (what the inactivity watcher does).
    void lock();
    // A fresh sign-in: whatever was locked belonged to the session before.
    void resetLock();

Q_SIGNALS:
    void switchUserRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void unlock();
    void updateConnectionStatus();
    void onCertificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                                 bool changed);

    DesktopSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    // The sections, or the lock screen in their place.
    QStackedWidget* m_shell;
    QWidget* m_content;
    LockScreen* m_lockScreen;
    InactivityWatcher* m_watcher;
    QList<QAction*> m_jumpActions;
    // Dialogs hidden by the lock, shown again when it opens; and where the focus was.
    QList<QPointer<QWidget>> m_hiddenByLock;
    QPointer<QWidget> m_focusBeforeLock;
    ProfilePage* m_profilePage = nullptr;
    QLabel* m_connectionLabel;
    QLabel* m_userLabel;
    // Whose pages are shown (a reconnect of the same user keeps them).
    QString m_shownLogin;
    RoleSet m_shownRoles;
};
