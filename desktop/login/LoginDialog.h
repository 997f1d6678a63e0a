#pragma once

#include <QByteArray>
#include <QDialog>

class DesktopSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

// The sign-in window: server address, login and password, plain connection and the saved
// certificate under "Advanced"; drives DesktopSession's sign-in and shows its errors in place.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(DesktopSession* session, QWidget* parent = nullptr);

    // Command-line overrides of the remembered values.
    void setServerAddress(const QString& address);
    void setLogin(const QString& login);
    void setPlainConnection(bool plain);
    // Shown on top, e.g. why the user has to sign in again.
    void showMessage(const QString& message);

    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // While signing in, Cancel (Escape) stops the attempt; otherwise it closes the window.
    void reject() override;

private:
    void submit();
    void showError(const QString& message);
    void setBusy(bool busy);
    void setAdvancedShown(bool shown);
    void onCertificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                                 bool changed);
    void onSignInFailed(const QString& message);
    void onPasswordChangeRequired();
    void onSignedIn();
    void forgetCertificate();
    void updatePlainWarning();

    DesktopSession* m_session;
    bool m_busy = false;
    QLineEdit* m_serverEdit;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QToolButton* m_advancedButton;
    QWidget* m_advancedPanel;
    QCheckBox* m_plainCheck;
    QLabel* m_plainWarning;
    QPushButton* m_forgetButton;
    QLabel* m_messageLabel;
    QLabel* m_errorLabel;
    QLabel* m_progressLabel;
    QPushButton* m_signInButton;
};
