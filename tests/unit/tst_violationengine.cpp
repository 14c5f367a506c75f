#include "monitoring/geo.h"
#include "monitoring/violationengine.h"

#include "../common/testsupport.h"

#include <QTest>

using namespace Nigran::Models;
using namespace Qt::StringLiterals;

namespace {

constexpr double Lat0 = 31.5204; // Lahore: zones are centred here
constexpr double Lon0 = 74.3587;
const QDateTime Monday = QDateTime(QDate(2026, 3, 16), QTime(0, 0), Qt::UTC); // 05:00 PKT
constexpr qint64 Day = 24 * 3600;
constexpr qint64 Noon = 7 * 3600; // 12:00 PKT

/// One fix of a scenario: seconds after Monday 00:00 UTC, metres east of the zone centre, accuracy.
struct Step
{
    qint64 t = 0;
    double east = 0;
    double accuracy = 5;
    int battery = -1;
    StrapState strap = StrapState::Unknown;
    double speed = -1;
};

Fix fixFor(const Step &step, int index)
{
    Fix fix;
    fix.id = 1000 + index;
    fix.deviceId = QStringLiteral("TAG-0042");
    fix.fixTime = Monday.addSecs(step.t);
    fix.latitude = Lat0;
    fix.longitude = Lon0;
    Geo::offsetMetres(fix.latitude, fix.longitude, step.east, 0);
    fix.accuracyMetres = step.accuracy;
    fix.batteryPercent = step.battery;
    fix.strap = step.strap;
    fix.speedMps = step.speed;
    return fix;
}

/// Zone sets of the scenarios, all centred on (Lat0, Lon0).
QList<Zone> zones(const QString &set)
{
    const QGeoCoordinate centre(Lat0, Lon0);
    auto make = [&](ZoneKind kind, double radius, double buffer = 0, ZoneSchedule schedule = {},
                    int grace = 0) {
        return *Zone::create(set, 2, kind, QGeoCircle(centre, radius), buffer, std::move(schedule), grace);
    };
    if (set == QLatin1String("school"))
        return { make(ZoneKind::Exclusion, 100) };
    if (set == QLatin1String("buffered"))
        return { make(ZoneKind::Exclusion, 100, 50) };
    if (set == QLatin1String("grace"))
        return { make(ZoneKind::Exclusion, 100, 0, {}, 120) };
    if (set == QLatin1String("home"))
        return { make(ZoneKind::Inclusion, 50) };
    if (set == QLatin1String("curfew"))
        return { make(
            ZoneKind::Inclusion, 50, 0, ZoneSchedule({ { ZoneSchedule::EveryDay, 21 * 60, 6 * 60 } })) };
    return {};
}

QString kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::ZoneEntry:
        return QStringLiteral("entry");
    case AlertKind::ZoneExit:
        return QStringLiteral("exit");
    case AlertKind::CurfewBreach:
        return QStringLiteral("curfew");
    case AlertKind::StrapTamper:
        return QStringLiteral("tamper");
    case AlertKind::LowBattery:
        return QStringLiteral("battery");
    case AlertKind::SignalLost:
        return QStringLiteral("gap");
    case AlertKind::DeviceOffline:
        return QStringLiteral("offline");
    }
    return {};
}

/// "entry@3 [2 3]": kind, the fix that raised it, the fixes named as evidence.
QString describe(const Alert &alert, qint64 raisedBy)
{
    QStringList evidence;
    for (const FixRef &ref : alert.evidence)
        evidence << QString::number(ref.index);
    return QStringLiteral("%1@%2 [%3]")
        .arg(kindName(alert.kind))
        .arg(raisedBy)
        .arg(evidence.join(QLatin1Char(' ')));
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestViolationEngine : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void evidenceNamesFixesAndZoneVersion();
    void deviceOffline();
    void ignoresFixesOutOfOrder();
    void manyZonesOnlyNearOnesFire();
};

void TestViolationEngine::rules_data()
{
    QTest::addColumn<QString>("zoneSet");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QStringList>("expected");
    const qint64 n = Noon;
    using S = StrapState;

    // Exclusion zone (r = 100 m): entry.
    QTest::addRow("entry: outside only")
        << u"school"_s << QList<Step> { { n, 300 }, { n + 60, 250 }, { n + 120, 300 } } << QStringList {};
    QTest::addRow("entry: confirmed by the second fix inside")
        << u"school"_s << QList<Step> { { n, 300 }, { n + 60, 50 }, { n + 120, 40 }, { n + 180, 30 } }
        << QStringList { u"entry@2 [1 2]"_s };
    QTest::addRow("entry: one fix inside is not enough")
        << u"school"_s << QList<Step> { { n, 300 }, { n + 60, 50 }, { n + 120, 300 }, { n + 180, 300 } }
        << QStringList {};
    QTest::addRow("entry: GPS jitter at the boundary")
        << u"school"_s
        << QList<Step> { { n, 95, 3 }, { n + 15, 105, 3 }, { n + 30, 95, 3 }, { n + 45, 106, 3 },
               { n + 60, 94, 3 }, { n + 75, 105, 3 } }
        << QStringList {};
    QTest::addRow("entry: accuracy circles straddling the boundary")
        << u"school"_s
        << QList<Step> { { n, 98, 10 }, { n + 15, 92, 10 }, { n + 30, 97, 10 }, { n + 45, 103, 10 } }
        << QStringList {};
    QTest::addRow("entry: a straddling fix neither confirms nor clears")
        << u"school"_s << QList<Step> { { n, 50 }, { n + 15, 99, 10 }, { n + 30, 40 } }
        << QStringList { u"entry@2 [0 2]"_s };
    QTest::addRow("entry: one alert per continuing violation")
        << u"school"_s
        << QList<Step> { { n, 50 }, { n + 60, 50 }, { n + 120, 10 }, { n + 180, 60 }, { n + 240, 50 } }
        << QStringList { u"entry@1 [0 1]"_s };
    QTest::addRow("entry: one fix outside does not clear")
        << u"school"_s
        << QList<Step> { { n, 50 }, { n + 60, 50 }, { n + 120, 300 }, { n + 180, 50 }, { n + 240, 50 } }
        << QStringList { u"entry@1 [0 1]"_s };
    QTest::addRow("entry: cleared, then entered again")
        << u"school"_s
        << QList<Step> { { n, 50 }, { n + 60, 50 }, { n + 120, 300 }, { n + 180, 300 }, { n + 240, 50 },
               { n + 300, 50 } }
        << QStringList { u"entry@1 [0 1]"_s, u"entry@5 [4 5]"_s };
    QTest::addRow("entry: gap across the boundary")
        << u"school"_s
        << QList<Step> { { n, 400, 5, -1, S::Unknown, 1.5 }, { n + 1200, 50 }, { n + 1215, 40 } }
        << QStringList { u"gap@1 [0 1]"_s, u"entry@2 [1 2]"_s };
    QTest::addRow("entry: buffer") << u"buffered"_s << QList<Step> { { n, 140 }, { n + 60, 130 } }
                                   << QStringList { u"entry@1 [0 1]"_s };
    QTest::addRow("entry: grace period holds the alert")
        << u"grace"_s << QList<Step> { { n, 50 }, { n + 60, 50 }, { n + 120, 50 } }
        << QStringList { u"entry@2 [0 1 2]"_s };
    QTest::addRow("entry: left within the grace period")
        << u"grace"_s << QList<Step> { { n, 50 }, { n + 60, 50 }, { n + 90, 300 }, { n + 150, 300 } }
        << QStringList {};

    // Inclusion zone (home, r = 50 m, always): exit.
    QTest::addRow("exit: at home") << u"home"_s << QList<Step> { { n, 10 }, { n + 60, 20 } }
                                   << QStringList {};
    QTest::addRow("exit: confirmed") << u"home"_s
                                     << QList<Step> { { n, 10 }, { n + 60, 200 }, { n + 120, 250 } }
                                     << QStringList { u"exit@2 [1 2]"_s };
    QTest::addRow("exit: poor accuracy at the wall")
        << u"home"_s
        << QList<Step> { { n, 10 }, { n + 60, 60, 30 }, { n + 120, 40, 30 }, { n + 180, 70, 30 } }
        << QStringList {};
    QTest::addRow("exit: gap across the boundary")
        << u"home"_s << QList<Step> { { n, 10, 5, -1, S::Unknown, 2 }, { n + 3600, 900 }, { n + 3660, 950 } }
        << QStringList { u"gap@1 [0 1]"_s, u"exit@2 [1 2]"_s };

    // Curfew: inclusion zone 21:00–06:00 PKT (16:00–01:00 UTC).
    QTest::addRow("curfew: out in the evening before it starts")
        << u"curfew"_s << QList<Step> { { 15 * 3600, 500 }, { 15 * 3600 + 60, 500 } } << QStringList {};
    QTest::addRow("curfew: out after it starts")
        << u"curfew"_s
        << QList<Step> { { 15 * 3600 + 3500, 500 }, { 16 * 3600 + 60, 500 }, { 16 * 3600 + 120, 500 } }
        << QStringList { u"curfew@2 [1 2]"_s };
    QTest::addRow("curfew: out after midnight PKT")
        << u"curfew"_s << QList<Step> { { 19 * 3600 + 1800, 500 }, { 19 * 3600 + 1860, 500 } }
        << QStringList { u"curfew@1 [0 1]"_s };
    QTest::addRow("curfew: ends in the morning, breached again next night")
        << u"curfew"_s
        << QList<Step> { { 17 * 3600, 500 }, { 17 * 3600 + 60, 500 }, { Day + 2 * 3600, 500 },
               { Day + 17 * 3600, 500 }, { Day + 17 * 3600 + 60, 500 } }
        << QStringList { u"curfew@1 [0 1]"_s, u"curfew@4 [3 4]"_s };
    QTest::addRow("curfew: home all night")
        << u"curfew"_s << QList<Step> { { 17 * 3600, 5 }, { 20 * 3600, 8 }, { Day, 3 } } << QStringList {};

    // Device rules.
    QTest::addRow("strap tamper once until closed")
        << u""_s
        << QList<Step> { { n, 0, 5, -1, S::Closed }, { n + 15, 0, 5, -1, S::Open },
               { n + 30, 0, 5, -1, S::Open }, { n + 45, 0, 5, -1, S::Closed }, { n + 60, 0, 5, -1, S::Open } }
        << QStringList { u"tamper@1 [1]"_s, u"tamper@4 [4]"_s };
    QTest::addRow("low battery with hysteresis")
        << u""_s
        << QList<Step> { { n, 0, 5, 50 }, { n + 60, 0, 5, 14 }, { n + 120, 0, 5, 10 }, { n + 180, 0, 5, 16 },
               { n + 240, 0, 5, 18 }, { n + 300, 0, 5, 21 }, { n + 360, 0, 5, 12 } }
        << QStringList { u"battery@1 [1]"_s, u"battery@6 [6]"_s };
    QTest::addRow("gap while stationary is not signal lost")
        << u""_s << QList<Step> { { n, 0, 5, -1, S::Unknown, 0 }, { n + 3600, 20 } } << QStringList {};
    QTest::addRow("short gap while moving")
        << u""_s << QList<Step> { { n, 0, 5, -1, S::Unknown, 10 }, { n + 120, 1200 } } << QStringList {};
    QTest::addRow("gap, moved far without a speed")
        << u""_s << QList<Step> { { n, 0 }, { n + 900, 3000 } } << QStringList { u"gap@1 [0 1]"_s };
}

void TestViolationEngine::rules()
{
    QFETCH(QString, zoneSet);
    QFETCH(QList<Step>, steps);
    QFETCH(QStringList, expected);
    ViolationEngine engine(zones(zoneSet));
    QStringList actual;
    for (int i = 0; i < steps.size(); ++i) {
        for (const Alert &alert : engine.feed(fixFor(steps[i], i)))
            actual << describe(alert, i);
    }
    QCOMPARE(actual, expected);
}

void TestViolationEngine::evidenceNamesFixesAndZoneVersion()
{
    ViolationEngine engine(zones(QStringLiteral("school")));
    QList<Alert> alerts;
    engine.feed(fixFor({ Noon, 50 }, 0), alerts);
    engine.feed(fixFor({ Noon + 60, 40 }, 1), alerts);
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts.front();
    QCOMPARE(alert.kind, AlertKind::ZoneEntry);
    QCOMPARE(alert.deviceId, QStringLiteral("TAG-0042"));
    QCOMPARE(alert.zoneId, QStringLiteral("school"));
    QCOMPARE(alert.zoneVersion, 2);
    QCOMPARE(alert.startedAt, Monday.addSecs(Noon));
    QCOMPARE(alert.raisedAt, Monday.addSecs(Noon + 60));
    QCOMPARE(alert.evidence,
        (QList<FixRef> { { 0, 1000, Monday.addSecs(Noon) }, { 1, 1001, Monday.addSecs(Noon + 60) } }));
    QVERIFY(engine.isViolating(0));
}

void TestViolationEngine::deviceOffline()
{
    ViolationEngine engine({});
    QVERIFY(engine.checkOffline(Monday).isEmpty()); // nothing fed yet
    engine.feed(fixFor({ Noon, 0 }, 0));
    const QDateTime last = Monday.addSecs(Noon);
    QVERIFY(engine.checkOffline(last.addSecs(29 * 60)).isEmpty());
    QList<Alert> alerts = engine.checkOffline(last.addSecs(31 * 60));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.front().kind, AlertKind::DeviceOffline);
    QCOMPARE(alerts.front().evidence.front().index, 0);
    QVERIFY(engine.checkOffline(last.addSecs(90 * 60)).isEmpty()); // once per outage
    engine.feed(fixFor({ Noon + 100 * 60, 0 }, 1));
    QCOMPARE(engine.checkOffline(last.addSecs(135 * 60)).size(), 1); // a new outage
}

void TestViolationEngine::ignoresFixesOutOfOrder()
{
    ViolationEngine engine(zones(QStringLiteral("school")));
    QVERIFY(engine.feed(fixFor({ Noon, 50 }, 0)).isEmpty());
    QVERIFY(engine.feed(fixFor({ Noon - 60, 50 }, 1)).isEmpty()); // late: ignored, does not confirm
    QCOMPARE(engine.ignoredFixes(), 1);
    QCOMPARE(engine.feed(fixFor({ Noon + 60, 50 }, 2)).size(), 1);
    QCOMPARE(engine.fixCount(), 2);
}

void TestViolationEngine::manyZonesOnlyNearOnesFire()
{
    // 1,000 exclusion zones on a 1 km grid; walk east through two of them and stop in the third.
    QList<Zone> many;
    for (int row = 0; row < 25; ++row) {
        for (int column = 0; column < 40; ++column) {
            double lat = Lat0, lon = Lon0;
            Geo::offsetMetres(lat, lon, column * 1000.0, row * 1000.0);
            many.append(*Zone::create(QStringLiteral("z%1-%2").arg(row).arg(column), 1, ZoneKind::Exclusion,
                QGeoCircle(QGeoCoordinate(lat, lon), 100)));
        }
    }
    ViolationEngine engine(many);
    QStringList entered;
    for (int i = 0; i <= 420; ++i) { // 5 m steps from 0 to 2,100 m east
        for (const Alert &alert : engine.feed(fixFor({ Noon + i * 15, i * 5.0, 4 }, i)))
            entered << QStringLiteral("%1@%2").arg(alert.zoneId).arg(i);
    }
    QCOMPARE(entered, (QStringList { u"z0-0@1"_s, u"z0-1@182"_s, u"z0-2@382"_s }));
}

QTEST_GUILESS_MAIN(TestViolationEngine)
#include "tst_violationengine.moc"
