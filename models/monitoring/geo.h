#pragma once

#include <cmath>
#include <numbers>

namespace Nigran::Models::Geo {

/// Mean Earth radius (IUGG), metres.
inline constexpr double EarthRadiusMetres = 6371008.8;
inline constexpr double MetresPerDegree = EarthRadiusMetres * std::numbers::pi / 180.0;

/// Great-circle distance in metres (haversine).
inline double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusMetres * std::asin(std::sqrt(std::fmin(1.0, a)));
}

/// Moves a point `east` and `north` metres (local flat approximation; for tests and small offsets).
inline void offsetMetres(double &lat, double &lon, double east, double north)
{
    lon += east / (MetresPerDegree * std::cos(lat * std::numbers::pi / 180.0));
    lat += north / MetresPerDegree;
}

} // namespace Nigran::Models::Geo
