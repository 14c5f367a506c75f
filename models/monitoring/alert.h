#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class AlertKind
{
    ZoneEntry = 0, ///< entered an exclusion zone
    ZoneExit = 1, ///< left an always-on inclusion zone
    CurfewBreach = 2, ///< outside a scheduled inclusion zone (curfew at home) while it applies
    StrapTamper = 3,
    LowBattery = 4,
    SignalLost = 5, ///< no fix for too long while moving
    DeviceOffline = 6, ///< nothing received for too long
};

/// A fix named as evidence: its position in the stream fed to the engine, its store id (0 when not
/// stored) and its time.
struct FixRef
{
    qint64 index = 0;
    qint64 fixId = 0;
    QDateTime time;
    friend bool operator==(const FixRef &, const FixRef &) = default;
};

/// One alert of the violation engine, with the fixes that prove it.
struct Alert
{
    AlertKind kind = AlertKind::ZoneEntry;
    QString deviceId;
    QString zoneId; ///< zone alerts only
    int zoneVersion = 0;
    QDateTime startedAt; ///< first fix of the violation
    QDateTime raisedAt; ///< the fix (or clock time, for DeviceOffline) that confirmed it
    QList<FixRef> evidence;
    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace Nigran::Models
