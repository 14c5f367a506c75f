#include "map/alertlayer.h"

#include "map/mapviewport.h"

#include <QPainter>

namespace Nigran::Gui {

AlertLayer::AlertLayer(QObject *parent)
    : MapLayer(parent)
{ }

QList<AlertMarker> AlertLayer::markersFor(const QList<Models::Alert> &alerts, const QList<Models::Fix> &fixes)
{
    QList<AlertMarker> markers;
    for (const Models::Alert &alert : alerts) {
        if (alert.evidence.isEmpty())
            continue;
        const qint64 index = alert.evidence.last().index;
        if (index < 0 || index >= fixes.size())
            continue;
        const Models::Fix &fix = fixes[qsizetype(index)];
        markers.append({ QGeoCoordinate(fix.latitude, fix.longitude), alert.kind, false });
    }
    return markers;
}

void AlertLayer::setMarkers(const QList<AlertMarker> &markers)
{
    m_markers = markers;
    emit changed();
}

void AlertLayer::setSelected(int index)
{
    for (qsizetype i = 0; i < m_markers.size(); ++i)
        m_markers[i].selected = i == index;
    emit changed();
}

void AlertLayer::setEvidence(const QList<QGeoCoordinate> &positions)
{
    m_evidence = positions;
    emit changed();
}

QColor AlertLayer::evidenceColour()
{
    return { 0xff, 0xeb, 0x3b };
}

QColor AlertLayer::colourFor(Models::AlertKind kind)
{
    switch (kind) {
    case Models::AlertKind::ZoneEntry:
    case Models::AlertKind::ZoneExit:
    case Models::AlertKind::CurfewBreach:
    case Models::AlertKind::StrapTamper:
        return { 0xc6, 0x28, 0x28 };
    case Models::AlertKind::LowBattery:
    case Models::AlertKind::SignalLost:
    case Models::AlertKind::DeviceOffline:
        break;
    }
    return { 0xf9, 0xa8, 0x25 };
}

void AlertLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-30, -30, 30, 30);
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2.5));
    painter.setBrush(evidenceColour());
    for (const QGeoCoordinate &position : std::as_const(m_evidence)) {
        const QPointF at = viewport.toScreen(position);
        if (screen.contains(at))
            painter.drawEllipse(at, EvidenceRadius, EvidenceRadius);
    }
    // Selected last, so it is on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const AlertMarker &marker : std::as_const(m_markers)) {
            if (marker.selected != (pass == 1))
                continue;
            const QPointF at = viewport.toScreen(marker.position);
            if (!screen.contains(at))
                continue;
            const double size = marker.selected ? MarkerSize * 1.4 : MarkerSize;
            // A triangle standing on its tip at the position.
            const QPolygonF triangle({ at, at + QPointF(-size / 2, -size), at + QPointF(size / 2, -size) });
            if (marker.selected) {
                painter.setPen(QPen(Qt::black, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(at, size * 0.4, size * 0.4);
            }
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(colourFor(marker.kind));
            painter.drawPolygon(triangle);
            painter.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(at + QPointF(0, -size * 0.85), at + QPointF(0, -size * 0.45));
            painter.drawPoint(at + QPointF(0, -size * 0.3));
        }
    }
}

} // namespace Nigran::Gui
