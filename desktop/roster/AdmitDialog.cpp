#include "roster/AdmitDialog.h"

#include "protocol/OpNames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

AdmitDialog::AdmitDialog(DesktopSession* session, const ClassGroup& group, const QDate& date,
                         QWidget* parent)
    : OrderDialog(session, Op::StudentAdmit, parent)
    , m_classId(group.id)
{
    setObjectName(QStringLiteral("admitDialog"));
    setWindowTitle(tr("Admit a student to %1").arg(group.title()));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_middleName = new QLineEdit(this);
    m_middleName->setObjectName(QStringLiteral("middleNameEdit"));
    m_birthDate = createDateEdit({}, this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(QString(), QString());
    m_sex->addItem(tr("male (м)"), QStringLiteral("м"));
    m_sex->addItem(tr("female (ж)"), QStringLiteral("ж"));
    m_fileNo = new QLineEdit(this);
    m_fileNo->setObjectName(QStringLiteral("fileNoEdit"));
    form()->addRow(tr("&Surname:"), m_lastName);
    form()->addRow(tr("&Name:"), m_firstName);
    form()->addRow(tr("&Patronymic:"), m_middleName);
    form()->addRow(tr("Date of &birth:"), m_birthDate);
    form()->addRow(tr("S&ex:"), m_sex);
    form()->addRow(tr("Personal &file no.:"), m_fileNo);
    form()->addRow(new QLabel(tr("Director's order on admission:"), this));
    addOrderRows(date);
}

QString AdmitDialog::collect(QCborMap* args)
{
    const auto missing = [](QWidget* field, const QString& message) {
        field->setFocus();
        return message;
    };
    if (m_lastName->text().trimmed().isEmpty())
        return missing(m_lastName, tr("Enter the surname."));
    if (m_firstName->text().trimmed().isEmpty())
        return missing(m_firstName, tr("Enter the name."));
    if (!isSet(m_birthDate))
        return missing(m_birthDate, tr("Enter the date of birth."));
    if (m_sex->currentData().toString().isEmpty())
        return missing(m_sex, tr("Choose the sex."));
    if (m_fileNo->text().trimmed().isEmpty())
        return missing(m_fileNo, tr("Enter the personal file number."));
    PersonData person;
    person.lastName = m_lastName->text().trimmed();
    person.firstName = m_firstName->text().trimmed();
    person.middleName = m_middleName->text().trimmed();
    person.birthDate = m_birthDate->date();
    person.sex = m_sex->currentData().toString();
    args->insert(QStringLiteral("person"), person.toCbor());
    args->insert(QStringLiteral("personal_file_no"), m_fileNo->text().trimmed());
    args->insert(QStringLiteral("class_id"), m_classId);
    return {};
}
