#include "journal/LateReasonBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LateReasonBar::LateReasonBar(QWidget* parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_send(new QPushButton(tr("Save with the reason"), this))
    , m_drop(new QPushButton(tr("Drop the entry"), this))
{
    setObjectName(QStringLiteral("lateReasonBar"));
    m_question->setObjectName(QStringLiteral("lateQuestion"));
    m_question->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("lateReason"));
    m_reason->setPlaceholderText(tr("Reason for the change (goes to the audit log)"));
    m_send->setObjectName(QStringLiteral("lateSendButton"));
    m_drop->setObjectName(QStringLiteral("lateDropButton"));
    setStyleSheet(
        QStringLiteral("#lateReasonBar { background: #fff4d6; border: 1px solid #e0c070; }"));
    setAttribute(Qt::WA_StyledBackground);

    auto* row = new QHBoxLayout;
    row->addWidget(m_reason, 1);
    row->addWidget(m_send);
    row->addWidget(m_drop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(row);

    connect(m_reason, &QLineEdit::returnPressed, this, [this] { answer(m_reason->text()); });
    connect(m_send, &QPushButton::clicked, this, [this] { answer(m_reason->text()); });
    connect(m_drop, &QPushButton::clicked, this, &LateReasonBar::decline);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_send->setEnabled(!text.trimmed().isEmpty()); });
    setVisible(false);
}

void LateReasonBar::ask(const QString& op, const QCborMap& args, const QString& question)
{
    m_asks.append({op, args, question});
    if (m_asks.size() == 1)
        showFirst();
}

QString LateReasonBar::question() const
{
    return m_asks.isEmpty() ? QString() : m_asks.first().question;
}

void LateReasonBar::showFirst()
{
    setVisible(!m_asks.isEmpty());
    if (m_asks.isEmpty())
        return;
    QString text = m_asks.first().question;
    if (m_asks.size() > 1)
        text += QLatin1Char('\n') +
                tr("%n more entries wait for a reason.", "", int(m_asks.size() - 1));
    m_question->setText(text);
    m_reason->clear();
    m_send->setEnabled(false);
    m_reason->setFocus();
}

void LateReasonBar::answer(const QString& reason)
{
    if (m_asks.isEmpty() || reason.trimmed().isEmpty())
        return;
    const Ask ask = m_asks.takeFirst();
    showFirst();
    Q_EMIT answered(ask.op, ask.args, reason.trimmed());
}

void LateReasonBar::decline()
{
    if (m_asks.isEmpty())
        return;
    const Ask ask = m_asks.takeFirst();
    showFirst();
    Q_EMIT declined(ask.op, ask.args);
}

void LateReasonBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        decline();
        return;
    }
    QWidget::keyPressEvent(event);
}
