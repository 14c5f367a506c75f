// libFuzzer target: VendorBatch::parse (the tag vendors' JSON batches, sync/centre/vendorbatch.h) on
// arbitrary bytes. A batch either parses into 1 to MaxFixes valid fixes that encode and parse back to
// themselves, or is refused with one message naming a path; the RFC 3339 reader either refuses the
// bytes or gives a time that formats and reads back to itself.
#include "centre/vendorbatch.h"

#include <QTimeZone>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using Nigran::Sync::VendorBatch;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 11, 28), QTime(8, 30), QTimeZone::utc());
    const auto fixes = VendorBatch::parse(bytes, now);
    if (!fixes) {
        require(!fixes.error().message.isEmpty());
        require(fixes.error().fields.size() == 1);
        require(!fixes.error().fields.first().field.isEmpty());
    } else {
        require(!fixes->isEmpty() && fixes->size() <= VendorBatch::MaxFixes);
        for (const auto &fix : *fixes) {
            require(!fix.deviceId.isEmpty() && fix.deviceId.size() <= VendorBatch::MaxDeviceIdLength);
            require(fix.fixTime.isValid()
                && fix.fixTime.toMSecsSinceEpoch() <= now.toMSecsSinceEpoch() + VendorBatch::MaxFutureMs);
            require(std::abs(fix.latitude) <= 90 && std::abs(fix.longitude) <= 180);
            require(fix.batteryPercent >= -1 && fix.batteryPercent <= 100);
            require(!fix.receivedTime.isValid());
        }
        const auto again = VendorBatch::parse(VendorBatch::encode(*fixes), now);
        require(again.has_value() && *again == *fixes);
    }
    const QDateTime time = VendorBatch::parseTime(bytes);
    if (time.isValid())
        require(VendorBatch::parseTime(VendorBatch::formatTime(time)) == time);
    return 0;
}
