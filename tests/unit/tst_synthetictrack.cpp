#include "monitoring/geo.h"
#include "monitoring/synthetictrack.h"

#include <QTest>

using namespace Nigran::Models;

namespace {

/// 00:00 PKT on Monday 2 March 2026.
const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::UTC);

using Kind = SyntheticTrack::EventKind;

bool within(const QDateTime &t, const QList<SyntheticTrack::Event> &events, Kind kind)
{
    for (const auto &e : events)
        if (e.kind == kind && t >= e.start && t < e.end)
            return true;
    return false;
}

} // namespace

class TestSyntheticTrack : public QObject
{
    Q_OBJECT

private slots:
    void deterministic()
    {
        const SyntheticTrack a(QStringLiteral("TAG-9001"), 7);
        const SyntheticTrack b(QStringLiteral("TAG-9001"), 7);
        const auto fixes = a.fixes(Start, Start.addDays(3));
        QVERIFY(fixes.size() > 3 * 200);
        QCOMPARE(b.fixes(Start, Start.addDays(3)), fixes);
        QCOMPARE(b.homeLatitude(), a.homeLatitude());
        // Another seed or device is another person.
        QVERIFY(SyntheticTrack(QStringLiteral("TAG-9001"), 8).fixes(Start, Start.addDays(3)) != fixes);
        QVERIFY(SyntheticTrack(QStringLiteral("TAG-9002"), 7).homeLatitude() != a.homeLatitude());
    }

    void pieceByPieceEqualsWhole_data()
    {
        QTest::addColumn<int>("pieceMinutes");
        QTest::addRow("a day at a time") << 24 * 60;
        QTest::addRow("an hour at a time") << 60;
        QTest::addRow("odd pieces of 7 h 13 min") << 7 * 60 + 13;
    }

    void pieceByPieceEqualsWhole()
    {
        QFETCH(int, pieceMinutes);
        const SyntheticTrack track(QStringLiteral("TAG-9003"), 42);
        const QDateTime from = Start.addSecs(-3 * 3600 - 17);
        const QDateTime to = from.addDays(9);
        const auto whole = track.fixes(from, to);
        QList<Fix> pieces;
        for (QDateTime t = from; t < to; t = t.addSecs(pieceMinutes * 60))
            pieces += track.fixes(t, std::min(to, t.addSecs(pieceMinutes * 60)));
        QCOMPARE(pieces.size(), whole.size());
        QCOMPARE(pieces, whole);
        QVERIFY(whole.first().fixTime >= from);
        QVERIFY(whole.last().fixTime < to);
        QCOMPARE(track.events(from, to).size() > 0, true);
    }

    void plausibleFixes_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<quint64>("seed");
        for (int i = 0; i < 6; ++i)
            QTest::addRow("device %d", i)
                << QStringLiteral("TAG-95%1").arg(i, 2, 10, QLatin1Char('0')) << quint64(i);
    }

    void plausibleFixes()
    {
        QFETCH(QString, device);
        QFETCH(quint64, seed);
        const SyntheticTrack track(device, seed);
        const auto fixes = track.fixes(Start, Start.addDays(30));
        const auto &city = SyntheticTrack::cities()[track.cityIndex()];
        QVERIFY(
            Geo::distanceMetres(track.homeLatitude(), track.homeLongitude(), city.latitude, city.longitude)
            < 8000);
        for (qsizetype i = 0; i < fixes.size(); ++i) {
            const Fix &f = fixes[i];
            QCOMPARE(f.deviceId, device);
            QCOMPARE(f.fixTime.timeSpec(), Qt::UTC);
            QVERIFY(f.accuracyMetres >= 3 && f.accuracyMetres <= 30);
            QVERIFY(f.batteryPercent >= 0 && f.batteryPercent <= 100);
            QVERIFY(f.speedMps >= 0 && f.speedMps < 45);
            QVERIFY(qAbs(f.deviceTime.msecsTo(f.fixTime)) <= 4000);
            if (i == 0)
                continue;
            const Fix &p = fixes[i - 1];
            const double dt = p.fixTime.msecsTo(f.fixTime) / 1000.0;
            QVERIFY2(dt > 0, "fix times strictly increase");
            // Straight-line speed beyond the noise of both fixes: never faster than a car on a motorway.
            const double d = Geo::distanceMetres(p.latitude, p.longitude, f.latitude, f.longitude);
            QVERIFY2(d - 2.5 * (p.accuracyMetres + f.accuracyMetres) <= 35 * dt,
                qPrintable(QStringLiteral("fix %1: %2 m in %3 s").arg(i).arg(d).arg(dt)));
        }
        // At home at 03:00 PKT every night (when a fix was taken then).
        int nights = 0;
        for (const Fix &f : fixes) {
            const QTime pkt = f.fixTime.addSecs(5 * 3600).time();
            if (pkt.hour() == 3) {
                ++nights;
                QVERIFY(
                    Geo::distanceMetres(f.latitude, f.longitude, track.homeLatitude(), track.homeLongitude())
                    < SyntheticTrack::HomeZoneRadiusMetres);
            }
        }
        QVERIFY(nights > 30 * 5);
    }

    /// Over many person-days the rare events happen at their documented rates, and the fixes show
    /// each of them where the events say and nowhere else.
    void eventsAtTheirRates()
    {
        constexpr int Devices = 40;
        constexpr int Days = 120;
        QHash<Kind, int> counts;
        int checked = 0;
        for (int d = 0; d < Devices; ++d) {
            const SyntheticTrack track(QStringLiteral("TAG-97%1").arg(d, 2, 10, QLatin1Char('0')), 2026);
            const QDateTime to = Start.addDays(Days);
            const auto events = track.events(Start, to);
            for (const auto &e : events)
                ++counts[e.kind];
            if (d >= 10)
                continue;
            const auto zones = track.demoZones();
            QCOMPARE(zones.size(), 2);
            const Zone &home = zones[0];
            const Zone &exclusion = zones[1];
            QCOMPARE(home.kind(), ZoneKind::Inclusion);
            QCOMPARE(exclusion.kind(), ZoneKind::Exclusion);
            for (const Fix &f : track.fixes(Start, to)) {
                ++checked;
                const bool inExclusion = exclusion.signedDistance(f.latitude, f.longitude) < 0;
                QCOMPARE(inExclusion && !within(f.fixTime, events, Kind::Excursion), false);
                const bool outDuringCurfew
                    = home.schedule().isActive(f.fixTime) && home.signedDistance(f.latitude, f.longitude) > 0;
                if (outDuringCurfew)
                    QVERIFY(within(f.fixTime, events, Kind::CurfewBreach));
                QCOMPARE(f.strap == StrapState::Open, within(f.fixTime, events, Kind::StrapTamper));
                if (f.batteryPercent < SyntheticTrack::LowBatteryPercent - 1)
                    QVERIFY(within(f.fixTime, events, Kind::LowBattery));
                if (f.batteryPercent > SyntheticTrack::LowBatteryPercent + 1)
                    QVERIFY(!within(f.fixTime, events, Kind::LowBattery));
                QVERIFY(!within(f.fixTime, events, Kind::DeviceDead));
                QVERIFY(!within(f.fixTime, events, Kind::SignalGap));
            }
            // Every excursion and tamper shows in at least two fixes (enough to confirm an alert).
            const auto fixes = track.fixes(Start, to);
            for (const auto &e : events) {
                if (e.kind != Kind::Excursion && e.kind != Kind::StrapTamper && e.kind != Kind::CurfewBreach)
                    continue;
                bool whileDead = false; // a dead tag shows nothing
                for (const auto &dead : events)
                    whileDead = whileDead
                        || (dead.kind == Kind::DeviceDead && dead.start < e.end && e.start < dead.end);
                if (whileDead)
                    continue;
                int shown = 0;
                for (const Fix &f : fixes)
                    shown += f.fixTime >= e.start && f.fixTime < e.end
                        && (e.kind == Kind::StrapTamper ? f.strap == StrapState::Open
                                : e.kind == Kind::CurfewBreach
                                ? home.signedDistance(f.latitude, f.longitude) > 0
                                : exclusion.signedDistance(f.latitude, f.longitude) < 0);
                QVERIFY2(e.kind == Kind::StrapTamper ? shown >= 1 : shown >= 2,
                    qPrintable(
                        QStringLiteral("device %1 event at %2").arg(d).arg(e.start.toString(Qt::ISODate))));
            }
        }
        QVERIFY(checked > 100'000);
        const double personDays = Devices * Days;
        const auto near = [&](Kind kind, double rate, double tolerance) {
            const double expected = personDays * rate;
            const int n = counts.value(kind);
            if (qAbs(n - expected) > expected * tolerance)
                QFAIL(qPrintable(
                    QStringLiteral("event %1: %2, expected about %3").arg(int(kind)).arg(n).arg(expected)));
        };
        near(Kind::Excursion, SyntheticTrack::ExcursionPerDay, 0.25);
        near(Kind::CurfewBreach, SyntheticTrack::CurfewBreachPerDay, 0.3);
        near(Kind::StrapTamper, SyntheticTrack::StrapTamperPerDay, 0.35);
        near(
            Kind::LowBattery, SyntheticTrack::LowBatteryPerDay * (1 - SyntheticTrack::LowBatteryPerDay), 0.3);
        QVERIFY(counts.value(Kind::DeviceDead) > 0);
        QVERIFY(counts.value(Kind::Intercity) > 0);
        QVERIFY(counts.value(Kind::SignalGap) > personDays / 2);
    }

    void denseSettingsForBenchmarks()
    {
        SyntheticTrack::Settings settings;
        settings.stillIntervalSeconds = 60;
        settings.signalGaps = false;
        settings.events = false;
        settings.cityIndex = 0;
        const SyntheticTrack track(QStringLiteral("TAG-9900"), 1, settings);
        QCOMPARE(track.cityIndex(), 0);
        const auto fixes = track.fixes(Start, Start.addDays(1));
        // One fix a minute all day (a stay or trip boundary may add or drop one).
        QVERIFY2(qAbs(fixes.size() - 1440) <= 12, qPrintable(QString::number(fixes.size())));
        QVERIFY(track.events(Start, Start.addDays(1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyntheticTrack)
#include "tst_synthetictrack.moc"
