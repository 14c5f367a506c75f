// libFuzzer target: FixCodec::decode on arbitrary bytes (fix blocks come from the centre and from the
// local store). Whatever decodes must be valid fixes and survive encode → decode unchanged; whatever
// does not decode must be refused as Corrupt. See tests/fuzz/CMakeLists.txt and run-fuzzers.sh.
#include "fixinvariants.h"
#include "monitoring/fixcodec.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Nigran::Models;
    using Nigran::Fuzz::require;
    const QString device = QStringLiteral("FUZZ");
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = FixCodec::decode(bytes, device);
    if (!decoded) {
        require(decoded.error().code == ErrorCode::Corrupt);
        require(decoded.error().message.startsWith(QStringLiteral("Fix block")));
        return 0;
    }
    for (const Fix &fix : *decoded) {
        require(fix.deviceId == device);
        require(std::isfinite(fix.latitude) && fix.latitude >= -90 && fix.latitude <= 90);
        require(std::isfinite(fix.longitude) && fix.longitude >= -180 && fix.longitude <= 180);
        require(fix.fixTime.isValid() && fix.fixTime.timeSpec() == Qt::UTC);
        require(fix.batteryPercent <= 100);
        require(!fix.hasAccuracy() || std::isfinite(fix.accuracyMetres));
        require(!fix.hasSpeed() || std::isfinite(fix.speedMps));
    }
    // The round-trip invariant: what decodes encodes to bytes that decode to the same fixes, and
    // those bytes are a fixed point of decode → encode.
    const QByteArray encoded = FixCodec::encode(*decoded);
    const auto again = FixCodec::decode(encoded, device);
    require(again.has_value());
    require(*again == *decoded);
    require(FixCodec::encode(*again) == encoded);
    return 0;
}
