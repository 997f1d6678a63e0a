#include "lock/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace {
// What a person at the keyboard does; paint, timer and network events are not activity.
bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::ShortcutOverride:
        return true;
    default:
        return false;
    }
}
} // namespace

InactivityWatcher::InactivityWatcher(std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        m_timer.start();
}

std::chrono::milliseconds InactivityWatcher::interval() const
{
    return m_timer.intervalAsDuration();
}

void InactivityWatcher::start()
{
    m_timer.start();
}

void InactivityWatcher::stop()
{
    m_timer.stop();
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Every input event passes here once per receiving object; restarting is cheap.
    if (m_timer.isActive() && isUserInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}
