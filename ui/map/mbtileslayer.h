#pragma once

#include "map/tilelayer.h"

#include "core/result.h"
#include "store/database.h"

#include <QSet>

#include <memory>

namespace Nigran::Gui {

/// Offline raster tiles from an MBTiles file (an SQLite database of PNG/JPEG/WebP tiles in TMS row
/// order, y = 0 at the south), opened read-only. The file is not encrypted: it holds no case data.
class MbTilesLayer : public TileLayer
{
    Q_OBJECT

public:
    [[nodiscard]] static Models::Result<std::unique_ptr<MbTilesLayer>> open(const QString &path);

    QString title() const override { return m_name.isEmpty() ? tr("Map tiles") : m_name; }
    QString path() const { return m_db.path(); }

protected:
    QImage tile(int level, int x, int y) override;

private:
    explicit MbTilesLayer(Models::Database db);

    Models::Database m_db;
    QString m_name;
    QSet<quint64> m_missing; ///< tiles the file does not have
};

} // namespace Nigran::Gui
