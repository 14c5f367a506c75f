#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Nigran::Sync {

/// The tag vendors' ingest format (docs/sync.md "Tag vendor ingest"): `POST /v1/ingest`, vendor
/// certificate only, with a JSON body
///
///     {"fixes": [{"device": "DEMO-TAG-00001", "fixTime": "2026-11-28T08:00:00Z",
///                 "deviceTime": "2026-11-28T08:00:01Z", "lat": 31.5, "lon": 74.3, "accuracy": 8.5,
///                 "speed": 1.2, "source": "gps", "battery": 80, "strap": "closed"}, …]}
///
/// - device: required, 1–64 of A–Z a–z 0–9 . _ - :
/// - fixTime: required, RFC 3339 (`Z` or ±hh:mm offset, optional fraction of a second, stored to the
///   millisecond), from 2000-01-01 to at most MaxFutureMs after the centre's clock.
/// - deviceTime: optional (absent or null: unknown), RFC 3339.
/// - lat: required, −90…90; lon: required, −180…180 (WGS 84 degrees).
/// - accuracy: optional metres, 0…MaxAccuracyMetres; speed: optional m/s, 0…MaxSpeedMps.
/// - source: optional "gps" (default), "cell" or "wifi".
/// - battery: optional integer percent 0…100.
/// - strap: optional "closed", "open" or "unknown" (default).
/// Unknown members are refused (a misspelt field must not pass as "unknown"). 1 to MaxFixes fixes and
/// at most MaxBytes per batch. The receive time is the centre's, never the vendor's.
///
/// The answer is 200 with a Receipt `{"accepted":N,"duplicates":M,"receivedAt":"…"}` (a fix whose
/// device and fix time are stored already is a duplicate: posting a batch again is harmless), or 400
/// with one line naming the fix and the field ("fixes[12].lat: must be between -90 and 90") and
/// nothing stored: a batch is stored whole or not at all.
class VendorBatch
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::VendorBatch)

public:
    static constexpr int MaxFixes = 10000;
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
    static constexpr qint64 MaxFutureMs = 10 * 60 * 1000;
    static constexpr double MaxAccuracyMetres = 100000;
    static constexpr double MaxSpeedMps = 300;
    static constexpr int MaxDeviceIdLength = 64;

    /// What the centre answers to a stored batch.
    struct Receipt
    {
        qint64 accepted = 0;
        qint64 duplicates = 0;
        QDateTime receivedAt; ///< UTC, the centre's clock
        friend bool operator==(const Receipt &, const Receipt &) = default;
    };

    /// All fixes of the batch, in order, or an InvalidInput Error for the first problem (its
    /// FieldError names the path, e.g. "fixes[12].lat"). `now` bounds fix times in the future (a null
    /// `now`: no bound).
    [[nodiscard]] static Models::Result<QList<Models::Fix>> parse(
        const QByteArray &body, const QDateTime &now);

    /// The batch body for `fixes` (vendors, the simulator, tests); unknown values are left out.
    [[nodiscard]] static QByteArray encode(const QList<Models::Fix> &fixes);

    [[nodiscard]] static QByteArray encodeReceipt(const Receipt &receipt);
    [[nodiscard]] static Models::Result<Receipt> decodeReceipt(const QByteArray &body);

    /// RFC 3339 date-time ("2026-11-28T08:00:00Z", "2026-11-28T13:00:00.250+05:00") as UTC; null when
    /// malformed.
    [[nodiscard]] static QDateTime parseTime(QByteArrayView text);
    /// "2026-11-28T08:00:00.250Z" (milliseconds only when not zero).
    [[nodiscard]] static QByteArray formatTime(const QDateTime &time);
};

} // namespace Nigran::Sync
