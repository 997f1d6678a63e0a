#include "journal/EntryWindows.h"

#include "app/ServerSettings.h"
#include "storage/SettingsStore.h"

namespace {
constexpr int kLongestDayWindow = 60;     // days
constexpr int kLongestHomework = 24 * 60; // minutes

std::optional<int> number(const QString& value, int highest)
{
    bool ok = false;
    const int parsed = value.trimmed().toInt(&ok);
    if (!ok || parsed < 0 || parsed > highest)
        return std::nullopt;
    return parsed;
}
} // namespace

QStringList EntryWindows::keys()
{
    return {QString::fromLatin1(kEntryDays), QString::fromLatin1(kWrittenWorkDays),
            QString::fromLatin1(kHomework)};
}

std::optional<QString> EntryWindows::problem(const QString& key, const QString& value)
{
    if (key == QLatin1String(kEntryDays) || key == QLatin1String(kWrittenWorkDays)) {
        if (!number(value, kLongestDayWindow))
            return tr("A window is a whole number of days from 0 to %1 (R06).")
                .arg(kLongestDayWindow);
        return std::nullopt;
    }
    if (key == QLatin1String(kHomework)) {
        if (value != QLatin1String(kEndOfDay) && !number(value, kLongestHomework))
            return tr("The homework window is a number of minutes or end_of_day (R10).");
        return std::nullopt;
    }
    return tr("There is no school setting «%1».").arg(key);
}

Result<EntryWindows> EntryWindows::load(const QSqlDatabase& db, const ServerSettings& defaults)
{
    EntryWindows windows;
    windows.entryDays = defaults.entryWindowDays;
    windows.writtenWorkDays = defaults.writtenWorkWindowDays;
    auto settings = SettingsStore(db).all();
    if (!settings)
        return settings.error();
    const QString entry = settings->value(QString::fromLatin1(kEntryDays));
    const QString written = settings->value(QString::fromLatin1(kWrittenWorkDays));
    const QString homework = settings->value(QString::fromLatin1(kHomework));
    if (auto days = number(entry, kLongestDayWindow))
        windows.entryDays = *days;
    if (auto days = number(written, kLongestDayWindow))
        windows.writtenWorkDays = *days;
    if (homework == QLatin1String(kEndOfDay))
        windows.homeworkByEndOfDay = true;
    else if (auto minutes = number(homework, kLongestHomework))
        windows.homeworkMinutes = *minutes;
    return windows;
}
