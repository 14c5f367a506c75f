// The zone editor: a circle and a polygon drawn with mouse events on the offscreen map and saved as
// version 1; Backspace, Esc, Enter and double-click while drawing; a circle typed in; an edit by
// dragging the rim handle saved as version 2 with its reason (version 1 kept as history); retiring;
// and invalid input shown beside its field with nothing saved.

#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "map/mapview.h"
#include "map/mapviewport.h"
#include "map/zonedrawtool.h"
#include "monitoring/zoneeditordialog.h"

#include "demooffice.h"

#include "domain/monitoringorder.h"
#include "monitoring/synthetictrack.h"
#include "security/clock.h"
#include "services/monitoringservice.h"
#include "services/registerservice.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QString Device = QStringLiteral("SYN-TAG-0002");
const QGeoCoordinate Lahore(31.5204, 74.3587);
constexpr double Zoom = 15.0;

/// The newest live version of every zone of the office's monitored person.
QList<ZoneRecord> zonesOf(MonitoredOffice &office)
{
    auto zones = office.service->zones(office.person.orderId);
    return zones ? *zones : QList<ZoneRecord>();
}

void send(QWidget *widget, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

void press(QWidget *w, QPointF at)
{
    send(w, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
}
void drag(QWidget *w, QPointF at)
{
    send(w, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
}
void release(QWidget *w, QPointF at)
{
    send(w, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
}
void click(QWidget *w, QPointF at)
{
    press(w, at);
    release(w, at);
}
void doubleClick(QWidget *w, QPointF at)
{
    click(w, at);
    send(w, QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    release(w, at);
}

void key(QWidget *w, int key)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &event);
}

/// The dialog shown with its map on Lahore at a known zoom.
std::unique_ptr<ZoneEditorDialog> openEditor(MonitoredOffice &office)
{
    auto dialog = std::make_unique<ZoneEditorDialog>(*office.service, office.person);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("dialog not exposed");
    dialog->mapView()->setCentre(Lahore);
    dialog->mapView()->setZoom(Zoom);
    return dialog;
}

QPointF mapCentre(MapView *map)
{
    return QPointF(map->width() / 2.0, map->height() / 2.0);
}

bool near(const QGeoCoordinate &a, const QGeoCoordinate &b, double metres)
{
    return a.distanceTo(b) <= metres;
}

/// With NIGRAN_SCREENSHOT_DIR set, the widget is saved there as a PNG to be checked by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("NIGRAN_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // widgets added to a visible layout show on the next turn of the event loop
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestZoneEditor : public QObject
{
    Q_OBJECT

private slots:
    void drawCircleAndSave();
    void drawPolygonAndSave_data();
    void drawPolygonAndSave();
    void escapeCancelsDrawing();
    void typedCircle();
    void editMakesVersionTwoWithReason();
    void retire();
    void invalidInputSavesNothing_data();
    void invalidInputSavesNothing();
    void demoOfficeHasTheSyntheticZones();
};

void TestZoneEditor::drawCircleAndSave()
{
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    MapView *map = dialog->mapView();
    QVERIFY(zonesOf(office).isEmpty());

    dialog->startCircle();
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::DrawCircle);
    const QPointF centre = mapCentre(map);
    const QGeoCoordinate expectedCentre = map->viewport().toGeo(centre);
    const double expectedRadius = 60 * map->viewport().metresPerPixel();
    press(map, centre);
    drag(map, centre + QPointF(30, 0));
    drag(map, centre + QPointF(60, 0));
    release(map, centre + QPointF(60, 0));
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::Idle);
    // The map did not pan while the circle was dragged out.
    QVERIFY(near(map->centre(), Lahore, 0.5));

    const QGeoShape shape = dialog->editedShape();
    QCOMPARE(shape.type(), QGeoShape::CircleType);
    QVERIFY(near(QGeoCircle(shape).center(), expectedCentre, 1.0));
    QVERIFY(std::abs(QGeoCircle(shape).radius() - expectedRadius) < expectedRadius * 0.02);
    // The typed-circle fields follow the drawing.
    QCOMPARE(qRound(dialog->radiusBox()->value()), qRound(QGeoCircle(shape).radius()));

    dialog->labelEdit()->setText(QStringLiteral("school"));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ZoneKind::Exclusion)));
    dialog->bufferBox()->setValue(25);
    dialog->graceBox()->setValue(120);
    QVERIFY2(dialog->save(), qPrintable(dialog->lastError()));

    const QList<ZoneRecord> zones = zonesOf(office);
    QCOMPARE(zones.size(), 1);
    const ZoneRecord &zone = zones.first();
    QCOMPARE(zone.label, QStringLiteral("school"));
    QCOMPARE(zone.zone.version(), 1);
    QCOMPARE(zone.zone.kind(), ZoneKind::Exclusion);
    QCOMPARE(zone.zone.bufferMetres(), 25.0);
    QCOMPARE(zone.zone.graceSeconds(), 120);
    QVERIFY(zone.zone.schedule().isAlways());
    QCOMPARE(zone.zone.shape().type(), QGeoShape::CircleType);
    QVERIFY(near(QGeoCircle(zone.zone.shape()).center(), expectedCentre, 1.0));
    QCOMPARE(zone.personId, office.person.personId);
    // The list shows it.
    QCOMPARE(dialog->zoneTable()->rowCount(), 1);
    QCOMPARE(dialog->zoneTable()->item(0, 0)->text(), QStringLiteral("school"));
    auto history = office.service->zoneHistory(office.person.orderId, zone.zone.id());
    NIGRAN_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
}

void TestZoneEditor::drawPolygonAndSave_data()
{
    QTest::addColumn<int>("how"); // 0: clicks and Enter, 1: clicks and a double-click, 2: keyboard only
    QTest::addRow("clicks, Enter finishes") << 0;
    QTest::addRow("clicks, double-click finishes") << 1;
    QTest::addRow("keyboard: arrows, Space, Enter") << 2;
}

void TestZoneEditor::drawPolygonAndSave()
{
    QFETCH(int, how);
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    MapView *map = dialog->mapView();
    const QPointF c = mapCentre(map);
    const MapViewport start = map->viewport();
    const int step = MapView::KeyPanPixels;
    const QList<QPointF> corners = how == 2 ? QList<QPointF> { c, c + QPointF(2 * step, 0),
        c + QPointF(2 * step, 2 * step), c + QPointF(0, 2 * step) }
                                            : QList<QPointF> { c + QPointF(-80, -60), c + QPointF(90, -50),
                                                  c + QPointF(70, 70), c + QPointF(-60, 80) };

    dialog->startPolygon();
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::DrawPolygon);
    if (how == 2) {
        key(map, Qt::Key_Space);
        key(map, Qt::Key_Right);
        key(map, Qt::Key_Right);
        key(map, Qt::Key_Space);
        key(map, Qt::Key_Down);
        key(map, Qt::Key_Space); // a wrong corner …
        QCOMPARE(dialog->drawTool()->pendingVertices().size(), 3);
        key(map, Qt::Key_Backspace); // … taken back
        QCOMPARE(dialog->drawTool()->pendingVertices().size(), 2);
        key(map, Qt::Key_Down);
        key(map, Qt::Key_Space);
        key(map, Qt::Key_Left);
        key(map, Qt::Key_Left);
        key(map, Qt::Key_Space);
        key(map, Qt::Key_Return);
    } else {
        click(map, corners[0]);
        click(map, corners[1]);
        click(map, c + QPointF(150, 150)); // a wrong corner …
        QCOMPARE(dialog->drawTool()->pendingVertices().size(), 3);
        key(map, Qt::Key_Backspace); // … taken back
        QCOMPARE(dialog->drawTool()->pendingVertices().size(), 2);
        click(map, corners[2]);
        if (how == 1) {
            doubleClick(map, corners[3]);
        } else {
            click(map, corners[3]);
            key(map, Qt::Key_Return);
        }
        QVERIFY(near(map->centre(), Lahore, 0.5)); // no pan, no zoom
        QCOMPARE(map->zoom(), Zoom);
    }
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::Idle);

    const QGeoShape shape = dialog->editedShape();
    QCOMPARE(shape.type(), QGeoShape::PolygonType);
    const QList<QGeoCoordinate> vertices = QGeoPolygon(shape).perimeter();
    QCOMPARE(vertices.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(vertices[i], start.toGeo(corners[i]), 1.0), qPrintable(QString::number(i)));

    dialog->labelEdit()->setText(QStringLiteral("home"));
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(ZoneKind::Inclusion)));
    dialog->addScheduleWindow(ZoneSchedule::EveryDay, 21 * 60, 6 * 60); // crosses midnight
    dialog->addScheduleWindow(ZoneSchedule::Saturday | ZoneSchedule::Sunday, 13 * 60, 15 * 60 + 30);
    QVERIFY2(dialog->save(), qPrintable(dialog->lastError()));
    if (how == 0)
        screenshot(dialog.get(), QStringLiteral("zone-editor"));

    const QList<ZoneRecord> zones = zonesOf(office);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(zones.first().zone.kind(), ZoneKind::Inclusion);
    QCOMPARE(QGeoPolygon(zones.first().zone.shape()).perimeter().size(), 4);
    const QList<ZoneSchedule::Window> expected { { ZoneSchedule::EveryDay, 21 * 60, 6 * 60 },
        { quint8(ZoneSchedule::Saturday | ZoneSchedule::Sunday), 13 * 60, 15 * 60 + 30 } };
    QCOMPARE(zones.first().zone.schedule().windows(), expected);
    // Applies at 23:00 PKT (18:00 UTC) on a Wednesday, not at noon.
    QVERIFY(
        zones.first().zone.schedule().isActive(QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::utc())));
    QVERIFY(
        !zones.first().zone.schedule().isActive(QDateTime(QDate(2026, 3, 4), QTime(7, 0), QTimeZone::utc())));
}

void TestZoneEditor::escapeCancelsDrawing()
{
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    MapView *map = dialog->mapView();
    const QPointF c = mapCentre(map);
    dialog->startPolygon();
    click(map, c);
    click(map, c + QPointF(50, 0));
    key(map, Qt::Key_Escape);
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::Idle);
    QVERIFY(!dialog->editedShape().isValid());
    // Two corners are not a polygon: Enter keeps drawing.
    dialog->startPolygon();
    click(map, c);
    click(map, c + QPointF(50, 0));
    key(map, Qt::Key_Enter);
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::DrawPolygon);
    key(map, Qt::Key_Escape);
    // A stray click is not a circle.
    dialog->startCircle();
    click(map, c);
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::DrawCircle);
    key(map, Qt::Key_Escape);
    QCOMPARE(dialog->drawTool()->mode(), ZoneDrawTool::Mode::Idle);
    QVERIFY(!dialog->editedShape().isValid());
    QVERIFY(!dialog->save());
    QVERIFY(zonesOf(office).isEmpty());
}

void TestZoneEditor::typedCircle()
{
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    dialog->latitudeBox()->setValue(31.55);
    dialog->longitudeBox()->setValue(74.34);
    dialog->radiusBox()->setValue(250);
    dialog->applyTypedCircle();
    dialog->labelEdit()->setText(QStringLiteral("shrine"));
    QVERIFY2(dialog->save(), qPrintable(dialog->lastError()));
    const QList<ZoneRecord> zones = zonesOf(office);
    QCOMPARE(zones.size(), 1);
    const QGeoCircle circle(zones.first().zone.shape());
    QCOMPARE(circle.radius(), 250.0);
    QVERIFY(near(circle.center(), QGeoCoordinate(31.55, 74.34), 0.01));
}

void TestZoneEditor::editMakesVersionTwoWithReason()
{
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    MapView *map = dialog->mapView();
    dialog->latitudeBox()->setValue(Lahore.latitude());
    dialog->longitudeBox()->setValue(Lahore.longitude());
    dialog->radiusBox()->setValue(200);
    dialog->applyTypedCircle();
    dialog->labelEdit()->setText(QStringLiteral("school"));
    QVERIFY2(dialog->save(), qPrintable(dialog->lastError()));
    const QString zoneId = zonesOf(office).first().zone.id();

    dialog->selectZone(0);
    map->setCentre(Lahore);
    map->setZoom(Zoom);
    // Drag the rim handle (due east of the centre) 40 pixels further out.
    const QPointF rim = map->viewport().toScreen(Lahore.atDistanceAndAzimuth(200, 90));
    press(map, rim);
    drag(map, rim + QPointF(20, 0));
    drag(map, rim + QPointF(40, 0));
    release(map, rim + QPointF(40, 0));
    const double expected = Lahore.distanceTo(map->viewport().toGeo(rim + QPointF(40, 0)));
    QVERIFY(std::abs(QGeoCircle(dialog->editedShape()).radius() - expected) < 2.0);
    QVERIFY(expected > 250);
    // Drag the centre 30 pixels north.
    const QPointF centre = map->viewport().toScreen(Lahore);
    press(map, centre);
    drag(map, centre + QPointF(0, -30));
    release(map, centre + QPointF(0, -30));
    const QGeoCoordinate moved = map->viewport().toGeo(centre + QPointF(0, -30));
    QVERIFY(near(QGeoCircle(dialog->editedShape()).center(), moved, 1.0));
    dialog->labelEdit()->setText(QStringLiteral("school and playground"));
    QVERIFY2(dialog->save(QStringLiteral("The court widened the zone")), qPrintable(dialog->lastError()));

    const QList<ZoneRecord> zones = zonesOf(office);
    QCOMPARE(zones.size(), 1);
    QCOMPARE(zones.first().zone.id(), zoneId);
    QCOMPARE(zones.first().zone.version(), 2);
    QCOMPARE(zones.first().label, QStringLiteral("school and playground"));
    QCOMPARE(zones.first().reason, QStringLiteral("The court widened the zone"));
    QVERIFY(std::abs(QGeoCircle(zones.first().zone.shape()).radius() - expected) < 2.0);
    auto history = office.service->zoneHistory(office.person.orderId, zoneId);
    NIGRAN_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).zone.version(), 1);
    QCOMPARE(QGeoCircle(history->at(0).zone.shape()).radius(), 200.0);
    QCOMPARE(history->at(0).label, QStringLiteral("school"));
    QCOMPARE(history->at(1).zone.version(), 2);
    QCOMPARE(dialog->zoneTable()->item(0, 3)->text(), QStringLiteral("2"));
}

void TestZoneEditor::retire()
{
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    dialog->latitudeBox()->setValue(Lahore.latitude());
    dialog->longitudeBox()->setValue(Lahore.longitude());
    dialog->radiusBox()->setValue(150);
    dialog->applyTypedCircle();
    dialog->labelEdit()->setText(QStringLiteral("market"));
    QVERIFY(dialog->save());
    const QString zoneId = zonesOf(office).first().zone.id();
    dialog->selectZone(0);
    QVERIFY2(dialog->retire(QStringLiteral("Order varied by the court")), qPrintable(dialog->lastError()));
    QVERIFY(zonesOf(office).isEmpty());
    QCOMPARE(dialog->zoneTable()->rowCount(), 0);
    auto history = office.service->zoneHistory(office.person.orderId, zoneId);
    NIGRAN_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->last().retired);
    QCOMPARE(history->last().reason, QStringLiteral("Order varied by the court"));
}

void TestZoneEditor::invalidInputSavesNothing_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("radius"); // 0: no shape
    QTest::addColumn<double>("buffer");
    QTest::addColumn<int>("grace");
    QTest::addColumn<int>("days"); // of one schedule window; -1: no window
    QTest::addColumn<QString>("field");
    QTest::addRow("no label") << QString() << 200.0 << 0.0 << 0 << -1 << QStringLiteral("label");
    QTest::addRow("blank label") << QStringLiteral("   ") << 200.0 << 0.0 << 0 << -1
                                 << QStringLiteral("label");
    QTest::addRow("no shape") << QStringLiteral("school") << 0.0 << 0.0 << 0 << -1 << QStringLiteral("shape");
    QTest::addRow("radius too small")
        << QStringLiteral("school") << 5.0 << 0.0 << 0 << -1 << QStringLiteral("shape");
    QTest::addRow("buffer too wide") << QStringLiteral("school") << 200.0 << 2000.0 << 0 << -1
                                     << QStringLiteral("buffer");
    QTest::addRow("grace too long") << QStringLiteral("school") << 200.0 << 0.0 << 7200 << -1
                                    << QStringLiteral("grace");
    QTest::addRow("window without days")
        << QStringLiteral("school") << 200.0 << 0.0 << 0 << 0 << QStringLiteral("schedule");
}

void TestZoneEditor::invalidInputSavesNothing()
{
    QFETCH(QString, label);
    QFETCH(double, radius);
    QFETCH(double, buffer);
    QFETCH(int, grace);
    QFETCH(int, days);
    QFETCH(QString, field);
    MonitoredOffice office({ Device });
    auto dialog = openEditor(office);
    if (radius > 0) {
        dialog->latitudeBox()->setValue(Lahore.latitude());
        dialog->longitudeBox()->setValue(Lahore.longitude());
        dialog->radiusBox()->setValue(radius);
        dialog->applyTypedCircle();
    }
    dialog->labelEdit()->setText(label);
    dialog->bufferBox()->setValue(buffer);
    dialog->graceBox()->setValue(grace);
    if (days >= 0)
        dialog->addScheduleWindow(quint8(days), 21 * 60, 6 * 60);
    const WriteCounts before = writeCounts(*office.office);
    QVERIFY(!dialog->save(QStringLiteral("unused")));
    QCOMPARE(writeCounts(*office.office), before);
    QVERIFY(zonesOf(office).isEmpty());
    // The message is beside its field, on screen.
    QVERIFY2(!dialog->fieldError(field).isEmpty(), qPrintable(dialog->lastError()));
    QVERIFY(!dialog->lastError().isEmpty());
    for (const QString &other : { QStringLiteral("label"), QStringLiteral("shape"), QStringLiteral("buffer"),
             QStringLiteral("grace"), QStringLiteral("schedule") })
        if (other != field)
            QVERIFY2(dialog->fieldError(other).isEmpty(), qPrintable(other));
    // Put right, it saves, and the error goes.
    if (field == QLatin1String("schedule"))
        return; // (removing the window is a button of its own)
    if (field == QLatin1String("label")) {
        dialog->labelEdit()->setText(QStringLiteral("school"));
    } else if (field == QLatin1String("shape")) {
        dialog->latitudeBox()->setValue(Lahore.latitude());
        dialog->longitudeBox()->setValue(Lahore.longitude());
        dialog->radiusBox()->setValue(200);
        dialog->applyTypedCircle();
    } else if (field == QLatin1String("buffer")) {
        dialog->bufferBox()->setValue(50);
    } else {
        dialog->graceBox()->setValue(300);
    }
    QVERIFY2(dialog->save(), qPrintable(dialog->lastError()));
    QVERIFY(dialog->fieldError(field).isEmpty());
    QCOMPARE(zonesOf(office).size(), 1);
}

void TestZoneEditor::demoOfficeHasTheSyntheticZones()
{
    QTemporaryDir tmp;
    const QString directory = DemoOffice::directoryIn(tmp.path());
    NIGRAN_VERIFY_OK(DemoOffice::create(directory, 13, KdfParams::forTests(), Clock::system()));
    auto supervisor = Office::unlock(
        directory, DemoOffice::SupervisorLogin, DemoOffice::Password, KdfParams::forTests(), Clock::system());
    NIGRAN_VERIFY_OK(supervisor);
    MonitoringService service(**supervisor);
    auto people = service.monitoredPeople();
    NIGRAN_VERIFY_OK(people);
    QVERIFY(people->size() >= 4);
    for (const MonitoredPerson &person : *people) {
        QVERIFY(person.deviceId.startsWith(QStringLiteral("DEMO-TAG-")));
        auto zones = service.zones(person.orderId);
        NIGRAN_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 2);
        // The zones SyntheticTrack proposes for the tag in Lahore, as simulate-tags moves it.
        SyntheticTrack::Settings settings;
        settings.cityIndex = 0;
        const QList<Zone> expected = SyntheticTrack(person.deviceId, 2026, settings).demoZones();
        for (const Zone &want : expected) {
            const auto found = std::find_if(zones->cbegin(), zones->cend(),
                [&](const ZoneRecord &record) { return record.zone.id() == want.id(); });
            QVERIFY2(found != zones->cend(), qPrintable(want.id()));
            QCOMPARE(found->zone.kind(), want.kind());
            QCOMPARE(found->zone.shape(), want.shape());
            QCOMPARE(found->zone.schedule(), want.schedule());
            QCOMPARE(found->zone.graceSeconds(), want.graceSeconds());
            QCOMPARE(found->zone.version(), 1);
            QVERIFY(!found->label.isEmpty());
        }
    }
    // The tag's synthetic month, imported, raises alerts against these zones (the demo shows some).
    const MonitoredPerson &person = people->first();
    SyntheticTrack::Settings settings;
    settings.cityIndex = 0;
    const QDateTime from(QDate(2026, 2, 1), QTime(19, 0), QTimeZone::utc());
    const QList<Fix> fixes = SyntheticTrack(person.deviceId, 2026, settings).fixes(from, from.addDays(30));
    auto imported = service.importFixes(person.orderId, fixes);
    NIGRAN_VERIFY_OK(imported);
    QVERIFY(imported->newAlerts > 0);
    AlertQuery query;
    query.personId = person.personId;
    query.openOnly = false;
    auto alerts = service.alerts(query);
    NIGRAN_VERIFY_OK(alerts);
    QVERIFY(std::any_of(alerts->cbegin(), alerts->cend(), [](const AlertRecord &record) {
        return record.alert.zoneId.endsWith(QStringLiteral("-home"))
            || record.alert.zoneId.endsWith(QStringLiteral("-exclusion"));
    }));
}

QTEST_MAIN(TestZoneEditor)
#include "tst_zoneeditor.moc"
