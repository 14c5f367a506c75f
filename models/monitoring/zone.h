#pragma once

#include "core/result.h"
#include "monitoring/zoneschedule.h"

#include <QCoreApplication>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class ZoneKind
{
    Exclusion = 0, ///< alert on entry (a victim's home, schools)
    Inclusion = 1, ///< alert on exit (home during curfew)
};

/// A zone of a monitoring order: a circle or a polygon (outer ring; holes are ignored) grown by a
/// buffer, with a schedule and a grace period. Versioned: an edit makes a new version, alerts name
/// the version they were raised against.
class Zone
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Zone)

public:
    enum class Containment
    {
        Inside, ///< the whole accuracy circle is inside the (buffered) zone
        Outside, ///< the whole accuracy circle is outside
        Straddles, ///< the accuracy circle crosses the boundary: neither
    };

    /// `shape` must be a valid QGeoCircle or a QGeoPolygon with at least three vertices.
    [[nodiscard]] static Result<Zone> create(QString id, int version, ZoneKind kind, const QGeoShape &shape,
        double bufferMetres = 0, ZoneSchedule schedule = {}, int graceSeconds = 0);

    const QString &id() const { return m_id; }
    int version() const { return m_version; }
    ZoneKind kind() const { return m_kind; }
    const QGeoShape &shape() const { return m_shape; }
    double bufferMetres() const { return m_buffer; }
    const ZoneSchedule &schedule() const { return m_schedule; }
    int graceSeconds() const { return m_grace; }
    /// Bounding box of the buffered zone, degrees.
    double south() const { return m_south; }
    double north() const { return m_north; }
    double west() const { return m_west; }
    double east() const { return m_east; }

    /// Distance in metres from the buffered zone's boundary: negative inside, positive outside.
    double signedDistance(double latitude, double longitude) const;
    /// Accuracy-aware: a fix whose circle of `accuracyMetres` (< 0: unknown, taken as 0) crosses the
    /// boundary is Straddles.
    Containment classify(double latitude, double longitude, double accuracyMetres) const;

private:
    Zone() = default;

    QString m_id;
    int m_version = 0;
    ZoneKind m_kind = ZoneKind::Exclusion;
    QGeoShape m_shape;
    double m_buffer = 0;
    ZoneSchedule m_schedule;
    int m_grace = 0;
    bool m_isCircle = true;
    double m_radius = 0; ///< circle only
    double m_lat0 = 0; ///< projection origin (circle centre or polygon's box centre)
    double m_lon0 = 0;
    double m_xScale = 0; ///< metres per degree of longitude at m_lat0
    QList<double> m_xs; ///< polygon vertices, projected metres
    QList<double> m_ys;
    double m_south = 0, m_north = 0, m_west = 0, m_east = 0;
};

} // namespace Nigran::Models
