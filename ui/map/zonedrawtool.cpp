#include "map/zonedrawtool.h"

#include "map/mapview.h"
#include "map/mapviewport.h"

#include <QGeoCircle>
#include <QGeoPolygon>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Nigran::Gui {

namespace {

const QColor DrawColour(0x1f, 0x5f, 0xbf);

bool near(QPointF a, QPointF b)
{
    return QLineF(a, b).length() <= ZoneDrawTool::HandleRadius;
}

} // namespace

ZoneDrawTool::ZoneDrawTool(MapView *view)
    : MapLayer(view)
    , m_view(view)
{
    view->addLayer(this);
    view->installEventFilter(this);
    view->setMouseTracking(true);
}

ZoneDrawTool::~ZoneDrawTool()
{
    if (m_view)
        m_view->removeEventFilter(this);
}

void ZoneDrawTool::startCircle()
{
    if (m_mode == Mode::Idle)
        m_before = shape();
    m_vertices.clear();
    m_centre = {};
    m_radius = 0;
    m_isCircle = true;
    m_handle = Handle::None;
    m_pressed = false;
    setMode(Mode::DrawCircle);
}

void ZoneDrawTool::startPolygon()
{
    if (m_mode == Mode::Idle)
        m_before = shape();
    m_vertices.clear();
    m_centre = {};
    m_radius = 0;
    m_isCircle = false;
    m_handle = Handle::None;
    m_pressed = false;
    setMode(Mode::DrawPolygon);
}

void ZoneDrawTool::cancel()
{
    if (m_mode == Mode::Idle)
        return;
    m_pressed = false;
    m_handle = Handle::None;
    const QGeoShape before = m_before;
    m_mode = Mode::Idle; // setShape() below must not save the abandoned drawing
    setShape(before);
    setMode(Mode::Idle);
}

QGeoShape ZoneDrawTool::shape() const
{
    if (m_mode != Mode::Idle)
        return m_before;
    if (m_isCircle) {
        if (!m_centre.isValid() || m_radius <= 0)
            return {};
        return QGeoCircle(m_centre, m_radius);
    }
    if (m_vertices.size() < 3)
        return {};
    return QGeoPolygon(m_vertices);
}

void ZoneDrawTool::setShape(const QGeoShape &shape)
{
    m_vertices.clear();
    m_centre = {};
    m_radius = 0;
    m_isCircle = false;
    if (shape.type() == QGeoShape::CircleType) {
        const QGeoCircle circle(shape);
        m_isCircle = true;
        m_centre = circle.center();
        m_radius = circle.radius();
    } else if (shape.type() == QGeoShape::PolygonType) {
        m_vertices = QGeoPolygon(shape).perimeter();
    }
    if (m_mode != Mode::Idle) {
        m_before = shape;
        setMode(Mode::Idle);
    }
    emit changed();
}

void ZoneDrawTool::clear()
{
    m_before = {};
    m_pressed = false;
    m_handle = Handle::None;
    m_mode = Mode::Idle;
    setShape({});
    setMode(Mode::Idle);
}

void ZoneDrawTool::setMode(Mode mode)
{
    const bool changedMode = mode != m_mode;
    m_mode = mode;
    if (m_view)
        m_view->setCursor(mode == Mode::Idle ? Qt::OpenHandCursor : Qt::CrossCursor);
    emit changed();
    if (changedMode)
        emit modeChanged(mode);
    emitHint();
}

void ZoneDrawTool::emitHint()
{
    switch (m_mode) {
    case Mode::DrawCircle:
        emit hint(tr("Press at the centre of the circle and drag out its radius. Esc cancels."));
        break;
    case Mode::DrawPolygon:
        emit hint(tr("Click each corner of the polygon (%n placed), or move the map with the arrow keys and "
                     "press Space; Enter or a double-click finishes, Backspace removes the last corner, Esc "
                     "cancels.",
            nullptr, int(m_vertices.size())));
        break;
    case Mode::Idle:
        emit hint(shape().isValid() ? tr("Drag a corner, the centre or the rim handle to change the zone.")
                                    : QString());
        break;
    }
}

QPointF ZoneDrawTool::rimHandle() const
{
    return m_view->viewport().toScreen(m_centre.atDistanceAndAzimuth(m_radius, 90.0));
}

bool ZoneDrawTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || !isVisible())
        return MapLayer::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return mousePress(static_cast<QMouseEvent *>(event));
    case QEvent::MouseMove:
        return mouseMove(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        return mouseRelease(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonDblClick:
        return doubleClick(static_cast<QMouseEvent *>(event));
    case QEvent::KeyPress:
        return keyPress(static_cast<QKeyEvent *>(event));
    case QEvent::ShortcutOverride: {
        // Keep Enter, Backspace and Esc for the drawing instead of the dialog's buttons.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (m_mode != Mode::Idle
            && (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter
                || key == Qt::Key_Backspace)) {
            event->accept();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

bool ZoneDrawTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF at = event->position();
    const QGeoCoordinate geo = m_view->viewport().toGeo(at);
    m_view->setFocus(Qt::MouseFocusReason);
    switch (m_mode) {
    case Mode::DrawCircle:
        m_centre = geo;
        m_radius = 0;
        m_pressed = true;
        emit changed();
        return true;
    case Mode::DrawPolygon:
        m_vertices.append(geo);
        m_hover = geo;
        emit changed();
        emitHint();
        return true;
    case Mode::Idle:
        break;
    }
    if (!m_editable)
        return false;
    const MapViewport &viewport = m_view->viewport();
    m_handle = Handle::None;
    if (m_isCircle && m_centre.isValid()) {
        if (near(at, rimHandle()))
            m_handle = Handle::Rim;
        else if (near(at, viewport.toScreen(m_centre)))
            m_handle = Handle::Centre;
    } else {
        for (int i = int(m_vertices.size()) - 1; i >= 0; --i)
            if (near(at, viewport.toScreen(m_vertices[i]))) {
                m_handle = Handle::Vertex;
                m_vertex = i;
                break;
            }
    }
    m_pressed = m_handle != Handle::None;
    return m_pressed;
}

bool ZoneDrawTool::mouseMove(QMouseEvent *event)
{
    const QGeoCoordinate geo = m_view->viewport().toGeo(event->position());
    if (m_mode == Mode::DrawPolygon) {
        m_hover = geo;
        emit changed();
        return false; // the view still tracks the cursor's coordinates
    }
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return false;
    switch (m_handle) {
    case Handle::Centre:
        m_centre = geo;
        break;
    case Handle::Rim:
        m_radius = m_centre.distanceTo(geo);
        break;
    case Handle::Vertex:
        if (m_vertex >= 0 && m_vertex < m_vertices.size())
            m_vertices[m_vertex] = geo;
        break;
    case Handle::None:
        if (m_mode == Mode::DrawCircle)
            m_radius = m_centre.distanceTo(geo);
        break;
    }
    emit changed();
    return true;
}

bool ZoneDrawTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_mode == Mode::DrawPolygon)
        return true;
    if (!m_pressed)
        return false;
    m_pressed = false;
    if (m_mode == Mode::DrawCircle) {
        const QPointF centre = m_view->viewport().toScreen(m_centre);
        if (QLineF(centre, event->position()).length() < MinimumCirclePixels) {
            m_centre = {};
            m_radius = 0;
            emit changed();
            return true; // a stray click: keep drawing
        }
        m_radius = m_centre.distanceTo(m_view->viewport().toGeo(event->position()));
        setMode(Mode::Idle);
        emit shapeChanged(shape());
        return true;
    }
    m_handle = Handle::None;
    emit changed();
    emit shapeChanged(shape());
    return true;
}

bool ZoneDrawTool::doubleClick(QMouseEvent *event)
{
    if (m_mode == Mode::DrawPolygon && event->button() == Qt::LeftButton) {
        // The press before the double-click has placed the last vertex.
        finishPolygon();
        return true;
    }
    return m_mode == Mode::DrawCircle;
}

bool ZoneDrawTool::keyPress(QKeyEvent *event)
{
    if (m_mode == Mode::Idle)
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Backspace:
        if (m_mode == Mode::DrawPolygon && !m_vertices.isEmpty()) {
            m_vertices.removeLast();
            emit changed();
            emitHint();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_mode == Mode::DrawPolygon)
            finishPolygon();
        return true;
    case Qt::Key_Space:
        // Keyboard drawing: the arrows pan the map, Space places a corner under the cross in the middle.
        if (m_mode == Mode::DrawPolygon) {
            m_vertices.append(m_view->viewport().centre());
            emit changed();
            emitHint();
        }
        return true;
    default:
        return false;
    }
}

void ZoneDrawTool::finishPolygon()
{
    // Double-clicks place the same point twice: drop vertices that repeat the one before.
    QList<QGeoCoordinate> vertices;
    const MapViewport &viewport = m_view->viewport();
    for (const QGeoCoordinate &vertex : std::as_const(m_vertices))
        if (vertices.isEmpty() || !near(viewport.toScreen(vertices.last()), viewport.toScreen(vertex)))
            vertices.append(vertex);
    if (vertices.size() < 3) {
        m_vertices = vertices;
        emit hint(tr("A polygon needs at least three corners."));
        return;
    }
    m_vertices = vertices;
    m_isCircle = false;
    setMode(Mode::Idle);
    emit shapeChanged(shape());
}

void ZoneDrawTool::paint(QPainter &painter, const MapViewport &viewport)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(DrawColour, 2.0);
    if (m_mode != Mode::Idle)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    QColor fill = DrawColour;
    fill.setAlpha(40);
    painter.setBrush(fill);

    QList<QPointF> handles;
    if (m_isCircle && m_centre.isValid()) {
        const QPointF centre = viewport.toScreen(m_centre);
        const double pixels = m_radius / viewport.metresPerPixel();
        painter.drawEllipse(centre, pixels, pixels);
        handles << centre;
        if (m_radius > 0)
            handles << viewport.toScreen(m_centre.atDistanceAndAzimuth(m_radius, 90.0));
    } else if (!m_vertices.isEmpty()) {
        QPolygonF polygon;
        for (const QGeoCoordinate &vertex : std::as_const(m_vertices))
            polygon << viewport.toScreen(vertex);
        if (m_mode == Mode::DrawPolygon) {
            if (m_hover.isValid())
                polygon << viewport.toScreen(m_hover);
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(polygon);
            if (m_hover.isValid())
                polygon.removeLast();
        } else {
            painter.drawPolygon(polygon);
        }
        handles = QList<QPointF>(polygon.begin(), polygon.end());
    }
    if (m_mode == Mode::DrawPolygon) {
        // The cross Space places a corner under.
        const QPointF middle(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
        painter.setPen(QPen(DrawColour, 1.5));
        painter.drawLine(middle - QPointF(8, 0), middle + QPointF(8, 0));
        painter.drawLine(middle - QPointF(0, 8), middle + QPointF(0, 8));
    }
    if (m_editable || m_mode != Mode::Idle) {
        painter.setPen(QPen(DrawColour, 2.0));
        painter.setBrush(Qt::white);
        for (const QPointF &handle : std::as_const(handles))
            painter.drawRect(QRectF(handle - QPointF(4, 4), QSizeF(8, 8)));
    }
    painter.restore();
}

} // namespace Nigran::Gui
