#pragma once

#include "map/maplayer.h"

#include "monitoring/fix.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QList>

namespace Nigran::Gui {

/// A crime scene for correlation: the scene's circle with a cross at its centre, and evidence fixes
/// as dots with their accuracy circles, numbered in time order.
class SceneLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit SceneLayer(QObject *parent = nullptr);

    /// An invalid centre or a radius ≤ 0 hides the scene.
    void setScene(const QGeoCoordinate &centre, double radiusMetres);
    QGeoCoordinate centre() const { return m_centre; }
    double radiusMetres() const { return m_radius; }
    void setEvidence(const QList<Models::Fix> &fixes);
    const QList<Models::Fix> &evidence() const { return m_evidence; }

    static QColor sceneColour();
    static QColor evidenceColour();

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Crime scene"); }

private:
    QGeoCoordinate m_centre;
    double m_radius = 0;
    QList<Models::Fix> m_evidence;
};

} // namespace Nigran::Gui
