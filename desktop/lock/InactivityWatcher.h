#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Watches the whole application's keyboard and mouse input and says when there has been
// none for the interval (R20: the journal locks itself after inactivity).
class InactivityWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InactivityWatcher(std::chrono::milliseconds interval, QObject* parent = nullptr);
    ~InactivityWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    // Counting starts afresh; stop() until the next start().
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // Milliseconds left before idle() (-1 when stopped).
    int remainingMs() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};
