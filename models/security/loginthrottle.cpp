#include "security/loginthrottle.h"

#include "security/clock.h"
#include "security/keyfile.h"

#include <algorithm>

namespace Nigran::Models {

std::chrono::seconds LoginThrottle::delayAfter(int failures)
{
    if (failures <= FreeAttempts)
        return std::chrono::seconds::zero();
    std::chrono::seconds delay = FirstDelay;
    for (int failure = FreeAttempts + 1; failure < failures && delay < MaxDelay; ++failure)
        delay *= 2;
    return std::min(delay, MaxDelay);
}

Result<> LoginThrottle::checkAllowed(const KeyFile &keyFile, const QString &login, const Clock &clock)
{
    const KeyFile::ThrottleState state = keyFile.throttleState(login);
    const std::chrono::milliseconds delay = delayAfter(state.failedAttempts);
    if (delay == delay.zero() || !state.lastFailureUtc.isValid())
        return {};
    // Capped at the delay itself, so that a clock set back (or a failure time in the future) cannot
    // lock a user out for longer.
    const std::chrono::milliseconds left
        = std::min(delay, std::chrono::milliseconds(clock.nowUtc().msecsTo(state.lastFailureUtc)) + delay);
    if (left <= left.zero())
        return {};
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(left).count();
    return fail(ErrorCode::Throttled,
        tr("Too many wrong passwords. Please wait %n second(s) before trying again.", nullptr, int(seconds)));
}

} // namespace Nigran::Models
