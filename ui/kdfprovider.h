#pragma once

#include "security/keywrapper.h"

namespace Nigran::Gui {

/// The scrypt cost for keys this program wraps (new offices, new users, password resets).
///
/// Real use measures the machine once (KdfParams::calibrate, ~0.5 s per derivation, SECURITY.md);
/// the measurement takes about a second, so it runs at most once per process and can be started in
/// the background early (prepareInBackground). With NIGRAN_TEST_FAST_KDF=1 in the environment the
/// cheap KdfParams::forTests() is used instead, for tests and quick demos only.
class KdfProvider
{
public:
    static constexpr int TargetMilliseconds = 500;

    /// Whether NIGRAN_TEST_FAST_KDF=1 is set.
    static bool isFastForTests();
    /// The parameters to use; thread-safe. The first call may take about a second (calibration).
    static Models::KdfParams params();
    /// Starts the calibration in a background thread so that a later params() does not wait.
    static void prepareInBackground();

    KdfProvider() = delete;
};

} // namespace Nigran::Gui
