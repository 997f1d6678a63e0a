#pragma once

#include <QCborMap>
#include <QWizardPage>

class QCheckBox;
class QDateEdit;
class QLineEdit;

// The import wizard's order page (R22): the director's order and the admission date, and
// whether to import only the rows without errors. Next stays disabled until all is given.
class ImportOrderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOrderPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // order_no, order_date, date, valid_only.
    QCborMap orderArgs() const;

private:
    QLineEdit* m_orderNo;
    QDateEdit* m_orderDate;
    QDateEdit* m_date;
    QCheckBox* m_validOnly;
};
