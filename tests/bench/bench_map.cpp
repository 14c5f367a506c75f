// Map benchmark (issue 5): render a synthetic 1M-fix track, with the base map, zones and alerts, into
// an offscreen 1280×800 image at several zooms. Target: every frame under 16 ms after simplification.
//
// The track is two years of one fictional offender in Lahore at 1 fix/min: nights at home, days at
// work or elsewhere, trips between them on a grid of streets, GPS noise, and a signal gap on about
// one day in three. Each zoom is measured cold (the first frame builds that level of detail) and
// then over frames panned a little each time, as when dragging. Set NIGRAN_BENCH_MAP_PNG to a
// directory to save the first frame of each zoom for checking by eye.
//
// Needs nigran_ui: in tests/bench/CMakeLists.txt,
//     if(TARGET bench_map)
//         target_link_libraries(bench_map PRIVATE nigran_ui)
//     endif()

#include "map/alertlayer.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/zonelayer.h"

#include "monitoring/fix.h"
#include "monitoring/geo.h"
#include "monitoring/zone.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGeoCircle>
#include <QImage>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace {

using namespace Nigran::Gui;
using namespace Nigran::Models;

constexpr double HomeLat = 31.5204, HomeLon = 74.3587;

struct Place
{
    double lat, lon;
};

/// Places the offender goes: home first, then work and others, within about 12 km.
QList<Place> places()
{
    QList<Place> list { { HomeLat, HomeLon } };
    const double offsets[][2]
        = { { 6200, 3100 }, { -4800, 5200 }, { 9100, -6400 }, { -2500, -7300 }, { 1200, 11000 } };
    for (const auto &o : offsets) {
        double lat = HomeLat, lon = HomeLon;
        Geo::offsetMetres(lat, lon, o[0], o[1]);
        list.append({ lat, lon });
    }
    return list;
}

class TrackWriter
{
public:
    explicit TrackWriter(qsizetype count)
        : m_count(count)
        , m_time(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC)
    {
        m_fixes.reserve(count);
    }

    bool full() const { return m_fixes.size() >= m_count; }
    QList<Fix> take() { return std::move(m_fixes); }

    void add(double lat, double lon, double noiseMetres)
    {
        if (full())
            return;
        double y = lat, x = lon;
        Geo::offsetMetres(
            y, x, (m_random.bounded(2.0) - 1) * noiseMetres, (m_random.bounded(2.0) - 1) * noiseMetres);
        Fix fix;
        fix.id = m_fixes.size() + 1;
        fix.deviceId = QStringLiteral("SYN-TAG-0001");
        fix.fixTime = m_time;
        fix.latitude = y;
        fix.longitude = x;
        fix.accuracyMetres = 3 + noiseMetres;
        m_fixes.append(std::move(fix));
        m_time = m_time.addSecs(60);
    }
    void silence(int minutes) { m_time = m_time.addSecs(60LL * minutes); }

    /// Stays at a place for `minutes`.
    void dwell(const Place &place, int minutes)
    {
        for (int m = 0; m < minutes && !full(); ++m)
            add(place.lat, place.lon, 8);
    }
    /// Drives on a street grid: east–west first, then north–south, at about 8 m/s.
    void drive(const Place &from, const Place &to, bool gap)
    {
        const double east
            = (to.lon - from.lon) * Geo::MetresPerDegree * std::cos(from.lat * std::numbers::pi / 180);
        const double north = (to.lat - from.lat) * Geo::MetresPerDegree;
        const double total = std::abs(east) + std::abs(north);
        const int steps = std::max(1, int(total / 480));
        for (int s = 1; s <= steps && !full(); ++s) {
            if (gap && s == steps / 2)
                silence(25); // a signal gap mid-trip (a tunnel, a dead tag)
            double walked = total * s / steps, lat = from.lat, lon = from.lon;
            const double along = std::min(walked, std::abs(east));
            Geo::offsetMetres(lat, lon, std::copysign(along, east), 0);
            Geo::offsetMetres(lat, lon, 0, std::copysign(std::max(0.0, walked - std::abs(east)), north));
            add(lat, lon, 5);
        }
    }
    QRandomGenerator &random() { return m_random; }

private:
    qsizetype m_count;
    QDateTime m_time;
    QList<Fix> m_fixes;
    QRandomGenerator m_random { 2026 };
};

const QList<Fix> &millionFixTrack()
{
    static const QList<Fix> track = [] {
        const QList<Place> where = places();
        TrackWriter writer(1'000'000);
        while (!writer.full()) {
            // Night at home, then one to three outings.
            writer.dwell(where[0], 8 * 60 + int(writer.random().bounded(120)));
            const int outings = 1 + int(writer.random().bounded(3));
            int at = 0;
            for (int o = 0; o < outings; ++o) {
                const int next = 1 + int(writer.random().bounded(int(where.size()) - 1));
                writer.drive(where[at], where[next], writer.random().bounded(3) == 0);
                writer.dwell(where[next], 60 + int(writer.random().bounded(8 * 60)));
                at = next;
            }
            writer.drive(where[at], where[0], false);
            writer.dwell(where[0], 4 * 60);
        }
        return writer.take();
    }();
    return track;
}

struct Scene
{
    MapView view;
    TrackLayer *track = nullptr;

    Scene()
    {
        view.resize(1280, 800);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        view.addLayer(new BaseMapLayer);
        const QList<Fix> &fixes = millionFixTrack();
        QList<Zone> zones;
        for (int i = 0; i < 20; ++i) {
            double lat = HomeLat, lon = HomeLon;
            Geo::offsetMetres(lat, lon, 700.0 * (i % 5) - 1400, 900.0 * (i / 5) - 1400);
            zones.append(
                *Zone::create(QString::number(i), 1, i == 0 ? ZoneKind::Inclusion : ZoneKind::Exclusion,
                    QGeoCircle(QGeoCoordinate(lat, lon), 150), 50));
        }
        auto *zoneLayer = new ZoneLayer;
        zoneLayer->setZones(zones);
        view.addLayer(zoneLayer);
        track = new TrackLayer;
        track->setTrack(fixes);
        track->setReferenceTime(fixes.last().fixTime.addSecs(120));
        view.addLayer(track);
        QList<AlertMarker> alerts;
        for (int i = 0; i < 50; ++i) {
            const Fix &fix = fixes[qsizetype(i) * 19'997];
            alerts.append({ QGeoCoordinate(fix.latitude, fix.longitude), AlertKind::ZoneEntry, i == 7 });
        }
        auto *alertLayer = new AlertLayer;
        alertLayer->setMarkers(alerts);
        view.addLayer(alertLayer);
        // NIGRAN_BENCH_MAP_LAYERS=base,zones,track,alerts: draw only these (to see what costs what).
        if (const QString only = qEnvironmentVariable("NIGRAN_BENCH_MAP_LAYERS"); !only.isEmpty()) {
            const QStringList names { QStringLiteral("base"), QStringLiteral("zones"),
                QStringLiteral("track"), QStringLiteral("alerts") };
            const QList<MapLayer *> layers = view.layers();
            for (qsizetype i = 0; i < layers.size(); ++i)
                layers[i]->setVisible(only.split(QLatin1Char(',')).contains(names.value(i)));
        }
    }
};

std::unique_ptr<Scene> g_scene; // destroyed before the application object

Scene &scene()
{
    if (!g_scene)
        g_scene = std::make_unique<Scene>();
    return *g_scene;
}

void reportPercentiles(benchmark::State &state, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms[std::min(ms.size() - 1, std::size_t(p * double(ms.size())))]; };
    double sum = 0;
    for (double v : ms)
        sum += v;
    state.counters["mean_ms"] = sum / double(ms.size());
    state.counters["p50_ms"] = at(0.5);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = ms.back();
    state.counters["frames"] = double(ms.size());
    state.counters["over_16ms"]
        = double(std::count_if(ms.begin(), ms.end(), [](double v) { return v > 16.0; }));
}

/// Arg: zoom × 10 (fractional zooms are what a pinch or wheel produces).
void BM_RenderTrack1M(benchmark::State &state)
{
    Scene &s = scene();
    const double zoom = double(state.range(0)) / 10.0;
    // The view starts at a point of the track near home (the busiest place), panned 40 px a frame.
    s.view.setCentre(QGeoCoordinate(HomeLat + 0.004, HomeLon + 0.006));
    s.view.setZoom(zoom);
    QImage image(1280, 800, QImage::Format_ARGB32_Premultiplied);

    QElapsedTimer cold;
    cold.start();
    s.view.render(&image);
    state.counters["first_frame_ms"] = double(cold.nsecsElapsed()) / 1e6;
    if (const QString dir = qEnvironmentVariable("NIGRAN_BENCH_MAP_PNG"); !dir.isEmpty())
        image.save(QDir(dir).filePath(QStringLiteral("map-z%1.png").arg(zoom)));

    std::vector<double> ms;
    qsizetype segments = 0;
    int frame = 0;
    for (auto _ : state) {
        s.view.panBy(QPointF(frame % 40 < 20 ? 40 : -40, frame % 80 < 40 ? 15 : -15));
        ++frame;
        QElapsedTimer timer;
        timer.start();
        s.view.render(&image);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        segments = std::max(segments, s.track->lastDrawnSegmentCount());
        benchmark::DoNotOptimize(image.constBits());
    }
    reportPercentiles(state, ms);
    state.counters["max_segments"] = double(segments);
}
BENCHMARK(BM_RenderTrack1M)
    ->Arg(60)
    ->Arg(90)
    ->Arg(110)
    ->Arg(125)
    ->Arg(140)
    ->Arg(160)
    ->Arg(180)
    ->Iterations(60)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const qsizetype fixes = millionFixTrack().size();
    const double generated = double(timer.elapsed());
    timer.restart();
    scene();
    std::fprintf(stderr,
        "track of %lld fixes generated in %.0f ms; layers (TrackLod, segmentation) built in %lld ms\n",
        static_cast<long long>(fixes), generated, static_cast<long long>(timer.elapsed()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_scene.reset();
    return 0;
}
