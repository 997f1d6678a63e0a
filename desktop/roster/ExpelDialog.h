#pragma once

#include "domain/SchoolTypes.h"
#include "roster/OrderDialog.h"

// Records that a student leaves the school (student.expel) by an order.
class ExpelDialog : public OrderDialog
{
    Q_OBJECT
public:
    ExpelDialog(DesktopSession* session, const RosterStudent& student, const QDate& date,
                QWidget* parent = nullptr);

protected:
    QString collect(QCborMap* args) override;

private:
    qint64 m_studentId;
};
