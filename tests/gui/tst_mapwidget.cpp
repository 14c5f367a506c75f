// The native map widget, rendered offscreen: the Web Mercator projection, pixel checks of a known
// track, a signal gap, zones and MBTiles tiles at known coordinates, zooming anchored at the cursor,
// keyboard and mouse panning, the scale bar and the coordinates under the cursor.
//
// Positions on screen are computed in the tests from first principles (256-pixel Web Mercator
// tiles), not with the widget's own projection, except where the test is about that projection.

#include "../common/pixelcheck.h"
#include "../common/testsupport.h"

#include "map/alertlayer.h"
#include "map/basemaplayer.h"
#include "map/mapprojection.h"
#include "map/mapview.h"
#include "map/mbtileslayer.h"
#include "map/tracklayer.h"
#include "map/zonelayer.h"

#include "monitoring/geo.h"
#include "monitoring/zone.h"
#include "store/database.h"

#include <QBuffer>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <numbers>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using Nigran::Testing::colourDistance;

namespace {

constexpr int Width = 400;
constexpr int Height = 300;
constexpr double CentreLat = 30.0;
constexpr double CentreLon = 70.0;
constexpr double Zoom = 12.0;

const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

/// Degrees of longitude per screen pixel at `zoom` (the same at every latitude in Web Mercator).
double degreesPerPixel(double zoom)
{
    return 360.0 / (256.0 * std::exp2(zoom));
}

/// Ground metres per pixel at `latitude`, from the definition (mean Earth radius).
double metresPerPixel(double latitude, double zoom)
{
    return 2 * std::numbers::pi * Geo::EarthRadiusMetres * std::cos(latitude * std::numbers::pi / 180)
        / (256.0 * std::exp2(zoom));
}

/// Longitude of screen column `x` on the centre row of the standard test view.
double lonAt(double x)
{
    return CentreLon + (x - Width / 2.0) * degreesPerPixel(Zoom);
}

/// Fixes one minute apart along the centre row, from screen column `fromX` to `toX`.
QList<Fix> straightRun(double fromX, double toX, int count, const QDateTime &start)
{
    QList<Fix> fixes;
    for (int i = 0; i < count; ++i) {
        Fix fix;
        fix.deviceId = QStringLiteral("SYN-TAG-1");
        fix.fixTime = start.addSecs(60 * i);
        fix.latitude = CentreLat;
        fix.longitude = lonAt(fromX + (toX - fromX) * i / (count - 1));
        fixes.append(fix);
    }
    return fixes;
}

std::unique_ptr<MapView> makeView(double lat = CentreLat, double lon = CentreLon, double zoom = Zoom)
{
    auto view = std::make_unique<MapView>();
    view->resize(Width, Height);
    view->setCoordinatesOverlayVisible(false);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("map view not exposed");
    view->setCentre(QGeoCoordinate(lat, lon));
    view->setZoom(zoom);
    return view;
}

QImage render(MapView &view)
{
    return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QByteArray pngOf(const QColor &colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestMapWidget : public QObject
{
    Q_OBJECT

private slots:
    void projectionKnownPoints_data();
    void projectionKnownPoints();
    void projectionRoundTrip_data();
    void projectionRoundTrip();
    void scaleBarLengths_data();
    void scaleBarLengths();
    void scaleBarFollowsLatitude_data();
    void scaleBarFollowsLatitude();
    void trackDrawnWhereItsFixesAre();
    void longTrackOffScreenBothWays();
    void gapIsLeftBlank_data();
    void gapIsLeftBlank();
    void zoneCircleAtItsPlaceAndRadius_data();
    void zoneCircleAtItsPlaceAndRadius();
    void zonePolygonAndKindColours();
    void alertMarkerAtItsEvidenceFix();
    void evidenceFixesRinged();
    void highlightedZoneOutlineIsWider();
    void trackCutOffAtPlaybackTime_data();
    void trackCutOffAtPlaybackTime();
    void wheelZoomKeepsCursorPointFixed_data();
    void wheelZoomKeepsCursorPointFixed();
    void doubleClickZoomsInAtCursor();
    void keyboardPans_data();
    void keyboardPans();
    void keyboardZooms();
    void mouseDragPans();
    void cursorCoordinatesReported();
    void rightToLeftDoesNotMirrorTheMap();
    void accessibleAndFocusable();
    void baseMapFromResources();
    void mbTilesFlipRowsAndDraw();
    void mbTilesOpenErrors();
};

void TestMapWidget::projectionKnownPoints_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addRow("null island z0") << 0.0 << 0.0 << 0.0 << 128.0 << 128.0;
    QTest::addRow("null island z1") << 0.0 << 0.0 << 1.0 << 256.0 << 256.0;
    QTest::addRow("date line west z2") << 0.0 << -180.0 << 2.0 << 0.0 << 512.0;
    QTest::addRow("north edge") << MapProjection::MaxLatitude << 180.0 << 1.0 << 512.0 << 0.0;
    QTest::addRow("south edge clamped") << -89.0 << 0.0 << 0.0 << 128.0 << 256.0;
    // Islamabad at z12: x = (73.0479 + 180) / 360 · 2^20, y = (½ − ln tan(π/4 + φ/2) / 2π) · 2^20.
    QTest::addRow("islamabad z12") << 33.6844 << 73.0479 << 12.0 << 737055.42997 << 419979.83778;
    QTest::addRow("fractional zoom") << 0.0 << 90.0 << 2.5 << 0.75 * 256 * std::exp2(2.5)
                                     << 128 * std::exp2(2.5);
}

void TestMapWidget::projectionKnownPoints()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(double, zoom);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF world = MapProjection::toWorld(lat, lon, zoom);
    QVERIFY2(std::abs(world.x() - x) < 0.01, qPrintable(QString::number(world.x(), 'f', 5)));
    QVERIFY2(std::abs(world.y() - y) < 0.01, qPrintable(QString::number(world.y(), 'f', 5)));
}

void TestMapWidget::projectionRoundTrip_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("zoom");
    QTest::addRow("karachi z5") << 24.8607 << 67.0011 << 5.0;
    QTest::addRow("gilgit z18") << 35.9208 << 74.3144 << 18.0;
    QTest::addRow("fractional z9.37") << 30.1798 << 66.975 << 9.37;
    QTest::addRow("southern hemisphere") << -33.9249 << 18.4241 << 7.0;
    QTest::addRow("western hemisphere") << 40.7 << -74.0 << 3.0;
    QTest::addRow("near the pole") << 84.9 << 179.9 << 2.0;
    QTest::addRow("equator z0") << 0.0 << 0.0 << 0.0;
}

void TestMapWidget::projectionRoundTrip()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(double, zoom);
    const QGeoCoordinate back = MapProjection::toGeo(MapProjection::toWorld(lat, lon, zoom), zoom);
    QVERIFY2(std::abs(back.latitude() - lat) < 1e-9, qPrintable(QString::number(back.latitude(), 'f', 12)));
    QVERIFY2(std::abs(back.longitude() - lon) < 1e-9, qPrintable(QString::number(back.longitude(), 'f', 12)));

    // The same through a viewport: a point's screen position maps back to it.
    MapViewport viewport(
        QGeoCoordinate(lat, lon), std::max(zoom, MapViewport::MinZoom), QSize(Width, Height));
    const QPointF screen = viewport.toScreen(lat, lon);
    QVERIFY(std::abs(screen.x() - Width / 2.0) < 1e-6);
    QVERIFY(std::abs(screen.y() - Height / 2.0) < 1e-6);
    const QGeoCoordinate corner = viewport.toGeo(QPointF(13, 250));
    const QPointF again = viewport.toScreen(corner);
    QVERIFY(std::abs(again.x() - 13) < 1e-6 && std::abs(again.y() - 250) < 1e-6);
}

void TestMapWidget::scaleBarLengths_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<double>("metres");
    QTest::addColumn<QString>("text");
    QTest::addRow("1 m/px") << 1.0 << 100.0 << QStringLiteral("100 m");
    QTest::addRow("0.3 m/px") << 0.3 << 20.0 << QStringLiteral("20 m");
    QTest::addRow("10 m/px") << 10.0 << 1000.0 << QStringLiteral("1 km");
    QTest::addRow("42 m/px") << 42.0 << 5000.0 << QStringLiteral("5 km");
    QTest::addRow("2 m/px") << 2.0 << 200.0 << QStringLiteral("200 m");
    QTest::addRow("9000 m/px") << 9000.0 << 1000000.0 << QStringLiteral("1,000 km");
}

void TestMapWidget::scaleBarLengths()
{
    QFETCH(double, metresPerPixel);
    QFETCH(double, metres);
    QFETCH(QString, text);
    const MapView::ScaleBar bar = MapView::scaleBarFor(metresPerPixel, 120);
    QCOMPARE(bar.metres, metres);
    QCOMPARE(bar.text, text);
    QVERIFY(bar.pixels <= 120.0 && bar.pixels > 120.0 / 2.5 - 1e-9);
    QVERIFY(std::abs(bar.pixels * metresPerPixel - metres) < 1e-6);
}

void TestMapWidget::scaleBarFollowsLatitude_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("text");
    // z10: 152.7 m/px at the equator; × cos(lat) × 120 px.
    QTest::addRow("equator z10") << 0.0 << 10.0 << QStringLiteral("10 km"); // 18.3 km
    QTest::addRow("30N z10") << 30.0 << 10.0 << QStringLiteral("10 km"); // 15.9 km
    QTest::addRow("60N z10") << 60.0 << 10.0 << QStringLiteral("5 km"); // 9.2 km
    QTest::addRow("30N z16") << 30.0 << 16.0 << QStringLiteral("200 m"); // 248 m
    QTest::addRow("30N z4.5") << 30.0 << 4.5 << QStringLiteral("500 km"); // 718 km
}

void TestMapWidget::scaleBarFollowsLatitude()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(QString, text);
    auto view = makeView(lat, 70.0, zoom);
    const MapView::ScaleBar bar = view->scaleBar();
    QCOMPARE(bar.text, text);
    QVERIFY(std::abs(bar.pixels - bar.metres / metresPerPixel(lat, zoom)) < 1e-6);
}

void TestMapWidget::trackDrawnWhereItsFixesAre()
{
    auto view = makeView();
    auto *track = new TrackLayer;
    const QList<Fix> fixes = straightRun(100, 300, 21, Start);
    track->setTrack(fixes);
    track->setReferenceTime(fixes.last().fixTime.addSecs(60));
    view->addLayer(track);
    const QImage image = render(*view);
    const QColor line = TrackLayer::colourForAge(60);
    const QColor background = MapView::backgroundColour();

    // On the line between the fixes (the centre row, y = 150), and off it.
    for (const int x : { 110, 150, 200, 250, 285 })
        VERIFY_COLOUR(image, x, Height / 2, line, 24);
    for (const int y : { 140, 160, 100, 200 })
        VERIFY_COLOUR(image, 200, y, background, 0);
    // Nothing before the first fix or after the last (beyond the last-fix marker).
    VERIFY_COLOUR(image, 80, Height / 2, background, 0);
    VERIFY_COLOUR(image, 330, Height / 2, background, 0);
    // The latest fix is marked with a dot larger than the line.
    VERIFY_COLOUR(image, 300, Height / 2 + 4, line, 40);
    QVERIFY(track->lastDrawnSegmentCount() >= 1);
}

void TestMapWidget::longTrackOffScreenBothWays()
{
    // 2,001 fixes zigzagging ±6 pixels across the centre row from 5,000 pixels left of the view to
    // 5,000 right of it: the layer skips the chunks of the run that are off screen, and the part on
    // screen is drawn through every fix.
    auto view = makeView();
    auto *track = new TrackLayer;
    const double latPerPixel = degreesPerPixel(Zoom) * std::cos(CentreLat * std::numbers::pi / 180);
    QList<Fix> fixes = straightRun(-5000, Width + 5000, 2001, Start);
    for (qsizetype i = 0; i < fixes.size(); ++i)
        fixes[i].latitude += (i % 2 ? 6 : -6) * latPerPixel;
    track->setTrack(fixes);
    track->setReferenceTime(fixes.last().fixTime.addSecs(60));
    view->addLayer(track);
    const QImage image = render(*view);
    const QColor line = TrackLayer::colourForAge(60);
    const double step = (Width + 10000.0) / 2000;
    int checked = 0;
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        const double x = -5000 + step * double(i);
        if (x < 20 || x > Width - 20)
            continue;
        VERIFY_COLOUR(image, int(std::lround(x)), Height / 2 + (i % 2 ? -6 : 6), line, 40);
        ++checked;
    }
    QVERIFY(checked > 60);
    QVERIFY(track->lastDrawnSegmentCount() < 200); // the part on screen, not the whole run
}

void TestMapWidget::gapIsLeftBlank_data()
{
    QTest::addColumn<qint64>("gapSeconds");
    QTest::addColumn<bool>("joined");
    QTest::addRow("20 min silence is a gap") << qint64(300) << false;
    QTest::addRow("threshold above the silence joins") << qint64(3600) << true;
}

void TestMapWidget::gapIsLeftBlank()
{
    QFETCH(qint64, gapSeconds);
    QFETCH(bool, joined);
    auto view = makeView();
    // Two runs on the centre row, x 60→160 then, 20 minutes later, x 240→340.
    QList<Fix> fixes = straightRun(60, 160, 11, Start);
    const QDateTime resumed = fixes.last().fixTime.addSecs(20 * 60);
    fixes += straightRun(240, 340, 11, resumed);
    auto *track = new TrackLayer;
    track->setTrack(fixes, gapSeconds);
    // "Now" is 3 hours after the end: the first run's last fix is older than a day? No: pick ages that
    // fall in different colour bands, 50 min for the second run and 80 min for the first.
    const QDateTime now = fixes.last().fixTime.addSecs(50 * 60);
    track->setReferenceTime(now);
    view->addLayer(track);
    const QImage image = render(*view);

    const QColor firstRun = TrackLayer::colourForAge(fixes[10].fixTime.secsTo(now));
    const QColor secondRun = TrackLayer::colourForAge(fixes.last().fixTime.secsTo(now));
    if (joined) {
        QCOMPARE(track->runCount(), 1);
        VERIFY_COLOUR(image, 200, Height / 2, secondRun, 24);
        VERIFY_COLOUR(image, 110, Height / 2, secondRun, 24);
    } else {
        QCOMPARE(track->runCount(), 2);
        QVERIFY(colourDistance(firstRun, secondRun) > 50); // coloured by the age of each run's last fix
        VERIFY_COLOUR(image, 110, Height / 2, firstRun, 24);
        VERIFY_COLOUR(image, 290, Height / 2, secondRun, 24);
        for (const int x : { 180, 200, 220 })
            VERIFY_COLOUR(image, x, Height / 2, MapView::backgroundColour(), 0);
    }
}

void TestMapWidget::zoneCircleAtItsPlaceAndRadius_data()
{
    QTest::addColumn<double>("radius");
    QTest::addColumn<double>("buffer");
    QTest::addColumn<double>("zoom");
    QTest::addRow("1 km at z12") << 1000.0 << 0.0 << 12.0;
    QTest::addRow("400 m at z14.5") << 400.0 << 0.0 << 14.5;
    QTest::addRow("1 km + 500 m buffer") << 1000.0 << 500.0 << 12.0;
}

void TestMapWidget::zoneCircleAtItsPlaceAndRadius()
{
    QFETCH(double, radius);
    QFETCH(double, buffer);
    QFETCH(double, zoom);
    // The zone is centred 60 px east of the view's centre, on the centre row.
    const double cx = Width / 2.0 + 60, cy = Height / 2.0;
    const double zoneLon = CentreLon + 60 * degreesPerPixel(zoom);
    auto zone = Zone::create(QStringLiteral("Z-1"), 1, ZoneKind::Exclusion,
        QGeoCircle(QGeoCoordinate(CentreLat, zoneLon), radius), buffer);
    NIGRAN_VERIFY_OK(zone);
    auto view = makeView(CentreLat, CentreLon, zoom);
    auto *zones = new ZoneLayer;
    zones->setZones({ *zone });
    view->addLayer(zones);
    const QImage image = render(*view);
    const QColor background = MapView::backgroundColour();
    const double r = radius / metresPerPixel(CentreLat, zoom);
    QVERIFY2(r > 20 && cx + r + buffer / metresPerPixel(CentreLat, zoom) + 10 < Width, "test geometry");

    // Inside: tinted red over the background.
    const QColor inside = image.pixelColor(int(cx), int(cy));
    QVERIFY2(inside.red() > inside.green() + 20, qPrintable(inside.name())); // the background is blue-grey
    // The outline: the reddest pixel along the row to the east is at the radius (±1.5 px), and the
    // same to the north (the circle is round on screen: Mercator is conformal).
    const auto reddestAlong = [&](QPoint step) {
        int best = -1, bestRedness = -1000;
        for (int k = int(r) - 6; k <= int(r) + 6; ++k) {
            const QColor c = image.pixelColor(int(cx) + step.x() * k, int(cy) + step.y() * k);
            const int redness = c.red() - c.green();
            if (redness > bestRedness) {
                bestRedness = redness;
                best = k;
            }
        }
        return best;
    };
    QVERIFY2(std::abs(reddestAlong(QPoint(1, 0)) - r) <= 1.5, qPrintable(QString::number(r)));
    QVERIFY2(std::abs(reddestAlong(QPoint(0, -1)) - r) <= 1.5, qPrintable(QString::number(r)));
    VERIFY_COLOUR(image, cx + r - 3, cy, ZoneLayer::colourFor(ZoneKind::Exclusion), 150); // tinted
    if (buffer > 0) {
        const double b = buffer / metresPerPixel(CentreLat, zoom);
        const QColor band = image.pixelColor(int(cx + r + b / 2), int(cy));
        QVERIFY2(colourDistance(band, background) > 4 && band.red() > band.green(), qPrintable(band.name()));
        VERIFY_COLOUR(image, cx + r + b + 4, cy, background, 0);
    } else {
        VERIFY_COLOUR(image, cx + r + 4, cy, background, 0);
        VERIFY_COLOUR(image, cx, cy - r - 4, background, 0);
    }
    VERIFY_COLOUR(image, cx - r - 8, cy, background, buffer > 0 ? 255 : 0);
}

void TestMapWidget::zonePolygonAndKindColours()
{
    // An inclusion square 100 px on a side around the view's centre.
    const double d = 50 * degreesPerPixel(Zoom);
    auto view = makeView();
    MapViewport probe(QGeoCoordinate(CentreLat, CentreLon), Zoom, QSize(Width, Height));
    const QGeoCoordinate topLeft = probe.toGeo(QPointF(150, 100)),
                         bottomRight = probe.toGeo(QPointF(250, 200));
    QGeoPolygon square({ topLeft, QGeoCoordinate(topLeft.latitude(), CentreLon + d), bottomRight,
        QGeoCoordinate(bottomRight.latitude(), CentreLon - d) });
    auto zone = Zone::create(QStringLiteral("Z-2"), 1, ZoneKind::Inclusion, square);
    NIGRAN_VERIFY_OK(zone);
    auto *zones = new ZoneLayer;
    zones->setZones({ *zone });
    view->addLayer(zones);
    const QImage image = render(*view);
    const QColor inside = image.pixelColor(200, 150);
    QVERIFY2(inside.green() > inside.red() + 20, qPrintable(inside.name())); // inclusion: green
    VERIFY_COLOUR(image, 150, 150, ZoneLayer::colourFor(ZoneKind::Inclusion), 60); // west edge
    VERIFY_COLOUR(image, 200, 200, ZoneLayer::colourFor(ZoneKind::Inclusion), 60); // south edge
    VERIFY_COLOUR(image, 145, 150, MapView::backgroundColour(), 0);
    VERIFY_COLOUR(image, 200, 95, MapView::backgroundColour(), 0);
    QVERIFY(
        colourDistance(ZoneLayer::colourFor(ZoneKind::Inclusion), ZoneLayer::colourFor(ZoneKind::Exclusion))
        > 100);
}

void TestMapWidget::alertMarkerAtItsEvidenceFix()
{
    const QList<Fix> fixes = straightRun(100, 300, 21, Start);
    Alert alert;
    alert.kind = AlertKind::ZoneEntry;
    alert.deviceId = QStringLiteral("SYN-TAG-1");
    alert.evidence = { FixRef { 4, 0, fixes[4].fixTime }, FixRef { 5, 0, fixes[5].fixTime } };
    Alert orphan = alert;
    orphan.evidence = { FixRef { 99, 0, Start } }; // not in this stream: left out
    const QList<AlertMarker> markers = AlertLayer::markersFor({ alert, orphan }, fixes);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers[0].position, QGeoCoordinate(fixes[5].latitude, fixes[5].longitude));

    auto view = makeView();
    auto *alerts = new AlertLayer;
    alerts->setMarkers(markers);
    view->addLayer(alerts);
    const QImage image = render(*view);
    // Fix 5 is at x = 150; the triangle stands on it, its body above.
    const int x = 150, y = Height / 2;
    VERIFY_COLOUR(image, x - 4, y - 14, AlertLayer::colourFor(AlertKind::ZoneEntry), 30);
    VERIFY_COLOUR(image, x, y + 6, MapView::backgroundColour(), 0);
    VERIFY_COLOUR(image, x + 30, y - 10, MapView::backgroundColour(), 0);
}

void TestMapWidget::evidenceFixesRinged()
{
    const QList<Fix> fixes = straightRun(100, 300, 21, Start);
    auto view = makeView();
    auto *alerts = new AlertLayer;
    alerts->setEvidence({ QGeoCoordinate(fixes[4].latitude, fixes[4].longitude),
        QGeoCoordinate(fixes[16].latitude, fixes[16].longitude) });
    view->addLayer(alerts);
    const QImage image = render(*view);
    // Fixes 4 and 16 are at x = 140 and 260: a yellow disc with a dark edge at each, nothing between.
    for (const int x : { 140, 260 }) {
        VERIFY_COLOUR(image, x, Height / 2, AlertLayer::evidenceColour(), 10);
        VERIFY_COLOUR(image, x + 2, Height / 2 - 2, AlertLayer::evidenceColour(), 10);
        const QColor edge = image.pixelColor(x + int(AlertLayer::EvidenceRadius), Height / 2);
        QVERIFY2(edge.lightness() < 110, qPrintable(edge.name()));
    }
    VERIFY_COLOUR(image, 200, Height / 2, MapView::backgroundColour(), 0);
    alerts->setEvidence({});
    VERIFY_COLOUR(render(*view), 140, Height / 2, MapView::backgroundColour(), 0);
}

void TestMapWidget::highlightedZoneOutlineIsWider()
{
    // A 100 m circle at z16 (about 47 px) centred on the view; outline 2 px, highlighted 4 px.
    auto zone = Zone::create(QStringLiteral("Z-7"), 1, ZoneKind::Exclusion,
        QGeoCircle(QGeoCoordinate(CentreLat, CentreLon), 100), 0);
    NIGRAN_VERIFY_OK(zone);
    auto view = makeView(CentreLat, CentreLon, 16);
    auto *zones = new ZoneLayer;
    zones->setZones({ *zone });
    view->addLayer(zones);
    const double r = 100 / metresPerPixel(CentreLat, 16);
    // A pixel whose centre lies 1–2 px outside the edge: outside the plain outline (±1 px), inside the
    // highlighted one (±2 px).
    const int x = int(std::floor(Width / 2.0 + r + 1.5));
    const QColor plain = render(*view).pixelColor(x, Height / 2);
    zones->setHighlighted(QStringLiteral("Z-7"));
    const QColor wide = render(*view).pixelColor(x, Height / 2);
    const QColor outline = ZoneLayer::colourFor(ZoneKind::Exclusion);
    QVERIFY2(colourDistance(wide, outline) < colourDistance(plain, outline) - 30,
        qPrintable(plain.name() + QStringLiteral(" → ") + wide.name()));
    zones->setHighlighted(QStringLiteral("another zone"));
    QCOMPARE(render(*view).pixelColor(x, Height / 2), plain);
}

void TestMapWidget::trackCutOffAtPlaybackTime_data()
{
    QTest::addColumn<int>("cutFix");
    QTest::addColumn<int>("lastDrawnX");
    QTest::addRow("first fix") << 0 << 100;
    QTest::addRow("middle") << 10 << 200;
    QTest::addRow("last") << 20 << 300;
}

void TestMapWidget::trackCutOffAtPlaybackTime()
{
    QFETCH(int, cutFix);
    QFETCH(int, lastDrawnX);
    auto view = makeView();
    auto *track = new TrackLayer;
    const QList<Fix> fixes = straightRun(100, 300, 21, Start);
    track->setTrack(fixes);
    const QDateTime at = fixes[cutFix].fixTime.addSecs(20);
    track->setCutOff(at);
    track->setReferenceTime(at);
    view->addLayer(track);
    const QImage image = render(*view);
    const QColor line = TrackLayer::colourForAge(20);
    // The current position dot at the last fix up to the cut-off; the line before it; nothing after.
    VERIFY_COLOUR(image, lastDrawnX, Height / 2 + 4, line, 40);
    if (lastDrawnX > 120)
        VERIFY_COLOUR(image, lastDrawnX - 15, Height / 2, line, 24);
    if (lastDrawnX < 280)
        VERIFY_COLOUR(image, lastDrawnX + 20, Height / 2, MapView::backgroundColour(), 0);
}

void TestMapWidget::wheelZoomKeepsCursorPointFixed_data()
{
    QTest::addColumn<QPoint>("cursor");
    QTest::addColumn<int>("angle");
    QTest::addColumn<double>("zoomChange");
    QTest::addRow("one notch in, top left") << QPoint(80, 60) << 120 << 0.5;
    QTest::addRow("two notches out, bottom right") << QPoint(350, 260) << -240 << -1.0;
    QTest::addRow("touchpad fraction") << QPoint(200, 40) << 24 << 0.1;
    QTest::addRow("centre") << QPoint(200, 150) << 360 << 1.5;
}

void TestMapWidget::wheelZoomKeepsCursorPointFixed()
{
    QFETCH(QPoint, cursor);
    QFETCH(int, angle);
    QFETCH(double, zoomChange);
    auto view = makeView();
    const QGeoCoordinate before = view->viewport().toGeo(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(view->mapToGlobal(cursor)), QPoint(), QPoint(0, angle),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.get(), &wheel);
    QCOMPARE(view->zoom(), Zoom + zoomChange);
    const QPointF after = view->viewport().toScreen(before);
    QVERIFY2(std::abs(after.x() - cursor.x()) < 1e-6 && std::abs(after.y() - cursor.y()) < 1e-6,
        qPrintable(QStringLiteral("%1, %2").arg(after.x()).arg(after.y())));
    // And the view really moved unless the cursor was at the centre.
    if (cursor != QPoint(Width / 2, Height / 2))
        QVERIFY(view->centre().distanceTo(QGeoCoordinate(CentreLat, CentreLon)) > 10);
}

void TestMapWidget::doubleClickZoomsInAtCursor()
{
    auto view = makeView();
    const QPoint cursor(300, 80);
    const QGeoCoordinate before = view->viewport().toGeo(cursor);
    QTest::mouseDClick(view.get(), Qt::LeftButton, {}, cursor);
    QCOMPARE(view->zoom(), Zoom + 1);
    const QPointF after = view->viewport().toScreen(before);
    QVERIFY(std::abs(after.x() - cursor.x()) < 1e-6 && std::abs(after.y() - cursor.y()) < 1e-6);
    QTest::mouseDClick(view.get(), Qt::LeftButton, Qt::ShiftModifier, cursor);
    QCOMPARE(view->zoom(), Zoom);
}

void TestMapWidget::keyboardPans_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<QPoint>("moves"); // where the old centre goes on screen, relative to the centre
    const int step = MapView::KeyPanPixels;
    QTest::addRow("right") << int(Qt::Key_Right) << false << QPoint(-step, 0);
    QTest::addRow("left") << int(Qt::Key_Left) << false << QPoint(step, 0);
    QTest::addRow("up") << int(Qt::Key_Up) << false << QPoint(0, step);
    QTest::addRow("down") << int(Qt::Key_Down) << false << QPoint(0, -step);
    QTest::addRow("right, rtl layout") << int(Qt::Key_Right) << true << QPoint(-step, 0);
    QTest::addRow("left, rtl layout") << int(Qt::Key_Left) << true << QPoint(step, 0);
}

void TestMapWidget::keyboardPans()
{
    QFETCH(int, key);
    QFETCH(bool, rightToLeft);
    QFETCH(QPoint, moves);
    auto view = makeView();
    if (rightToLeft)
        view->setLayoutDirection(Qt::RightToLeft);
    const QGeoCoordinate oldCentre = view->centre();
    QSignalSpy changed(view.get(), &MapView::viewportChanged);
    QTest::keyClick(view.get(), Qt::Key(key));
    QCOMPARE(changed.size(), 1);
    const QPointF at = view->viewport().toScreen(oldCentre);
    QVERIFY2(std::abs(at.x() - (Width / 2.0 + moves.x())) < 1e-6
            && std::abs(at.y() - (Height / 2.0 + moves.y())) < 1e-6,
        qPrintable(QStringLiteral("%1, %2").arg(at.x()).arg(at.y())));
    QCOMPARE(view->zoom(), Zoom);
    // A pan east by 64 px at z12 is 64 × 360 / 2^20 degrees of longitude.
    if (moves.y() == 0)
        QVERIFY(
            std::abs(view->centre().longitude() - (CentreLon - moves.x() * degreesPerPixel(Zoom))) < 1e-9);
}

void TestMapWidget::keyboardZooms()
{
    auto view = makeView();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QCOMPARE(view->zoom(), Zoom + 1);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    QCOMPARE(view->zoom(), Zoom - 1);
    QVERIFY(view->centre().distanceTo(QGeoCoordinate(CentreLat, CentreLon)) < 0.01);
    view->setZoom(100);
    QCOMPARE(view->zoom(), MapViewport::MaxZoom);
}

void TestMapWidget::mouseDragPans()
{
    auto view = makeView();
    const QPoint from(200, 150), to(250, 170);
    const QGeoCoordinate grabbed = view->viewport().toGeo(from);
    QTest::mousePress(view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.get(), QPoint(220, 160));
    QTest::mouseMove(view.get(), to);
    QTest::mouseRelease(view.get(), Qt::LeftButton, {}, to);
    const QPointF at = view->viewport().toScreen(grabbed);
    QVERIFY2(std::abs(at.x() - to.x()) < 1e-6 && std::abs(at.y() - to.y()) < 1e-6,
        qPrintable(QStringLiteral("%1, %2").arg(at.x()).arg(at.y())));
}

void TestMapWidget::cursorCoordinatesReported()
{
    auto view = makeView();
    view->setCoordinatesOverlayVisible(true);
    QSignalSpy spy(view.get(), &MapView::cursorCoordinateChanged);
    const QPoint at(Width / 2 + 100, Height / 2);
    QTest::mouseMove(view.get(), at);
    QTRY_VERIFY(!spy.isEmpty());
    const QGeoCoordinate reported = spy.last().at(0).value<QGeoCoordinate>();
    QVERIFY(std::abs(reported.longitude() - lonAt(at.x())) < 1e-9);
    QVERIFY(std::abs(reported.latitude() - CentreLat) < 1e-9);
    QCOMPARE(view->cursorCoordinate(), reported);
    QCOMPARE(MapView::coordinateText(QGeoCoordinate(33.6844, 73.0479)),
        QStringLiteral("33.68440° N, 73.04790° E"));
    QCOMPARE(MapView::coordinateText(QGeoCoordinate(-1.5, -0.25)), QStringLiteral("1.50000° S, 0.25000° W"));
    // The overlay label is painted: the bottom-right corner is no longer plain background.
    const QImage image = render(*view);
    bool overlay = false;
    for (int x = Width - 60; x < Width - 10 && !overlay; ++x)
        overlay = image.pixelColor(x, Height - 14) != MapView::backgroundColour();
    QVERIFY(overlay);
}

void TestMapWidget::rightToLeftDoesNotMirrorTheMap()
{
    const QList<Fix> fixes = straightRun(60, 180, 13, Start);
    QImage images[2];
    for (int i = 0; i < 2; ++i) {
        auto view = makeView();
        view->setLayoutDirection(i == 0 ? Qt::LeftToRight : Qt::RightToLeft);
        auto *track = new TrackLayer;
        track->setTrack(fixes);
        track->setReferenceTime(fixes.last().fixTime);
        view->addLayer(track);
        images[i] = render(*view);
    }
    // The map area above the overlays is identical; the track stays on the west (left) side.
    const QRect map(0, 0, Width, Height - 60);
    QCOMPARE(images[0].copy(map), images[1].copy(map));
    VERIFY_COLOUR(images[1], 120, Height / 2, TrackLayer::colourForAge(0), 24);
    // The scale bar moved to the other side.
    const QColor bg = MapView::backgroundColour();
    QVERIFY(images[0].pixelColor(12, Height - 12) != bg);
    QVERIFY(images[1].pixelColor(Width - 12, Height - 12) != bg);
    QCOMPARE(images[1].pixelColor(12, Height - 12), bg);
}

void TestMapWidget::accessibleAndFocusable()
{
    auto view = makeView();
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(!view->accessibleDescription().isEmpty());
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
}

void TestMapWidget::baseMapFromResources()
{
    auto *base = new BaseMapLayer;
    QVERIFY(base->isLoaded());
    QCOMPARE(base->countryCount(), 13);
    QCOMPARE(base->provinceCount(), 8);
    QCOMPARE(base->cityCount(), 26);
    auto view = makeView(27.5, 66.0, 5.0);
    view->addLayer(base);
    const QImage image = render(*view);
    const auto pixelAt = [&](double lat, double lon) {
        const QPoint p = view->viewport().toScreen(lat, lon).toPoint();
        if (!image.rect().adjusted(0, 0, 0, -40).contains(p)) // above the scale bar
            qWarning("(%g, %g) is not in the picture", lat, lon);
        return image.pixelColor(p);
    };
    const QColor pakistan = pixelAt(28.3, 64.6); // Balochistan, Kharan desert: no city near
    const QColor afghanistan = pixelAt(32.0, 65.0);
    const QColor sea = pixelAt(23.8, 65.0); // Arabian Sea
    QCOMPARE(sea, MapView::backgroundColour());
    QVERIFY2(colourDistance(pakistan, sea) > 10, qPrintable(pakistan.name()));
    QVERIFY2(colourDistance(afghanistan, sea) > 10, qPrintable(afghanistan.name()));
    QVERIFY2(colourDistance(pakistan, afghanistan) > 5, qPrintable(pakistan.name() + afghanistan.name()));

    // A missing directory: nothing loaded, drawing does nothing and does not crash.
    QTemporaryDir empty;
    BaseMapLayer missing(nullptr, empty.path());
    QVERIFY(!missing.isLoaded());
    QCOMPARE(missing.countryCount(), 0);
}

void TestMapWidget::mbTilesFlipRowsAndDraw()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiles.mbtiles"));
    {
        auto db
            = Database::openUnencrypted(path, { .create = true, .cacheSizeKiB = 2048, .readOnly = false });
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(
            db->exec("CREATE TABLE metadata (name TEXT, value TEXT);"
                     "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                     " tile_data BLOB);"
                     "INSERT INTO metadata VALUES ('minzoom', '3'), ('maxzoom', '3'), ('name', 'Test');"));
        auto insert = db->prepare("INSERT INTO tiles VALUES (?, ?, ?, ?)");
        NIGRAN_VERIFY_OK(insert);
        // XYZ (5, 3) is red, (5, 4) blue: in TMS rows (2^3 − 1 − y) that is rows 4 and 3.
        NIGRAN_VERIFY_OK(insert->bindAll(3, 5, 4, pngOf(Qt::red)).run());
        NIGRAN_VERIFY_OK(insert->bindAll(3, 5, 3, pngOf(Qt::blue)).run());
    }
    auto layer = MbTilesLayer::open(path);
    NIGRAN_VERIFY_OK(layer);
    QCOMPARE((*layer)->title(), QStringLiteral("Test"));
    QCOMPARE((*layer)->minLevel(), 3);

    // Centre the view on the corner between the two tiles: world pixel (5.5 × 256, 4 × 256) at z3.
    const QGeoCoordinate corner = MapProjection::toGeo(QPointF(5.5 * 256, 4 * 256), 3);
    for (const double zoom : { 3.0, 3.4 }) {
        auto view = makeView(corner.latitude(), corner.longitude(), zoom);
        auto opened = MbTilesLayer::open(path);
        NIGRAN_VERIFY_OK(opened);
        view->addLayer(opened->release());
        const QImage image = render(*view);
        VERIFY_COLOUR(image, Width / 2, Height / 2 - 20, QColor(Qt::red), 2);
        VERIFY_COLOUR(image, Width / 2, Height / 2 + 20, QColor(Qt::blue), 2);
        // Columns 4 and 6 are not in the file: background.
        const double half = 128 * std::exp2(zoom - 3);
        VERIFY_COLOUR(image, Width / 2 - half - 10, Height / 2 - 20, MapView::backgroundColour(), 0);
        VERIFY_COLOUR(image, Width / 2 + half + 10, Height / 2 + 20, MapView::backgroundColour(), 0);
    }
}

void TestMapWidget::mbTilesOpenErrors()
{
    QTemporaryDir dir;
    auto missing = MbTilesLayer::open(dir.filePath(QStringLiteral("none.mbtiles")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("none.mbtiles")));

    const QString notTiles = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = Database::openUnencrypted(
            notTiles, { .create = true, .cacheSizeKiB = 2048, .readOnly = false });
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(db->exec("CREATE TABLE t (a INTEGER);"));
    }
    auto wrong = MbTilesLayer::open(notTiles);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::InvalidInput);

    const QString garbage = dir.filePath(QStringLiteral("garbage.mbtiles"));
    QVERIFY(Nigran::Testing::writeAll(garbage, QByteArray(4096, 'x')));
    QVERIFY(!MbTilesLayer::open(garbage));
}

QTEST_MAIN(TestMapWidget)
#include "tst_mapwidget.moc"
