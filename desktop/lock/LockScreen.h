#pragma once

#include <QWidget>

class DesktopSession;
class QLabel;
class QLineEdit;
class QPushButton;

// What the main window shows instead of the journal once it has locked itself (R20): whose
// session it is, and a password field; the server checks the password (auth.unlock).
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(DesktopSession* session, QWidget* parent = nullptr);

    // Clears the field and any message and names the signed-in user.
    void reset();
    QString userText() const;
    QString messageText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void tryUnlock();

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

private:
    void setBusy(bool busy);
    void showMessage(const QString& message);

    DesktopSession* m_session;
    QLabel* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_unlock;
    QPushButton* m_switchUser;
    bool m_busy = false;
    // Bumped by reset(), so an answer to a request from before is dropped.
    quint64 m_generation = 0;
};
