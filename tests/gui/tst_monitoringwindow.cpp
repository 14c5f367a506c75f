// The supervisors' monitoring window on a real office: who may open it (and the main window's
// Monitoring menu), the people list and its search, the default last-24-hours track with its stops
// and trips, opening an alert from the queue (the map centred on its evidence, checked at the pixel
// of the evidence fix), follow mode during playback with an injected clock, keyboard access, and the
// live refresh after new fixes arrive.

#include "../common/guikeyboard.h"
#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "mainwindow.h"
#include "map/alertlayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/zonelayer.h"
#include "monitoring/alertlistmodel.h"
#include "monitoring/alertsqueueview.h"
#include "monitoring/monitoringwindow.h"
#include "monitoring/playbackbar.h"

#include "monitoring/geo.h"
#include "services/monitoringservice.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QGeoCircle>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QGeoCoordinate Home(31.5204, 74.3400);
constexpr double SchoolEastMetres = 1200; // the school zone's centre, east of home
constexpr double SchoolRadius = 150;

QGeoCoordinate eastOfHome(double metres, double northMetres = 0)
{
    double lat = Home.latitude(), lon = Home.longitude();
    Geo::offsetMetres(lat, lon, metres, northMetres);
    return { lat, lon };
}

/// From `start`: 30 minutes at home (a stop, with a few metres of jitter), then one fix a minute
/// walking east 40 m a minute, through the school zone and 600 m beyond it.
QList<Fix> homeThenWalk(const QDateTime &start)
{
    QList<Fix> fixes;
    const auto add = [&](const QDateTime &time, const QGeoCoordinate &at) {
        Fix fix;
        fix.fixTime = time;
        fix.latitude = at.latitude();
        fix.longitude = at.longitude();
        fix.accuracyMetres = 5;
        fix.batteryPercent = 90;
        fix.strap = StrapState::Closed;
        fixes.append(fix);
    };
    for (int i = 0; i < 30; ++i)
        add(start.addSecs(60 * i), eastOfHome((i % 3) * 2.0, (i % 2) * 2.0));
    const QDateTime walk = start.addSecs(30 * 60);
    for (int i = 0; 40.0 * i <= SchoolEastMetres + SchoolRadius + 600; ++i)
        add(walk.addSecs(60 * (i + 1)), eastOfHome(40.0 * (i + 1)));
    return fixes;
}

struct ManualTicks
{
    qint64 now = 1000;
};

} // namespace

class TestMonitoringWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    MonitoredEntry m_walker;
    MonitoredEntry m_quiet; // monitored, no fixes
    QString m_entryAlert;
    QString m_zoneId;
    QDateTime m_start;

    Office &supervisor() { return m_fixture->session(QStringLiteral("supervisor")); }

    std::unique_ptr<MonitoringWindow> openWindow(ManualTicks *ticks = nullptr)
    {
        PlaybackController::ClockSource clock;
        if (ticks)
            clock = [ticks] { return ticks->now; };
        auto window = std::make_unique<MonitoringWindow>(supervisor(), nullptr, nullptr, clock);
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("monitoring window not exposed");
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("monitoring window not active");
        return window;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AlertRecord>();
        m_fixture = std::make_unique<OfficeFixture>();
        m_walker = addMonitoredPerson(
            *m_fixture, 21, syntheticTag(21), m_fixture->clock().nowUtc().date().addDays(-30));
        m_quiet = addMonitoredPerson(
            *m_fixture, 22, syntheticTag(22), m_fixture->clock().nowUtc().date().addDays(-30));
        MonitoringService service(supervisor());
        auto zone = Zone::create(
            QString(), 1, ZoneKind::Exclusion, QGeoCircle(eastOfHome(SchoolEastMetres), SchoolRadius));
        NIGRAN_VERIFY_OK(zone);
        ZoneRecord record;
        record.orderId = m_walker.orderId;
        record.label = QStringLiteral("school");
        record.zone = *zone;
        NIGRAN_VERIFY_OK(service.saveZone(record));
        // Six hours before the office clock's now: inside the default last 24 hours.
        m_start = m_fixture->clock().nowUtc().addSecs(-6 * 3600);
        auto imported = service.importFixes(m_walker.orderId, homeThenWalk(m_start));
        NIGRAN_VERIFY_OK(imported);
        auto alerts = service.alerts({});
        NIGRAN_VERIFY_OK(alerts);
        for (const AlertRecord &alert : *alerts)
            if (alert.alert.kind == AlertKind::ZoneEntry) {
                m_entryAlert = alert.id;
                m_zoneId = alert.alert.zoneId;
            }
        QVERIFY2(!m_entryAlert.isEmpty(), "no zone entry alert was raised");
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void onlyReviewersMayOpen()
    {
        QVERIFY(MonitoringWindow::mayOpen(supervisor()));
        QVERIFY(!MonitoringWindow::mayOpen(m_fixture->session(QStringLiteral("prosecutor"))));

        MainWindow main;
        main.setSession(m_fixture->session(QStringLiteral("prosecutor")));
        QVERIFY(!main.monitoringAction()->isEnabled());
        QVERIFY(!main.monitoringAction()->isVisible());
        main.showMonitoringWindow();
        QCOMPARE(main.sessionWindows().size(), 0);

        main.setSession(supervisor());
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        QVERIFY(main.monitoringAction()->isEnabled());
        QTest::keyClick(&main, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(main.sessionWindows().size(), 1);
        auto *window = qobject_cast<MonitoringWindow *>(main.sessionWindows().constFirst());
        QVERIFY(window);
        QVERIFY(window->isWindow());
        // Asked again, the same window comes forward.
        main.showMonitoringWindow();
        QCOMPARE(main.sessionWindows().size(), 1);
        // Locking closes it with the other session windows.
        main.clearSession();
        QTRY_COMPARE(main.sessionWindows().size(), 0);
    }

    void showsTheLastDayOfTheFirstPerson()
    {
        auto window = openWindow();
        QCOMPARE(window->people().size(), 2);
        QCOMPARE(window->peopleModel()->rowCount(), 2);
        QVERIFY(window->isLive());
        const QDateTime now = m_fixture->clock().nowUtc();
        QCOMPARE(window->to(), now);
        QCOMPARE(window->from(), now.addSecs(-24 * 3600));
        // The edits show Pakistan time.
        QCOMPARE(window->toEdit()->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            now.addSecs(5 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));

        QVERIFY(window->selectPerson(m_walker.personId));
        const QList<Fix> expected = homeThenWalk(m_start);
        QCOMPARE(window->fixes().size(), expected.size());
        QCOMPARE(window->trackLayer()->fixCount(), expected.size());
        QCOMPARE(window->zoneLayer()->zones().size(), 1);
        QVERIFY(window->alertLayer()->markers().size() >= 1);
        // The stop at home comes first in the list, then the walk.
        QVERIFY(window->segments().size() >= 2);
        QCOMPARE(window->segments().first().kind, TrackSegment::Kind::Stop);
        // Every segment is listed, under a heading for its day.
        for (int i = 0; i < window->segments().size(); ++i)
            QVERIFY(window->segmentRow(i) > 0);
        QVERIFY(window->segmentList()->count() > window->segments().size());
        // The whole track is in view.
        const QRectF screen(QPointF(0, 0), QSizeF(window->mapView()->size()));
        for (const Fix &fix : { expected.first(), expected.last() })
            QVERIFY(screen.contains(window->mapView()->viewport().toScreen(fix.latitude, fix.longitude)));

        // Choosing the stop centres the map on it.
        window->mapView()->panBy(QPointF(300, 200));
        window->segmentList()->setFocus();
        window->segmentList()->setCurrentRow(window->segmentRow(0));
        const TrackSegment stop = window->segments().first();
        const QPointF at = window->mapView()->viewport().toScreen(stop.latitude, stop.longitude);
        QVERIFY(std::abs(at.x() - window->mapView()->width() / 2.0) < 1
            && std::abs(at.y() - window->mapView()->height() / 2.0) < 1);

        // The quiet person has no track; the window says so without an error.
        QVERIFY(window->selectPerson(m_quiet.personId));
        QCOMPARE(window->fixes().size(), 0);
        QCOMPARE(window->segmentList()->count(), 0);
    }

    void searchFiltersThePeople()
    {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window->searchEdit()->hasFocus());
        type(QStringLiteral("zzzz"));
        QCOMPARE(window->peopleModel()->rowCount(), 0);
        window->searchEdit()->clear();
        type(m_walker.name.left(m_walker.name.size() - 1));
        QVERIFY(window->peopleModel()->rowCount() >= 1);
        press(Qt::Key_Return);
        QVERIFY(window->peopleList()->hasFocus());
        QVERIFY(window->currentPerson());
    }

    void openingAnAlertCentresTheMapOnItsEvidence()
    {
        auto window = openWindow();
        QVERIFY(window->selectPerson(m_quiet.personId)); // another person: the alert brings its own
        AlertsQueueView *queue = window->alertsQueue();
        QVERIFY(queue->selectAlert(m_entryAlert));
        queue->table()->setFocus();
        QTest::keyClick(queue->table(), Qt::Key_Return);

        QCOMPARE(window->currentPerson()->personId, m_walker.personId);
        QVERIFY(!window->isLive());
        const AlertRecord *alert = queue->selectedAlert();
        QVERIFY(alert);
        QVERIFY(window->from() <= alert->alert.startedAt && window->to() > alert->alert.raisedAt);
        QCOMPARE(window->zoneLayer()->highlighted(), m_zoneId);
        const QList<QGeoCoordinate> evidence = window->alertLayer()->evidence();
        QCOMPARE(evidence.size(), alert->alert.evidence.size());
        QVERIFY(!evidence.isEmpty());

        // Each evidence fix is on screen, inside the map, ringed in the evidence colour.
        QApplication::processEvents();
        const QImage image = window->mapView()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRectF inner
            = QRectF(QPointF(0, 0), QSizeF(window->mapView()->size())).adjusted(20, 20, -20, -20);
        for (const QGeoCoordinate &fix : evidence) {
            const QPointF at = window->mapView()->viewport().toScreen(fix);
            QVERIFY2(inner.contains(at), qPrintable(QStringLiteral("%1, %2").arg(at.x()).arg(at.y())));
        }
        // The first evidence fix (the others may be under an alert marker).
        const QPointF first = window->mapView()->viewport().toScreen(evidence.first());
        const QColor pixel = image.pixelColor(int(first.x()), int(first.y()) + 2);
        const QColor ring = AlertLayer::evidenceColour();
        QVERIFY2(std::abs(pixel.red() - ring.red()) < 16 && std::abs(pixel.green() - ring.green()) < 16
                && std::abs(pixel.blue() - ring.blue()) < 40,
            qPrintable(pixel.name()));
        // And the map is zoomed in to street level, not the whole country.
        QVERIFY(window->mapView()->zoom() >= 14);
    }

    void followKeepsTheOffenderInViewDuringPlayback()
    {
        ManualTicks ticks;
        auto window = openWindow(&ticks);
        QVERIFY(window->selectPerson(m_walker.personId));
        PlaybackController *playback = window->playback();
        MapView *map = window->mapView();
        map->setZoom(18); // the walk is many screens long at this zoom
        const QRectF inner = [&] {
            const double w = map->width(), h = map->height();
            return QRectF(w * 0.2 - 1, h * 0.2 - 1, w * 0.6 + 2, h * 0.6 + 2);
        }();

        // Follow on with F (the map has the focus), play at 60× from the start of the walk.
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(map->hasFocus());
        QTest::keyClick(map, Qt::Key_F);
        QVERIFY(window->isFollowing());
        playback->setSpeed(60);
        playback->seek(m_start.addSecs(30 * 60));
        playback->play();
        int recentred = 0;
        QGeoCoordinate centre = map->centre();
        for (int frame = 0; frame < 40; ++frame) {
            ticks.now += 1000; // a minute of track a frame: one fix, 40 m
            playback->tick();
            const QGeoCoordinate position = window->currentPosition();
            QVERIFY(position.isValid());
            QVERIFY2(inner.contains(map->viewport().toScreen(position)),
                qPrintable(QStringLiteral("frame %1").arg(frame)));
            if (map->centre() != centre) {
                ++recentred;
                centre = map->centre();
            }
        }
        QVERIFY(recentred >= 2);
        // The track is drawn up to the playback time only.
        QCOMPARE(window->trackLayer()->cutOff(), playback->position());

        // Without follow the map stays where it is and the walker leaves the view.
        QTest::keyClick(map, Qt::Key_F);
        QVERIFY(!window->isFollowing());
        const QGeoCoordinate fixed = map->centre();
        for (int frame = 0; frame < 20; ++frame) {
            ticks.now += 1000;
            playback->tick();
        }
        QCOMPARE(map->centre(), fixed);
        QVERIFY(!inner.contains(map->viewport().toScreen(window->currentPosition())));
        playback->pause();
    }

    void playbackByKeyboard()
    {
        ManualTicks ticks;
        auto window = openWindow(&ticks);
        QVERIFY(window->selectPerson(m_walker.personId));
        PlaybackController *playback = window->playback();
        QCOMPARE(playback->position(), window->to()); // the whole day shown
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QVERIFY(window->playbackBar()->slider()->hasFocus());
        press(Qt::Key_Space);
        QVERIFY(playback->isPlaying());
        QCOMPARE(playback->position(), window->from()); // from the end, play starts over
        press(Qt::Key_Plus);
        QCOMPARE(playback->speed(), 300);
        ticks.now += 2000;
        QCOMPARE(window->from().secsTo(playback->position()), qint64(600));
        press(Qt::Key_Space);
        QVERIFY(!playback->isPlaying());
        // Home jumps the slider to the start.
        press(Qt::Key_Home);
        QCOMPARE(playback->position(), window->from());
        QCOMPARE(window->trackLayer()->cutOff(), window->from());
    }

    void refreshShowsNewFixes()
    {
        auto window = openWindow();
        QVERIFY(window->selectPerson(m_walker.personId));
        const qsizetype before = window->fixes().size();
        // An hour later, twenty new fixes arrived (as a sync would store them).
        m_fixture->clock().advance(std::chrono::hours(1));
        QList<Fix> more;
        const QDateTime from = window->to();
        for (int i = 0; i < 20; ++i) {
            Fix fix;
            fix.deviceId = m_walker.deviceId;
            fix.fixTime = from.addSecs(60 * (i + 1));
            const QGeoCoordinate at = eastOfHome(SchoolEastMetres + SchoolRadius + 700 + 40 * i);
            fix.latitude = at.latitude();
            fix.longitude = at.longitude();
            fix.accuracyMetres = 5;
            more.append(fix);
        }
        MonitoringService service(supervisor());
        NIGRAN_VERIFY_OK(service.importFixes(m_walker.orderId, more));
        window->refreshAction()->trigger();
        QCOMPARE(window->to(), m_fixture->clock().nowUtc());
        QCOMPARE(window->fixes().size(), before + 20);
        QCOMPARE(window->currentPerson()->personId, m_walker.personId);
        // Where the walker was last seen: the newest fix (the store keeps positions to about a centimetre).
        QVERIFY(
            window->currentPosition().distanceTo(QGeoCoordinate(more.last().latitude, more.last().longitude))
            < 0.05);
    }
};

QTEST_MAIN(TestMonitoringWindow)
#include "tst_monitoringwindow.moc"
