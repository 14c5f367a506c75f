#pragma once

#include <chrono>
#include <functional>

namespace Nigran::Sync {

/// The single-shot timer a SyncScheduler waits with: a QTimer in the client, a hand-driven one in tests.
class SchedulerTimer
{
public:
    virtual ~SchedulerTimer() = default;

    /// (Re)starts the timer: `onTimeout` runs once after `delay`, unless stop() or start() comes first.
    virtual void start(std::chrono::milliseconds delay) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

    std::function<void()> onTimeout;

protected:
    SchedulerTimer() = default;
    SchedulerTimer(const SchedulerTimer &) = default;
    SchedulerTimer &operator=(const SchedulerTimer &) = default;
};

} // namespace Nigran::Sync
