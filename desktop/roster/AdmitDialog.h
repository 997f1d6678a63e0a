#pragma once

#include "domain/SchoolTypes.h"
#include "roster/OrderDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

// Admits a new student into a class (student.admit): the person, the personal file number
// and the order.
class AdmitDialog : public OrderDialog
{
    Q_OBJECT
public:
    AdmitDialog(DesktopSession* session, const ClassGroup& group, const QDate& date,
                QWidget* parent = nullptr);

protected:
    QString collect(QCborMap* args) override;

private:
    qint64 m_classId;
    QLineEdit* m_lastName;
    QLineEdit* m_firstName;
    QLineEdit* m_middleName;
    QDateEdit* m_birthDate;
    QComboBox* m_sex;
    QLineEdit* m_fileNo;
};
