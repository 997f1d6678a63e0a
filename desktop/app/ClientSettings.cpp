#include "app/ClientSettings.h"

#include <QSettings>

#include <algorithm>
#include <array>

namespace {
struct Entry
{
    ClientSettings::Key key;
    const char* name;
    QVariant defaultValue;
};

// R20: the teacher's journal locks itself after this many minutes without input.
constexpr int kDefaultAutoLockMinutes = 10;

const std::array<Entry, 5>& entries()
{
    static const std::array<Entry, 5> table{{
        {ClientSettings::Key::ServerAddress, "login/server", QStringLiteral("localhost:7443")},
        {ClientSettings::Key::Login, "login/login", QString()},
        {ClientSettings::Key::PlainConnection, "login/plain", false},
        {ClientSettings::Key::AdvancedShown, "login/advanced_shown", false},
        {ClientSettings::Key::AutoLockMinutes, "security/auto_lock_minutes",
         kDefaultAutoLockMinutes},
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

std::chrono::milliseconds ClientSettings::autoLockInterval() const
{
    bool ok = false;
    int minutes = value(Key::AutoLockMinutes).toInt(&ok);
    if (!ok)
        minutes = kDefaultAutoLockMinutes;
    // A journal that never locks would break R20; a minute is the shortest sensible wait.
    return std::chrono::minutes(std::max(1, minutes));
}
