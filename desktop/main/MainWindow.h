#pragma once

#include "main/NavigationTable.h"

#include <QMainWindow>

class DesktopSession;
class ProfilePage;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window after sign-in: sections on the left chosen by the user's roles, the section's
// page on the right, connection state and user in the status bar.
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

Q_SIGNALS:
    void switchUserRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateConnectionStatus();
    void onCertificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                                 bool changed);

    DesktopSession* m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ProfilePage* m_profilePage = nullptr;
    QLabel* m_connectionLabel;
    QLabel* m_userLabel;
};
