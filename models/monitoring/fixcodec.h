#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// The compact encoding of one device's fixes, used for the client's fix blocks and on the wire when
/// fixes flow down from the centre (about 12–16 bytes a fix against ~120 as CBOR maps).
///
/// Format (all integers little-endian base-128 varints; "z" = zigzag for signed deltas):
///   byte 1 (format version), count,
///   then per fix, in time order:
///     flags byte: bits 0–1 source, 2–3 strap, 4 device time, 5 received time, 6 accuracy, 7 speed;
///     battery byte (0–100; 255 = unknown);
///     z(fix time ms − previous fix time ms; the first against 0);
///     z(latitude × 10⁷ − previous), z(longitude × 10⁷ − previous) (the first against 0);
///     [z(device time ms − fix time ms)] [z(received time ms − fix time ms)]
///     [accuracy in decimetres] [speed in cm/s]   (when the flag says so).
/// Resolution: 10⁻⁷ degree (about 1 cm), 0.1 m accuracy, 1 cm/s speed, 1 ms times. The device id and
/// the store id are not part of it (the block or message carries the device id).
class FixCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::FixCodec)

public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr int MaxFixes = 1 << 20; ///< refused above this on decoding

    /// `fixes` must be in non-decreasing fixTime order (the encoding of deltas relies on it only for
    /// size; any order round-trips).
    static QByteArray encode(const QList<Fix> &fixes);
    /// Fixes with `deviceId` set on each. ErrorCode::Corrupt naming what is wrong and at which fix.
    [[nodiscard]] static Result<QList<Fix>> decode(QByteArrayView data, const QString &deviceId);
};

} // namespace Nigran::Models
