#pragma once

#include "map/maplayer.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace Nigran::Gui {

/// The offline vector base map from the application's resources (resources/basemap: Pakistan and its
/// neighbours, provinces and territories, major cities). The GeoJSON is parsed once; the outlines are
/// projected and thinned to half a pixel per zoom level and cached.
class BaseMapLayer : public MapLayer
{
    Q_OBJECT

public:
    /// Loads the files from `directory` (by default the built-in resources).
    explicit BaseMapLayer(
        QObject *parent = nullptr, const QString &directory = QStringLiteral(":/nigran/basemap"));

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Base map"); }

    /// False when a file was missing or unreadable (the layer then draws what it could read).
    bool isLoaded() const { return m_loaded; }
    int countryCount() const { return int(m_countries.size()); }
    int provinceCount() const { return int(m_provinces.size()); }
    int cityCount() const { return int(m_cities.size()); }

private:
    struct Feature
    {
        QString name;
        bool home = false; ///< Pakistan (drawn lighter than the neighbours)
        QList<QPolygonF> rings; ///< world units (zoom 0)
        QRectF bounds;
    };
    struct City
    {
        QString name;
        QPointF units;
    };

    static QList<Feature> readFeatures(const QString &path, bool *ok);
    /// One feature at one level: the fill path and the thinned rings (world pixels at that level).
    struct Projected
    {
        QPainterPath fill;
        QList<QPolygonF> rings;
    };
    const QList<Projected> &projectedAt(
        const QList<Feature> &features, QHash<int, QList<Projected>> &cache, int level);
    /// Draws only the outline segments that cross `visible` (world pixels at the level), so long
    /// borders far off screen cost nothing at high zoom.
    /// Whether any outline segment touches `visible` (a conservative, bounding-box test).
    static bool crossesAny(const QList<QPolygonF> &rings, const QRectF &visible);
    static void drawOutlines(QPainter &painter, const QList<QPolygonF> &rings, const QRectF &visible);

    QList<Feature> m_countries;
    QList<Feature> m_provinces;
    QList<City> m_cities;
    QHash<int, QList<Projected>> m_countryPaths; ///< per level, one per feature
    QHash<int, QList<Projected>> m_provincePaths;
    bool m_loaded = false;
};

} // namespace Nigran::Gui
