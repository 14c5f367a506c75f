// Track playback: the position follows elapsed time (an injected clock, and once the real one) times
// the speed, whatever the repaint timer does; pause, speed changes, seeking with the slider and the
// keyboard of the playback bar; the track layer drawing only the fixes up to the playback time; and
// follow mode keeping the current position in the inner part of the map.

#include "../common/pixelcheck.h"
#include "../common/testsupport.h"

#include "map/mapview.h"
#include "map/tracklayer.h"
#include "monitoring/playbackbar.h"
#include "monitoring/playbackcontroller.h"

#include "monitoring/fix.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Nigran::Gui;
using namespace Nigran::Models;

namespace {

const QDateTime Start(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
const QDateTime End = Start.addSecs(24 * 3600);

constexpr int Width = 400;
constexpr int Height = 300;
constexpr double CentreLat = 31.5;
constexpr double CentreLon = 74.3;
constexpr double Zoom = 14.0;

/// A clock the test moves by hand.
struct ManualTicks
{
    qint64 now = 1000;
    PlaybackController::ClockSource source()
    {
        return [this] { return now; };
    }
};

double lonAt(double x)
{
    return CentreLon + (x - Width / 2.0) * 360.0 / (256.0 * std::exp2(Zoom));
}

/// Fixes one minute apart along the centre row of the view, from column `fromX` to `toX`.
QList<Fix> straightRun(double fromX, double toX, int count)
{
    QList<Fix> fixes;
    for (int i = 0; i < count; ++i) {
        Fix fix;
        fix.deviceId = QStringLiteral("SYN-TAG-7");
        fix.fixTime = Start.addSecs(60 * i);
        fix.latitude = CentreLat;
        fix.longitude = lonAt(fromX + (toX - fromX) * i / (count - 1));
        fixes.append(fix);
    }
    return fixes;
}

std::unique_ptr<MapView> makeView()
{
    auto view = std::make_unique<MapView>();
    view->resize(Width, Height);
    view->setCoordinatesOverlayVisible(false);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("map view not exposed");
    view->setCentre(QGeoCoordinate(CentreLat, CentreLon));
    view->setZoom(Zoom);
    return view;
}

} // namespace

class TestPlayback : public QObject
{
    Q_OBJECT

private slots:
    void rangeShowsTheWholeTrack();
    void positionFollowsElapsedTime_data();
    void positionFollowsElapsedTime();
    void slowFramesDoNotSlowPlayback();
    void pauseFreezesAndResumes();
    void speedChangeKeepsThePlayedTime();
    void speedsStepThroughTheMultipliers();
    void stopsAtTheEndAndPlayStartsOver();
    void realTimeAtMultiplier();
    void sliderSeeks();
    void keyboardDrivesPlayback_data();
    void keyboardDrivesPlayback();
    void onlyFixesUpToPlaybackTimeAreDrawn();
    void followKeepsPositionInInnerView_data();
    void followKeepsPositionInInnerView();
};

void TestPlayback::rangeShowsTheWholeTrack()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    QVERIFY(!playback.hasRange());
    playback.setRange(Start, End);
    QVERIFY(playback.hasRange());
    QVERIFY(!playback.isPlaying());
    // The whole range is shown until playback starts: the position is at the end.
    QCOMPARE(playback.position(), End);
    playback.play();
    QCOMPARE(playback.position(), Start);
}

void TestPlayback::positionFollowsElapsedTime_data()
{
    QTest::addColumn<int>("speed");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<qint64>("expectedSeconds");
    QTest::addRow("1x, 2.5 s") << 1 << qint64(2500) << qint64(2);
    QTest::addRow("10x, 3 s") << 10 << qint64(3000) << qint64(30);
    QTest::addRow("60x, 1 min") << 60 << qint64(60000) << qint64(3600);
    QTest::addRow("300x, 12 s") << 300 << qint64(12000) << qint64(3600);
    QTest::addRow("1800x, 10 s") << 1800 << qint64(10000) << qint64(18000);
    QTest::addRow("1800x, past the end") << 1800 << qint64(60000) << qint64(24 * 3600);
}

void TestPlayback::positionFollowsElapsedTime()
{
    QFETCH(int, speed);
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, expectedSeconds);
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setRange(Start, End);
    playback.setSpeed(speed);
    QCOMPARE(playback.speed(), speed);
    playback.play();
    ticks.now += elapsedMs;
    QCOMPARE(Start.secsTo(playback.position()), expectedSeconds);
}

void TestPlayback::slowFramesDoNotSlowPlayback()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setRange(Start, End);
    playback.setSpeed(60);
    QSignalSpy positions(&playback, &PlaybackController::positionChanged);
    playback.play();
    positions.clear();
    // One frame every 40 ms for 2 s, then one frame after a 3 s stall: the position still follows the
    // clock, 5 s × 60 after the start.
    for (int frame = 0; frame < 50; ++frame) {
        ticks.now += 40;
        playback.tick();
    }
    QCOMPARE(Start.secsTo(positions.last().at(0).toDateTime()), qint64(120));
    ticks.now += 3000;
    playback.tick();
    QCOMPARE(Start.secsTo(positions.last().at(0).toDateTime()), qint64(300));
    QCOMPARE(positions.size(), 51);
}

void TestPlayback::pauseFreezesAndResumes()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setRange(Start, End);
    playback.setSpeed(10);
    QSignalSpy playing(&playback, &PlaybackController::playingChanged);
    playback.play();
    ticks.now += 1000;
    playback.pause();
    QCOMPARE(playing.size(), 2);
    QCOMPARE(Start.secsTo(playback.position()), qint64(10));
    ticks.now += 60000; // paused: nothing moves
    QCOMPARE(Start.secsTo(playback.position()), qint64(10));
    playback.togglePlaying();
    QVERIFY(playback.isPlaying());
    ticks.now += 2000;
    QCOMPARE(Start.secsTo(playback.position()), qint64(30));
}

void TestPlayback::speedChangeKeepsThePlayedTime()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setRange(Start, End);
    playback.setSpeed(60);
    playback.play();
    ticks.now += 10000; // 600 s at 60×
    playback.setSpeed(300);
    QCOMPARE(Start.secsTo(playback.position()), qint64(600));
    ticks.now += 2000; // + 600 s at 300×
    QCOMPARE(Start.secsTo(playback.position()), qint64(1200));
    playback.setSpeed(7); // not offered: ignored
    QCOMPARE(playback.speed(), 300);
}

void TestPlayback::speedsStepThroughTheMultipliers()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setSpeed(1);
    QList<int> seen { playback.speed() };
    for (int i = 0; i < 6; ++i) {
        playback.faster();
        seen << playback.speed();
    }
    QCOMPARE(seen, (QList<int> { 1, 10, 60, 300, 1800, 1800, 1800 }));
    playback.slower();
    playback.slower();
    QCOMPARE(playback.speed(), 60);
}

void TestPlayback::stopsAtTheEndAndPlayStartsOver()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    playback.setRange(Start, Start.addSecs(600));
    playback.setSpeed(60);
    playback.play();
    ticks.now += 11000; // 660 s: past the end
    playback.tick();
    QVERIFY(!playback.isPlaying());
    QCOMPARE(playback.position(), Start.addSecs(600));
    playback.play();
    QCOMPARE(playback.position(), Start);
}

void TestPlayback::realTimeAtMultiplier()
{
    PlaybackController playback; // the real clock
    playback.setRange(Start, End);
    playback.setSpeed(60);
    QElapsedTimer timer;
    playback.play();
    timer.start();
    QTest::qWait(500);
    const qint64 played = Start.msecsTo(playback.position());
    const qint64 elapsed = timer.elapsed();
    // 60 ms of track per real millisecond, within a generous margin for a busy machine.
    QVERIFY2(played >= 60 * 400 && played <= 60 * (elapsed + 200),
        qPrintable(QStringLiteral("played %1 ms in %2 ms").arg(played).arg(elapsed)));
    QVERIFY(playback.isPlaying());
}

void TestPlayback::sliderSeeks()
{
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    PlaybackBar bar(playback);
    playback.setRange(Start, End);
    QCOMPARE(bar.slider()->minimum(), 0);
    QCOMPARE(bar.slider()->maximum(), 24 * 3600);
    QCOMPARE(bar.slider()->value(), 24 * 3600);
    bar.slider()->setValue(3 * 3600);
    QCOMPARE(playback.position(), Start.addSecs(3 * 3600));
    QCOMPARE(bar.timeLabel()->text(), PlaybackBar::pakistanTimeText(Start.addSecs(3 * 3600)));
    QVERIFY(bar.timeLabel()->text().contains(QStringLiteral("2026-11-27 17:00:00"))); // PKT
    // The slider follows the playback.
    playback.play();
    ticks.now += 1000;
    playback.tick();
    QCOMPARE(bar.slider()->value(), 3 * 3600 + 60);
}

void TestPlayback::keyboardDrivesPlayback_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addRow("left to right") << Qt::LeftToRight;
    QTest::addRow("right to left") << Qt::RightToLeft;
}

void TestPlayback::keyboardDrivesPlayback()
{
    QFETCH(Qt::LayoutDirection, direction);
    ManualTicks ticks;
    PlaybackController playback(nullptr, ticks.source());
    PlaybackBar bar(playback);
    bar.setLayoutDirection(direction);
    bar.resize(600, 40);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    playback.setRange(Start, End);
    playback.seek(Start.addSecs(3600));
    playback.setSpeed(60);
    bar.setFocus();
    QTRY_VERIFY(bar.slider()->hasFocus());

    QTest::keyClick(bar.slider(), Qt::Key_Plus);
    QCOMPARE(playback.speed(), 300);
    QCOMPARE(bar.speedBox()->currentData().toInt(), 300);
    QTest::keyClick(bar.slider(), Qt::Key_Minus);
    QTest::keyClick(bar.slider(), Qt::Key_Minus);
    QCOMPARE(playback.speed(), 10);

    // Right steps forward in a left-to-right layout, back in a right-to-left one (like the slider).
    const qint64 step = playback.stepSeconds();
    QCOMPARE(step, qint64(100));
    QTest::keyClick(bar.slider(), Qt::Key_Right);
    const qint64 expected = direction == Qt::LeftToRight ? 3600 + step : 3600 - step;
    QCOMPARE(Start.secsTo(playback.position()), expected);
    QTest::keyClick(bar.slider(), Qt::Key_Left);
    QCOMPARE(Start.secsTo(playback.position()), qint64(3600));

    QTest::keyClick(bar.slider(), Qt::Key_Space);
    QVERIFY(playback.isPlaying());
    QVERIFY(bar.playAction()->isChecked());
    ticks.now += 1000;
    QCOMPARE(Start.secsTo(playback.position()), qint64(3610));
    QTest::keyClick(bar.slider(), Qt::Key_Space);
    QVERIFY(!playback.isPlaying());
}

void TestPlayback::onlyFixesUpToPlaybackTimeAreDrawn()
{
    auto view = makeView();
    auto *track = new TrackLayer;
    const QList<Fix> fixes = straightRun(60, 340, 29); // one fix every 10 px, one a minute
    track->setTrack(fixes);
    view->addLayer(track);
    const QColor background = MapView::backgroundColour();

    // At fix 14 (x = 200) plus 30 s: the line runs to x = 200, where the current position dot is.
    const QDateTime at = fixes[14].fixTime.addSecs(30);
    track->setCutOff(at);
    track->setReferenceTime(at);
    QCOMPARE(track->lastIndexAt(at), 14);
    QCOMPARE(track->positionAt(at), QGeoCoordinate(fixes[14].latitude, fixes[14].longitude));
    QImage image = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor line = TrackLayer::colourForAge(30);
    for (const int x : { 80, 120, 170 })
        VERIFY_COLOUR(image, x, Height / 2, line, 24);
    VERIFY_COLOUR(image, 200, Height / 2 + 4, line, 40); // the dot, larger than the line
    for (const int x : { 230, 280, 330 })
        VERIFY_COLOUR(image, x, Height / 2, background, 0);

    // Before the first fix nothing is drawn; without a cut-off, everything.
    track->setCutOff(Start.addSecs(-60));
    image = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (const int x : { 60, 120, 200, 330 })
        VERIFY_COLOUR(image, x, Height / 2, background, 0);
    track->setCutOff({});
    track->setReferenceTime(fixes.last().fixTime);
    image = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (const int x : { 120, 230, 330 })
        VERIFY_COLOUR(image, x, Height / 2, TrackLayer::colourForAge(0), 24);
}

void TestPlayback::followKeepsPositionInInnerView_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<bool>("recentred");
    // The inner 60 %: x 80–320, y 60–240.
    QTest::addRow("centre") << 200.0 << 150.0 << false;
    QTest::addRow("inside near the left edge") << 85.0 << 150.0 << false;
    QTest::addRow("inside near the bottom") << 200.0 << 235.0 << false;
    QTest::addRow("outer band left") << 70.0 << 150.0 << true;
    QTest::addRow("outer band top") << 200.0 << 40.0 << true;
    QTest::addRow("off the map") << 900.0 << -300.0 << true;
}

void TestPlayback::followKeepsPositionInInnerView()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(bool, recentred);
    auto view = makeView();
    const QGeoCoordinate position = view->viewport().toGeo(QPointF(x, y));
    QCOMPARE(view->keepInView(position, 0.6), recentred);
    const QPointF now = view->viewport().toScreen(position);
    if (recentred) {
        QVERIFY(std::abs(now.x() - Width / 2.0) < 0.5 && std::abs(now.y() - Height / 2.0) < 0.5);
    } else {
        QVERIFY(std::abs(now.x() - x) < 1e-6 && std::abs(now.y() - y) < 1e-6);
        QVERIFY(view->centre().distanceTo(QGeoCoordinate(CentreLat, CentreLon)) < 0.01);
    }
}

QTEST_MAIN(TestPlayback)
#include "tst_playback.moc"
