#pragma once

#include <QWidget>

class DesktopSession;
class QLabel;

// The signed-in user's own page: name, login, roles, and changing the password.
class ProfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePage(DesktopSession* session, QWidget* parent = nullptr);

    // Reads the user from the session again (after sign-in or resume).
    void refresh();

private:
    void changePassword();

    DesktopSession* m_session;
    QLabel* m_nameLabel;
    QLabel* m_loginLabel;
    QLabel* m_rolesLabel;
    QLabel* m_statusLabel;
};
