#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace Nigran::Models {

class Clock;
class KeyFile;

/// The growing wait after wrong passwords (SECURITY.md: five wrong passwords → growing delay). The
/// count and the time of the last failure live in the KeyFile, so a restart does not reset them.
class LoginThrottle
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::LoginThrottle)

public:
    static constexpr int FreeAttempts = 4;
    static constexpr std::chrono::seconds FirstDelay { 2 };
    static constexpr std::chrono::seconds MaxDelay { std::chrono::minutes(5) };

    /// The wait after `failures` wrong passwords in a row: none for the first FreeAttempts, then
    /// FirstDelay, doubling with each further failure, at most MaxDelay.
    static std::chrono::seconds delayAfter(int failures);

    /// Fails with ErrorCode::Throttled, saying how many seconds are left, while the user must wait.
    /// An unknown login has no failures recorded and goes the same way as a known one.
    [[nodiscard]] static Result<> checkAllowed(
        const KeyFile &keyFile, const QString &login, const Clock &clock);
};

} // namespace Nigran::Models
