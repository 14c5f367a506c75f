#pragma once

#include "map/maplayer.h"

#include <QCache>
#include <QImage>

namespace Nigran::Gui {

/// A raster layer of 256-pixel Web Mercator tiles in XYZ numbering (y = 0 at the north). Paints the
/// tiles of the level nearest the zoom, scaled; where a tile is not (yet) there, the nearest loaded
/// parent tile is drawn enlarged instead. Subclasses supply the tiles.
class TileLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit TileLayer(QObject *parent = nullptr);

    void paint(QPainter &painter, const MapViewport &viewport) override;

    int minLevel() const { return m_minLevel; }
    int maxLevel() const { return m_maxLevel; }
    /// Credit line to show with the tiles (the tile provider's licence usually requires it).
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &text) { m_attribution = text; }

protected:
    /// The tile at (level, x, y), or a null image when it does not exist or is not loaded yet. Called
    /// while painting: must not block for long (read from disk, or start a download and emit
    /// changed() when it arrives).
    virtual QImage tile(int level, int x, int y) = 0;

    void setLevels(int minLevel, int maxLevel);
    static quint64 keyOf(int level, int x, int y)
    {
        return (quint64(level) << 58) | (quint64(x) << 29) | quint64(y);
    }

    /// Decoded tiles, by keyOf(); cost in KiB (about 64 MiB in all).
    QCache<quint64, QImage> m_tiles { 64 * 1024 };

private:
    int m_minLevel = 0;
    int m_maxLevel = 19;
    QString m_attribution;
};

} // namespace Nigran::Gui
