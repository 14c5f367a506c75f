#pragma once

#include <QGeoCoordinate>
#include <QPointF>

namespace Nigran::Gui {

/// Spherical Web Mercator (EPSG:3857) with 256-pixel tiles, as used by XYZ and MBTiles tile sets.
/// "World pixels" at zoom z run from 0 to 256 · 2^z on both axes, x east, y south; the zoom may be
/// fractional.
class MapProjection
{
public:
    static constexpr double TileSize = 256.0;
    /// Latitudes beyond this are clamped (the square Web Mercator world).
    static constexpr double MaxLatitude = 85.05112878;

    /// 256 · 2^zoom.
    static double worldSize(double zoom);
    /// World pixels of a WGS 84 position at `zoom`.
    static QPointF toWorld(double latitude, double longitude, double zoom);
    static QPointF toWorld(const QGeoCoordinate &coordinate, double zoom)
    {
        return toWorld(coordinate.latitude(), coordinate.longitude(), zoom);
    }
    /// The position of a world pixel at `zoom`.
    static QGeoCoordinate toGeo(QPointF world, double zoom);
    /// Ground metres per screen pixel at `latitude` and `zoom` (shrinks with cos(latitude)).
    static double metresPerPixel(double latitude, double zoom);
};

} // namespace Nigran::Gui
