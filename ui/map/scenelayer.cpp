#include "map/scenelayer.h"

#include "map/mapviewport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

SceneLayer::SceneLayer(QObject *parent)
    : MapLayer(parent)
{ }

QColor SceneLayer::sceneColour()
{
    return { 0x7b, 0x1f, 0xa2 };
}

QColor SceneLayer::evidenceColour()
{
    return { 0xe6, 0x51, 0x00 };
}

void SceneLayer::setScene(const QGeoCoordinate &centre, double radiusMetres)
{
    m_centre = centre;
    m_radius = radiusMetres;
    emit changed();
}

void SceneLayer::setEvidence(const QList<Models::Fix> &fixes)
{
    m_evidence = fixes;
    std::sort(m_evidence.begin(), m_evidence.end(),
        [](const Models::Fix &a, const Models::Fix &b) { return a.fixTime < b.fixTime; });
    emit changed();
}

void SceneLayer::paint(QPainter &painter, const MapViewport &viewport)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double metresPerPixel = viewport.metresPerPixel();
    if (m_centre.isValid() && m_radius > 0) {
        const QPointF centre = viewport.toScreen(m_centre);
        const double pixels = std::max(2.0, m_radius / metresPerPixel);
        QColor fill = sceneColour();
        fill.setAlpha(50);
        painter.setPen(QPen(sceneColour(), 2.5));
        painter.setBrush(fill);
        painter.drawEllipse(centre, pixels, pixels);
        painter.drawLine(centre - QPointF(6, 0), centre + QPointF(6, 0));
        painter.drawLine(centre - QPointF(0, 6), centre + QPointF(0, 6));
    }
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    int number = 0;
    QList<QPointF> labelled; // fixes at one place get one number, not a pile of them
    for (const Models::Fix &fix : std::as_const(m_evidence)) {
        ++number;
        const QPointF at = viewport.toScreen(fix.latitude, fix.longitude);
        if (fix.hasAccuracy()) {
            const double pixels = fix.accuracyMetres / metresPerPixel;
            if (pixels > 5) {
                QColor ring = evidenceColour();
                ring.setAlpha(40);
                painter.setPen(QPen(evidenceColour(), 1.0, Qt::DashLine));
                painter.setBrush(ring);
                painter.drawEllipse(at, pixels, pixels);
            }
        }
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(evidenceColour());
        painter.drawEllipse(at, 5, 5);
        const bool crowded = std::any_of(labelled.cbegin(), labelled.cend(),
            [at](QPointF other) { return std::abs(other.x() - at.x()) + std::abs(other.y() - at.y()) < 14; });
        if (!crowded) {
            painter.setPen(evidenceColour().darker(150));
            painter.drawText(at + QPointF(7, -7), QString::number(number));
            labelled << at;
        }
    }
    painter.restore();
}

} // namespace Nigran::Gui
