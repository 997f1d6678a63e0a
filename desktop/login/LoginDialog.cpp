#include "login/LoginDialog.h"

#include "app/ClientSettings.h"
#include "login/ChangePasswordDialog.h"
#include "login/TrustCertificateDialog.h"
#include "net/KnownServers.h"
#include "session/DesktopSession.h"
#include "session/ServerAddress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString kErrorStyle = QStringLiteral("QLabel { color: #b00000; }");
}

LoginDialog::LoginDialog(DesktopSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("ejournal: sign in"));
    auto* layout = new QVBoxLayout(this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto* form = new QFormLayout;
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(tr("host:port"));
    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(tr("&Login:"), m_loginEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    layout->addLayout(form);

    m_advancedButton = new QToolButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setAutoRaise(true);
    layout->addWidget(m_advancedButton);

    m_advancedPanel = new QWidget(this);
    m_advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    auto* advancedLayout = new QVBoxLayout(m_advancedPanel);
    advancedLayout->setContentsMargins(16, 0, 0, 0);
    m_plainCheck = new QCheckBox(tr("P&lain connection (no TLS)"), m_advancedPanel);
    m_plainCheck->setObjectName(QStringLiteral("plainCheck"));
    advancedLayout->addWidget(m_plainCheck);
    m_plainWarning = new QLabel(tr("Without TLS passwords and marks travel unencrypted. Use it "
                                   "only for tests on this computer."),
                                m_advancedPanel);
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setStyleSheet(kErrorStyle);
    advancedLayout->addWidget(m_plainWarning);
    m_forgetButton = new QPushButton(tr("&Forget saved certificate…"), m_advancedPanel);
    m_forgetButton->setObjectName(QStringLiteral("forgetCertificateButton"));
    m_forgetButton->setAutoDefault(false);
    advancedLayout->addWidget(m_forgetButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedPanel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(kErrorStyle);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_progressLabel = new QLabel(tr("Connecting…"), this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->hide();
    layout->addWidget(m_progressLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_advancedButton, &QToolButton::toggled, this, &LoginDialog::setAdvancedShown);
    connect(m_plainCheck, &QCheckBox::toggled, this, &LoginDialog::updatePlainWarning);
    connect(m_forgetButton, &QPushButton::clicked, this, &LoginDialog::forgetCertificate);
    connect(m_session, &DesktopSession::certificateNotTrusted, this,
            &LoginDialog::onCertificateNotTrusted);
    connect(m_session, &DesktopSession::signInFailed, this, &LoginDialog::onSignInFailed);
    connect(m_session, &DesktopSession::passwordChangeRequired, this,
            &LoginDialog::onPasswordChangeRequired);
    connect(m_session, &DesktopSession::signedIn, this, &LoginDialog::onSignedIn);

    const ClientSettings settings;
    m_serverEdit->setText(settings.serverAddress());
    m_loginEdit->setText(settings.login());
    m_plainCheck->setChecked(settings.plainConnection());
    const bool advanced =
        settings.value(ClientSettings::Key::AdvancedShown).toBool() || m_plainCheck->isChecked();
    m_advancedButton->setChecked(advanced);
    setAdvancedShown(advanced);
    updatePlainWarning();
    if (m_loginEdit->text().isEmpty())
        m_loginEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void LoginDialog::setServerAddress(const QString& address)
{
    m_serverEdit->setText(address);
}

void LoginDialog::setLogin(const QString& login)
{
    m_loginEdit->setText(login);
    m_passwordEdit->setFocus();
}

void LoginDialog::setPlainConnection(bool plain)
{
    m_plainCheck->setChecked(plain);
    if (plain)
        m_advancedButton->setChecked(true);
}

void LoginDialog::showMessage(const QString& message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const auto endpoint = ServerAddress::parse(m_serverEdit->text(), m_plainCheck->isChecked());
    if (!endpoint) {
        showError(tr("Enter the server address as host:port, for example localhost:7443."));
        m_serverEdit->setFocus();
        return;
    }
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Enter your login."));
        m_loginEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_passwordEdit->setFocus();
        return;
    }
    ClientSettings settings;
    settings.setServerAddress(m_serverEdit->text().trimmed());
    settings.setLogin(login);
    settings.setPlainConnection(m_plainCheck->isChecked());

    showError({});
    showMessage({});
    setBusy(true);
    m_session->signIn(*endpoint, login, m_passwordEdit->text());
}

void LoginDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_serverEdit, m_loginEdit, m_passwordEdit, m_advancedPanel, m_signInButton})
        widget->setEnabled(!busy);
    m_progressLabel->setVisible(busy);
}

void LoginDialog::setAdvancedShown(bool shown)
{
    m_advancedPanel->setVisible(shown);
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    ClientSettings().setValue(ClientSettings::Key::AdvancedShown, shown);
}

void LoginDialog::updatePlainWarning()
{
    m_plainWarning->setVisible(m_plainCheck->isChecked());
}

void LoginDialog::onCertificateNotTrusted(const QByteArray& fingerprint, const QString& hostAndPort,
                                          bool changed)
{
    if (!m_busy)
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

void LoginDialog::onSignInFailed(const QString& message)
{
    if (!m_busy)
        return;
    setBusy(false);
    showError(message.isEmpty() ? tr("Could not sign in.") : message);
    m_passwordEdit->selectAll();
    m_passwordEdit->setFocus();
}

void LoginDialog::onPasswordChangeRequired()
{
    if (!m_busy)
        return;
    auto* dialog = new ChangePasswordDialog(m_session, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, m_session, &DesktopSession::cancelPasswordChange);
    dialog->open();
}

void LoginDialog::onSignedIn()
{
    if (!m_busy)
        return;
    setBusy(false);
    m_passwordEdit->clear();
    accept();
}

void LoginDialog::forgetCertificate()
{
    const auto endpoint = ServerAddress::parse(m_serverEdit->text(), false);
    if (!endpoint) {
        showError(tr("Enter the server address as host:port, for example localhost:7443."));
        return;
    }
    const QString hostAndPort = endpoint->hostAndPort();
    if (KnownServers().pinnedFingerprint(hostAndPort).isEmpty()) {
        showError({});
        showMessage(tr("No certificate is saved for %1.").arg(hostAndPort));
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Forget saved certificate"),
                                tr("Forget the saved certificate of %1? On the next connection "
                                   "you will be asked to check the server's fingerprint again. "
                                   "Do this only if the administrator told you the certificate "
                                   "was replaced.")
                                    .arg(hostAndPort),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetConfirmation"));
    auto* forget = box->addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(tr("Cancel"), QMessageBox::RejectRole));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, forget, hostAndPort] {
        if (box->clickedButton() != forget)
            return;
        KnownServers().forget(hostAndPort);
        showError({});
        showMessage(tr("The saved certificate of %1 was forgotten.").arg(hostAndPort));
    });
    box->open();
}

void LoginDialog::reject()
{
    if (m_busy) {
        // Cancel stops a sign-in in progress first; a second Cancel closes the window.
        m_session->cancelSignIn();
        setBusy(false);
        return;
    }
    QDialog::reject();
}
