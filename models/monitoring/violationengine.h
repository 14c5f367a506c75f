#pragma once

#include "monitoring/alert.h"
#include "monitoring/fix.h"
#include "monitoring/zone.h"
#include "monitoring/zonegrid.h"

#include <QList>

#include <vector>

namespace Nigran::Models {

/// Turns one monitored person's time-ordered fix stream into alerts, incrementally (feed fixes one by
/// one as they arrive; the state is kept), so the same code runs on ingest at the centre and over a
/// stored track in the client.
///
/// Zone rules (exclusion: entry; inclusion: exit, or curfew breach when it has a schedule):
/// - a fix violates only when its whole accuracy circle is on the wrong side of the buffered
///   boundary; one that straddles the boundary neither confirms nor clears;
/// - `confirmFixes` consecutive violating fixes, spanning at least the zone's grace period, raise one
///   alert naming them; it is not raised again until the violation clears (`confirmFixes`
///   consecutive compliant fixes, or the zone's schedule ending);
/// - zones are looked up in a grid, so a fix costs the zones near it, not all of them.
/// Other rules: strap open (once until closed), battery below `lowBatteryPercent` (once until back
/// at `batteryClearPercent`), a gap over `gapSeconds` while moving (before and after fixes as
/// evidence), and nothing received for `offlineSeconds` (checkOffline()).
class ViolationEngine
{
public:
    struct Settings
    {
        int confirmFixes = 2;
        int lowBatteryPercent = 15;
        int batteryClearPercent = 20;
        qint64 gapSeconds = 300;
        double movingSpeedMps = 1.0; ///< the last fix before a gap was moving at least this fast …
        double movingDistanceMetres = 250; ///< … or the fixes either side of it are this far apart
        qint64 offlineSeconds = 1800;
        int maxEvidence = 10; ///< fixes named per alert (the first and the latest ones)
    };

    explicit ViolationEngine(QList<Zone> zones);
    ViolationEngine(QList<Zone> zones, Settings settings);

    /// Feeds the next fix; appends the alerts it raises to `alerts`. A fix older than the previous
    /// one is ignored (counted in ignoredFixes()).
    void feed(const Fix &fix, QList<Alert> &alerts);
    QList<Alert> feed(const Fix &fix);
    /// DeviceOffline once when nothing was received for offlineSeconds before `now`.
    QList<Alert> checkOffline(const QDateTime &now);

    const QList<Zone> &zones() const { return m_zones; }
    /// True while `zone` is in a confirmed (alerted) violation.
    bool isViolating(int zone) const { return m_state[zone].phase == Phase::Violating; }
    qint64 fixCount() const { return m_count; }
    qint64 ignoredFixes() const { return m_ignored; }

private:
    enum class Phase : quint8
    {
        Clear,
        Pending, ///< violating fixes seen, not yet confirmed
        Violating, ///< alert raised
    };
    enum class Reading : quint8
    {
        Violates,
        Complies,
        Uncertain,
        Inactive, ///< the schedule does not apply now
    };
    struct State
    {
        Phase phase = Phase::Clear;
        int run = 0; ///< consecutive violating (Pending) or compliant (Violating) fixes
        qint64 firstMs = 0;
        QDateTime first;
        QList<FixRef> evidence;
    };

    void update(
        int zone, Reading reading, const Fix &fix, const FixRef &ref, qint64 ms, QList<Alert> &alerts);
    Reading read(int zone, const Fix &fix, int minuteOfWeek) const;
    void remember(State &state, const FixRef &ref) const;

    QList<Zone> m_zones;
    Settings m_settings;
    ZoneGrid m_grid; ///< exclusion zones
    QList<int> m_inclusion; ///< always evaluated: being far from them is a violation
    std::vector<State> m_state;
    std::vector<int> m_engaged; ///< exclusion zones not Clear
    std::vector<std::uint32_t> m_touched; ///< per zone: fix count when last evaluated
    qint64 m_count = 0;
    qint64 m_ignored = 0;
    bool m_hasLast = false;
    Fix m_last;
    qint64 m_lastMs = 0;
    FixRef m_lastRef;
    QDateTime m_lastReceived;
    bool m_tamper = false;
    bool m_lowBattery = false;
    bool m_offline = false;
};

} // namespace Nigran::Models
