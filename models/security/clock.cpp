#include "security/clock.h"

namespace Nigran::Models {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

Clock::~Clock() = default;

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(const QDateTime &now)
    : m_nowUtc(now.toUTC())
{ }

void ManualClock::setNowUtc(const QDateTime &now)
{
    m_nowUtc = now.toUTC();
}

void ManualClock::advance(std::chrono::milliseconds duration)
{
    m_nowUtc = m_nowUtc.addMSecs(duration.count());
}

} // namespace Nigran::Models
