#pragma once

#include <QDialog>

class DesktopSession;
class QLabel;
class QLineEdit;
class QPushButton;

// Changes the signed-in user's password (auth.change_password): old, new and repeated new,
// checked here for comfort before the server decides.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinPasswordLength = 8;

    // `required`: the server demands a new password before anything else.
    ChangePasswordDialog(DesktopSession* session, bool required, QWidget* parent = nullptr);

    // Empty when acceptable, else why not (translated).
    static QString validate(const QString& oldPassword, const QString& newPassword,
                            const QString& repeated);

private:
    void submit();
    void showError(const QString& message);
    void setBusy(bool busy);

    DesktopSession* m_session;
    QLineEdit* m_oldEdit;
    QLineEdit* m_newEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_errorLabel;
    QPushButton* m_okButton;
};
