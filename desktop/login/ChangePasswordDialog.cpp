#include "login/ChangePasswordDialog.h"

#include "session/DesktopSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(DesktopSession* session, bool required, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    if (required) {
        auto* note = new QLabel(tr("You must change your password before you continue: the "
                                   "administrator issued a temporary one."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    m_oldEdit = new QLineEdit(this);
    m_oldEdit->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_newEdit = new QLineEdit(this);
    m_newEdit->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit* edit : {m_oldEdit, m_newEdit, m_repeatEdit})
        edit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Current password:"), m_oldEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat new password:"), m_repeatEdit);
    layout->addLayout(form);

    auto* hint = new QLabel(tr("At least %n characters, different from the current password.",
                               nullptr, kMinPasswordLength),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_okButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ChangePasswordDialog::validate(const QString& oldPassword, const QString& newPassword,
                                       const QString& repeated)
{
    if (oldPassword.isEmpty())
        return tr("Enter your current password.");
    if (newPassword.size() < kMinPasswordLength)
        return tr("The new password must have at least %n characters.", nullptr,
                  kMinPasswordLength);
    if (newPassword == oldPassword)
        return tr("The new password must differ from the current one.");
    if (repeated != newPassword)
        return tr("The repeated password does not match the new one.");
    return {};
}

void ChangePasswordDialog::submit()
{
    const QString problem = validate(m_oldEdit->text(), m_newEdit->text(), m_repeatEdit->text());
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    setBusy(true);
    QPointer<ChangePasswordDialog> self(this);
    m_session->changePassword(m_oldEdit->text(), m_newEdit->text(), [self](const Reply& reply) {
        if (!self)
            return;
        self->setBusy(false);
        if (reply.ok) {
            self->accept();
            return;
        }
        self->showError(reply.error.message.isEmpty()
                            ? tr("The server refused to change the password.")
                            : reply.error.message);
    });
}

void ChangePasswordDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_okButton->setEnabled(!busy);
    for (QLineEdit* edit : {m_oldEdit, m_newEdit, m_repeatEdit})
        edit->setEnabled(!busy);
}
