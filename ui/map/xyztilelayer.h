#pragma once

#include "map/tilelayer.h"

#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace Nigran::Gui {

/// Online raster tiles from an XYZ URL template ("https://tiles.example/{z}/{x}/{y}.png"), downloaded
/// in the background and kept in a disk cache, so districts that were online once still have them.
/// Tiles arrive asynchronously: the layer emits changed() and the view repaints.
class XyzTileLayer : public TileLayer
{
    Q_OBJECT

public:
    static constexpr int MaxParallelDownloads = 6;
    static constexpr qint64 DiskCacheBytes = 256LL * 1024 * 1024;

    /// `cacheDirectory` empty: no disk cache (memory only).
    XyzTileLayer(const QString &urlTemplate, const QString &cacheDirectory, QObject *parent = nullptr);
    ~XyzTileLayer() override;

    QString title() const override { return tr("Online map tiles"); }
    /// The URL of one tile ({z}, {x}, {y} filled in).
    QString urlFor(int level, int x, int y) const;
    /// Downloads that failed so far (the tiles stay blank; the map keeps working).
    int failedCount() const { return m_failed; }

signals:
    /// A download failed; `message` is translated and names the tile, not the server's reply.
    void tileFailed(const QString &message);

protected:
    QImage tile(int level, int x, int y) override;

private:
    void startNext();
    void finished(QNetworkReply *reply, quint64 key);

    QString m_template;
    QNetworkAccessManager *m_network = nullptr;
    QList<quint64> m_queue; ///< wanted, newest last (downloaded first)
    QSet<quint64> m_wanted;
    QSet<quint64> m_gone; ///< failed or not on the server: not asked again this session
    int m_running = 0;
    int m_failed = 0;
};

} // namespace Nigran::Gui
