#pragma once

#include "core/Clock.h"

#include <QMutex>

// A clock tests move by hand; installed for the whole process while it lives.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(const QDateTime& start = QDateTime::currentDateTimeUtc())
        : m_now(start)
    {
        Clock::install(this);
    }
    ~FakeClock() override { Clock::install(nullptr); }

    QDateTime now() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void set(const QDateTime& now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }
    void advance(qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};
