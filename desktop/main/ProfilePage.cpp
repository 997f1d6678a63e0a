#include "main/ProfilePage.h"

#include "login/ChangePasswordDialog.h"
#include "main/RoleNames.h"
#include "session/DesktopSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ProfilePage::ProfilePage(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Profile")), this));
    auto* form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("fullNameLabel"));
    m_loginLabel = new QLabel(this);
    m_loginLabel->setObjectName(QStringLiteral("loginLabel"));
    m_rolesLabel = new QLabel(this);
    m_rolesLabel->setObjectName(QStringLiteral("rolesLabel"));
    m_rolesLabel->setWordWrap(true);
    for (QLabel* label : {m_nameLabel, m_loginLabel, m_rolesLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Full name:"), m_nameLabel);
    form->addRow(tr("Login:"), m_loginLabel);
    form->addRow(tr("Roles:"), m_rolesLabel);
    layout->addLayout(form);

    auto* changeButton = new QPushButton(tr("&Change password…"), this);
    changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    connect(changeButton, &QPushButton::clicked, this, &ProfilePage::changePassword);
    layout->addWidget(changeButton, 0, Qt::AlignLeft);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    refresh();
}

void ProfilePage::refresh()
{
    const SessionUser& user = m_session->user();
    m_nameLabel->setText(user.fullName);
    m_loginLabel->setText(user.login);
    m_rolesLabel->setText(RoleNames::list(user.roles));
    m_statusLabel->clear();
}

void ProfilePage::changePassword()
{
    m_statusLabel->clear();
    auto* dialog = new ChangePasswordDialog(m_session, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_statusLabel->setText(tr("The password has been changed.")); });
    dialog->open();
}
