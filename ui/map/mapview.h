#pragma once

#include "map/mapviewport.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace Nigran::Gui {

class MapLayer;

/// The native map widget (QtLocation does not exist for Qt 6.4): Web Mercator, fractional zoom,
/// layers painted bottom to top, a scale bar and the coordinates under the cursor.
///
/// Mouse: drag to pan, wheel or touchpad pinch to zoom at the cursor, double-click to zoom in at the
/// cursor (with Shift: out). Keyboard: arrows pan by `KeyPanPixels`, + and − zoom by one level at the
/// centre. The map itself is never mirrored in a right-to-left layout; only the overlays swap sides.
class MapView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int KeyPanPixels = 64;
    /// Zoom levels per wheel notch (120 units of angleDelta); touchpads send fractions of a notch.
    static constexpr double WheelZoomPerNotch = 0.5;
    static constexpr int ScaleBarMaxPixels = 120;

    struct ScaleBar
    {
        double metres = 0; ///< a round length: 1, 2 or 5 × 10^n metres
        double pixels = 0; ///< its length on screen
        QString text; ///< translated ("500 m", "20 km")
    };
    /// The longest round length that fits in `maxPixels` at `metresPerPixel`.
    static ScaleBar scaleBarFor(double metresPerPixel, double maxPixels = ScaleBarMaxPixels);

    /// What is drawn where no layer draws (the sea, the world outside the base map).
    static QColor backgroundColour();

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Adds a layer on top of the others; the view takes ownership.
    void addLayer(MapLayer *layer);
    QList<MapLayer *> layers() const;

    /// The current view; its size follows the widget's.
    const MapViewport &viewport() const { return m_viewport; }
    QGeoCoordinate centre() const { return m_viewport.centre(); }
    void setCentre(const QGeoCoordinate &centre);
    double zoom() const { return m_viewport.zoom(); }
    void setZoom(double zoom);
    /// Zooms keeping the position under `screenAnchor` fixed.
    void zoomAt(QPointF screenAnchor, double zoom);
    void panBy(QPointF pixels);
    /// Centres on `area` at the largest zoom that shows all of it.
    void fitTo(const QGeoRectangle &area);
    /// Follow mode: recentres on `position` when it lies outside the inner `innerFraction` of the
    /// view (by width and height); true when the view moved.
    bool keepInView(const QGeoCoordinate &position, double innerFraction = 0.6);

    ScaleBar scaleBar() const;
    /// The position under the mouse pointer; invalid when it is not over the map.
    QGeoCoordinate cursorCoordinate() const { return m_cursor; }
    bool coordinatesOverlayVisible() const { return m_showCoordinates; }
    void setCoordinatesOverlayVisible(bool visible);
    /// "33.68440° N, 73.04790° E" style text for a position (translated).
    static QString coordinateText(const QGeoCoordinate &coordinate);

    QSize sizeHint() const override { return { 640, 480 }; }
    QSize minimumSizeHint() const override { return { 160, 120 }; }

signals:
    void viewportChanged();
    void cursorCoordinateChanged(const QGeoCoordinate &coordinate);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void setViewport(const MapViewport &viewport);
    void setCursorPosition(QPointF screen);
    void paintOverlays(QPainter &painter);

    MapViewport m_viewport;
    QList<QPointer<MapLayer>> m_layers;
    QPointF m_dragFrom;
    bool m_dragging = false;
    QGeoCoordinate m_cursor;
    QPointF m_cursorScreen;
    bool m_showCoordinates = true;
};

} // namespace Nigran::Gui
