#include "journal/PeriodUnlockDialog.h"

#include "domain/SchoolTypes.h"
#include "protocol/OpNames.h"
#include "session/DesktopSession.h"
#include "widgets/FormErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kDefaultDays = 7; // a week's deferral unless the deputy picks another date
}

PeriodUnlockDialog::PeriodUnlockDialog(DesktopSession* session, qint64 assignmentId,
                                       const QString& journalTitle,
                                       const QList<QPair<qint64, QString>>& periods,
                                       qint64 selectedPeriod, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_assignmentId(assignmentId)
    , m_periodBox(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_error(new FormErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("periodUnlockDialog"));
    setWindowTitle(tr("Unlock period marks"));
    m_periodBox->setObjectName(QStringLiteral("periodBox"));
    for (const auto& [id, title] : periods) {
        m_periodBox->addItem(title, id);
        if (id == selectedPeriod)
            m_periodBox->setCurrentIndex(m_periodBox->count() - 1);
    }
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_until->setMinimumDate(today);
    m_until->setDate(today.addDays(kDefaultDays));

    auto* explanation =
        new QLabel(tr("After the deadline only the deputy director sets period marks (R13). "
                      "Once unlocked, the teacher of «%1» may set them until the date below.")
                       .arg(journalTitle),
                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_periodBox);
    form->addRow(tr("Unti&l:"), m_until);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodUnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PeriodUnlockDialog::reject);
    m_periodBox->setFocus();
}

QString PeriodUnlockDialog::errorText() const
{
    return m_error->message();
}

void PeriodUnlockDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

void PeriodUnlockDialog::accept()
{
    if (m_periodBox->currentIndex() < 0) {
        showError(tr("Choose the period."));
        return;
    }
    showError({});
    setBusy(true);
    const QString periodTitle = m_periodBox->currentText();
    const QDate until = m_until->date();
    QPointer<PeriodUnlockDialog> self(this);
    m_session->send(QString::fromLatin1(Op::PeriodUnlock),
                    {{QStringLiteral("assignment_id"), m_assignmentId},
                     {QStringLiteral("period_id"), m_periodBox->currentData().toLongLong()},
                     {QStringLiteral("until"), WireDate::toCbor(until)}},
                    [self, periodTitle, until](const Reply& reply) {
                        if (self)
                            self->onReply(reply, periodTitle, until);
                    });
}

void PeriodUnlockDialog::reject()
{
    if (!m_buttons->isEnabled())
        return; // the request is out: its answer closes the dialog or shows the refusal
    QDialog::reject();
}

void PeriodUnlockDialog::setBusy(bool busy)
{
    m_periodBox->setEnabled(!busy);
    m_until->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void PeriodUnlockDialog::onReply(const Reply& reply, const QString& periodTitle, const QDate& until)
{
    setBusy(false);
    if (!reply.ok) {
        showError(reply.error.message);
        return;
    }
    Q_EMIT unlocked(periodTitle, until);
    QDialog::accept();
}
