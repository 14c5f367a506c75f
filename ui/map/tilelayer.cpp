#include "map/tilelayer.h"

#include "map/mapprojection.h"
#include "map/mapviewport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

namespace {

/// How many levels up a missing tile looks for a parent to enlarge.
constexpr int ParentSearch = 4;

} // namespace

TileLayer::TileLayer(QObject *parent)
    : MapLayer(parent)
{ }

void TileLayer::setLevels(int minLevel, int maxLevel)
{
    m_minLevel = std::clamp(minLevel, 0, 24);
    m_maxLevel = std::clamp(maxLevel, m_minLevel, 24);
}

void TileLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    const int level = std::clamp(int(std::lround(viewport.zoom())), m_minLevel, m_maxLevel);
    const double tileSize = MapProjection::TileSize * viewport.scale() / std::exp2(level); // on screen
    const QPointF origin = viewport.origin();
    const int count = 1 << level;
    const int x0 = std::max(0, int(std::floor(origin.x() / tileSize)));
    const int y0 = std::max(0, int(std::floor(origin.y() / tileSize)));
    const int x1 = std::min(count - 1, int(std::floor((origin.x() + viewport.size().width()) / tileSize)));
    const int y1 = std::min(count - 1, int(std::floor((origin.y() + viewport.size().height()) / tileSize)));
    painter.setRenderHint(
        QPainter::SmoothPixmapTransform, std::abs(tileSize - MapProjection::TileSize) > 0.01);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            // Snap to whole pixels so neighbouring tiles leave no hairline seams.
            const QRectF target(
                QPointF(std::floor(x * tileSize - origin.x()), std::floor(y * tileSize - origin.y())),
                QPointF(std::floor((x + 1) * tileSize - origin.x()),
                    std::floor((y + 1) * tileSize - origin.y())));
            QImage image = tile(level, x, y);
            if (!image.isNull()) {
                painter.drawImage(target, image);
                continue;
            }
            for (int up = 1; up <= ParentSearch && level - up >= m_minLevel; ++up) {
                const QImage *parentTile = m_tiles.object(keyOf(level - up, x >> up, y >> up));
                if (!parentTile)
                    continue;
                const double part = double(parentTile->width()) / (1 << up);
                const QRectF source((x & ((1 << up) - 1)) * part, (y & ((1 << up) - 1)) * part, part, part);
                painter.drawImage(target, *parentTile, source);
                break;
            }
        }
    }
}

} // namespace Nigran::Gui
