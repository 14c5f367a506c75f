// Monitoring benchmarks: the violation engine against 1,000 zones (target ≥ 2M fixes/s on one core)
// and the level-of-detail simplification of a 1M-fix track. Measure in a Release build.
#include "monitoring/geo.h"
#include "monitoring/tracklod.h"
#include "monitoring/violationengine.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace Nigran::Models;

namespace {

struct City
{
    double latitude, longitude;
};
constexpr City Cities[] = { { 31.5204, 74.3587 }, { 33.6844, 73.0479 }, { 24.8607, 67.0011 },
    { 34.0151, 71.5249 }, { 30.1798, 66.9750 } }; // Lahore, Islamabad, Karachi, Peshawar, Quetta

/// 1,000 exclusion zones (circles and polygons, 50–400 m) scattered within 12 km of five cities, and
/// one inclusion zone with a curfew (home, in Lahore).
QList<Zone> thousandZones()
{
    QRandomGenerator random(2026);
    QList<Zone> zones;
    for (int i = 0; i < 1000; ++i) {
        const City &city = Cities[i % 5];
        double lat = city.latitude, lon = city.longitude;
        Geo::offsetMetres(lat, lon, random.bounded(24000.0) - 12000, random.bounded(24000.0) - 12000);
        const double size = 50 + random.bounded(350.0);
        if (i % 3) {
            zones.append(*Zone::create(
                QString::number(i), 1, ZoneKind::Exclusion, QGeoCircle(QGeoCoordinate(lat, lon), size), 20));
        } else {
            QList<QGeoCoordinate> ring;
            for (int k = 0; k < 6; ++k) {
                double y = lat, x = lon;
                const double r = size * (0.6 + 0.4 * (k % 2));
                Geo::offsetMetres(y, x, r * std::cos(k * M_PI / 3), r * std::sin(k * M_PI / 3));
                ring.append(QGeoCoordinate(y, x));
            }
            zones.append(*Zone::create(QString::number(i), 1, ZoneKind::Exclusion, QGeoPolygon(ring), 20));
        }
    }
    zones.append(*Zone::create(QStringLiteral("home"), 1, ZoneKind::Inclusion,
        QGeoCircle(QGeoCoordinate(31.5204, 74.3587), 60), 10,
        ZoneSchedule({ { ZoneSchedule::EveryDay, 21 * 60, 6 * 60 } }), 600));
    return zones;
}

/// A random walk through Lahore: `count` fixes 15 s apart, ~8 m/s, accuracy 3–30 m.
QList<Fix> walk(qsizetype count, double stepMetres = 120)
{
    QRandomGenerator random(99);
    QList<Fix> fixes;
    fixes.reserve(count);
    double lat = 31.5204, lon = 74.3587, heading = 0;
    const QDateTime start(QDate(2026, 3, 16), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < count; ++i) {
        heading += random.bounded(1.0) - 0.5;
        Geo::offsetMetres(lat, lon, std::cos(heading) * stepMetres, std::sin(heading) * stepMetres);
        if (std::abs(lat - 31.5204) > 0.1 || std::abs(lon - 74.3587) > 0.1)
            heading += M_PI; // stay in town
        Fix fix;
        fix.id = i + 1;
        fix.deviceId = QStringLiteral("TAG-0001");
        fix.fixTime = start.addSecs(i * 15);
        fix.latitude = lat;
        fix.longitude = lon;
        fix.accuracyMetres = 3 + random.bounded(27.0);
        fix.speedMps = stepMetres / 15;
        fix.batteryPercent = 100 - int(i % 90);
        fix.strap = StrapState::Closed;
        fixes.append(std::move(fix));
    }
    return fixes;
}

void BM_ViolationEngine1000Zones(benchmark::State &state)
{
    const QList<Zone> zones = thousandZones();
    const QList<Fix> fixes = walk(1'000'000);
    qint64 alertCount = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ViolationEngine engine(zones);
        QList<Alert> alerts;
        alerts.reserve(100000);
        state.ResumeTiming();
        for (const Fix &fix : fixes)
            engine.feed(fix, alerts);
        alertCount = alerts.size();
        benchmark::DoNotOptimize(alerts.data());
    }
    state.SetItemsProcessed(state.iterations() * fixes.size());
    state.counters["alerts"] = double(alertCount);
}
BENCHMARK(BM_ViolationEngine1000Zones)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TrackLodBuild1M(benchmark::State &state)
{
    const QList<Fix> fixes = walk(1'000'000, 20);
    for (auto _ : state) {
        TrackLod lod(fixes);
        benchmark::DoNotOptimize(lod.runCount());
    }
    state.SetItemsProcessed(state.iterations() * fixes.size());
}
BENCHMARK(BM_TrackLodBuild1M)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TrackLodZoom1M(benchmark::State &state)
{
    const QList<Fix> fixes = walk(1'000'000, 20);
    const TrackLod lod(fixes);
    const int zoom = int(state.range(0));
    qsizetype kept = 0;
    for (auto _ : state) {
        const QList<QList<int>> runs = lod.runsAtTolerance(0.5 * TrackLod::mercatorMetresPerPixel(zoom));
        kept = 0;
        for (const QList<int> &run : runs)
            kept += run.size();
        benchmark::DoNotOptimize(kept);
    }
    state.counters["kept"] = double(kept);
}
BENCHMARK(BM_TrackLodZoom1M)->Arg(8)->Arg(12)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
