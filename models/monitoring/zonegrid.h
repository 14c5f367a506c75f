#pragma once

#include <QList>

#include <cstdint>
#include <vector>

namespace Nigran::Models {

class Zone;

/// A uniform latitude/longitude grid over zone bounding boxes, so a fix is tested only against the
/// zones near it. Cells hold zone indices (CSR layout); a query reports each zone at most once.
class ZoneGrid
{
public:
    static constexpr int MaxCells = 1 << 22;

    ZoneGrid() = default;
    /// Indexes `zones[i]` for every i in `indices`.
    ZoneGrid(const QList<Zone> &zones, const QList<int> &indices, double cellDegrees = 0.01);

    /// Calls `visit(int zoneIndex)` for every indexed zone whose box may be within `radiusMetres` of
    /// the point (may include some that are not; never misses one).
    template<typename Visit>
    void query(double latitude, double longitude, double radiusMetres, Visit &&visit);

    bool isEmpty() const { return m_items.empty(); }

private:
    void cellRange(
        double latitude, double longitude, double radiusMetres, int &r0, int &r1, int &c0, int &c1) const;

    double m_south = 0, m_west = 0, m_cell = 0.01;
    int m_rows = 0, m_columns = 0;
    std::vector<std::uint32_t> m_start; ///< m_rows × m_columns + 1 offsets into m_items
    std::vector<std::int32_t> m_items;
    std::vector<std::uint32_t> m_seen; ///< per zone index: stamp of the last query that reported it
    std::uint32_t m_stamp = 0;
};

template<typename Visit>
void ZoneGrid::query(double latitude, double longitude, double radiusMetres, Visit &&visit)
{
    if (m_items.empty())
        return;
    int r0, r1, c0, c1;
    cellRange(latitude, longitude, radiusMetres, r0, r1, c0, c1);
    if (r0 > r1 || c0 > c1)
        return;
    const bool single = r0 == r1 && c0 == c1;
    if (!single && ++m_stamp == 0) {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_stamp = 1;
    }
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const std::size_t cell = std::size_t(r) * m_columns + c;
            for (std::uint32_t i = m_start[cell]; i < m_start[cell + 1]; ++i) {
                const int zone = m_items[i];
                if (!single) {
                    if (m_seen[zone] == m_stamp)
                        continue;
                    m_seen[zone] = m_stamp;
                }
                visit(zone);
            }
        }
    }
}

} // namespace Nigran::Models
