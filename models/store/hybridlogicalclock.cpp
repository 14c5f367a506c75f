#include "store/hybridlogicalclock.h"

#include "security/clock.h"

#include <QDateTime>

#include <algorithm>

namespace Nigran::Models {

HybridLogicalClock::HybridLogicalClock(const Clock &clock, qint64 last)
    : m_clock(clock)
    , m_last(last)
{ }

qint64 HybridLogicalClock::tick()
{
    const qint64 wall = m_clock.nowUtc().toMSecsSinceEpoch();
    m_last = wall > physicalMs(m_last) ? compose(wall, 0) : m_last + 1;
    return m_last;
}

qint64 HybridLogicalClock::observe(qint64 remote)
{
    const qint64 wall = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 physical = std::max({ wall, physicalMs(m_last), physicalMs(remote) });
    if (physical == wall && wall > physicalMs(m_last) && wall > physicalMs(remote))
        m_last = compose(wall, 0);
    else
        m_last = std::max(m_last, remote) + 1;
    return m_last;
}

} // namespace Nigran::Models
