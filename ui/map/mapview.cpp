#include "map/mapview.h"

#include "map/maplayer.h"

#include <QGeoRectangle>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Nigran::Gui {

namespace {

const QColor Background(0xdc, 0xe6, 0xee); // sea and anything the base map does not cover
const QColor OverlayBackground(255, 255, 255, 210);
const QColor OverlayText(0x20, 0x20, 0x20);

} // namespace

MapView::ScaleBar MapView::scaleBarFor(double metresPerPixel, double maxPixels)
{
    ScaleBar bar;
    if (!(metresPerPixel > 0) || !(maxPixels > 0))
        return bar;
    const double longest = metresPerPixel * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(longest)));
    for (const double step : { 5.0, 2.0, 1.0 }) {
        if (step * power <= longest) {
            bar.metres = step * power;
            break;
        }
    }
    bar.pixels = bar.metres / metresPerPixel;
    const QLocale locale;
    bar.text = bar.metres >= 1000 ? tr("%1 km").arg(locale.toString(bar.metres / 1000, 'g', 12))
                                  : tr("%1 m").arg(locale.toString(bar.metres, 'g', 12));
    return bar;
}

QString MapView::coordinateText(const QGeoCoordinate &coordinate)
{
    const QLocale locale;
    const double lat = coordinate.latitude(), lon = coordinate.longitude();
    const QString latitude = lat >= 0 ? tr("%1° N").arg(locale.toString(lat, 'f', 5))
                                      : tr("%1° S").arg(locale.toString(-lat, 'f', 5));
    const QString longitude = lon >= 0 ? tr("%1° E").arg(locale.toString(lon, 'f', 5))
                                       : tr("%1° W").arg(locale.toString(-lon, 'f', 5));
    return tr("%1, %2", "latitude, longitude").arg(latitude, longitude);
}

QColor MapView::backgroundColour()
{
    return Background;
}

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_viewport(QGeoCoordinate(30.0, 69.5), 5.0, size()) // Pakistan
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Drag or use the arrow keys to move the map; use the mouse wheel or the plus "
                                "and minus keys to zoom."));
}

MapView::~MapView() = default;

void MapView::addLayer(MapLayer *layer)
{
    layer->setParent(this);
    m_layers.append(layer);
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    update();
}

QList<MapLayer *> MapView::layers() const
{
    QList<MapLayer *> layers;
    for (const auto &layer : m_layers)
        if (layer)
            layers.append(layer);
    return layers;
}

void MapView::setViewport(const MapViewport &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    if (!m_cursorScreen.isNull() && m_cursor.isValid())
        setCursorPosition(m_cursorScreen);
    update();
    emit viewportChanged();
}

void MapView::setCentre(const QGeoCoordinate &centre)
{
    MapViewport viewport = m_viewport;
    viewport.setCentre(centre);
    setViewport(viewport);
}

void MapView::setZoom(double zoom)
{
    MapViewport viewport = m_viewport;
    viewport.setZoom(zoom);
    setViewport(viewport);
}

void MapView::zoomAt(QPointF screenAnchor, double zoom)
{
    MapViewport viewport = m_viewport;
    viewport.zoomAt(screenAnchor, zoom);
    setViewport(viewport);
}

void MapView::panBy(QPointF pixels)
{
    MapViewport viewport = m_viewport;
    viewport.panBy(pixels);
    setViewport(viewport);
}

void MapView::fitTo(const QGeoRectangle &area)
{
    if (!area.isValid())
        return;
    MapViewport viewport = m_viewport;
    viewport.setCentre(area.center());
    const QPointF a = MapViewport::toUnits(area.topLeft().latitude(), area.topLeft().longitude());
    const QPointF b = MapViewport::toUnits(area.bottomRight().latitude(), area.bottomRight().longitude());
    const double w = std::max(std::abs(b.x() - a.x()), 1e-9), h = std::max(std::abs(b.y() - a.y()), 1e-9);
    const double zx = std::log2(std::max(1, width() - 40) / w),
                 zy = std::log2(std::max(1, height() - 40) / h);
    viewport.setZoom(std::min(zx, zy));
    setViewport(viewport);
}

bool MapView::keepInView(const QGeoCoordinate &position, double innerFraction)
{
    if (!position.isValid())
        return false;
    const QPointF at = m_viewport.toScreen(position);
    const double marginX = width() * (1 - innerFraction) / 2, marginY = height() * (1 - innerFraction) / 2;
    const QRectF inner(marginX, marginY, width() - 2 * marginX, height() - 2 * marginY);
    if (inner.contains(at))
        return false;
    setCentre(position);
    return true;
}

MapView::ScaleBar MapView::scaleBar() const
{
    return scaleBarFor(m_viewport.metresPerPixel());
}

void MapView::setCoordinatesOverlayVisible(bool visible)
{
    m_showCoordinates = visible;
    update();
}

void MapView::setCursorPosition(QPointF screen)
{
    m_cursorScreen = screen;
    const QGeoCoordinate coordinate = m_viewport.toGeo(screen);
    if (coordinate == m_cursor)
        return;
    m_cursor = coordinate;
    if (m_showCoordinates)
        update();
    emit cursorCoordinateChanged(m_cursor);
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(gesture->position(), zoom() + std::log2(std::max(0.01, 1.0 + gesture->value())));
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            zoomAt(gesture->position(), zoom() + 1);
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    MapViewport viewport = m_viewport;
    viewport.setSize(size());
    setViewport(viewport);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Background);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &layer : std::as_const(m_layers)) {
        if (!layer || !layer->isVisible())
            continue;
        painter.save();
        layer->paint(painter, m_viewport);
        painter.restore();
    }
    paintOverlays(painter);
}

void MapView::paintOverlays(QPainter &painter)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetrics metrics(font());
    constexpr int Margin = 8, Padding = 4;

    // The scale bar at the bottom on the start side (left, or right in a right-to-left layout).
    const ScaleBar bar = scaleBar();
    if (bar.pixels > 0) {
        const int barWidth = int(std::lround(bar.pixels));
        const int boxWidth = std::max(barWidth, metrics.horizontalAdvance(bar.text)) + 2 * Padding;
        const int boxHeight = metrics.height() + 8 + 2 * Padding;
        const int left = rtl ? width() - Margin - boxWidth : Margin;
        const QRect box(left, height() - Margin - boxHeight, boxWidth, boxHeight);
        painter.fillRect(box, OverlayBackground);
        painter.setPen(QPen(OverlayText, 2));
        const int y = box.bottom() - Padding - 2;
        const int x0 = rtl ? box.right() - Padding - barWidth : box.left() + Padding;
        painter.drawPolyline(QPolygon(
            { QPoint(x0, y - 5), QPoint(x0, y), QPoint(x0 + barWidth, y), QPoint(x0 + barWidth, y - 5) }));
        painter.setPen(OverlayText);
        painter.drawText(
            QRect(box.left() + Padding, box.top() + Padding, box.width() - 2 * Padding, metrics.height()),
            (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, bar.text);
    }

    // The coordinates under the cursor at the bottom on the end side.
    if (m_showCoordinates && m_cursor.isValid()) {
        const QString text = coordinateText(m_cursor);
        const int boxWidth = metrics.horizontalAdvance(text) + 2 * Padding;
        const int boxHeight = metrics.height() + 2 * Padding;
        const int left = rtl ? Margin : width() - Margin - boxWidth;
        const QRect box(left, height() - Margin - boxHeight, boxWidth, boxHeight);
        painter.fillRect(box, OverlayBackground);
        painter.setPen(OverlayText);
        painter.drawText(box, Qt::AlignCenter, text);
    }

    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = m_dragFrom - event->position();
        m_dragFrom = event->position();
        panBy(delta);
    }
    setCursorPosition(event->position());
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const bool out = event->modifiers() & Qt::ShiftModifier;
        zoomAt(event->position(), std::round(zoom()) + (out ? -1 : 1));
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), zoom() + WheelZoomPerNotch * delta / 120.0);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    // Directions are geographic: a right-to-left layout does not swap Left and Right on the map.
    switch (event->key()) {
    case Qt::Key_Left:
        panBy({ -double(KeyPanPixels), 0 });
        break;
    case Qt::Key_Right:
        panBy({ double(KeyPanPixels), 0 });
        break;
    case Qt::Key_Up:
        panBy({ 0, -double(KeyPanPixels) });
        break;
    case Qt::Key_Down:
        panBy({ 0, double(KeyPanPixels) });
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(QPointF(width() / 2.0, height() / 2.0), std::round(zoom()) + 1);
        break;
    case Qt::Key_Minus:
        zoomAt(QPointF(width() / 2.0, height() / 2.0), std::round(zoom()) - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_cursorScreen = {};
    if (m_cursor.isValid()) {
        m_cursor = {};
        update();
        emit cursorCoordinateChanged(m_cursor);
    }
}

} // namespace Nigran::Gui
