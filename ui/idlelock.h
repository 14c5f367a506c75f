#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Nigran::Models {
class Clock;
}

namespace Nigran::Gui {

/// Locks the application after a time without user input (SECURITY.md: idle lock, default 5 minutes).
///
/// Installed as an event filter on the application, it notes every key, mouse, wheel, touch and
/// tablet event. While running, a check timer compares the time since the last input with the
/// timeout on two clocks: a monotonic timer (immune to the wall clock being set back) and the
/// wall clock (`clock`, which also advances while the machine sleeps, so that a laptop resumed after
/// an hour locks at once). When either says the timeout has passed, locked() is emitted once and the
/// lock stops; start() arms it again after the next unlock.
///
/// Test seams: setTimeout() takes milliseconds, and `clock` can be a ManualClock.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::minutes(5);

    explicit IdleLock(const Models::Clock &clock, QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isRunning() const { return m_check.isActive(); }

    /// Starts watching: the idle time counts from now.
    void start();
    /// Stops watching (while locked, or on quit); no locked() until start().
    void stop();
    /// Counts as user input (e.g. after a long operation the user started).
    void noteActivity();

Q_SIGNALS:
    void locked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void updateCheckInterval();

    const Models::Clock &m_clock;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QTimer m_check;
    QElapsedTimer m_sinceInput;
    QDateTime m_lastInputUtc;
};

} // namespace Nigran::Gui
