#pragma once

#include "map/maplayer.h"

#include "monitoring/alert.h"
#include "monitoring/fix.h"

#include <QGeoCoordinate>
#include <QList>

namespace Nigran::Gui {

/// Where to show one alert on the map.
struct AlertMarker
{
    QGeoCoordinate position;
    Models::AlertKind kind = Models::AlertKind::ZoneEntry;
    bool selected = false;
};

/// Alerts as warning triangles at the fix that confirmed them; the selected one larger and ringed.
class AlertLayer : public MapLayer
{
    Q_OBJECT

public:
    static constexpr double MarkerSize = 18.0;

    explicit AlertLayer(QObject *parent = nullptr);

    /// Markers at each alert's last evidence fix (its index into `fixes`, the stream the engine was
    /// fed); alerts without a usable evidence fix are left out.
    static QList<AlertMarker> markersFor(const QList<Models::Alert> &alerts, const QList<Models::Fix> &fixes);

    void setMarkers(const QList<AlertMarker> &markers);
    const QList<AlertMarker> &markers() const { return m_markers; }
    void setSelected(int index);
    /// The evidence fixes of the opened alert, drawn as rings under the markers; empty: none.
    void setEvidence(const QList<QGeoCoordinate> &positions);
    const QList<QGeoCoordinate> &evidence() const { return m_evidence; }
    /// The fill of an evidence ring (its edge is dark).
    static QColor evidenceColour();
    static constexpr double EvidenceRadius = 7.0;

    static QColor colourFor(Models::AlertKind kind);

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Alerts"); }

private:
    QList<AlertMarker> m_markers;
    QList<QGeoCoordinate> m_evidence;
};

} // namespace Nigran::Gui
