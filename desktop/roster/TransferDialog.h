#pragma once

#include "domain/SchoolTypes.h"
#include "roster/OrderDialog.h"

class QComboBox;

// Moves a student to another class of the year (student.transfer) by an order.
class TransferDialog : public OrderDialog
{
    Q_OBJECT
public:
    TransferDialog(DesktopSession* session, const RosterStudent& student,
                   const QList<ClassGroup>& classes, const QDate& date, QWidget* parent = nullptr);

protected:
    QString collect(QCborMap* args) override;

private:
    qint64 m_studentId;
    QComboBox* m_class;
};
