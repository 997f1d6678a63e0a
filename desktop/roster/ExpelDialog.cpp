#include "roster/ExpelDialog.h"

#include "protocol/OpNames.h"

#include <QFormLayout>
#include <QLabel>

ExpelDialog::ExpelDialog(DesktopSession* session, const RosterStudent& student, const QDate& date,
                         QWidget* parent)
    : OrderDialog(session, Op::StudentExpel, parent)
    , m_studentId(student.id)
{
    setObjectName(QStringLiteral("expelDialog"));
    setWindowTitle(tr("Leaving: %1").arg(student.person.fullName()));
    form()->addRow(tr("Student:"), new QLabel(student.person.fullName(), this));
    addOrderRows(date);
}

QString ExpelDialog::collect(QCborMap* args)
{
    args->insert(QStringLiteral("student_id"), m_studentId);
    return {};
}
