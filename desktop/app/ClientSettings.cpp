#include "app/ClientSettings.h"

#include <QSettings>

#include <array>

namespace {
struct Entry
{
    ClientSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<Entry, 4>& entries()
{
    static const std::array<Entry, 4> table{{
        {ClientSettings::Key::ServerAddress, "login/server", QStringLiteral("localhost:7443")},
        {ClientSettings::Key::Login, "login/login", QString()},
        {ClientSettings::Key::PlainConnection, "login/plain", false},
        {ClientSettings::Key::AdvancedShown, "login/advanced_shown", false},
    }};
    return table;
}

const Entry& entry(ClientSettings::Key key)
{
    for (const Entry& candidate : entries()) {
        if (candidate.key == key)
            return candidate;
    }
    Q_UNREACHABLE();
}
} // namespace

QVariant ClientSettings::value(Key key) const
{
    const Entry& e = entry(key);
    return QSettings().value(QLatin1String(e.name), e.defaultValue);
}

void ClientSettings::setValue(Key key, const QVariant& value)
{
    QSettings settings;
    settings.setValue(QLatin1String(entry(key).name), value);
    settings.sync();
}
