#pragma once

#include "print/CredentialSlips.h"

#include <QObject>

class DesktopSession;

// The initial passwords generated during this session (user.create, user.reset_password),
// kept in memory only, for printing credential slips; attached to the session so they
// survive the pages being rebuilt, and gone when the program ends.
class IssuedCredentials : public QObject
{
    Q_OBJECT
public:
    // The session's collection, created on first use.
    static IssuedCredentials* of(DesktopSession* session);

    void add(const CredentialSlip& slip);
    QList<CredentialSlip> all() const { return m_slips; }
    // Slips of one class; all slips for an empty title.
    QList<CredentialSlip> forClass(const QString& classTitle) const;
    QStringList classTitles() const;

Q_SIGNALS:
    void changed();

private:
    explicit IssuedCredentials(QObject* parent);

    QList<CredentialSlip> m_slips;
};
