#include "monitoring/geo.h"
#include "monitoring/tracklod.h"
#include "monitoring/tracksegmenter.h"

#include "../common/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Nigran::Models;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 16), QTime(3, 0), Qt::UTC);

/// A track from (seconds, metres east, metres north) triples around Islamabad.
QList<Fix> track(const QList<std::array<double, 3>> &points)
{
    QList<Fix> fixes;
    for (const auto &[t, east, north] : points) {
        Fix fix;
        fix.fixTime = Start.addMSecs(qint64(t * 1000));
        fix.latitude = 33.6844;
        fix.longitude = 73.0479;
        Geo::offsetMetres(fix.latitude, fix.longitude, east, north);
        fix.accuracyMetres = 5;
        fixes.append(fix);
    }
    return fixes;
}

/// Home 20 min (jitter), drive 3 km east at 10 m/s, work 30 min; then optionally a gap and more.
QList<Fix> day(bool withGap)
{
    QList<std::array<double, 3>> points;
    double t = 0;
    for (int i = 0; i < 21; ++i, t += 60)
        points.append({ t, (i % 3) * 8.0, (i % 2) * 6.0 });
    for (int i = 1; i <= 30; ++i, t += 10)
        points.append({ t, i * 100.0, 0 });
    for (int i = 0; i < 31; ++i, t += 60)
        points.append({ t, 3000.0 + (i % 2) * 5, 0 });
    if (withGap) {
        t += 1800; // 30 min without a fix
        for (int i = 0; i < 10; ++i, t += 10)
            points.append({ t, 5000.0 + i * 100, 0 });
    }
    return track(points);
}

QString describe(const QList<TrackSegment> &segments)
{
    QStringList parts;
    for (const TrackSegment &s : segments) {
        const char *kind = s.kind == TrackSegment::Kind::Stop ? "stop"
            : s.kind == TrackSegment::Kind::Trip              ? "trip"
                                                              : "gap";
        parts << QStringLiteral("%1 %2-%3").arg(QLatin1String(kind)).arg(s.first).arg(s.last);
    }
    return parts.join(QStringLiteral(", "));
}

double pointToSegment(double px, double py, double ax, double ay, double bx, double by)
{
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(px - ax - t * dx, py - ay - t * dy);
}

} // namespace

class TestTrack : public QObject
{
    Q_OBJECT

private slots:
    void segmentation_data();
    void segmentation();
    void stopCentreIsTheMeanPosition();
    void lodKeepsWithinToleranceAndNeverJoinsGaps();
    void lodCoarserAtLowerZoomAndCached();
};

void TestTrack::segmentation_data()
{
    QTest::addColumn<QList<Fix>>("fixes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << QList<Fix>() << QString();
    QTest::addRow("home, drive, work") << day(false) << QStringLiteral("stop 0-20, trip 20-50, stop 50-81");
    QTest::addRow("gap after work") << day(
        true) << QStringLiteral("stop 0-20, trip 20-50, stop 50-81, gap 81-82, trip 82-91");
    QTest::addRow("too short to be a stop")
        << track({ { 0, 0, 0 }, { 60, 5, 0 }, { 120, 0, 5 }, { 180, 400, 0 }, { 240, 800, 0 } })
        << QStringLiteral("trip 0-4");
    QTest::addRow("gap inside a trip")
        << track({ { 0, 0, 0 }, { 10, 100, 0 }, { 20, 200, 0 }, { 2000, 5000, 0 }, { 2010, 5100, 0 } })
        << QStringLiteral("trip 0-2, gap 2-3, trip 3-4");
}

void TestTrack::segmentation()
{
    QFETCH(QList<Fix>, fixes);
    QFETCH(QString, expected);
    QCOMPARE(describe(TrackSegmenter::segment(fixes)), expected);
}

void TestTrack::stopCentreIsTheMeanPosition()
{
    const QList<TrackSegment> segments = TrackSegmenter::segment(day(false));
    QVERIFY(!segments.isEmpty());
    const TrackSegment &home = segments.front();
    QCOMPARE(home.kind, TrackSegment::Kind::Stop);
    QCOMPARE(home.start, Start);
    QCOMPARE(home.end, Start.addSecs(20 * 60));
    QVERIFY(Geo::distanceMetres(home.latitude, home.longitude, 33.6844, 73.0479) < 10);
}

void TestTrack::lodKeepsWithinToleranceAndNeverJoinsGaps()
{
    // A 20,000-fix random walk with three long gaps.
    QRandomGenerator random(7);
    QList<std::array<double, 3>> points;
    double t = 0, x = 0, y = 0, heading = 0;
    for (int i = 0; i < 20000; ++i) {
        heading += random.bounded(0.6) - 0.3;
        x += std::cos(heading) * 12;
        y += std::sin(heading) * 12;
        t += (i > 0 && i % 5000 == 0) ? 3600 : 15;
        points.append({ t, x, y });
    }
    const QList<Fix> fixes = track(points);
    const TrackLod lod(fixes);
    QCOMPARE(lod.runCount(), 4);
    const double tolerance = 0.5 * TrackLod::mercatorMetresPerPixel(14);
    const QList<QList<int>> runs = lod.runsAtZoom(14);
    QCOMPARE(runs.size(), 4);
    qsizetype kept = 0;
    for (const QList<int> &run : runs) {
        kept += run.size();
        for (int k = 1; k < run.size(); ++k) {
            // Never across a gap.
            for (int i = run[k - 1]; i < run[k]; ++i)
                QVERIFY(fixes[i].fixTime.secsTo(fixes[i + 1].fixTime) <= 300);
        }
    }
    QVERIFY2(kept < fixes.size() / 4, qPrintable(QString::number(kept)));
    // Every dropped fix lies within the tolerance of the drawn line (checked in Mercator metres).
    const double rad = std::numbers::pi / 180.0;
    auto mx = [&](int i) { return Geo::EarthRadiusMetres * fixes[i].longitude * rad; };
    auto my = [&](int i) {
        return Geo::EarthRadiusMetres
            * std::log(std::tan(std::numbers::pi / 4 + fixes[i].latitude * rad / 2));
    };
    for (const QList<int> &run : runs) {
        for (int k = 1; k < run.size(); ++k) {
            for (int i = run[k - 1] + 1; i < run[k]; ++i) {
                const double d
                    = pointToSegment(mx(i), my(i), mx(run[k - 1]), my(run[k - 1]), mx(run[k]), my(run[k]));
                QVERIFY2(
                    d <= tolerance + 1e-6, qPrintable(QStringLiteral("fix %1 is %2 m off").arg(i).arg(d)));
            }
        }
    }
}

void TestTrack::lodCoarserAtLowerZoomAndCached()
{
    const QList<Fix> fixes = day(true);
    const TrackLod lod(fixes);
    qsizetype previous = 0;
    for (int zoom = 6; zoom <= 18; zoom += 2) {
        qsizetype count = 0;
        for (const QList<int> &run : lod.runsAtZoom(zoom))
            count += run.size();
        QVERIFY2(count >= previous, qPrintable(QStringLiteral("zoom %1").arg(zoom)));
        previous = count;
    }
    QCOMPARE(lod.runsAtZoom(6).size(), 2); // the gap after work splits the track
    QCOMPARE(lod.runsAtZoom(6).front().size(), 2); // at country scale: first and last fix
    QCOMPARE(&lod.runsAtZoom(10), &lod.runsAtZoom(10)); // cached
    QVERIFY(previous > 20);
}

QTEST_GUILESS_MAIN(TestTrack)
#include "tst_track.moc"
