// Crime-scene correlation benchmark (docs/benchmarks.md, "Correlation"): 1,000 monitored offenders
// × 30 days at one fix a minute (about 43M fixes) in a real SQLCipher fix store, every offender living
// and working in Lahore (one district's caseload: no one is ruled out by the R*Tree's distance
// filter alone, the worst case). Each iteration correlates one scene — 500 m, a 2 h window, around
// a random offender's position at a random time — against all 1,000 offenders. Target: under 1 s.
// A second variant puts the scenes in Karachi, out of everyone's reach.
//
// Synthetic offenders only (SyntheticTrack: device ids, no people). The store is built once and kept
// in $TMPDIR/nigran-bench/ (a benchmark-only key; building takes several minutes). Sizes scale with
// NIGRAN_BENCH_SCALE (offenders; default 1.0; CI runs 0.01). Measure in a Release build.

#include "monitoring/crimescenecorrelator.h"
#include "monitoring/fixstore.h"
#include "monitoring/synthetictrack.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/transaction.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Nigran::Models;

namespace {

constexpr int FullOffenders = 1000;
constexpr int Days = 30;
constexpr quint64 Seed = 2026;
/// 00:00 PKT, Monday 2 March 2026.
const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::UTC);

int offenders()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("NIGRAN_BENCH_SCALE").toDouble(&ok);
    return std::max(1, int(std::lround(FullOffenders * (ok && scale > 0 ? scale : 1.0))));
}

QString deviceId(int i)
{
    return QStringLiteral("TAG-B%1").arg(i, 5, 10, QLatin1Char('0'));
}

SyntheticTrack track(int i)
{
    SyntheticTrack::Settings settings;
    settings.stillIntervalSeconds = 60; // one fix a minute all day
    settings.cityIndex = 0; // Lahore
    return SyntheticTrack(deviceId(i), Seed, settings);
}

SecureBytes benchKey()
{
    // A benchmark-only key: the store holds synthetic device tracks and nothing else.
    return SecureBytes(QByteArray(Database::KeySize, char(0x5a)));
}

QString storePath()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/nigran-bench");
    QDir().mkpath(dir);
    return dir
        + QStringLiteral("/fixes-%1x%2-schema%3-v1.db")
              .arg(offenders())
              .arg(Days)
              .arg(Migrator::latestVersion());
}

/// Opens the cached store, building it first if needed (in a temporary file, renamed when complete).
Result<Database> openStore()
{
    const QString path = storePath();
    if (!QFile::exists(path)) {
        const QString building = path + QStringLiteral(".building");
        QFile::remove(building);
        std::fprintf(
            stderr, "building %s (%d offenders x %d days) ...\n", qPrintable(path), offenders(), Days);
        const auto began = std::chrono::steady_clock::now();
        {
            auto db = Database::open(building, benchKey(), { .create = true, .cacheSizeKiB = 1024 * 1024 });
            if (!db)
                return tl::unexpected(db.error());
            NIGRAN_TRY(Migrator::migrate(*db));
            FixStore store(*db);
            qint64 total = 0;
            for (int i = 0; i < offenders(); ++i) {
                const SyntheticTrack t = track(i);
                auto tx = Transaction::begin(*db);
                if (!tx)
                    return tl::unexpected(tx.error());
                for (int day = 0; day < Days; ++day) {
                    const auto fixes = t.fixes(Start.addDays(day), Start.addDays(day + 1));
                    auto added = store.add(fixes);
                    if (!added)
                        return tl::unexpected(added.error());
                    total += added->added;
                }
                NIGRAN_TRY(tx->commit());
                if ((i + 1) % 50 == 0)
                    std::fprintf(stderr, "  %d offenders, %lld fixes, %.0f s\n", i + 1, qlonglong(total),
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count());
            }
            NIGRAN_TRY(db->exec("ANALYZE"));
        }
        if (!QFile::rename(building, path))
            return fail(ErrorCode::Io, QStringLiteral("cannot rename %1").arg(building));
    }
    return Database::open(path, benchKey(), {});
}

/// Scenes around random offenders' positions at random times (not in the first or last day); with
/// `elsewhere`, the same scenes moved to Karachi, 1,000 km from every offender.
QList<CrimeScene> scenes(int count, bool elsewhere)
{
    std::mt19937_64 random(99);
    QList<CrimeScene> out;
    while (out.size() < count) {
        const int who = int(random() % quint64(offenders()));
        const QDateTime at = Start.addSecs(qint64(86400 + random() % quint64((Days - 2) * 86400)));
        const auto fixes = track(who).fixes(at, at.addSecs(600));
        if (fixes.isEmpty())
            continue;
        CrimeScene scene;
        scene.latitude = fixes.first().latitude;
        scene.longitude = fixes.first().longitude;
        if (elsewhere) {
            const auto &karachi = SyntheticTrack::cities()[1];
            scene.latitude += karachi.latitude - SyntheticTrack::cities()[0].latitude;
            scene.longitude += karachi.longitude - SyntheticTrack::cities()[0].longitude;
        }
        scene.radiusMetres = 500;
        scene.from = at.addSecs(-3600);
        scene.to = at.addSecs(3600);
        out.append(scene);
    }
    return out;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size()))) - 1);
    return values[index];
}

void BM_Correlate(benchmark::State &state)
{
    auto db = openStore();
    if (!db) {
        state.SkipWithError(qPrintable(db.error().message));
        return;
    }
    FixStore store(*db);
    const qint64 fixes = store.fixCount().value_or(0);
    QList<CorrelationSubject> subjects;
    for (int i = 0; i < offenders(); ++i)
        subjects.append({ QStringLiteral("P%1").arg(i), deviceId(i) });
    const auto all = scenes(64, state.range(0) == 1);
    CrimeSceneCorrelator correlator(store);
    std::vector<double> ms;
    double present = 0, could = 0, excluded = 0;
    qsizetype next = 0;
    for (auto _ : state) {
        const CrimeScene &scene = all[next++ % all.size()];
        const auto began = std::chrono::steady_clock::now();
        auto results = correlator.correlate(scene, subjects);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count());
        if (!results) {
            state.SkipWithError(qPrintable(results.error().message));
            return;
        }
        for (const auto &r : *results) {
            present += r.presence == ScenePresence::Present;
            could += r.presence == ScenePresence::CouldHaveBeen;
            excluded += r.presence == ScenePresence::Excluded;
        }
        benchmark::DoNotOptimize(results);
    }
    const double n = double(ms.size());
    state.counters["fixes_in_store"] = double(fixes);
    state.counters["offenders"] = offenders();
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
    state.counters["present"] = present / n;
    state.counters["could_have_been"] = could / n;
    state.counters["excluded"] = excluded / n;
}
// scene:0 in Lahore among the offenders (every one read in full around the window); scene:1 in
// Karachi (the R*Tree rules every one out; only the window's blocks are read, for the evidence).
BENCHMARK(BM_Correlate)->ArgName("scene")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(64);

} // namespace

BENCHMARK_MAIN();
