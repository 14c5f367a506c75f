#include "map/mbtileslayer.h"

#include <QFileInfo>

namespace Nigran::Gui {

using Models::ErrorCode;
using Models::Result;

MbTilesLayer::MbTilesLayer(Models::Database db)
    : m_db(std::move(db))
{ }

Result<std::unique_ptr<MbTilesLayer>> MbTilesLayer::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Models::fail(ErrorCode::NotFound, tr("The map tiles file %1 does not exist.").arg(path));
    auto db = Models::Database::openUnencrypted(
        path, { .create = false, .cacheSizeKiB = 8192, .readOnly = true });
    if (!db)
        return Models::fail(db.error().code,
            tr("The map tiles file %1 could not be opened: %2").arg(path, db.error().message));
    auto tiles = db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'tiles'");
    if (!tiles || *tiles == 0)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The file %1 is not an MBTiles map: it has no tiles table.").arg(path));

    std::unique_ptr<MbTilesLayer> layer(new MbTilesLayer(std::move(*db)));
    int minLevel = 0, maxLevel = 19;
    auto metadata = layer->m_db.prepare("SELECT name, value FROM metadata");
    if (metadata) {
        while (true) {
            auto row = metadata->step();
            if (!row || !*row)
                break;
            const QString name = metadata->text(0), value = metadata->text(1);
            bool ok = false;
            if (name == QLatin1String("minzoom") && (value.toInt(&ok), ok))
                minLevel = value.toInt();
            else if (name == QLatin1String("maxzoom") && (value.toInt(&ok), ok))
                maxLevel = value.toInt();
            else if (name == QLatin1String("name"))
                layer->m_name = value;
            else if (name == QLatin1String("attribution"))
                layer->setAttribution(value);
        }
    }
    layer->setLevels(minLevel, maxLevel);
    return layer;
}

QImage MbTilesLayer::tile(int level, int x, int y)
{
    const quint64 key = keyOf(level, x, y);
    if (const QImage *cached = m_tiles.object(key))
        return *cached;
    if (m_missing.contains(key))
        return {};
    auto statement = m_db.cached(
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    QImage image;
    if (statement) {
        const int tmsRow = (1 << level) - 1 - y; // MBTiles rows count from the south
        (*statement)->bindAll(level, x, tmsRow);
        auto row = (*statement)->step();
        if (row && *row)
            image = QImage::fromData((*statement)->blob(0));
    }
    if (image.isNull()) {
        m_missing.insert(key);
        return {};
    }
    m_tiles.insert(key, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    return image;
}

} // namespace Nigran::Gui
