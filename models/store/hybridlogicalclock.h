#pragma once

#include <QtGlobal>

namespace Nigran::Models {

class Clock;

/// Hybrid logical clock (SYNC.md): 48 bits of wall-clock milliseconds and a 16-bit counter, so
/// timestamps are monotonic on one office even if its wall clock steps back, and causally ordered
/// across offices once remote timestamps are observed.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &clock, qint64 last = 0);

    /// A timestamp for a local event, greater than every one issued or observed before.
    qint64 tick();
    /// Takes in a timestamp received from elsewhere; returns the new local time.
    qint64 observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 compose(qint64 physicalMs, int counter) { return (physicalMs << 16) | (counter & 0xffff); }
    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }
    static int counter(qint64 hlc) { return int(hlc & 0xffff); }

private:
    const Clock &m_clock;
    qint64 m_last;
};

} // namespace Nigran::Models
