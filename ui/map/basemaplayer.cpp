#include "map/basemaplayer.h"

#include "map/mapviewport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

namespace {

/// Beyond this level the 1:10m outlines have no more detail: reuse its paths, scaled.
constexpr int MaxPathLevel = 10;

const QColor HomeFill(0xfb, 0xf8, 0xf0);
const QColor NeighbourFill(0xec, 0xe9, 0xe2);
const QColor CountryBorder(0x8c, 0x84, 0x78);
const QColor ProvinceBorder(0xb4, 0xa9, 0x9a);
const QColor CityDot(0x4a, 0x45, 0x40);
const QColor CityText(0x30, 0x2c, 0x28);

QPolygonF ringFrom(const QJsonArray &positions)
{
    QPolygonF ring;
    ring.reserve(positions.size());
    for (const QJsonValue &position : positions) {
        const QJsonArray pair = position.toArray();
        if (pair.size() >= 2)
            ring.append(MapViewport::toUnits(pair.at(1).toDouble(), pair.at(0).toDouble()));
    }
    return ring;
}

} // namespace

BaseMapLayer::BaseMapLayer(QObject *parent, const QString &directory)
    : MapLayer(parent)
{
    bool countriesOk = false, provincesOk = false;
    m_countries = readFeatures(directory + QStringLiteral("/countries.geojson"), &countriesOk);
    m_provinces = readFeatures(directory + QStringLiteral("/pakistan-admin1.geojson"), &provincesOk);
    // Pakistan last, so its border is drawn over its neighbours' fills.
    std::stable_partition(m_countries.begin(), m_countries.end(), [](const Feature &f) { return !f.home; });

    bool citiesOk = false;
    QFile cities(directory + QStringLiteral("/cities.csv"));
    if (cities.open(QIODevice::ReadOnly | QIODevice::Text)) {
        citiesOk = true;
        cities.readLine(); // header: name,province,lat,lon
        while (!cities.atEnd()) {
            const QList<QByteArray> fields = cities.readLine().trimmed().split(',');
            if (fields.size() < 4)
                continue;
            bool latOk = false, lonOk = false;
            const double lat = fields[2].toDouble(&latOk), lon = fields[3].toDouble(&lonOk);
            if (latOk && lonOk)
                m_cities.append({ QString::fromUtf8(fields[0]), MapViewport::toUnits(lat, lon) });
        }
    }
    m_loaded = countriesOk && provincesOk && citiesOk;
}

QList<BaseMapLayer::Feature> BaseMapLayer::readFeatures(const QString &path, bool *ok)
{
    QList<Feature> features;
    QFile file(path);
    *ok = false;
    if (!file.open(QIODevice::ReadOnly))
        return features;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return features;
    for (const QJsonValue &value : document.object().value(QLatin1String("features")).toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonObject geometry = object.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        Feature feature;
        feature.name
            = object.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
        feature.home = feature.name == QLatin1String("Pakistan");
        QList<QJsonArray> polygons;
        if (type == QLatin1String("Polygon"))
            polygons.append(coordinates);
        else if (type == QLatin1String("MultiPolygon"))
            for (const QJsonValue &polygon : coordinates)
                polygons.append(polygon.toArray());
        for (const QJsonArray &polygon : std::as_const(polygons))
            for (const QJsonValue &ring : polygon) {
                QPolygonF projected = ringFrom(ring.toArray());
                if (projected.size() < 3)
                    continue;
                feature.bounds = feature.bounds.isNull() ? projected.boundingRect()
                                                         : feature.bounds.united(projected.boundingRect());
                feature.rings.append(std::move(projected));
            }
        if (!feature.rings.isEmpty())
            features.append(std::move(feature));
    }
    *ok = true;
    return features;
}

const QList<BaseMapLayer::Projected> &BaseMapLayer::projectedAt(
    const QList<Feature> &features, QHash<int, QList<Projected>> &cache, int level)
{
    auto it = cache.find(level);
    if (it != cache.end())
        return *it;
    const double scale = std::exp2(level);
    constexpr double MinStep2 = 0.5 * 0.5; // drop vertices closer than half a pixel to the last one kept
    QList<Projected> projected;
    projected.reserve(features.size());
    for (const Feature &feature : features) {
        Projected out;
        out.fill.setFillRule(Qt::OddEvenFill); // holes (lakes, enclaves) stay holes
        for (const QPolygonF &ring : feature.rings) {
            QPolygonF thinned;
            thinned.reserve(ring.size());
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const QPointF p = ring[i] * scale;
                if (thinned.isEmpty() || i == ring.size() - 1) {
                    thinned.append(p);
                    continue;
                }
                const QPointF d = p - thinned.constLast();
                if (d.x() * d.x() + d.y() * d.y() >= MinStep2)
                    thinned.append(p);
            }
            if (thinned.size() < 3)
                continue;
            out.fill.addPolygon(thinned);
            out.rings.append(std::move(thinned));
        }
        projected.append(std::move(out));
    }
    return *cache.insert(level, std::move(projected));
}

bool BaseMapLayer::crossesAny(const QList<QPolygonF> &rings, const QRectF &visible)
{
    for (const QPolygonF &ring : rings)
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF a = ring[i - 1], b = ring[i];
            if (std::max(a.x(), b.x()) >= visible.left() && std::min(a.x(), b.x()) <= visible.right()
                && std::max(a.y(), b.y()) >= visible.top() && std::min(a.y(), b.y()) <= visible.bottom())
                return true;
        }
    return false;
}

void BaseMapLayer::drawOutlines(QPainter &painter, const QList<QPolygonF> &rings, const QRectF &visible)
{
    QPolygonF line;
    for (const QPolygonF &ring : rings) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF a = ring[i - 1], b = ring[i];
            const bool crosses = std::max(a.x(), b.x()) >= visible.left()
                && std::min(a.x(), b.x()) <= visible.right() && std::max(a.y(), b.y()) >= visible.top()
                && std::min(a.y(), b.y()) <= visible.bottom();
            if (crosses) {
                if (line.isEmpty())
                    line.append(a);
                line.append(b);
            } else if (!line.isEmpty()) {
                painter.drawPolyline(line);
                line.clear();
            }
        }
        if (!line.isEmpty()) {
            painter.drawPolyline(line);
            line.clear();
        }
    }
}

void BaseMapLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    const int level = std::min(viewport.level(), MaxPathLevel);
    const double levelScale = std::exp2(level);
    const double factor = viewport.scale() / levelScale;
    const QPointF origin = viewport.origin();
    const QRectF visible = viewport.visibleUnits(2);
    const QRectF visibleAtLevel(visible.topLeft() * levelScale, visible.size() * levelScale);

    painter.save();
    painter.setTransform(QTransform(factor, 0, 0, factor, -origin.x(), -origin.y()));
    const auto drawFeatures = [&](const QList<Feature> &features, const QList<Projected> &projected,
                                  bool fill, const QPen &pen, const QPen &homePen) {
        for (qsizetype i = 0; i < features.size(); ++i) {
            if (!features[i].bounds.intersects(visible))
                continue;
            if (fill) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(features[i].home ? HomeFill : NeighbourFill);
                // Zoomed in, the screen is usually wholly inside or outside a country: fill the screen
                // or nothing, instead of rasterising an outline thousands of screens wide.
                if (!crossesAny(projected[i].rings, visibleAtLevel)) {
                    int inside = 0;
                    for (const QPolygonF &ring : projected[i].rings)
                        inside += ring.containsPoint(visibleAtLevel.center(), Qt::OddEvenFill) ? 1 : 0;
                    if (inside % 2 == 1)
                        painter.drawRect(visibleAtLevel);
                } else {
                    painter.drawPath(projected[i].fill);
                }
            }
            painter.setPen(features[i].home ? homePen : pen);
            painter.setBrush(Qt::NoBrush);
            drawOutlines(painter, projected[i].rings, visibleAtLevel);
        }
    };
    QPen countryPen(CountryBorder, 1.0);
    countryPen.setCosmetic(true);
    QPen homePen(CountryBorder, 1.6);
    homePen.setCosmetic(true);
    QPen provincePen(ProvinceBorder, 1.0); // solid: a dash pattern along a border far off screen is costly
    provincePen.setCosmetic(true);
    drawFeatures(m_countries, projectedAt(m_countries, m_countryPaths, level), true, countryPen, homePen);
    drawFeatures(
        m_provinces, projectedAt(m_provinces, m_provincePaths, level), false, provincePen, provincePen);
    painter.restore();

    // City labels in file order (largest first), skipping any that would overlap one already drawn.
    if (viewport.zoom() < 4.5)
        return;
    const QFontMetricsF metrics(painter.font());
    QList<QRectF> taken;
    for (const City &city : std::as_const(m_cities)) {
        if (!visible.contains(city.units))
            continue;
        const QPointF at = viewport.unitsToScreen(city.units);
        const QRectF label(at + QPointF(5, -metrics.height() / 2), metrics.size(0, city.name));
        const bool clash
            = std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) { return r.intersects(label); });
        painter.setPen(Qt::NoPen);
        painter.setBrush(CityDot);
        painter.drawEllipse(at, 2.5, 2.5);
        if (clash)
            continue;
        taken.append(label.adjusted(-2, -1, 2, 1));
        painter.setPen(QColor(255, 255, 255, 200));
        for (const QPointF &offset : { QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1) })
            painter.drawText(label.translated(offset), Qt::AlignLeft | Qt::AlignVCenter, city.name);
        painter.setPen(CityText);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, city.name);
    }
}

} // namespace Nigran::Gui
