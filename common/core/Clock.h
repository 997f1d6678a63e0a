#pragma once

#include <QDateTime>

// The one source of "now" for deadlines, lockouts and idle timeouts; tests substitute it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock& current();
    // Installs a replacement (tests); nullptr restores the system clock. Not owned.
    static void install(const Clock* clock);
};

// Wall-clock time in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
