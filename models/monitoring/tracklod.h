#pragma once

#include "monitoring/fix.h"

#include <QHash>
#include <QList>

#include <utility>
#include <vector>

namespace Nigran::Models {

/// Level-of-detail of one track for the map: Douglas–Peucker on Web Mercator coordinates, computed
/// once for the whole track (each fix gets the tolerance down to which it survives) so every zoom
/// level is a linear filter, cached. The track is first cut at signal gaps (more than `gapSeconds`
/// between fixes): runs are simplified separately and never joined across a gap.
class TrackLod
{
public:
    explicit TrackLod(const QList<Fix> &fixes, qint64 gapSeconds = 300);

    /// Metres of Web Mercator per screen pixel at `zoom` (256-pixel tiles).
    static double mercatorMetresPerPixel(int zoom);

    /// The fixes to draw at `zoom`, as runs of indices into the track (one polyline each); a run of one
    /// fix is an isolated point between two gaps. Cached per (zoom, tolerance).
    const QList<QList<int>> &runsAtZoom(int zoom, double tolerancePixels = 0.5) const;
    /// The same for a tolerance in Mercator metres (not cached).
    QList<QList<int>> runsAtTolerance(double toleranceMetres) const;

    int runCount() const { return int(m_runs.size()); }
    qsizetype size() const { return qsizetype(m_x.size()); }

private:
    std::vector<double> m_x; ///< Web Mercator metres
    std::vector<double> m_y;
    std::vector<double> m_keep; ///< largest tolerance at which the fix is still drawn
    std::vector<std::pair<int, int>> m_runs; ///< [first, last] between gaps
    mutable QHash<qint64, QList<QList<int>>> m_cache;
};

} // namespace Nigran::Models
