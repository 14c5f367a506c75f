#include "map/mapprojection.h"

#include "monitoring/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Nigran::Gui {

namespace {

constexpr double Radians = std::numbers::pi / 180.0;

} // namespace

double MapProjection::worldSize(double zoom)
{
    return TileSize * std::exp2(zoom);
}

QPointF MapProjection::toWorld(double latitude, double longitude, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = std::clamp(latitude, -MaxLatitude, MaxLatitude) * Radians;
    const double x = (longitude + 180.0) / 360.0 * size;
    const double y
        = (0.5 - std::log(std::tan(std::numbers::pi / 4 + lat / 2)) / (2 * std::numbers::pi)) * size;
    return { x, y };
}

QGeoCoordinate MapProjection::toGeo(QPointF world, double zoom)
{
    const double size = worldSize(zoom);
    const double longitude = world.x() / size * 360.0 - 180.0;
    const double n = std::numbers::pi * (1 - 2 * world.y() / size);
    const double latitude = std::atan(std::sinh(n)) / Radians;
    return { latitude, longitude };
}

double MapProjection::metresPerPixel(double latitude, double zoom)
{
    const double equator = 2 * std::numbers::pi * Models::Geo::EarthRadiusMetres / worldSize(zoom);
    return equator * std::cos(std::clamp(latitude, -MaxLatitude, MaxLatitude) * Radians);
}

} // namespace Nigran::Gui
