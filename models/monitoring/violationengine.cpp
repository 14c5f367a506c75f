#include "monitoring/violationengine.h"

#include "monitoring/geo.h"

namespace Nigran::Models {

ViolationEngine::ViolationEngine(QList<Zone> zones)
    : ViolationEngine(std::move(zones), Settings {})
{ }

ViolationEngine::ViolationEngine(QList<Zone> zones, Settings settings)
    : m_zones(std::move(zones))
    , m_settings(settings)
    , m_state(m_zones.size())
    , m_touched(m_zones.size(), 0)
{
    m_settings.confirmFixes = std::max(1, m_settings.confirmFixes);
    m_settings.maxEvidence = std::max(2, m_settings.maxEvidence);
    QList<int> exclusion;
    for (int i = 0; i < m_zones.size(); ++i)
        (m_zones[i].kind() == ZoneKind::Exclusion ? exclusion : m_inclusion).append(i);
    m_grid = ZoneGrid(m_zones, exclusion);
}

QList<Alert> ViolationEngine::feed(const Fix &fix)
{
    QList<Alert> alerts;
    feed(fix, alerts);
    return alerts;
}

ViolationEngine::Reading ViolationEngine::read(int index, const Fix &fix, int minuteOfWeek) const
{
    const Zone &zone = m_zones[index];
    if (!zone.schedule().isActiveAt(minuteOfWeek))
        return Reading::Inactive;
    const Zone::Containment where = zone.classify(fix.latitude, fix.longitude, fix.accuracyMetres);
    if (where == Zone::Containment::Straddles)
        return Reading::Uncertain;
    const bool inside = where == Zone::Containment::Inside;
    return inside == (zone.kind() == ZoneKind::Exclusion) ? Reading::Violates : Reading::Complies;
}

void ViolationEngine::remember(State &state, const FixRef &ref) const
{
    // Keep the first fix and the latest ones.
    if (state.evidence.size() >= m_settings.maxEvidence)
        state.evidence.remove(1);
    state.evidence.append(ref);
}

void ViolationEngine::update(
    int index, Reading reading, const Fix &fix, const FixRef &ref, qint64 ms, QList<Alert> &alerts)
{
    State &state = m_state[index];
    const Zone &zone = m_zones[index];
    switch (state.phase) {
    case Phase::Clear:
        if (reading != Reading::Violates)
            return;
        state.phase = Phase::Pending;
        state.run = 0;
        state.firstMs = ms;
        state.first = fix.fixTime;
        state.evidence.clear();
        [[fallthrough]];
    case Phase::Pending:
        if (reading == Reading::Complies || reading == Reading::Inactive) {
            state = State {};
            return;
        }
        if (reading == Reading::Uncertain)
            return; // neither confirms nor clears
        ++state.run;
        remember(state, ref);
        if (state.run >= m_settings.confirmFixes
            && ms - state.firstMs >= qint64(zone.graceSeconds()) * 1000) {
            Alert alert;
            alert.kind = zone.kind() == ZoneKind::Exclusion
                ? AlertKind::ZoneEntry
                : (zone.schedule().isAlways() ? AlertKind::ZoneExit : AlertKind::CurfewBreach);
            alert.deviceId = fix.deviceId;
            alert.zoneId = zone.id();
            alert.zoneVersion = zone.version();
            alert.startedAt = state.first;
            alert.raisedAt = fix.fixTime;
            alert.evidence = std::move(state.evidence);
            alerts.append(std::move(alert));
            state.evidence.clear();
            state.phase = Phase::Violating;
            state.run = 0;
        }
        return;
    case Phase::Violating:
        if (reading == Reading::Inactive) {
            state = State {};
        } else if (reading == Reading::Complies) {
            if (++state.run >= m_settings.confirmFixes)
                state = State {};
        } else if (reading == Reading::Violates) {
            state.run = 0;
        }
        return;
    }
}

void ViolationEngine::feed(const Fix &fix, QList<Alert> &alerts)
{
    const qint64 ms = fix.fixTime.toMSecsSinceEpoch();
    if (m_hasLast && ms < m_lastMs) {
        ++m_ignored;
        return;
    }
    ++m_count;
    const FixRef ref { m_count - 1, fix.id, fix.fixTime };
    const auto stamp = std::uint32_t(m_count);
    m_offline = false;
    m_lastReceived = fix.receivedTime.isValid() ? fix.receivedTime : fix.fixTime;

    // Signal lost while moving: the gap is proved by the fixes either side of it.
    if (m_hasLast && ms - m_lastMs > m_settings.gapSeconds * 1000) {
        const bool moving = (m_last.hasSpeed() && m_last.speedMps >= m_settings.movingSpeedMps)
            || Geo::distanceMetres(m_last.latitude, m_last.longitude, fix.latitude, fix.longitude)
                >= m_settings.movingDistanceMetres;
        if (moving)
            alerts.append(Alert { AlertKind::SignalLost, fix.deviceId, {}, 0, m_last.fixTime, fix.fixTime,
                { m_lastRef, ref } });
    }
    if (fix.strap == StrapState::Open && !m_tamper) {
        m_tamper = true;
        alerts.append(
            Alert { AlertKind::StrapTamper, fix.deviceId, {}, 0, fix.fixTime, fix.fixTime, { ref } });
    } else if (fix.strap == StrapState::Closed) {
        m_tamper = false;
    }
    if (fix.hasBattery()) {
        if (fix.batteryPercent < m_settings.lowBatteryPercent && !m_lowBattery) {
            m_lowBattery = true;
            alerts.append(
                Alert { AlertKind::LowBattery, fix.deviceId, {}, 0, fix.fixTime, fix.fixTime, { ref } });
        } else if (fix.batteryPercent >= m_settings.batteryClearPercent) {
            m_lowBattery = false;
        }
    }

    const int minuteOfWeek = ZoneSchedule::pktMinuteOfWeek(ms);
    const double accuracy = fix.accuracyMetres > 0 ? fix.accuracyMetres : 0;
    // Exclusion zones near the fix.
    m_grid.query(fix.latitude, fix.longitude, accuracy, [&](int zone) {
        m_touched[zone] = stamp;
        const Phase before = m_state[zone].phase;
        update(zone, read(zone, fix, minuteOfWeek), fix, ref, ms, alerts);
        if (before == Phase::Clear && m_state[zone].phase != Phase::Clear)
            m_engaged.push_back(zone);
    });
    // Engaged exclusion zones not near the fix: the fix is clearly outside them.
    if (!m_engaged.empty()) {
        std::erase_if(m_engaged, [&](int zone) {
            if (m_touched[zone] != stamp) {
                const Reading reading = m_zones[zone].schedule().isActiveAt(minuteOfWeek) ? Reading::Complies
                                                                                          : Reading::Inactive;
                update(zone, reading, fix, ref, ms, alerts);
            }
            return m_state[zone].phase == Phase::Clear;
        });
    }
    for (int zone : m_inclusion)
        update(zone, read(zone, fix, minuteOfWeek), fix, ref, ms, alerts);

    m_hasLast = true;
    m_last = fix;
    m_lastMs = ms;
    m_lastRef = ref;
}

QList<Alert> ViolationEngine::checkOffline(const QDateTime &now)
{
    if (!m_hasLast || m_offline || m_lastReceived.msecsTo(now) < m_settings.offlineSeconds * 1000)
        return {};
    m_offline = true;
    return { Alert { AlertKind::DeviceOffline, m_last.deviceId, {}, 0, m_last.fixTime, now, { m_lastRef } } };
}

} // namespace Nigran::Models
