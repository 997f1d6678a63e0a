#include "net/KnownServers.h"

#include <QSettings>

namespace {
QString settingsKey(const QString& hostAndPort)
{
    // QSettings treats '/' as a group separator and ':' badly in INI keys.
    QString key = hostAndPort;
    key.replace(QLatin1Char(':'), QLatin1Char('_')).replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("known_servers/") + key;
}
} // namespace

QByteArray KnownServers::pinnedFingerprint(const QString& hostAndPort) const
{
    return QSettings().value(settingsKey(hostAndPort)).toByteArray();
}

void KnownServers::pin(const QString& hostAndPort, const QByteArray& fingerprint)
{
    QSettings settings;
    settings.setValue(settingsKey(hostAndPort), fingerprint);
    settings.sync();
}

void KnownServers::forget(const QString& hostAndPort)
{
    QSettings().remove(settingsKey(hostAndPort));
}
