#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QRectF>
#include <QSize>

namespace Nigran::Gui {

/// What the map shows: a centre, a fractional zoom and a widget size. Converts between screen pixels
/// (origin top-left of the widget), world pixels and WGS 84. The map is never mirrored, whatever the
/// layout direction.
///
/// Layers that precompute positions keep them as "world units" (world pixels at zoom 0, 0–256) and
/// map them to the screen with `scale()` and `origin()`: screen = unit · scale − origin.
class MapViewport
{
public:
    static constexpr double MinZoom = 2.0;
    static constexpr double MaxZoom = 19.0;

    MapViewport() = default;
    MapViewport(const QGeoCoordinate &centre, double zoom, QSize size);

    QGeoCoordinate centre() const;
    void setCentre(const QGeoCoordinate &centre);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    QSize size() const { return m_size; }
    void setSize(QSize size) { m_size = size; }

    /// The integer zoom level for level-of-detail and tiles: the zoom rounded down.
    int level() const;
    /// Screen pixels per world unit (2^zoom · 1).
    double scale() const;
    /// World pixels (at the current zoom) of the screen's top-left corner.
    QPointF origin() const;

    /// World units (zoom 0) of a position.
    static QPointF toUnits(double latitude, double longitude);

    QPointF toScreen(double latitude, double longitude) const;
    QPointF toScreen(const QGeoCoordinate &coordinate) const
    {
        return toScreen(coordinate.latitude(), coordinate.longitude());
    }
    QPointF unitsToScreen(QPointF units) const { return units * scale() - origin(); }
    QGeoCoordinate toGeo(QPointF screen) const;
    /// The visible area in world units, grown by `marginPixels` on every side.
    QRectF visibleUnits(double marginPixels = 0) const;
    QGeoRectangle visibleGeo() const;
    /// Ground metres per screen pixel at the centre's latitude.
    double metresPerPixel() const;

    /// Moves the view by screen pixels (positive dx shows what is further east).
    void panBy(QPointF pixels);
    /// Changes the zoom keeping the position under `screenAnchor` where it is.
    void zoomAt(QPointF screenAnchor, double newZoom);

    friend bool operator==(const MapViewport &, const MapViewport &) = default;

private:
    QPointF m_centreUnits { 128.0, 128.0 };
    double m_zoom = 5.0;
    QSize m_size;
};

} // namespace Nigran::Gui
