#include "map/mapviewport.h"

#include "map/mapprojection.h"

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

MapViewport::MapViewport(const QGeoCoordinate &centre, double zoom, QSize size)
    : m_size(size)
{
    setCentre(centre);
    setZoom(zoom);
}

QGeoCoordinate MapViewport::centre() const
{
    return MapProjection::toGeo(m_centreUnits, 0);
}

void MapViewport::setCentre(const QGeoCoordinate &centre)
{
    m_centreUnits = toUnits(centre.latitude(), centre.longitude());
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
}

int MapViewport::level() const
{
    // A zoom a hair below an integer (after zoomAt arithmetic) still counts as that level.
    return int(std::floor(m_zoom + 1e-9));
}

double MapViewport::scale() const
{
    return std::exp2(m_zoom);
}

QPointF MapViewport::origin() const
{
    return m_centreUnits * scale() - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF MapViewport::toUnits(double latitude, double longitude)
{
    return MapProjection::toWorld(latitude, longitude, 0);
}

QPointF MapViewport::toScreen(double latitude, double longitude) const
{
    return unitsToScreen(toUnits(latitude, longitude));
}

QGeoCoordinate MapViewport::toGeo(QPointF screen) const
{
    return MapProjection::toGeo((screen + origin()) / scale(), 0);
}

QRectF MapViewport::visibleUnits(double marginPixels) const
{
    const double s = scale();
    const QPointF topLeft = (origin() - QPointF(marginPixels, marginPixels)) / s;
    const QSizeF size((m_size.width() + 2 * marginPixels) / s, (m_size.height() + 2 * marginPixels) / s);
    return { topLeft, size };
}

QGeoRectangle MapViewport::visibleGeo() const
{
    const QRectF units = visibleUnits();
    return { MapProjection::toGeo(units.topLeft(), 0), MapProjection::toGeo(units.bottomRight(), 0) };
}

double MapViewport::metresPerPixel() const
{
    return MapProjection::metresPerPixel(centre().latitude(), m_zoom);
}

void MapViewport::panBy(QPointF pixels)
{
    m_centreUnits += pixels / scale();
    const double world = MapProjection::TileSize;
    m_centreUnits.setY(std::clamp(m_centreUnits.y(), 0.0, world));
    m_centreUnits.setX(std::clamp(m_centreUnits.x(), 0.0, world)); // one world, no wrapping
}

void MapViewport::zoomAt(QPointF screenAnchor, double newZoom)
{
    const QPointF anchorUnits = (screenAnchor + origin()) / scale();
    setZoom(newZoom);
    // Put anchorUnits back under screenAnchor: centre = anchor − (screenAnchor − half size) / scale.
    const QPointF half(m_size.width() / 2.0, m_size.height() / 2.0);
    m_centreUnits = anchorUnits - (screenAnchor - half) / scale();
}

} // namespace Nigran::Gui
