#include "map/tracklayer.h"

#include "map/mapprojection.h"
#include "map/mapviewport.h"

#include "monitoring/tracklod.h"
#include "monitoring/tracksegmenter.h"

#include <QPainter>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

namespace {

constexpr int MaxLodLevel = 24;
constexpr std::size_t LinesPerBatch = 16;
constexpr double MaxSmoothPixels = 20000;
constexpr qsizetype ChunkSize = 64; ///< segments per culling chunk of a run
const QColor StopFill(255, 255, 255);
const QColor StopBorder(0x37, 0x37, 0x37);

/// Clips a segment to `r` (Liang–Barsky); false when nothing of it is inside. The raster engine
/// strokes a wide line over its whole length, so one reaching far off screen costs as much as its
/// full length at high zoom.
bool clipTo(const QRectF &r, QLineF &line)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4]
        = { line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(), r.bottom() - line.y1() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line.p1();
    line = QLineF(a + QPointF(dx, dy) * t0, a + QPointF(dx, dy) * t1);
    return true;
}

} // namespace

TrackLayer::TrackLayer(QObject *parent)
    : MapLayer(parent)
{ }

TrackLayer::~TrackLayer() = default;

QColor TrackLayer::colourForAge(qint64 ageSeconds)
{
    if (ageSeconds < 15 * 60)
        return { 0x15, 0x65, 0xc0 }; // live: strong blue
    if (ageSeconds < 60 * 60)
        return { 0x7b, 0x1f, 0xa2 }; // within the hour: purple
    if (ageSeconds < 24 * 60 * 60)
        return { 0xef, 0x6c, 0x00 }; // today: orange
    return { 0x8d, 0x8d, 0x8d }; // older: grey
}

void TrackLayer::setTrack(const QList<Models::Fix> &fixes, qint64 gapSeconds)
{
    m_lod = std::make_unique<Models::TrackLod>(fixes, gapSeconds);
    m_chunkBounds.clear();
    m_units.resize(std::size_t(fixes.size()));
    m_timesMs.resize(std::size_t(fixes.size()));
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        m_units[std::size_t(i)] = MapViewport::toUnits(fixes[i].latitude, fixes[i].longitude);
        m_timesMs[std::size_t(i)] = fixes[i].fixTime.toMSecsSinceEpoch();
    }
    // The runs between gaps are the same at every level; only their inner fixes are thinned.
    m_runBounds.clear();
    for (const QList<int> &run : m_lod->runsAtZoom(0)) {
        double left = m_units[std::size_t(run.first())].x(), right = left;
        double top = m_units[std::size_t(run.first())].y(), bottom = top;
        for (int i = run.first(); i <= run.last(); ++i) {
            const QPointF p = m_units[std::size_t(i)];
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        m_runBounds.emplace_back(QPointF(left, top), QPointF(right, bottom));
    }
    Models::TrackSegmenter::Settings settings;
    settings.gapSeconds = gapSeconds;
    m_stops.clear();
    m_shownAt.resize(std::size_t(fixes.size()));
    for (std::size_t i = 0; i < m_shownAt.size(); ++i)
        m_shownAt[i] = int(i);
    for (const Models::TrackSegment &segment : Models::TrackSegmenter::segment(fixes, settings)) {
        if (segment.kind != Models::TrackSegment::Kind::Stop)
            continue;
        m_stops.append(segment);
        for (int i = segment.first + 1; i < segment.last; ++i)
            m_shownAt[std::size_t(i)] = segment.first;
    }
    emit changed();
}

void TrackLayer::clear()
{
    m_lod.reset();
    m_chunkBounds.clear();
    m_units.clear();
    m_timesMs.clear();
    m_runBounds.clear();
    m_shownAt.clear();
    m_stops.clear();
    emit changed();
}

void TrackLayer::setReferenceTime(const QDateTime &now)
{
    m_reference = now;
    emit changed();
}

void TrackLayer::setCutOff(const QDateTime &until)
{
    if (until == m_cutOff)
        return;
    m_cutOff = until;
    emit changed();
}

int TrackLayer::lastIndexAt(const QDateTime &time) const
{
    if (!time.isValid())
        return int(m_timesMs.size()) - 1;
    const auto after = std::upper_bound(m_timesMs.cbegin(), m_timesMs.cend(), time.toMSecsSinceEpoch());
    return int(after - m_timesMs.cbegin()) - 1;
}

QGeoCoordinate TrackLayer::fixPosition(int index) const
{
    if (index < 0 || std::size_t(index) >= m_units.size())
        return {};
    return MapProjection::toGeo(m_units[std::size_t(index)], 0);
}

QDateTime TrackLayer::fixTime(int index) const
{
    if (index < 0 || std::size_t(index) >= m_timesMs.size())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_timesMs[std::size_t(index)], QTimeZone::utc());
}

QGeoCoordinate TrackLayer::positionAt(const QDateTime &time) const
{
    if (m_units.empty())
        return {};
    return fixPosition(std::max(0, lastIndexAt(time)));
}

QGeoRectangle TrackLayer::bounds() const
{
    if (m_units.empty())
        return {};
    double left = m_units.front().x(), right = left, top = m_units.front().y(), bottom = top;
    for (const QPointF &p : m_units) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QGeoRectangle(
        MapProjection::toGeo(QPointF(left, top), 0), MapProjection::toGeo(QPointF(right, bottom), 0));
}

void TrackLayer::setStopsVisible(bool visible)
{
    m_showStops = visible;
    emit changed();
}

void TrackLayer::setStopsCollapsed(bool collapsed)
{
    m_collapseStops = collapsed;
    m_chunkBounds.clear();
    emit changed();
}

const std::vector<std::vector<QRectF>> &TrackLayer::chunkBounds(int level, const QList<QList<int>> &runs)
{
    auto found = m_chunkBounds.find(level);
    if (found != m_chunkBounds.end())
        return found->second;
    std::vector<std::vector<QRectF>> perRun(std::size_t(runs.size()));
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const QList<int> &run = runs[r];
        // Chunk c holds the segments ending at k = c·ChunkSize + 1 … (c + 1)·ChunkSize: its fixes are
        // c·ChunkSize … (c + 1)·ChunkSize, the first shared with the chunk before.
        for (qsizetype c0 = 0; c0 + 1 < run.size(); c0 += ChunkSize) {
            const qsizetype c1 = std::min(c0 + ChunkSize, run.size() - 1);
            QPointF p = m_units[std::size_t(shownIndex(run[c0]))];
            double left = p.x(), right = p.x(), top = p.y(), bottom = p.y();
            for (qsizetype k = c0 + 1; k <= c1; ++k) {
                p = m_units[std::size_t(shownIndex(run[k]))];
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
            }
            perRun[std::size_t(r)].emplace_back(QPointF(left, top), QPointF(right, bottom));
        }
    }
    return m_chunkBounds.emplace(level, std::move(perRun)).first->second;
}

void TrackLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    m_lastDrawnSegments = 0;
    if (!m_lod || m_units.empty())
        return;
    const qint64 nowMs
        = (m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const double scale = viewport.scale();
    const QPointF origin = viewport.origin();
    const QRectF visibleUnits = viewport.visibleUnits(LineWidth * 4);
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-8, -8, 8, 8);
    const auto toScreen = [&](int i) { return m_units[std::size_t(i)] * scale - origin; };

    // Playback: nothing after the cut-off fix is drawn; it is the current position.
    const int cut = m_cutOff.isValid() ? lastIndexAt(m_cutOff) : int(m_units.size()) - 1;
    if (cut < 0)
        return;
    const int level = std::clamp(viewport.level(), 0, MaxLodLevel);
    const QList<QList<int>> &runs = m_lod->runsAtZoom(level);
    const std::vector<std::vector<QRectF>> &chunks = chunkBounds(level, runs);
    const auto offView = [&](const QRectF &bounds) { // may be a line or a point: no intersects()
        return bounds.right() < visibleUnits.left() || bounds.left() > visibleUnits.right()
            || bounds.bottom() < visibleUnits.top() || bounds.top() > visibleUnits.bottom();
    };
    QList<int> cutRun; // the run the cut-off falls in, up to it
    // Segments are deduplicated on the pixel grid: a street driven every day, or jitter smaller than a
    // pixel, is drawn once, not a thousand times over (the raster engine's cost for wide antialiased
    // lines grows with every overlapping stroke).
    QSet<quint64> drawn;
    const auto keyOf = [](QPointF a, QPointF b) {
        auto pack = [](QPointF p) {
            return (quint64(quint16(qint32(std::lround(p.x())) + 16384)) << 16)
                | quint64(quint16(qint32(std::lround(p.y())) + 16384));
        };
        quint64 ka = pack(a), kb = pack(b);
        if (ka > kb)
            std::swap(ka, kb);
        return (ka << 32) | kb;
    };
    std::vector<QLineF> lines;
    struct Batch
    {
        std::size_t end;
        QColor colour;
    };
    std::vector<Batch> batches; // lines of one run, in its colour
    for (qsizetype r = 0; r < runs.size(); ++r) {
        if (runs[r].first() > cut)
            break;
        const bool isCut = runs[r].last() > cut;
        if (isCut) {
            // The simplified run may skip the cut-off fix: the line still ends there.
            cutRun.clear();
            for (int i : runs[r]) {
                if (i > cut)
                    break;
                cutRun.append(i);
            }
            if (cutRun.last() != cut)
                cutRun.append(cut);
        }
        const QList<int> &run = isCut ? cutRun : runs[r];
        if (offView(m_runBounds[std::size_t(r)]))
            continue;
        const QColor colour = colourForAge((nowMs - m_timesMs[std::size_t(run.last())]) / 1000);
        if (run.size() == 1) {
            const QPointF p = toScreen(run.first());
            if (screen.contains(p)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                painter.drawEllipse(p, LineWidth, LineWidth);
                ++m_lastDrawnSegments;
            }
            continue;
        }
        // Only the segments that touch the screen. A collapsed stop's inner fixes are drawn at its
        // first fix (simplification may have kept an inner fix and dropped the first: skipping it
        // would cut the way to the stop off the line).
        const auto shown = [&](qsizetype k) {
            const int i = run[k];
            return isCut && k + 1 == run.size() ? i : shownIndex(i);
        };
        // Chunks off the view are skipped whole (the cut run's last chunk differs from the full
        // run's, so that run is not culled by chunk).
        const std::vector<QRectF> &runChunks = chunks[std::size_t(r)];
        for (qsizetype c0 = 0; c0 + 1 < run.size(); c0 += ChunkSize) {
            if (!isCut && offView(runChunks[std::size_t(c0 / ChunkSize)]))
                continue;
            const qsizetype c1 = std::min(c0 + ChunkSize, run.size() - 1);
            QPointF previous = toScreen(shown(c0));
            for (qsizetype k = c0 + 1; k <= c1; ++k) {
                const QPointF next = toScreen(shown(k));
                if (next == previous)
                    continue;
                if (std::max(previous.x(), next.x()) >= screen.left()
                    && std::min(previous.x(), next.x()) <= screen.right()
                    && std::max(previous.y(), next.y()) >= screen.top()
                    && std::min(previous.y(), next.y()) <= screen.bottom()) {
                    const bool inside = screen.contains(previous) && screen.contains(next);
                    if (inside) {
                        if (!drawn.contains(keyOf(previous, next))) {
                            drawn.insert(keyOf(previous, next));
                            lines.emplace_back(previous, next);
                        }
                    } else if (QLineF clipped(previous, next); clipTo(screen, clipped)) {
                        lines.push_back(clipped);
                    }
                }
                previous = next;
            }
        }
        batches.push_back({ lines.size(), colour });
        // The two ends of every gap: small open circles, so a gap reads as "no signal", not as a stop.
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::white);
        if (r > 0)
            painter.drawEllipse(toScreen(run.first()), 3.0, 3.0);
        if (r + 1 < runs.size() && !isCut && run.last() != cut)
            painter.drawEllipse(toScreen(run.last()), 3.0, 3.0);
    }

    // Wide antialiased round-capped lines cost the raster engine about half a microsecond per pixel of
    // length: past MaxSmoothPixels on screen the frame would miss 16 ms, so a crowded view is drawn
    // with plain (aliased, flat-capped) lines.
    double length = 0;
    for (const QLineF &l : lines)
        length += l.length();
    const bool crowded = length > MaxSmoothPixels;
    painter.setRenderHint(QPainter::Antialiasing, !crowded);
    painter.setBrush(Qt::NoBrush);
    std::size_t begin = 0;
    for (const Batch &batch : batches) {
        painter.setPen(QPen(batch.colour, LineWidth, Qt::SolidLine, crowded ? Qt::FlatCap : Qt::RoundCap,
            crowded ? Qt::BevelJoin : Qt::RoundJoin));
        for (std::size_t i = begin; i < batch.end; i += LinesPerBatch)
            painter.drawLines(lines.data() + i, int(std::min(LinesPerBatch, batch.end - i)));
        begin = batch.end;
    }
    m_lastDrawnSegments += qsizetype(lines.size());
    painter.setRenderHint(QPainter::Antialiasing);

    if (m_showStops && viewport.zoom() >= 11) {
        painter.setPen(QPen(StopBorder, 1.5));
        painter.setBrush(StopFill);
        for (const Models::TrackSegment &stop : std::as_const(m_stops)) {
            if (stop.first > cut)
                break;
            const QPointF p = viewport.toScreen(stop.latitude, stop.longitude);
            if (screen.contains(p))
                painter.drawEllipse(p, 5.0, 5.0);
        }
    }

    // The latest fix (up to the cut-off): where the offender was last seen.
    const QPointF last = toScreen(cut);
    if (screen.contains(last)) {
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(colourForAge((nowMs - m_timesMs[std::size_t(cut)]) / 1000));
        painter.drawEllipse(last, 6.0, 6.0);
    }
}

} // namespace Nigran::Gui
