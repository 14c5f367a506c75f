// Centre ingest benchmarks (docs/benchmarks.md, "Centre ingest"): tag fixes into the centre's store,
// batches of 1,000 (one minute of 1,000 synthetic tags each, all new), through the whole ingest path
// (FixIngest: JSON parse + validation + one store transaction) and through the store alone, into a
// throwaway PostgreSQL 15 cluster (tests/common/postgrescluster.h) and the embedded SQLite store. Also
// the parse alone, and a batch posted again (all duplicates: a vendor's retry).
//
//   Counter fixes/s: fixes handled per second of wall time. Target: ≥ 20,000 fixes/s into PostgreSQL
//   on the 2-core build machine.
//
// Synthetic devices only (BENCH-TAG-…): no person, no real position. Sizes scale with
// NIGRAN_BENCH_SCALE (default 1.0: 300 batches = 300,000 fixes per benchmark). NIGRAN_BENCH_PG=<libpq
// connection string of an empty database> uses that server instead of a throwaway cluster.

#include "../common/postgrescluster.h"

#include "centre/centrestorefactory.h"
#include "centre/fixingest.h"
#include "centre/vendorbatch.h"
#include "security/clock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace Nigran::Models;
using namespace Nigran::Sync;
using Nigran::Testing::PostgresCluster;

namespace {

constexpr int BatchSize = 1000;

double benchScale()
{
    static const double scale = [] {
        bool ok = false;
        const double value = qEnvironmentVariable("NIGRAN_BENCH_SCALE").toDouble(&ok);
        return ok && value > 0 ? value : 1.0;
    }();
    return scale;
}

int batchCount()
{
    return int(std::max<qint64>(2, std::llround(300 * benchScale())));
}

enum Backend
{
    Sqlite = 0,
    Postgres = 1,
};

struct Environment
{
    QTemporaryDir dir;
    PostgresCluster cluster;
    int counter = 0;
    QDateTime base; ///< fix time of batch 0: a week ago, whole minutes

    Environment()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 7 * 86400;
        base = QDateTime::fromSecsSinceEpoch(now - now % 60, QTimeZone::utc());
    }

    /// A fresh, empty store; null (and the benchmark skipped) when it cannot be made.
    std::unique_ptr<CentreStore> freshStore(Backend backend, benchmark::State &state)
    {
        ++counter;
        QString spec;
        if (backend == Sqlite) {
            spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("centre-%1.db").arg(counter));
        } else if (const QString server = qEnvironmentVariable("NIGRAN_BENCH_PG"); !server.isEmpty()) {
            // An existing server instead of the throwaway cluster (e.g. set up like production, fsync
            // on): the database must be empty, so run one PostgreSQL benchmark at a time.
            spec = server;
        } else {
            if (!PostgresCluster::isAvailable()) {
                state.SkipWithError(qPrintable(PostgresCluster::unavailableReason()));
                return nullptr;
            }
            if (!cluster.start()) {
                state.SkipWithError(qPrintable(cluster.lastError()));
                return nullptr;
            }
            spec = cluster.createDatabase(QStringLiteral("ingest_%1").arg(counter));
        }
        auto store = openCentreStore(spec);
        if (!store) {
            state.SkipWithError(qPrintable(store.error().message));
            return nullptr;
        }
        return std::move(*store);
    }
};

Environment &environment()
{
    static Environment instance;
    return instance;
}

/// Batch `index`: minute `index` of 1,000 tags (around Lahore, a few metres of noise), every field
/// known.
QList<Fix> batch(int index)
{
    QList<Fix> fixes;
    fixes.reserve(BatchSize);
    const QDateTime minute = environment().base.addSecs(qint64(index) * 60);
    for (int tag = 0; tag < BatchSize; ++tag) {
        Fix fix;
        fix.deviceId = QStringLiteral("BENCH-TAG-%1").arg(tag, 5, 10, QLatin1Char('0'));
        fix.fixTime = minute.addMSecs((tag * 37) % 2000);
        fix.deviceTime = fix.fixTime.addMSecs(350);
        const double wobble = std::sin(index * 0.1 + tag);
        fix.latitude = 31.45 + tag * 1e-4 + wobble * 1e-4;
        fix.longitude = 74.25 + tag * 1.3e-4 - wobble * 1e-4;
        fix.accuracyMetres = 4.0 + (tag % 20) * 0.7;
        fix.speedMps = (tag + index) % 5 == 0 ? 12.5 : 0.4;
        fix.source = tag % 10 == 0 ? FixSource::Wifi : FixSource::Gps;
        fix.batteryPercent = 100 - (index / 10 + tag) % 80;
        fix.strap = StrapState::Closed;
        fixes.append(fix);
    }
    return fixes;
}

const char *backendName(Backend backend)
{
    return backend == Sqlite ? "sqlite" : "postgresql";
}

void setRate(benchmark::State &state, qint64 fixes)
{
    state.counters["fixes/s"] = benchmark::Counter(double(fixes), benchmark::Counter::kIsRate);
    state.counters["fixes"] = double(fixes);
}

/// The store alone: begin, storeFixes, commit, one batch per iteration.
void BM_StoreFixes(benchmark::State &state)
{
    const auto backend = Backend(state.range(0));
    state.SetLabel(backendName(backend));
    auto store = environment().freshStore(backend, state);
    if (!store)
        return;
    std::vector<QList<Fix>> batches;
    for (int i = 0; i < batchCount(); ++i)
        batches.push_back(batch(i));
    const QDateTime received = QDateTime::currentDateTimeUtc();
    std::size_t next = 0;
    qint64 stored = 0;
    for (auto _ : state) {
        auto tx = store->begin();
        if (!tx) {
            state.SkipWithError(qPrintable(tx.error().message));
            return;
        }
        auto done = (*tx)->storeFixes(batches[next++], received);
        if (!done || !(*tx)->commit() || done->size() != BatchSize) {
            state.SkipWithError(done ? "a batch was not stored whole" : qPrintable(done.error().message));
            return;
        }
        stored += done->size();
    }
    setRate(state, stored);
}

/// The whole ingest path: the vendor's JSON body parsed and validated, then stored in one transaction.
void BM_FixIngest(benchmark::State &state)
{
    const auto backend = Backend(state.range(0));
    state.SetLabel(backendName(backend));
    auto store = environment().freshStore(backend, state);
    if (!store)
        return;
    std::vector<QByteArray> bodies;
    for (int i = 0; i < batchCount(); ++i)
        bodies.push_back(VendorBatch::encode(batch(i)));
    FixIngest ingest(*store, Clock::system());
    const PeerIdentity vendor { PeerIdentity::Kind::Vendor, QStringLiteral("TAGCO-1"), {},
        QStringLiteral("01") };
    std::size_t next = 0;
    qint64 accepted = 0;
    for (auto _ : state) {
        auto receipt = ingest.ingestBody(vendor, bodies[next++]);
        if (!receipt || receipt->accepted != BatchSize) {
            state.SkipWithError(
                receipt ? "a batch was not stored whole" : qPrintable(receipt.error().message));
            return;
        }
        accepted += receipt->accepted;
    }
    setRate(state, accepted);
    state.counters["bytes/fix"] = double(bodies.front().size()) / BatchSize;
}

/// The whole ingest path with two vendors posting at once (the server's worker threads): one batch's
/// JSON is parsed while another is stored; the store itself stays serialised.
void BM_FixIngestTwoVendors(benchmark::State &state)
{
    const auto backend = Backend(state.range(0));
    static std::unique_ptr<CentreStore> store;
    static std::unique_ptr<FixIngest> ingest;
    static std::vector<QByteArray> bodies;
    if (state.thread_index() == 0) {
        // Set up by the first thread before the loop's start barrier; the others use it after.
        state.SetLabel(backendName(backend));
        store = environment().freshStore(backend, state);
        bodies.clear();
        for (int i = 0; i < batchCount() * state.threads(); ++i)
            bodies.push_back(VendorBatch::encode(batch(i)));
        ingest = store ? std::make_unique<FixIngest>(*store, Clock::system()) : nullptr;
    }
    const PeerIdentity vendor { PeerIdentity::Kind::Vendor,
        QStringLiteral("TAGCO-%1").arg(state.thread_index()), {}, QStringLiteral("01") };
    std::size_t next = std::size_t(state.thread_index());
    for (auto _ : state) {
        if (!ingest) {
            state.SkipWithError("no store");
            break;
        }
        auto receipt = ingest->ingestBody(vendor, bodies[next]);
        next += std::size_t(state.threads());
        if (!receipt || receipt->accepted != BatchSize) {
            state.SkipWithError(
                receipt ? "a batch was not stored whole" : qPrintable(receipt.error().message));
            break;
        }
    }
    // Summed over the threads: fixes of both vendors per second of wall time.
    state.counters["fixes/s"]
        = benchmark::Counter(double(BatchSize) * double(state.iterations()), benchmark::Counter::kIsRate);
}

/// A batch posted again: every fix a duplicate (nothing written).
void BM_FixIngestDuplicates(benchmark::State &state)
{
    const auto backend = Backend(state.range(0));
    state.SetLabel(backendName(backend));
    auto store = environment().freshStore(backend, state);
    if (!store)
        return;
    FixIngest ingest(*store, Clock::system());
    const QList<Fix> fixes = batch(0);
    if (!ingest.ingest(fixes)) {
        state.SkipWithError("the first batch was not stored");
        return;
    }
    qint64 seen = 0;
    for (auto _ : state) {
        auto receipt = ingest.ingest(fixes);
        if (!receipt || receipt->duplicates != BatchSize) {
            state.SkipWithError("a repeated batch was stored again");
            return;
        }
        seen += receipt->duplicates;
    }
    setRate(state, seen);
}

/// VendorBatch::parse alone (JSON + validation), for the share of the parse in BM_FixIngest.
void BM_ParseBatch(benchmark::State &state)
{
    const QByteArray body = VendorBatch::encode(batch(0));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 parsed = 0;
    for (auto _ : state) {
        auto fixes = VendorBatch::parse(body, now);
        if (!fixes || fixes->size() != BatchSize) {
            state.SkipWithError("the batch did not parse");
            return;
        }
        parsed += fixes->size();
        benchmark::DoNotOptimize(fixes);
    }
    setRate(state, parsed);
}

void backends(benchmark::internal::Benchmark *benchmark)
{
    benchmark->ArgName("backend")
        ->Arg(Postgres)
        ->Arg(Sqlite)
        ->Iterations(batchCount())
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_StoreFixes)->Apply(backends);
BENCHMARK(BM_FixIngest)->Apply(backends);
BENCHMARK(BM_FixIngestTwoVendors)->Apply(backends)->Threads(2);
BENCHMARK(BM_FixIngestDuplicates)->Apply(backends);
BENCHMARK(BM_ParseBatch)->Iterations(batchCount())->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
