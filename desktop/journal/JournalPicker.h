#pragma once

#include "domain/SchoolTypes.h"

#include <QComboBox>

class DesktopSession;

// The journals the user may open, from assignment.list: the user's own journals first, then
// those of the classes they lead, then (for the administration) every other, by class.
class JournalPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit JournalPicker(DesktopSession* session, QWidget* parent = nullptr);

    void reload();
    qint64 currentAssignmentId() const;
    bool selectAssignment(qint64 assignmentId);
    static QString title(const Assignment& assignment);

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    DesktopSession* m_session;
};
