#pragma once

#include "map/maplayer.h"

#include "monitoring/zone.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Nigran::Gui {

/// Zones of monitoring orders: circles and polygons, filled translucent (exclusion red, inclusion
/// green) with a solid outline, and the buffer around them as a lighter band with a dashed edge.
class ZoneLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit ZoneLayer(QObject *parent = nullptr);

    void setZones(const QList<Models::Zone> &zones);
    const QList<Models::Zone> &zones() const { return m_zones; }
    /// The zone an opened alert names: drawn with a wider outline. Empty: none.
    void setHighlighted(const QString &zoneId);
    QString highlighted() const { return m_highlighted; }

    /// The outline colour of a kind of zone (fills use it translucent).
    static QColor colourFor(Models::ZoneKind kind);

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Zones"); }

private:
    QList<Models::Zone> m_zones;
    QString m_highlighted;
};

} // namespace Nigran::Gui
