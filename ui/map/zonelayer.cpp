#include "map/zonelayer.h"

#include "map/mapprojection.h"
#include "map/mapviewport.h"

#include <QGeoCircle>
#include <QGeoPolygon>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

namespace Nigran::Gui {

ZoneLayer::ZoneLayer(QObject *parent)
    : MapLayer(parent)
{ }

QColor ZoneLayer::colourFor(Models::ZoneKind kind)
{
    return kind == Models::ZoneKind::Exclusion ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x2e, 0x7d, 0x32);
}

void ZoneLayer::setZones(const QList<Models::Zone> &zones)
{
    m_zones = zones;
    emit changed();
}

void ZoneLayer::setHighlighted(const QString &zoneId)
{
    m_highlighted = zoneId;
    emit changed();
}

void ZoneLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    for (const Models::Zone &zone : std::as_const(m_zones)) {
        // Cull by the buffered bounding box.
        const QRectF box = QRectF(
            viewport.toScreen(zone.north(), zone.west()), viewport.toScreen(zone.south(), zone.east()))
                               .normalized()
                               .adjusted(-2, -2, 2, 2);
        if (!box.intersects(screen))
            continue;

        const QColor colour = colourFor(zone.kind());
        QColor fill = colour;
        fill.setAlpha(70);
        QColor bufferFill = colour;
        bufferFill.setAlpha(30);
        QPen outline(colour, !m_highlighted.isEmpty() && zone.id() == m_highlighted ? 4 : 2);
        QPen bufferEdge(colour, 1, Qt::DashLine);

        QPainterPath shape;
        QPainterPath buffered; // circles: a larger circle; polygons: grown with a round-joined stroke
        double metresPerPixel = 1;
        if (zone.shape().type() == QGeoShape::CircleType) {
            const QGeoCircle circle(zone.shape());
            const QPointF centre = viewport.toScreen(circle.center());
            metresPerPixel = MapProjection::metresPerPixel(circle.center().latitude(), viewport.zoom());
            const double radius = circle.radius() / metresPerPixel;
            const double outer = radius + zone.bufferMetres() / metresPerPixel;
            shape.addEllipse(centre, radius, radius);
            buffered.addEllipse(centre, outer, outer);
        } else {
            const QGeoPolygon polygon(zone.shape());
            QPolygonF points;
            for (const QGeoCoordinate &vertex : polygon.perimeter())
                points.append(viewport.toScreen(vertex));
            if (!points.isEmpty())
                points.append(points.first());
            shape.addPolygon(points);
            metresPerPixel = MapProjection::metresPerPixel(
                polygon.boundingGeoRectangle().center().latitude(), viewport.zoom());
        }

        const double buffer = zone.bufferMetres() / metresPerPixel;
        if (buffer >= 0.5) {
            if (buffered.isEmpty()) {
                QPainterPathStroker stroker;
                stroker.setWidth(2 * buffer);
                stroker.setJoinStyle(Qt::RoundJoin);
                stroker.setCapStyle(Qt::RoundCap);
                buffered = stroker.createStroke(shape).united(shape).simplified();
            }
            painter.setPen(bufferEdge);
            painter.setBrush(bufferFill);
            painter.drawPath(buffered);
        }
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPath(shape);
    }
}

} // namespace Nigran::Gui
