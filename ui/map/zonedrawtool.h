#pragma once

#include "map/maplayer.h"

#include <QGeoCoordinate>
#include <QGeoShape>
#include <QList>
#include <QPointF>

class QEvent;
class QKeyEvent;
class QMouseEvent;

namespace Nigran::Gui {

class MapView;

/// Drawing and editing one zone shape on a MapView: a layer that paints the shape being drawn or
/// edited with its handles, and an event filter on the view that takes the mouse and keys it needs
/// (everything else still pans and zooms the map).
///
/// - Circle: press at the centre and drag out the radius; release finishes.
/// - Polygon: click each vertex, or (keyboard) pan with the arrow keys and press Space to place a
///   vertex under the cross in the middle; Enter, Return or a double-click finishes (at least three
///   vertices), Backspace removes the last vertex, Esc cancels.
/// - Editing (after a shape is finished or set with setShape()): drag a polygon's vertex, a circle's
///   centre (moves it) or the handle on its rim (changes the radius). Pressing elsewhere pans the map.
class ZoneDrawTool : public MapLayer
{
    Q_OBJECT

public:
    enum class Mode
    {
        Idle, ///< shows and edits the current shape, if any
        DrawCircle,
        DrawPolygon,
    };

    /// Handles are grabbed within this many pixels.
    static constexpr double HandleRadius = 8.0;
    /// A circle dragged out to fewer pixels than this is not a circle (a stray click).
    static constexpr double MinimumCirclePixels = 4.0;

    /// Adds itself to `view` as the top layer (the view owns it) and filters its events.
    explicit ZoneDrawTool(MapView *view);
    ~ZoneDrawTool() override;

    Mode mode() const { return m_mode; }
    /// Starts drawing a new shape (the current one is dropped).
    void startCircle();
    void startPolygon();
    /// Abandons the drawing in progress; the shape edited before it comes back.
    void cancel();

    /// The shape shown and edited; an invalid QGeoShape for none.
    QGeoShape shape() const;
    void setShape(const QGeoShape &shape);
    void clear();
    void setEditable(bool editable) { m_editable = editable; }
    /// Polygon vertices placed so far while drawing.
    const QList<QGeoCoordinate> &pendingVertices() const { return m_vertices; }

    void paint(QPainter &painter, const MapViewport &viewport) override;
    QString title() const override { return tr("Zone being drawn"); }

signals:
    /// A shape was finished (drawn) or edited (a handle released).
    void shapeChanged(const QGeoShape &shape);
    void modeChanged(Nigran::Gui::ZoneDrawTool::Mode mode);
    /// A status line for the user ("Click the vertices …").
    void hint(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Handle
    {
        None,
        Centre,
        Rim,
        Vertex,
    };

    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool doubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    void finishPolygon();
    void setMode(Mode mode);
    QPointF rimHandle() const;
    void emitHint();

    MapView *m_view = nullptr;
    Mode m_mode = Mode::Idle;
    bool m_editable = true;
    // The current shape: a circle (centre, radius) or a polygon (vertices).
    bool m_isCircle = false;
    QGeoCoordinate m_centre;
    double m_radius = 0;
    QList<QGeoCoordinate> m_vertices;
    // Saved when drawing starts, restored by cancel().
    QGeoShape m_before;
    // Dragging.
    Handle m_handle = Handle::None;
    int m_vertex = -1;
    bool m_pressed = false;
    QGeoCoordinate m_hover;
};

} // namespace Nigran::Gui
