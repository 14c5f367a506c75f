#pragma once

#include <QObject>
#include <QString>

class QPainter;

namespace Nigran::Gui {

class MapViewport;

/// One layer of the map, painted bottom to top by MapView. A layer emits `changed()` when it needs a
/// repaint (new data, a tile arrived).
class MapLayer : public QObject
{
    Q_OBJECT

public:
    explicit MapLayer(QObject *parent = nullptr)
        : QObject(parent)
    { }

    /// Paints the layer for `viewport` (screen coordinates; the painter is not transformed).
    virtual void paint(QPainter &painter, const MapViewport &viewport) = 0;
    /// Translated name for a layer list.
    virtual QString title() const = 0;

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

signals:
    void changed();

private:
    bool m_visible = true;
};

} // namespace Nigran::Gui
