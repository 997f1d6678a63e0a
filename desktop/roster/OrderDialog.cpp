#include "roster/OrderDialog.h"

#include "domain/SchoolTypes.h"
#include "session/DesktopSession.h"
#include "widgets/FormErrorLabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

OrderDialog::OrderDialog(DesktopSession* session, const char* op, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_op(op)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new FormErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderDialog::reject);
}

QDate OrderDialog::unsetDate()
{
    return QDate(1900, 1, 1);
}

QDateEdit* OrderDialog::createDateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(unsetDate());
    edit->setSpecialValueText(tr("not set"));
    edit->setDate(date.isValid() ? date : unsetDate());
    return edit;
}

bool OrderDialog::isSet(const QDateEdit* edit)
{
    return edit->date() != unsetDate();
}

void OrderDialog::addOrderRows(const QDate& defaultDate)
{
    m_date = createDateEdit(defaultDate, this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_form->addRow(tr("&Date:"), m_date);
    m_orderNo = new QLineEdit(this);
    m_orderNo->setObjectName(QStringLiteral("orderNoEdit"));
    m_orderNo->setPlaceholderText(tr("required"));
    m_form->addRow(tr("&Order no.:"), m_orderNo);
    m_orderDate = createDateEdit({}, this);
    m_orderDate->setObjectName(QStringLiteral("orderDateEdit"));
    m_form->addRow(tr("Order d&ate:"), m_orderDate);
}

QString OrderDialog::errorText() const
{
    return m_error->message();
}

void OrderDialog::showError(const QString& message)
{
    m_error->setMessage(message);
}

void OrderDialog::accept()
{
    QCborMap args;
    QString problem = collect(&args);
    if (problem.isEmpty() && !isSet(m_date)) {
        problem = tr("Enter the date of the change.");
        m_date->setFocus();
    }
    if (problem.isEmpty() && m_orderNo->text().trimmed().isEmpty()) {
        problem = tr("Enter the number of the director's order (R22).");
        m_orderNo->setFocus();
    }
    if (problem.isEmpty() && !isSet(m_orderDate)) {
        problem = tr("Enter the date of the director's order (R22).");
        m_orderDate->setFocus();
    }
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    args.insert(QStringLiteral("date"), WireDate::toCbor(m_date->date()));
    args.insert(QStringLiteral("order_no"), m_orderNo->text().trimmed());
    args.insert(QStringLiteral("order_date"), WireDate::toCbor(m_orderDate->date()));
    showError({});
    setBusy(true);
    ++m_requestsSent;
    QPointer<OrderDialog> self(this);
    m_session->send(QString::fromLatin1(m_op), args, [self](const Reply& reply) {
        if (self)
            self->onReply(reply);
    });
}

void OrderDialog::onReply(const Reply& reply)
{
    setBusy(false);
    if (!reply.ok) {
        showError(reply.error.rule.isEmpty()
                      ? reply.error.message
                      : QStringLiteral("%1 (%2)").arg(reply.error.message, reply.error.rule));
        return;
    }
    m_result = reply.result.toMap();
    Q_EMIT succeeded(m_result);
    QDialog::accept();
}

void OrderDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}
