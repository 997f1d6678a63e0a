#include "lock/LockScreen.h"

#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kFieldWidthChars = 30;
}

LockScreen::LockScreen(DesktopSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    auto* title = new QLabel(tr("The journal is locked"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    column->addWidget(title, 0, Qt::AlignHCenter);
    auto* note = new QLabel(
        tr("It locked itself after a time without work. Enter the password to continue."), this);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignHCenter);
    column->addWidget(note);

    auto* form = new QFormLayout;
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("lockUserLabel"));
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(m_password->fontMetrics().averageCharWidth() * kFieldWidthChars);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    column->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a80000; }"));
    m_message->hide();
    column->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_switchUser = new QPushButton(tr("&Switch user"), this);
    m_switchUser->setObjectName(QStringLiteral("lockSwitchUserButton"));
    m_switchUser->setAutoDefault(false);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    buttons->addWidget(m_switchUser);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    column->addLayout(buttons);

    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(column);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    setFocusProxy(m_password);
}

void LockScreen::reset()
{
    ++m_generation;
    setBusy(false);
    const SessionUser& user = m_session->user();
    m_user->setText(user.fullName.isEmpty() ? user.login : user.fullName);
    m_password->clear();
    showMessage({});
}

QString LockScreen::userText() const
{
    return m_user->text();
}

QString LockScreen::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LockScreen::tryUnlock()
{
    if (m_busy)
        return;
    const QString password = m_password->text();
    if (password.isEmpty()) {
        showMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    setBusy(true);
    showMessage({});
    const quint64 generation = m_generation;
    QPointer<LockScreen> self(this);
    m_session->send(QString::fromLatin1(Op::AuthUnlock), {{QStringLiteral("password"), password}},
                    [self, generation](const Reply& reply) {
                        if (!self || generation != self->m_generation)
                            return;
                        self->setBusy(false);
                        self->m_password->clear();
                        if (reply.ok) {
                            Q_EMIT self->unlocked();
                            return;
                        }
                        // The server's words (wrong password, locked out, no connection).
                        self->showMessage(reply.error.message);
                        self->m_password->setFocus();
                    });
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_unlock->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LockScreen::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}
