#include "monitoring/synthetictrack.h"

#include "monitoring/geo.h"

#include <QGeoCircle>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace Nigran::Models {

namespace {

constexpr qint64 DaySeconds = 86400;
constexpr qint64 PktOffsetSeconds = 5 * 3600;
constexpr double ChargePerHour = 40; ///< battery % an hour on the charger
constexpr double ZoneClearanceMetres = 300; ///< ordinary trips keep this far beyond the zone's radius
constexpr qint64 HomeBy = 20 * 3600 + 45 * 60; ///< ordinary days end at home before the curfew

/// splitmix64: a small, fast, portable generator (std distributions differ between libraries).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    qint64 range(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    }

private:
    quint64 m_state;
};

quint64 mix(quint64 a, quint64 b)
{
    Rng r(a ^ (b * 0xd1b54a32d192ed03ULL + 0x8cb92ba72f3d8dd7ULL));
    r.next();
    return r.next();
}

/// FNV-1a over the UTF-16 code units (qHash is seeded per process).
quint64 stableHash(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

struct Place
{
    double lat = 0;
    double lon = 0;
};

Place offset(Place p, double distance, double angle)
{
    Geo::offsetMetres(p.lat, p.lon, distance * std::cos(angle), distance * std::sin(angle));
    return p;
}

double distance(Place a, Place b)
{
    return Geo::distanceMetres(a.lat, a.lon, b.lat, b.lon);
}

/// Distance from `c` to the segment a–b, metres (flat approximation around c).
double segmentDistance(Place a, Place b, Place c)
{
    const double kx = Geo::MetresPerDegree * std::cos(c.lat * std::numbers::pi / 180);
    const double ky = Geo::MetresPerDegree;
    const double ax = (a.lon - c.lon) * kx, ay = (a.lat - c.lat) * ky;
    const double bx = (b.lon - c.lon) * kx, by = (b.lat - c.lat) * ky;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(ax + t * dx, ay + t * dy);
}

/// The per-day coin flips, drawn in a fixed order from their own stream so that a day's plan can
/// look at the previous day's flips.
struct DayFlags
{
    bool excursion = false;
    bool curfew = false;
    bool tamper = false;
    bool lowBattery = false;
    bool intercity = false;
};

} // namespace

struct SyntheticTrack::DayPlan
{
    struct Segment
    {
        qint64 start = 0; ///< seconds of the PKT day
        qint64 end = 0;
        QList<Place> path; ///< one point: a stay
        double speed = 0; ///< m/s, trips
        bool indoor = false;
        bool dense = false; ///< fixes at the moving interval although still
    };
    using Window = std::optional<std::pair<qint64, qint64>>;

    qint64 day = 0;
    QList<Segment> segments;
    qint64 wake = 0; ///< unplugged from the charger (ordinary days)
    qint64 homeArrival = DaySeconds; ///< back home for the evening (charging on low-battery days)
    bool lowBattery = false;
    double startBattery = 100;
    Window excursion, curfew, tamper, intercity;
    QList<std::pair<qint64, qint64>> gaps;

    bool isStay(const Segment &s) const { return s.path.size() == 1; }

    double battery(qint64 s, double drain) const
    {
        if (!lowBattery) {
            if (s < wake)
                return std::min(100.0, startBattery + ChargePerHour * double(s) / 3600);
            return std::max(0.0, 100.0 - drain * double(s - wake) / 3600);
        }
        if (s < homeArrival)
            return std::max(0.0, startBattery - drain * double(s) / 3600);
        const double atHome = std::max(0.0, startBattery - drain * double(homeArrival) / 3600);
        return std::min(100.0, atHome + ChargePerHour * double(s - homeArrival) / 3600);
    }
};

namespace {

quint64 deviceBase(const QString &deviceId, quint64 seed)
{
    return mix(stableHash(deviceId), seed);
}

DayFlags flagsFor(quint64 base, qint64 day)
{
    Rng r(mix(base ^ 0x5eedf1a65eedf1a6ULL, quint64(day)));
    DayFlags f;
    f.excursion = r.chance(SyntheticTrack::ExcursionPerDay);
    f.curfew = r.chance(SyntheticTrack::CurfewBreachPerDay);
    f.tamper = r.chance(SyntheticTrack::StrapTamperPerDay);
    f.lowBattery = r.chance(SyntheticTrack::LowBatteryPerDay);
    f.intercity = r.chance(SyntheticTrack::IntercityPerDay);
    return f;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

qint64 pktDayOf(qint64 utcMs)
{
    return floorDiv(floorDiv(utcMs, 1000) + PktOffsetSeconds, DaySeconds);
}

QDateTime utcAt(qint64 day, qint64 secondOfDay)
{
    return QDateTime::fromMSecsSinceEpoch(
        (day * DaySeconds - PktOffsetSeconds + secondOfDay) * 1000, Qt::UTC);
}

} // namespace

const QList<SyntheticTrack::City> &SyntheticTrack::cities()
{
    static const QList<City> all {
        { "Lahore", 31.5204, 74.3587 },
        { "Karachi", 24.8607, 67.0011 },
        { "Islamabad", 33.6844, 73.0479 },
        { "Rawalpindi", 33.5651, 73.0169 },
        { "Faisalabad", 31.4504, 73.1350 },
        { "Multan", 30.1575, 71.5249 },
        { "Peshawar", 34.0151, 71.5249 },
        { "Quetta", 30.1798, 66.9750 },
        { "Gujranwala", 32.1877, 74.1945 },
        { "Hyderabad", 25.3960, 68.3578 },
    };
    return all;
}

SyntheticTrack::SyntheticTrack(QString deviceId, quint64 seed)
    : SyntheticTrack(std::move(deviceId), seed, Settings {})
{ }

SyntheticTrack::SyntheticTrack(QString deviceId, quint64 seed, Settings settings)
    : m_deviceId(std::move(deviceId))
    , m_seed(seed)
    , m_settings(settings)
{
    m_settings.movingIntervalSeconds = std::max(1, m_settings.movingIntervalSeconds);
    m_settings.stillIntervalSeconds = std::max(1, m_settings.stillIntervalSeconds);
    Rng r(deviceBase(m_deviceId, m_seed));
    const auto &all = cities();
    m_city = int(r.range(0, all.size() - 1));
    if (m_settings.cityIndex >= 0 && m_settings.cityIndex < all.size())
        m_city = m_settings.cityIndex;
    const Place centre { all[m_city].latitude, all[m_city].longitude };
    const Place home = offset(centre, r.uniform(800, 7000), r.uniform(0, 2 * std::numbers::pi));
    const double workAngle = r.uniform(0, 2 * std::numbers::pi);
    const Place work = offset(home, r.uniform(2000, 9000), workAngle);
    const Place zone
        = offset(home, r.uniform(2500, 3500), workAngle + std::numbers::pi + r.uniform(-0.7, 0.7));
    m_homeLat = home.lat;
    m_homeLon = home.lon;
    m_workLat = work.lat;
    m_workLon = work.lon;
    m_zoneLat = zone.lat;
    m_zoneLon = zone.lon;
    m_drainPerHour = r.uniform(3.0, 4.0);
    m_clockSkewMs = r.range(-4000, 4000);
    QList<int> reachable;
    for (int i = 0; i < all.size(); ++i) {
        const double d = distance(centre, { all[i].latitude, all[i].longitude });
        if (i != m_city && d > 5000 && d < 300'000)
            reachable.append(i);
    }
    if (!reachable.isEmpty())
        m_otherCity = reachable[r.range(0, reachable.size() - 1)];
}

SyntheticTrack::DayPlan SyntheticTrack::plan(qint64 pktDay) const
{
    const quint64 base = deviceBase(m_deviceId, m_seed);
    Rng r(mix(base, quint64(pktDay) * 2));
    DayFlags flags;
    if (m_settings.events) {
        flags = flagsFor(base, pktDay);
        flags.lowBattery = flags.lowBattery && !flagsFor(base, pktDay - 1).lowBattery;
    }

    DayPlan p;
    p.day = pktDay;
    p.lowBattery = flags.lowBattery;
    const Place home { m_homeLat, m_homeLon };
    const Place work { m_workLat, m_workLon };
    const Place zone { m_zoneLat, m_zoneLon };
    const int dayOfWeek = QDate(1970, 1, 1).addDays(pktDay).dayOfWeek();
    const bool workday = dayOfWeek != Qt::Sunday;

    qint64 t = 0;
    Place here = home;
    const auto stay = [&](qint64 until, Place place, bool indoor, bool dense = false) {
        if (until <= t)
            return;
        // Where in the building or yard: a few metres from the place, fixed for the stay.
        const Place at = offset(place, r.uniform(0, 8), r.uniform(0, 2 * std::numbers::pi));
        p.segments.append({ t, until, { at }, 0, indoor, dense });
        t = until;
        here = place;
    };
    const auto clear = [&](const QList<Place> &path) {
        for (qsizetype i = 1; i < path.size(); ++i)
            if (segmentDistance(path[i - 1], path[i], zone) < ExclusionZoneRadiusMetres + ZoneClearanceMetres)
                return false;
        return true;
    };
    // A trip from `from` at `start`, through a waypoint off the straight line; not added yet.
    const auto trip = [&](Place from, Place to, qint64 start, double minSpeed, double maxSpeed) {
        DayPlan::Segment s;
        const double length = distance(from, to);
        const double angle = std::atan2(to.lat - from.lat, to.lon - from.lon) + std::numbers::pi / 2;
        const Place mid { (from.lat + to.lat) / 2, (from.lon + to.lon) / 2 };
        s.path = { from, offset(mid, r.uniform(-0.15, 0.15) * length, angle), to };
        double pathLength = 0;
        for (qsizetype i = 1; i < s.path.size(); ++i)
            pathLength += distance(s.path[i - 1], s.path[i]);
        s.speed = r.uniform(minSpeed, maxSpeed);
        s.start = start;
        s.end = start + std::max<qint64>(60, qint64(pathLength / s.speed));
        return s;
    };
    const auto go = [&](const DayPlan::Segment &s) {
        p.segments.append(s);
        t = s.end;
        here = s.path.last();
    };
    const auto nearPlace = [&](Place around, double minDistance, double maxDistance) -> std::optional<Place> {
        for (int attempt = 0; attempt < 6; ++attempt) {
            const Place candidate
                = offset(around, r.uniform(minDistance, maxDistance), r.uniform(0, 2 * std::numbers::pi));
            if (distance(candidate, zone) > ExclusionZoneRadiusMetres + 800)
                return candidate;
        }
        return std::nullopt;
    };

    qsizetype excursionStay = -1; // the window runs from the trip there to the end of the trip away
    p.wake = workday ? r.range(6 * 3600 + 1800, 8 * 3600 + 1800) : r.range(8 * 3600, 10 * 3600);
    bool planned = false;
    if (flags.intercity && m_otherCity >= 0) {
        const City &city = cities()[m_otherCity];
        const Place dest = offset({ city.latitude, city.longitude }, r.uniform(0, 3000), r.uniform(0, 7));
        const auto out = trip(home, dest, p.wake, 22, 28);
        const qint64 dwell = r.range(2 * 3600, 4 * 3600);
        const auto back = trip(dest, home, out.end + dwell, 22, 28);
        if (back.end <= HomeBy && clear(out.path) && clear(back.path)) {
            stay(p.wake, home, true);
            go(out);
            stay(out.end + dwell, dest, true);
            go(back);
            p.intercity = std::make_pair(out.start, back.end);
            planned = true;
        }
    }
    if (!planned) {
        const qint64 leave = p.wake + (workday ? r.range(1800, 3600) : r.range(3600, 3 * 3600));
        stay(leave, home, true);
        if (workday) {
            const auto commute = trip(home, work, t, 7, 13);
            go(commute);
            if (r.chance(0.3) && t < 13 * 3600) {
                stay(r.range(13 * 3600, 13 * 3600 + 1800), work, true);
                if (const auto lunch = nearPlace(work, 300, 1200)) {
                    const auto walk = trip(work, *lunch, t, 1.1, 1.6);
                    if (clear(walk.path)) {
                        go(walk);
                        stay(t + r.range(1200, 2700), *lunch, true);
                        const auto back = trip(*lunch, work, t, 1.1, 1.6);
                        go(back);
                    }
                }
            }
            stay(std::max(t + 1800, r.range(17 * 3600, 18 * 3600 + 1800)), work, true);
        }
        if (flags.excursion) {
            const Place site = offset(zone, r.uniform(0, 60), r.uniform(0, 2 * std::numbers::pi));
            go(trip(here, site, t, 6, 11));
            stay(t + r.range(600, 1800), site, false, true);
            excursionStay = p.segments.size() - 1;
        }
        const int errands = int(workday ? r.range(0, 2) : r.range(1, 3));
        for (int i = 0; i < errands; ++i) {
            const auto place = nearPlace(home, 300, 2000);
            if (!place)
                continue;
            const auto there = trip(here, *place, t, 6, 11);
            const qint64 dwell = r.range(900, 3600);
            const qint64 homeBack = qint64(distance(*place, home) * 1.3 / 6);
            if (!clear(there.path) || there.end + dwell + homeBack + 600 > HomeBy)
                continue;
            go(there);
            stay(t + dwell, *place, true);
        }
        auto back = trip(here, home, t, 6, 11);
        for (int attempt = 0; attempt < 5 && !flags.excursion && !clear(back.path); ++attempt)
            back = trip(here, home, t, 6, 11);
        go(back);
    }
    p.homeArrival = t;
    if (flags.curfew) {
        const qint64 leave = std::max(t + 600, r.range(21 * 3600 + 1800, 22 * 3600 + 1800));
        stay(leave, home, true);
        if (const auto place = nearPlace(home, 800, 2000)) {
            const auto out = trip(home, *place, t, 6, 11);
            if (clear(out.path)) {
                go(out);
                stay(t + r.range(900, 2400), *place, false);
                go(trip(here, home, t, 6, 11));
                p.curfew = std::make_pair(out.start, t);
            }
        }
    }
    stay(DaySeconds, home, true);
    if (excursionStay > 0)
        p.excursion = std::make_pair(p.segments[excursionStay - 1].start, p.segments[excursionStay + 1].end);

    if (flags.tamper) {
        QList<qsizetype> longStays;
        for (qsizetype i = 0; i < p.segments.size(); ++i)
            if (p.isStay(p.segments[i]) && p.segments[i].end - p.segments[i].start > 3600)
                longStays.append(i);
        if (!longStays.isEmpty()) {
            const auto &s = p.segments[longStays[r.range(0, longStays.size() - 1)]];
            const qint64 length = r.range(300, 1800);
            const qint64 start = r.range(s.start + 300, s.end - length - 300);
            p.tamper = std::make_pair(start, start + length);
        }
    }
    if (m_settings.signalGaps) {
        const int gaps = int(r.range(0, 2));
        for (int i = 0; i < gaps; ++i) {
            const qint64 start = r.range(0, DaySeconds - 3600);
            const qint64 end = start + r.range(300, 2700);
            bool overlapsEvent = false;
            for (const auto &w : { p.excursion, p.curfew, p.tamper })
                overlapsEvent = overlapsEvent || (w && w->first < end + 600 && start < w->second + 600);
            if (!overlapsEvent)
                p.gaps.append({ start, end });
        }
    }
    return p;
}

double SyntheticTrack::startBattery(qint64 pktDay) const
{
    DayPlan previous = plan(pktDay - 1);
    if (previous.lowBattery) // never two days running: the day before it charged fully
        previous.startBattery = plan(pktDay - 2).battery(DaySeconds, m_drainPerHour);
    return previous.battery(DaySeconds, m_drainPerHour);
}

QList<Fix> SyntheticTrack::fixes(const QDateTime &from, const QDateTime &to) const
{
    QList<Fix> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    const quint64 base = deviceBase(m_deviceId, m_seed);
    for (qint64 day = pktDayOf(fromMs); day <= pktDayOf(toMs - 1); ++day) {
        DayPlan p = plan(day);
        p.startBattery = startBattery(day);
        Rng noise(mix(base, quint64(day) * 2 + 1));
        const qint64 dayStartMs = (day * DaySeconds - PktOffsetSeconds) * 1000;
        for (const auto &s : p.segments) {
            const bool moving = !p.isStay(s);
            const int interval
                = moving || s.dense ? m_settings.movingIntervalSeconds : m_settings.stillIntervalSeconds;
            // The path's cumulative lengths, for positions along a trip.
            QList<double> along { 0 };
            for (qsizetype i = 1; i < s.path.size(); ++i)
                along.append(along.last() + distance(s.path[i - 1], s.path[i]));
            for (qint64 k = 0;; ++k) {
                const qint64 ms = (s.start + k * interval) * 1000 + noise.range(0, 1999);
                const double accuracy = moving ? noise.uniform(3, 10)
                    : s.indoor                 ? noise.uniform(12, 30)
                                               : noise.uniform(4, 12);
                const double eastNoise = noise.normal() * accuracy / 1.5;
                const double northNoise = noise.normal() * accuracy / 1.5;
                const double speedNoise = noise.normal();
                const bool wifi = s.indoor && noise.chance(0.2);
                if (ms >= s.end * 1000)
                    break;
                const qint64 second = ms / 1000;
                bool inGap = false;
                for (const auto &[gapStart, gapEnd] : p.gaps)
                    inGap = inGap || (second >= gapStart && second < gapEnd);
                const double battery = p.battery(second, m_drainPerHour);
                const qint64 utcMs = dayStartMs + ms;
                if (inGap || battery <= 0 || utcMs < fromMs || utcMs >= toMs)
                    continue;

                Place at = s.path.first();
                if (moving) {
                    const double d
                        = along.last() * double(ms - s.start * 1000) / double((s.end - s.start) * 1000);
                    qsizetype i = 1;
                    while (i < along.size() - 1 && along[i] < d)
                        ++i;
                    const double leg = along[i] - along[i - 1];
                    const double f = leg > 0 ? std::clamp((d - along[i - 1]) / leg, 0.0, 1.0) : 0.0;
                    at = { s.path[i - 1].lat + f * (s.path[i].lat - s.path[i - 1].lat),
                        s.path[i - 1].lon + f * (s.path[i].lon - s.path[i - 1].lon) };
                }
                Geo::offsetMetres(at.lat, at.lon, eastNoise, northNoise);

                Fix fix;
                fix.deviceId = m_deviceId;
                fix.fixTime = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
                fix.deviceTime = QDateTime::fromMSecsSinceEpoch(utcMs + m_clockSkewMs, Qt::UTC);
                fix.latitude = at.lat;
                fix.longitude = at.lon;
                fix.accuracyMetres = std::round(accuracy * 10) / 10;
                fix.speedMps = std::round((moving ? std::max(0.0, s.speed * (1 + 0.1 * speedNoise))
                                                  : std::abs(speedNoise) * 0.3)
                                   * 100)
                    / 100;
                fix.source = wifi ? FixSource::Wifi : FixSource::Gps;
                fix.batteryPercent = int(battery); // what a tag shows: whole percent, rounded down
                fix.strap = p.tamper && second >= p.tamper->first && second < p.tamper->second
                    ? StrapState::Open
                    : StrapState::Closed;
                out.append(std::move(fix));
            }
        }
    }
    return out;
}

QList<SyntheticTrack::Event> SyntheticTrack::events(const QDateTime &from, const QDateTime &to) const
{
    QList<Event> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    for (qint64 day = pktDayOf(fromMs); day <= pktDayOf(toMs - 1); ++day) {
        DayPlan p = plan(day);
        p.startBattery = startBattery(day);
        QList<Event> dayEvents;
        const auto add = [&](EventKind kind, const DayPlan::Window &w) {
            if (w)
                dayEvents.append({ kind, utcAt(day, w->first), utcAt(day, w->second) });
        };
        add(EventKind::Excursion, p.excursion);
        add(EventKind::CurfewBreach, p.curfew);
        add(EventKind::StrapTamper, p.tamper);
        add(EventKind::Intercity, p.intercity);
        for (const auto &gap : p.gaps)
            add(EventKind::SignalGap, gap);
        if (p.lowBattery) {
            const double drain = m_drainPerHour;
            const double atHome = p.battery(p.homeArrival, drain);
            const qint64 low
                = std::max<qint64>(0, qint64((p.startBattery - LowBatteryPercent) / drain * 3600));
            const qint64 recovered
                = p.homeArrival + qint64((LowBatteryPercent - atHome) / ChargePerHour * 3600);
            if (low < p.homeArrival && atHome < LowBatteryPercent)
                add(EventKind::LowBattery, std::make_pair(low, recovered));
            const qint64 dead = qint64(p.startBattery / drain * 3600);
            if (dead < p.homeArrival)
                add(EventKind::DeviceDead, std::make_pair(dead, p.homeArrival));
        }
        std::sort(dayEvents.begin(), dayEvents.end(),
            [](const Event &a, const Event &b) { return a.start < b.start; });
        for (const Event &e : std::as_const(dayEvents))
            if (e.end.toMSecsSinceEpoch() > fromMs && e.start.toMSecsSinceEpoch() < toMs)
                out.append(e);
    }
    return out;
}

QList<Zone> SyntheticTrack::demoZones() const
{
    QList<Zone> zones;
    const ZoneSchedule curfew({ { ZoneSchedule::EveryDay, CurfewStartMinute, CurfewEndMinute } });
    if (auto home = Zone::create(m_deviceId + QStringLiteral("-home"), 1, ZoneKind::Inclusion,
            QGeoCircle(QGeoCoordinate(m_homeLat, m_homeLon), HomeZoneRadiusMetres), 0, curfew, 300))
        zones.append(std::move(*home));
    if (auto exclusion = Zone::create(m_deviceId + QStringLiteral("-exclusion"), 1, ZoneKind::Exclusion,
            QGeoCircle(QGeoCoordinate(m_zoneLat, m_zoneLon), ExclusionZoneRadiusMetres)))
        zones.append(std::move(*exclusion));
    return zones;
}

} // namespace Nigran::Models
