#pragma once

#include "monitoring/fix.h"
#include "monitoring/zone.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// A deterministic synthetic monitored offender for demos, simulations, tests and benchmarks: a home
/// and a workplace in one of the Pakistani cities, daily habits in Pakistan time (home at night,
/// commute, work, errands, days off, the occasional day trip to another city), GPS noise (accuracy
/// 3–30 m, worse indoors), signal gaps and rare events: an excursion into the exclusion zone of
/// demoZones(), being out during the curfew, a strap tamper, a low battery (the tag was not charged
/// overnight; it drains, dies, and recharges at home).
///
/// Everything follows from (device id, seed): each PKT day is generated on its own from them, so
/// fixes() over a month equals fixes() day by day, on every run and machine. The person is at home at
/// every PKT midnight. Obviously fictional: no person, only a device id.
class SyntheticTrack
{
public:
    struct Settings
    {
        int movingIntervalSeconds = 60; ///< one fix a minute while moving
        int stillIntervalSeconds = 300; ///< and every five minutes while still
        bool signalGaps = true;
        bool events = true; ///< rare events (excursion, curfew breach, tamper, low battery)
        int cityIndex = -1; ///< ≥ 0: this city of cities() instead of the one the seed picks
    };

    struct City
    {
        const char *name;
        double latitude;
        double longitude;
    };
    /// The city centres homes are placed around (and day trips go to).
    static const QList<City> &cities();

    /// Expected frequency of the rare events, per day (the generator's probabilities).
    static constexpr double ExcursionPerDay = 1.0 / 14;
    static constexpr double CurfewBreachPerDay = 1.0 / 20;
    static constexpr double StrapTamperPerDay = 1.0 / 45;
    static constexpr double LowBatteryPerDay = 1.0 / 25; ///< never two days running
    static constexpr double IntercityPerDay = 1.0 / 30; ///< when another city is in reach

    /// The curfew of the demo inclusion zone, PKT.
    static constexpr int CurfewStartMinute = 21 * 60;
    static constexpr int CurfewEndMinute = 6 * 60;
    static constexpr double HomeZoneRadiusMetres = 150;
    static constexpr double ExclusionZoneRadiusMetres = 200;
    static constexpr int LowBatteryPercent = 20;

    enum class EventKind
    {
        Excursion, ///< inside the exclusion zone
        CurfewBreach, ///< away from home during the curfew
        StrapTamper, ///< strap Open
        LowBattery, ///< battery below LowBatteryPercent (including the time the tag is dead)
        DeviceDead, ///< battery empty: no fixes
        Intercity, ///< a day trip to another city
        SignalGap, ///< no fixes
    };
    struct Event
    {
        EventKind kind;
        QDateTime start; ///< UTC
        QDateTime end;
        friend bool operator==(const Event &, const Event &) = default;
    };

    SyntheticTrack(QString deviceId, quint64 seed);
    SyntheticTrack(QString deviceId, quint64 seed, Settings settings);

    const QString &deviceId() const { return m_deviceId; }
    int cityIndex() const { return m_city; }
    double homeLatitude() const { return m_homeLat; }
    double homeLongitude() const { return m_homeLon; }
    double workLatitude() const { return m_workLat; }
    double workLongitude() const { return m_workLon; }
    /// Centre of the exclusion zone the person occasionally enters (2.5–3.5 km from home, away from
    /// the commute; ordinary days keep clear of it by at least 300 m beyond its radius).
    double exclusionLatitude() const { return m_zoneLat; }
    double exclusionLongitude() const { return m_zoneLon; }

    /// Fixes with from ≤ fixTime < to, in time order (strictly increasing), deviceId set, UTC times.
    QList<Fix> fixes(const QDateTime &from, const QDateTime &to) const;
    /// The events overlapping [from, to), by start; the ground truth for tests and demos.
    QList<Event> events(const QDateTime &from, const QDateTime &to) const;

    /// For demos: an inclusion zone "home curfew" (circle of HomeZoneRadiusMetres around home, every
    /// day 21:00–06:00 PKT, 5 min grace) and an exclusion zone (circle of ExclusionZoneRadiusMetres,
    /// always). Ids "<device>-home" and "<device>-exclusion", version 1.
    QList<Zone> demoZones() const;

    struct DayPlan;

private:
    DayPlan plan(qint64 pktDay) const;
    double startBattery(qint64 pktDay) const;

    QString m_deviceId;
    quint64 m_seed = 0;
    Settings m_settings;
    int m_city = 0;
    int m_otherCity = -1; ///< day-trip destination; -1 when no city is in reach
    double m_homeLat = 0, m_homeLon = 0;
    double m_workLat = 0, m_workLon = 0;
    double m_zoneLat = 0, m_zoneLon = 0;
    double m_drainPerHour = 3.5; ///< battery % an hour
    qint64 m_clockSkewMs = 0; ///< the tag's clock against GNSS time
};

} // namespace Nigran::Models
