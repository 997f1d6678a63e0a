#include "journal/JournalPicker.h"

#include "protocol/OpNames.h"
#include "session/DesktopSession.h"

#include <QCborArray>
#include <QPointer>

JournalPicker::JournalPicker(DesktopSession* session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("journalPicker"));
    setMinimumContentsLength(30);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

QString JournalPicker::title(const Assignment& assignment)
{
    QString text = QStringLiteral("%1 — %2").arg(assignment.classTitle, assignment.subjectTitle);
    if (!assignment.subgroupTitle.isEmpty())
        text += QStringLiteral(" (%1)").arg(assignment.subgroupTitle);
    return text + QStringLiteral(", ") + assignment.teacherName;
}

void JournalPicker::reload()
{
    const qint64 selected = currentAssignmentId();
    QPointer<JournalPicker> self(this);
    m_session->send(
        QString::fromLatin1(Op::AssignmentList), {}, [self, selected](const Reply& reply) {
            if (!self)
                return;
            if (!reply.ok) {
                Q_EMIT self->failed(reply.error.message);
                return;
            }
            QList<Assignment> journals;
            for (const QCborValue& value : reply.result[QStringLiteral("assignments")].toArray())
                journals.append(Assignment::fromCbor(value.toMap()));
            const qint64 me = self->m_session->user().id;
            QList<qint64> led;
            for (const QCborValue& value :
                 self->m_session->me()[QStringLiteral("classes_led")].toArray())
                led.append(value.toMap().value(QStringLiteral("id")).toInteger());
            auto rank = [&](const Assignment& assignment) {
                return assignment.teacherId == me ? 0 : led.contains(assignment.classId) ? 1 : 2;
            };
            std::stable_sort(journals.begin(), journals.end(),
                             [&](const Assignment& a, const Assignment& b) {
                                 return std::tuple(rank(a), a.classTitle.size(), a.classTitle,
                                                   a.subjectTitle, a.subgroupTitle) <
                                        std::tuple(rank(b), b.classTitle.size(), b.classTitle,
                                                   b.subjectTitle, b.subgroupTitle);
                             });
            {
                const QSignalBlocker blocker(self.data());
                self->clear();
                for (const Assignment& assignment : std::as_const(journals))
                    self->addItem(title(assignment), assignment.id);
                if (!self->selectAssignment(selected) && self->count() > 0)
                    self->setCurrentIndex(0);
            }
            Q_EMIT self->loaded();
        });
}

qint64 JournalPicker::currentAssignmentId() const
{
    return currentData().toLongLong();
}

bool JournalPicker::selectAssignment(qint64 assignmentId)
{
    const int index = findData(assignmentId);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}
