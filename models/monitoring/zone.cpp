#include "monitoring/zone.h"

#include "monitoring/geo.h"

#include <cmath>
#include <limits>

namespace Nigran::Models {

Result<Zone> Zone::create(QString id, int version, ZoneKind kind, const QGeoShape &shape, double bufferMetres,
    ZoneSchedule schedule, int graceSeconds)
{
    if (!std::isfinite(bufferMetres) || bufferMetres < 0 || graceSeconds < 0)
        return fail(
            ErrorCode::InvalidInput, tr("Zone %1: the buffer and grace period must not be negative").arg(id));
    Zone zone;
    zone.m_id = std::move(id);
    zone.m_version = version;
    zone.m_kind = kind;
    zone.m_shape = shape;
    zone.m_buffer = bufferMetres;
    zone.m_schedule = std::move(schedule);
    zone.m_grace = graceSeconds;
    const double rad = std::numbers::pi / 180.0;
    if (shape.type() == QGeoShape::CircleType) {
        const QGeoCircle circle(shape);
        if (!circle.isValid() || circle.radius() <= 0)
            return fail(ErrorCode::InvalidInput,
                tr("Zone %1: the circle needs a centre and a radius").arg(zone.m_id));
        zone.m_isCircle = true;
        zone.m_radius = circle.radius();
        zone.m_lat0 = circle.center().latitude();
        zone.m_lon0 = circle.center().longitude();
    } else if (shape.type() == QGeoShape::PolygonType) {
        const QGeoPolygon polygon(shape);
        const QList<QGeoCoordinate> ring = polygon.perimeter();
        if (ring.size() < 3)
            return fail(ErrorCode::InvalidInput,
                tr("Zone %1: a polygon needs at least three corners").arg(zone.m_id));
        zone.m_isCircle = false;
        double south = 90, north = -90, west = 180, east = -180;
        for (const QGeoCoordinate &c : ring) {
            if (!c.isValid())
                return fail(ErrorCode::InvalidInput,
                    tr("Zone %1: a corner is not a valid coordinate").arg(zone.m_id));
            south = std::min(south, c.latitude());
            north = std::max(north, c.latitude());
            west = std::min(west, c.longitude());
            east = std::max(east, c.longitude());
        }
        if (east - west > 180)
            return fail(ErrorCode::InvalidInput, tr("Zone %1: the polygon is too large").arg(zone.m_id));
        zone.m_lat0 = (south + north) / 2;
        zone.m_lon0 = (west + east) / 2;
    } else {
        return fail(
            ErrorCode::InvalidInput, tr("Zone %1: only circles and polygons are zones").arg(zone.m_id));
    }
    zone.m_xScale = Geo::MetresPerDegree * std::cos(zone.m_lat0 * rad);
    double halfWidth = 0, halfHeight = 0; // metres from the origin to the box edges
    if (zone.m_isCircle) {
        halfWidth = halfHeight = zone.m_radius;
    } else {
        for (const QGeoCoordinate &c : QGeoPolygon(shape).perimeter()) {
            const double x = (c.longitude() - zone.m_lon0) * zone.m_xScale;
            const double y = (c.latitude() - zone.m_lat0) * Geo::MetresPerDegree;
            zone.m_xs.append(x);
            zone.m_ys.append(y);
            halfWidth = std::max(halfWidth, std::abs(x));
            halfHeight = std::max(halfHeight, std::abs(y));
        }
    }
    halfWidth += bufferMetres;
    halfHeight += bufferMetres;
    zone.m_south = zone.m_lat0 - halfHeight / Geo::MetresPerDegree;
    zone.m_north = zone.m_lat0 + halfHeight / Geo::MetresPerDegree;
    zone.m_west = zone.m_lon0 - halfWidth / zone.m_xScale;
    zone.m_east = zone.m_lon0 + halfWidth / zone.m_xScale;
    return zone;
}

double Zone::signedDistance(double latitude, double longitude) const
{
    const double x = (longitude - m_lon0) * m_xScale;
    const double y = (latitude - m_lat0) * Geo::MetresPerDegree;
    if (m_isCircle)
        return std::sqrt(x * x + y * y) - m_radius - m_buffer;
    // Even-odd rule for inside; nearest edge for the distance.
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    const qsizetype n = m_xs.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const double xi = m_xs[i], yi = m_ys[i], xj = m_xs[j], yj = m_ys[j];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
        const double dx = xj - xi, dy = yj - yi;
        const double length2 = dx * dx + dy * dy;
        double t = length2 > 0 ? ((x - xi) * dx + (y - yi) * dy) / length2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const double ex = xi + t * dx - x, ey = yi + t * dy - y;
        best = std::min(best, ex * ex + ey * ey);
    }
    const double edge = std::sqrt(best);
    return (inside ? -edge : edge) - m_buffer;
}

Zone::Containment Zone::classify(double latitude, double longitude, double accuracyMetres) const
{
    const double accuracy = accuracyMetres > 0 ? accuracyMetres : 0;
    const double distance = signedDistance(latitude, longitude);
    if (distance + accuracy <= 0)
        return Containment::Inside;
    if (distance - accuracy > 0)
        return Containment::Outside;
    return Containment::Straddles;
}

} // namespace Nigran::Models
