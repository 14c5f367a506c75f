#pragma once

#include "map/maplayer.h"

#include "monitoring/fix.h"
#include "monitoring/tracksegment.h"

#include <QColor>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <map>
#include <memory>
#include <vector>

namespace Nigran::Models {
class TrackLod;
}

namespace Nigran::Gui {

/// One offender's track: polylines through the fixes, simplified for the current zoom by TrackLod,
/// never joined across a signal gap (a gap is left blank, its two ends marked), each run between
/// gaps coloured by the age of its last fix; stops (TrackSegmenter) as round markers and the latest
/// fix as a larger dot. By default the fixes inside a stop are not drawn (GPS jitter around one place
/// is a scribble, not a movement): the line runs from the stop's first fix to its last, and the stop
/// marker shows where it was.
class TrackLayer : public MapLayer
{
    Q_OBJECT

public:
    static constexpr double LineWidth = 3.0;

    explicit TrackLayer(QObject *parent = nullptr);
    ~TrackLayer() override;

    /// `fixes` in time order; consecutive fixes more than `gapSeconds` apart are a gap.
    void setTrack(const QList<Models::Fix> &fixes, qint64 gapSeconds = 300);
    void clear();
    /// The "now" ages are measured from (playback time); null: the current time.
    void setReferenceTime(const QDateTime &now);
    /// Playback: only the fixes up to `until` are drawn, the last of them as the current position;
    /// null: every fix.
    void setCutOff(const QDateTime &until);
    QDateTime cutOff() const { return m_cutOff; }
    /// Index of the last fix at or before `time` (fixes are in time order); −1 when none is.
    int lastIndexAt(const QDateTime &time) const;
    /// Where the offender was at `time`: the last fix at or before it (the first fix before the track
    /// starts); invalid without fixes.
    QGeoCoordinate positionAt(const QDateTime &time) const;
    /// The position of fix `index`; invalid when out of range.
    QGeoCoordinate fixPosition(int index) const;
    /// The time of fix `index` (UTC); null when out of range.
    QDateTime fixTime(int index) const;
    /// The box around every fix; invalid without fixes.
    QGeoRectangle bounds() const;
    void setStopsVisible(bool visible);
    /// False: draw every fix inside stops as well.
    void setStopsCollapsed(bool collapsed);

    /// Colour of a run whose last fix is `ageSeconds` old.
    static QColor colourForAge(qint64 ageSeconds);

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Track"); }

    qsizetype fixCount() const { return qsizetype(m_units.size()); }
    int runCount() const { return int(m_runBounds.size()); }
    /// Line segments (and lone fixes) drawn by the last paint, after simplification, culling and
    /// removing segments that fall on the same pixels as one already drawn.
    qsizetype lastDrawnSegmentCount() const { return m_lastDrawnSegments; }

private:
    /// Bounds (world units) of each chunk of ChunkSize segments of every run at one level of detail,
    /// as drawn (collapsed stops at their first fix): a frame skips the chunks off screen instead of
    /// projecting every fix of a run that crosses the view. Built on the first paint at that level.
    const std::vector<std::vector<QRectF>> &chunkBounds(int level, const QList<QList<int>> &runs);
    int shownIndex(int fix) const { return m_collapseStops ? m_shownAt[std::size_t(fix)] : fix; }

    std::unique_ptr<Models::TrackLod> m_lod;
    std::map<int, std::vector<std::vector<QRectF>>> m_chunkBounds; ///< per level, per run
    std::vector<QPointF> m_units; ///< world units (zoom 0) of every fix
    std::vector<qint64> m_timesMs; ///< fix times, ms since the epoch
    std::vector<QRectF> m_runBounds; ///< per run between gaps, world units
    /// Where each fix is drawn with collapsed stops: a fix inside a stop (not its first or last) at
    /// the stop's first fix, every other fix at itself.
    std::vector<int> m_shownAt;
    QList<Models::TrackSegment> m_stops;
    QDateTime m_reference;
    QDateTime m_cutOff;
    bool m_showStops = true;
    bool m_collapseStops = true;
    qsizetype m_lastDrawnSegments = 0;
};

} // namespace Nigran::Gui
