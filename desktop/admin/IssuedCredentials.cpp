#include "admin/IssuedCredentials.h"

#include "session/DesktopSession.h"

IssuedCredentials::IssuedCredentials(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("issuedCredentials"));
}

IssuedCredentials* IssuedCredentials::of(DesktopSession* session)
{
    auto* existing = session->findChild<IssuedCredentials*>(QStringLiteral("issuedCredentials"),
                                                            Qt::FindDirectChildrenOnly);
    return existing ? existing : new IssuedCredentials(session);
}

void IssuedCredentials::add(const CredentialSlip& slip)
{
    // A newer password for the same login replaces the older slip.
    for (CredentialSlip& existing : m_slips) {
        if (existing.login == slip.login) {
            existing = slip;
            Q_EMIT changed();
            return;
        }
    }
    m_slips.append(slip);
    Q_EMIT changed();
}

QList<CredentialSlip> IssuedCredentials::forClass(const QString& classTitle) const
{
    if (classTitle.isEmpty())
        return m_slips;
    QList<CredentialSlip> slips;
    for (const CredentialSlip& slip : m_slips) {
        if (slip.classTitle == classTitle)
            slips.append(slip);
    }
    return slips;
}

QStringList IssuedCredentials::classTitles() const
{
    QStringList titles;
    for (const CredentialSlip& slip : m_slips) {
        if (!slip.classTitle.isEmpty() && !titles.contains(slip.classTitle))
            titles.append(slip.classTitle);
    }
    titles.sort();
    return titles;
}
