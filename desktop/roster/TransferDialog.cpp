#include "roster/TransferDialog.h"

#include "protocol/OpNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

TransferDialog::TransferDialog(DesktopSession* session, const RosterStudent& student,
                               const QList<ClassGroup>& classes, const QDate& date, QWidget* parent)
    : OrderDialog(session, Op::StudentTransfer, parent)
    , m_studentId(student.id)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(student.person.fullName()));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classCombo"));
    m_class->addItem(QString(), 0);
    for (const ClassGroup& group : classes) {
        if (group.id != student.classId)
            m_class->addItem(group.title(), group.id);
    }
    form()->addRow(tr("Student:"), new QLabel(student.person.fullName(), this));
    form()->addRow(tr("To &class:"), m_class);
    addOrderRows(date);
}

QString TransferDialog::collect(QCborMap* args)
{
    const qint64 classId = m_class->currentData().toLongLong();
    if (classId == 0) {
        m_class->setFocus();
        return tr("Choose the class.");
    }
    args->insert(QStringLiteral("student_id"), m_studentId);
    args->insert(QStringLiteral("class_id"), classId);
    return {};
}
