#include "monitoring/zonegrid.h"

#include "monitoring/geo.h"
#include "monitoring/zone.h"

#include <cmath>

namespace Nigran::Models {

ZoneGrid::ZoneGrid(const QList<Zone> &zones, const QList<int> &indices, double cellDegrees)
    : m_cell(cellDegrees)
{
    if (indices.isEmpty())
        return;
    double south = 90, north = -90, west = 180, east = -180;
    for (int i : indices) {
        south = std::min(south, zones[i].south());
        north = std::max(north, zones[i].north());
        west = std::min(west, zones[i].west());
        east = std::max(east, zones[i].east());
    }
    // Coarsen until the grid is a sensible size.
    while (((north - south) / m_cell + 1) * ((east - west) / m_cell + 1) > MaxCells)
        m_cell *= 2;
    m_south = south;
    m_west = west;
    m_rows = int((north - south) / m_cell) + 1;
    m_columns = int((east - west) / m_cell) + 1;
    const std::size_t cells = std::size_t(m_rows) * m_columns;
    std::vector<std::uint32_t> counts(cells + 1, 0);
    auto forCells = [&](const Zone &zone, auto &&f) {
        const int r0 = std::clamp(int((zone.south() - m_south) / m_cell), 0, m_rows - 1);
        const int r1 = std::clamp(int((zone.north() - m_south) / m_cell), 0, m_rows - 1);
        const int c0 = std::clamp(int((zone.west() - m_west) / m_cell), 0, m_columns - 1);
        const int c1 = std::clamp(int((zone.east() - m_west) / m_cell), 0, m_columns - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                f(std::size_t(r) * m_columns + c);
    };
    for (int i : indices)
        forCells(zones[i], [&](std::size_t cell) { ++counts[cell + 1]; });
    for (std::size_t cell = 0; cell < cells; ++cell)
        counts[cell + 1] += counts[cell];
    m_start = counts;
    m_items.resize(m_start[cells]);
    for (int i : indices)
        forCells(zones[i], [&](std::size_t cell) { m_items[counts[cell]++] = i; });
    m_seen.assign(zones.size(), 0);
}

void ZoneGrid::cellRange(
    double latitude, double longitude, double radiusMetres, int &r0, int &r1, int &c0, int &c1) const
{
    const double dLat = radiusMetres / Geo::MetresPerDegree;
    const double cosLat = std::max(0.01, std::cos(latitude * std::numbers::pi / 180.0));
    const double dLon = radiusMetres / (Geo::MetresPerDegree * cosLat);
    const double rowLow = std::floor((latitude - dLat - m_south) / m_cell);
    const double rowHigh = std::floor((latitude + dLat - m_south) / m_cell);
    const double colLow = std::floor((longitude - dLon - m_west) / m_cell);
    const double colHigh = std::floor((longitude + dLon - m_west) / m_cell);
    if (!(rowHigh >= 0 && rowLow < m_rows && colHigh >= 0 && colLow < m_columns)) {
        r0 = c0 = 1;
        r1 = c1 = 0;
        return;
    }
    r0 = int(std::max(0.0, rowLow));
    r1 = int(std::min(double(m_rows - 1), rowHigh));
    c0 = int(std::max(0.0, colLow));
    c1 = int(std::min(double(m_columns - 1), colHigh));
}

} // namespace Nigran::Models
