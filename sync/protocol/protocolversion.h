#pragma once

namespace Nigran::Sync {

/// Version of the sync wire protocol (SYNC.md principle 9). Bumped on any incompatible change.
inline constexpr int ProtocolVersion = 1;

} // namespace Nigran::Sync
