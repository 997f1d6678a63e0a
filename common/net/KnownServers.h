#pragma once

#include <QByteArray>
#include <QString>

// Certificate pins per server address (trust on first use), kept in QSettings so the
// desktop client and the cli share them.
class KnownServers
{
public:
    QByteArray pinnedFingerprint(const QString& hostAndPort) const;
    void pin(const QString& hostAndPort, const QByteArray& fingerprint);
    void forget(const QString& hostAndPort);
};
