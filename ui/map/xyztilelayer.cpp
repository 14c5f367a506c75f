#include "map/xyztilelayer.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Nigran::Gui {

namespace {

/// Queued tiles beyond this many are dropped, oldest first (the view has moved on).
constexpr qsizetype MaxQueue = 256;

int levelOf(quint64 key)
{
    return int(key >> 58);
}
int xOf(quint64 key)
{
    return int((key >> 29) & ((1u << 29) - 1));
}
int yOf(quint64 key)
{
    return int(key & ((1u << 29) - 1));
}

} // namespace

XyzTileLayer::XyzTileLayer(const QString &urlTemplate, const QString &cacheDirectory, QObject *parent)
    : TileLayer(parent)
    , m_template(urlTemplate)
    , m_network(new QNetworkAccessManager(this))
{
    if (!cacheDirectory.isEmpty()) {
        auto *cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(cacheDirectory);
        cache->setMaximumCacheSize(DiskCacheBytes);
        m_network->setCache(cache);
    }
}

XyzTileLayer::~XyzTileLayer() = default;

QString XyzTileLayer::urlFor(int level, int x, int y) const
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(level));
    url.replace(QLatin1String("{x}"), QString::number(x));
    url.replace(QLatin1String("{y}"), QString::number(y));
    return url;
}

QImage XyzTileLayer::tile(int level, int x, int y)
{
    const quint64 key = keyOf(level, x, y);
    if (const QImage *cached = m_tiles.object(key))
        return *cached;
    if (m_gone.contains(key))
        return {};
    if (!m_wanted.contains(key)) {
        m_wanted.insert(key);
        m_queue.append(key);
        while (m_queue.size() > MaxQueue)
            m_wanted.remove(m_queue.takeFirst());
        startNext();
    }
    return {};
}

void XyzTileLayer::startNext()
{
    while (m_running < MaxParallelDownloads && !m_queue.isEmpty()) {
        const quint64 key = m_queue.takeLast();
        QNetworkRequest request(QUrl(urlFor(levelOf(key), xOf(key), yOf(key))));
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Nigran map"));
        request.setTransferTimeout(30000);
        QNetworkReply *reply = m_network->get(request);
        ++m_running;
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] { finished(reply, key); });
    }
}

void XyzTileLayer::finished(QNetworkReply *reply, quint64 key)
{
    reply->deleteLater();
    --m_running;
    m_wanted.remove(key);
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image = QImage::fromData(reply->readAll());
    if (image.isNull()) {
        m_gone.insert(key);
        ++m_failed;
        emit tileFailed(
            tr("Map tile %1/%2/%3 could not be downloaded.").arg(levelOf(key)).arg(xOf(key)).arg(yOf(key)));
    } else {
        const qsizetype cost = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
        m_tiles.insert(key, new QImage(std::move(image)), cost);
        emit changed();
    }
    startNext();
}

} // namespace Nigran::Gui
