#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// Where a position came from. The values are stored; never renumber.
enum class FixSource
{
    Gps = 0,
    Cell = 1,
    Wifi = 2,
};

/// The tag's strap sensor. The values are stored; never renumber.
enum class StrapState
{
    Unknown = 0, ///< the source does not report it (NMEA, GPX without extensions)
    Closed = 1,
    Open = 2, ///< cut or removed: tamper
};

/// One position report of a monitoring tag.
struct Fix
{
    /// Accuracy of a GNSS fix estimated from HDOP: HDOP × this user-equivalent range error (metres),
    /// a typical value for consumer single-frequency receivers.
    static constexpr double HdopToMetres = 5.0;

    qint64 id = 0; ///< store id; 0 when not stored (imported files)
    QString deviceId;
    QDateTime fixTime; ///< UTC, from the position source (GNSS time)
    QDateTime deviceTime; ///< the tag's own clock; null when unknown
    QDateTime receivedTime; ///< when the centre received it; null for imported files
    double latitude = 0; ///< WGS 84 degrees
    double longitude = 0;
    double accuracyMetres = -1; ///< horizontal radius (≈68 %); < 0 when unknown
    double speedMps = -1; ///< metres per second; < 0 when unknown
    FixSource source = FixSource::Gps;
    int batteryPercent = -1; ///< 0–100; < 0 when unknown
    StrapState strap = StrapState::Unknown;

    bool hasAccuracy() const { return accuracyMetres >= 0; }
    bool hasSpeed() const { return speedMps >= 0; }
    bool hasBattery() const { return batteryPercent >= 0; }

    friend bool operator==(const Fix &, const Fix &) = default;
};

} // namespace Nigran::Models
