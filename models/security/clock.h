#pragma once

#include <QDateTime>

#include <chrono>

namespace Nigran::Models {

/// The current time, behind an interface so that time-dependent rules (login throttling, idle lock)
/// can be tested with a ManualClock.
class Clock
{
public:
    virtual ~Clock();

    virtual QDateTime nowUtc() const = 0;

    /// The real clock of this machine.
    static const Clock &system();

protected:
    Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)
};

/// A clock that only moves when told to (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &now);

    QDateTime nowUtc() const override { return m_nowUtc; }
    void setNowUtc(const QDateTime &now);
    void advance(std::chrono::milliseconds duration);

private:
    QDateTime m_nowUtc;
};

} // namespace Nigran::Models
