#include "roster/ImportOrderPage.h"

#include "domain/SchoolTypes.h"
#include "roster/ImportPreviewPage.h"
#include "roster/ImportWizard.h"
#include "roster/OrderDialog.h"

#include <QCborArray>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

ImportOrderPage::ImportOrderPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("The order"));
    setSubTitle(tr("Students are admitted by the director's order (R22)."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* form = new QFormLayout(this);
    m_orderNo = new QLineEdit(this);
    m_orderNo->setObjectName(QStringLiteral("orderNoEdit"));
    m_orderNo->setPlaceholderText(tr("required"));
    m_orderDate = OrderDialog::createDateEdit({}, this);
    m_orderDate->setObjectName(QStringLiteral("orderDateEdit"));
    m_date = OrderDialog::createDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_validOnly = new QCheckBox(tr("Import only the &rows without errors"), this);
    m_validOnly->setObjectName(QStringLiteral("validOnlyCheck"));
    form->addRow(tr("&Order no.:"), m_orderNo);
    form->addRow(tr("Order d&ate:"), m_orderDate);
    form->addRow(tr("A&dmission date:"), m_date);
    form->addRow(m_validOnly);
    connect(m_orderNo, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_orderDate, &QDateEdit::dateChanged, this, &QWizardPage::completeChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &QWizardPage::completeChanged);
}

void ImportOrderPage::initializePage()
{
    const auto* preview = static_cast<ImportWizard*>(wizard())->previewPage();
    const QCborArray issues = preview->report().value(QStringLiteral("issues")).toArray();
    m_validOnly->setEnabled(!issues.isEmpty());
    if (issues.isEmpty())
        m_validOnly->setChecked(false);
}

bool ImportOrderPage::isComplete() const
{
    return !m_orderNo->text().trimmed().isEmpty() && OrderDialog::isSet(m_orderDate) &&
           OrderDialog::isSet(m_date);
}

QCborMap ImportOrderPage::orderArgs() const
{
    return {{QStringLiteral("order_no"), m_orderNo->text().trimmed()},
            {QStringLiteral("order_date"), WireDate::toCbor(m_orderDate->date())},
            {QStringLiteral("date"), WireDate::toCbor(m_date->date())},
            {QStringLiteral("valid_only"), m_validOnly->isChecked()}};
}
