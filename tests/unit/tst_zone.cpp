#include "monitoring/geo.h"
#include "monitoring/zone.h"
#include "monitoring/zonegrid.h"
#include "monitoring/zoneschedule.h"

#include "../common/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace Nigran::Models;

namespace {

constexpr double Lat0 = 31.5204; // Lahore
constexpr double Lon0 = 74.3587;

QGeoCoordinate at(double east, double north)
{
    double lat = Lat0, lon = Lon0;
    Geo::offsetMetres(lat, lon, east, north);
    return QGeoCoordinate(lat, lon);
}

ZoneSchedule curfew()
{
    return ZoneSchedule({ { ZoneSchedule::EveryDay, 21 * 60, 6 * 60 } });
}

} // namespace

class TestZone : public QObject
{
    Q_OBJECT

private slots:
    void schedule_data();
    void schedule();
    void circle_data();
    void circle();
    void polygon_data();
    void polygon();
    void rejectsBadShapes();
    void gridNeverMissesANearbyZone();
};

void TestZone::schedule_data()
{
    QTest::addColumn<ZoneSchedule>("schedule");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<bool>("active");
    const auto utc = [](int d, int h, int m) { return QDateTime(QDate(2026, 3, d), QTime(h, m), Qt::UTC); };
    // 2026-03-16 is a Monday. PKT = UTC + 5.
    QTest::addRow("always") << ZoneSchedule() << utc(16, 3, 0) << true;
    QTest::addRow("curfew 20:59 PKT") << curfew() << utc(16, 15, 59) << false;
    QTest::addRow("curfew 21:00 PKT") << curfew() << utc(16, 16, 0) << true;
    QTest::addRow("curfew 00:30 PKT (after midnight)") << curfew() << utc(16, 19, 30) << true;
    QTest::addRow("curfew 05:59 PKT") << curfew() << utc(17, 0, 59) << true;
    QTest::addRow("curfew 06:00 PKT") << curfew() << utc(17, 1, 0) << false;
    const ZoneSchedule fridayNight({ { ZoneSchedule::Friday, 22 * 60, 2 * 60 } });
    QTest::addRow("friday night, friday 23:00") << fridayNight << utc(20, 18, 0) << true;
    QTest::addRow("friday night, saturday 01:00") << fridayNight << utc(20, 20, 0) << true;
    QTest::addRow("friday night, thursday 23:00") << fridayNight << utc(19, 18, 0) << false;
    QTest::addRow("friday night, saturday 23:00") << fridayNight << utc(21, 18, 0) << false;
    const ZoneSchedule sundayNight({ { ZoneSchedule::Sunday, 23 * 60, 1 * 60 } });
    QTest::addRow("sunday night wraps to monday 00:30") << sundayNight << utc(22, 19, 30) << true;
    QTest::addRow("sunday night, monday 01:30") << sundayNight << utc(22, 20, 30) << false;
    const ZoneSchedule school({ { ZoneSchedule::Weekdays, 7 * 60 + 30, 14 * 60 } });
    QTest::addRow("school monday 08:00") << school << utc(16, 3, 0) << true;
    QTest::addRow("school sunday 08:00") << school << utc(22, 3, 0) << false;
    QTest::addRow("school monday 14:00") << school << utc(16, 9, 0) << false;
    QTest::addRow("whole day window")
        << ZoneSchedule({ { ZoneSchedule::Tuesday, 0, 0 } }) << utc(17, 12, 0) << true;
    QTest::addRow("before 1970") << ZoneSchedule({ { ZoneSchedule::Wednesday, 0, 0 } })
                                 << QDateTime(QDate(1969, 12, 31), QTime(12, 0), Qt::UTC) << true;
}

void TestZone::schedule()
{
    QFETCH(ZoneSchedule, schedule);
    QFETCH(QDateTime, utc);
    QFETCH(bool, active);
    QCOMPARE(schedule.isActive(utc), active);
}

void TestZone::circle_data()
{
    QTest::addColumn<double>("east");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("buffer");
    QTest::addColumn<int>("expected");
    constexpr int In = int(Zone::Containment::Inside), Out = int(Zone::Containment::Outside),
                  Both = int(Zone::Containment::Straddles);
    QTest::addRow("centre") << 0.0 << 5.0 << 0.0 << In;
    QTest::addRow("inside near edge") << 90.0 << 5.0 << 0.0 << In;
    QTest::addRow("circle crosses edge") << 97.0 << 5.0 << 0.0 << Both;
    QTest::addRow("outside near edge") << 106.0 << 5.0 << 0.0 << Out;
    QTest::addRow("unknown accuracy is a point") << 101.0 << -1.0 << 0.0 << Out;
    QTest::addRow("poor accuracy straddles from far") << 300.0 << 250.0 << 0.0 << Both;
    QTest::addRow("buffer takes it in") << 130.0 << 5.0 << 50.0 << In;
    QTest::addRow("beyond the buffer") << 160.0 << 5.0 << 50.0 << Out;
}

void TestZone::circle()
{
    QFETCH(double, east);
    QFETCH(double, accuracy);
    QFETCH(double, buffer);
    QFETCH(int, expected);
    const Result<Zone> zone = Zone::create(
        QStringLiteral("z"), 1, ZoneKind::Exclusion, QGeoCircle(QGeoCoordinate(Lat0, Lon0), 100), buffer);
    NIGRAN_VERIFY_OK(zone);
    const QGeoCoordinate p = at(east, 0);
    QCOMPARE(int(zone->classify(p.latitude(), p.longitude(), accuracy)), expected);
    // The distance agrees with Qt's geodesic distance to within a few centimetres.
    const double geodesic = QGeoCoordinate(Lat0, Lon0).distanceTo(p) - 100 - buffer;
    QVERIFY2(qAbs(zone->signedDistance(p.latitude(), p.longitude()) - geodesic) < 0.5,
        qPrintable(QString::number(zone->signedDistance(p.latitude(), p.longitude()) - geodesic)));
}

void TestZone::polygon_data()
{
    QTest::addColumn<double>("east");
    QTest::addColumn<double>("north");
    QTest::addColumn<double>("distance"); // expected signed distance, metres
    // An L-shaped house plot 0..200 × 0..100 plus 0..100 × 100..200.
    QTest::addRow("inside the foot") << 150.0 << 50.0 << -50.0;
    QTest::addRow("inside the stem") << 50.0 << 150.0 << -50.0;
    QTest::addRow("in the notch (concave)") << 150.0 << 150.0 << 50.0;
    QTest::addRow("west of it") << -30.0 << 50.0 << 30.0;
    QTest::addRow("off a corner") << 230.0 << -40.0 << 50.0;
}

void TestZone::polygon()
{
    QFETCH(double, east);
    QFETCH(double, north);
    QFETCH(double, distance);
    const QGeoPolygon plot({ at(0, 0), at(200, 0), at(200, 100), at(100, 100), at(100, 200), at(0, 200) });
    const Result<Zone> zone = Zone::create(QStringLiteral("plot"), 3, ZoneKind::Inclusion, plot, 0);
    NIGRAN_VERIFY_OK(zone);
    QCOMPARE(zone->version(), 3);
    const QGeoCoordinate p = at(east, north);
    const double d = zone->signedDistance(p.latitude(), p.longitude());
    QVERIFY2(qAbs(d - distance) < 0.5, qPrintable(QString::number(d)));
    const Result<Zone> buffered = Zone::create(QStringLiteral("plot"), 4, ZoneKind::Inclusion, plot, 20);
    QVERIFY(qAbs(buffered->signedDistance(p.latitude(), p.longitude()) - (distance - 20)) < 0.5);
    QVERIFY(buffered->south() < zone->south() && buffered->east() > zone->east());
}

void TestZone::rejectsBadShapes()
{
    QVERIFY(!Zone::create(QStringLiteral("a"), 1, ZoneKind::Exclusion, QGeoCircle()));
    QVERIFY(!Zone::create(QStringLiteral("b"), 1, ZoneKind::Exclusion, QGeoPolygon({ at(0, 0), at(1, 1) })));
    QVERIFY(!Zone::create(QStringLiteral("c"), 1, ZoneKind::Exclusion, QGeoRectangle(at(0, 10), at(10, 0))));
    QVERIFY(!Zone::create(QStringLiteral("d"), 1, ZoneKind::Exclusion, QGeoCircle(at(0, 0), 10), -1));
    const Result<Zone> bad
        = Zone::create(QStringLiteral("e"), 1, ZoneKind::Exclusion, QGeoCircle(at(0, 0), 10), 0, {}, -5);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("e")));
}

void TestZone::gridNeverMissesANearbyZone()
{
    QRandomGenerator random(42);
    QList<Zone> zones;
    QList<int> all;
    for (int i = 0; i < 300; ++i) {
        const QGeoCoordinate c = at(random.bounded(20000.0) - 10000, random.bounded(20000.0) - 10000);
        const Result<Zone> zone = (i % 2)
            ? Zone::create(QString::number(i), 1, ZoneKind::Exclusion,
                QGeoCircle(c, 20 + random.bounded(400.0)), random.bounded(50.0))
            : Zone::create(QString::number(i), 1, ZoneKind::Exclusion,
                QGeoPolygon({ c, QGeoCoordinate(c.latitude() + 0.003, c.longitude()),
                    QGeoCoordinate(c.latitude(), c.longitude() + 0.004) }));
        NIGRAN_VERIFY_OK(zone);
        zones.append(*zone);
        all.append(i);
    }
    ZoneGrid grid(zones, all, 0.005);
    int near = 0;
    for (int n = 0; n < 5000; ++n) {
        const QGeoCoordinate p = at(random.bounded(24000.0) - 12000, random.bounded(24000.0) - 12000);
        const double accuracy = n % 10 == 0 ? 800 : random.bounded(30.0);
        std::set<int> found;
        grid.query(
            p.latitude(), p.longitude(), accuracy, [&](int zone) { QVERIFY(found.insert(zone).second); });
        for (int i = 0; i < zones.size(); ++i) {
            if (zones[i].classify(p.latitude(), p.longitude(), accuracy) != Zone::Containment::Outside) {
                ++near;
                QVERIFY2(
                    found.count(i), qPrintable(QStringLiteral("zone %1 missed at point %2").arg(i).arg(n)));
            }
        }
    }
    QVERIFY(near > 100); // the check did test something
}

QTEST_GUILESS_MAIN(TestZone)
#include "tst_zone.moc"
