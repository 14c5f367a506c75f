// Sync benchmarks (Google Benchmark; figures in docs/sync.md). Real processes over loopback TLS: a
// `nigran-centre serve` process (SQLite store; the binary from NIGRAN_CENTRE or <build>/app) seeded once
// by a source office that pushes NIGRAN_SYNC_PEOPLE (10,000) synthetic people with their records
// (person, case, charge, conviction, sentence: five rows each).
//
// BM_InitialSync: a fresh office of the district pulls everything over the real NetworkTransport.
//   Counters: rows/s over the whole sync, the rate of the first and of the last 1,000 rows, bytes per
//   row of message bodies (zstd CBOR); each tenth of the rows is printed with its rate and where the
//   time went (waiting for the centre, or in the office). BM_InitialSync_wire: the same through a
//   pass-through FaultProxy, which counts TCP bytes (TLS and HTTP included).
// BM_ThrottledSyncWithDrops: an office of another district with NIGRAN_SYNC_THROTTLED_PEOPLE (300)
//   people and their records pushes them and pulls them back through a FaultProxy throttled to
//   256 kbit/s each way with 300 ms RTT that cuts every connection at a random byte offset below
//   60 kB (either way); each failed sync is retried until one completes. Counters: drops, syncs
//   needed, batches sent, batches re-sent because they were still pending after a drop, acknowledged
//   batches sent again (must be 0), rows received more than once, responses cut after their headers.

#include "../common/centreprocess.h"
#include "../common/faultproxy.h"
#include "../common/syncfixture.h"

#include "protocol/messagecodec.h"
#include "store/transaction.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <map>
#include <set>

using namespace Nigran;
using Nigran::Testing::CentreProcess;
using Nigran::Testing::FaultPlan;
using Nigran::Testing::FaultProxy;
using Nigran::Testing::NetworkSync;

namespace {

const QString District = QStringLiteral("PB-LHR");

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// Counts what crosses a transport: body bytes, push batches (re-sent or not)
/// and pull pages with the time each page arrived.
class CountingTransport : public Sync::SyncTransport
{
public:
    /// `office`: the office whose session uses this transport, to tell a batch still pending (resent
    /// after a drop: expected) from one already acknowledged (must never be sent again).
    explicit CountingTransport(Sync::SyncTransport &inner, Models::Office *office = nullptr)
        : m_inner(inner)
        , m_office(office)
    {
        m_clock.start();
    }

    void exchange(Sync::Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        const qint64 sentAt = m_clock.nsecsElapsed();
        officeNs += sentAt - m_lastReplyNs;
        bytesUp += request.size();
        QString batchId;
        if (endpoint == Sync::Endpoint::Push) {
            auto push = Sync::MessageCodec::decodePushRequest(request);
            batchId = push ? push->batchId : QString();
            if (sentBatches.count(batchId)) {
                QString pending;
                if (m_office) {
                    auto stored = Models::SyncState::pendingBatch(m_office->database());
                    if (stored && *stored)
                        pending = (*stored)->batchId;
                }
                if (pending == batchId)
                    ++inFlightBatchesResent;
                else
                    ++finishedBatchesResent;
            }
            sentBatches.insert(batchId);
        }
        m_inner.exchange(endpoint, request,
            [this, endpoint, sentAt, reply = std::move(reply)](Models::Result<QByteArray> answer) {
                m_lastReplyNs = m_clock.nsecsElapsed();
                centreNs += m_lastReplyNs - sentAt;
                if (answer) {
                    bytesDown += answer->size();
                    if (endpoint == Sync::Endpoint::Pull) {
                        auto page = Sync::MessageCodec::decodePullResponse(*answer);
                        if (!page)
                            ++truncatedResponses;
                        else {
                            for (const Sync::WireRow &row : std::as_const(page->rows)) {
                                if (!versionsSeen.insert(row.version).second)
                                    ++rowsReceivedAgain;
                            }
                            rows += page->rows.size();
                            pageTimes.push_back({ rows, m_lastReplyNs, centreNs, officeNs });
                        }
                    } else if (endpoint == Sync::Endpoint::Push
                        && !Sync::MessageCodec::decodePushResponse(*answer)) {
                        ++truncatedResponses;
                    }
                }
                reply(std::move(answer));
            });
    }

    /// Rows per second, centre ms and office ms per 1,000 rows between the moments `fromRow` and
    /// `toRow` rows had arrived (page granularity).
    struct Window
    {
        double rowsPerSecond = 0, centreMsPer1000 = 0, officeMsPer1000 = 0;
    };
    Window window(qint64 fromRow, qint64 toRow) const
    {
        PageTime start {}, stop {};
        for (const PageTime &page : pageTimes) {
            if (page.rows <= fromRow)
                start = page;
            if (page.rows >= toRow && stop.rows == 0)
                stop = page;
        }
        const double rowsDone = double(stop.rows - start.rows);
        if (stop.ns <= start.ns || rowsDone <= 0)
            return {};
        return { rowsDone / (double(stop.ns - start.ns) / 1e9),
            double(stop.centreNs - start.centreNs) / 1e6 / rowsDone * 1000,
            double(stop.officeNs - start.officeNs) / 1e6 / rowsDone * 1000 };
    }

    void resetClock() { m_clock.restart(); }

    struct PageTime
    {
        qint64 rows = 0, ns = 0, centreNs = 0, officeNs = 0;
    };
    qint64 bytesUp = 0, bytesDown = 0, rows = 0, rowsReceivedAgain = 0;
    qint64 centreNs = 0, officeNs = 0;
    std::set<QString> sentBatches;
    std::set<qint64> versionsSeen;
    int inFlightBatchesResent = 0, finishedBatchesResent = 0, truncatedResponses = 0;
    std::vector<PageTime> pageTimes;

private:
    Sync::SyncTransport &m_inner;
    Models::Office *m_office;
    QElapsedTimer m_clock;
    qint64 m_lastReplyNs = 0;
};

/// One sync of `office` over a new NetworkTransport to `url`, counted by
/// `counter` (made here).
Models::Result<Sync::SyncReport> countedSync(Models::Office &office,
    const Sync::OfficeCredentials &credentials, const QUrl &url,
    std::unique_ptr<Sync::NetworkTransport> &network, std::unique_ptr<CountingTransport> &counter)
{
    Sync::OfficeCredentials target = credentials;
    target.centreUrl = url;
    network = std::make_unique<Sync::NetworkTransport>(target);
    network->setTimeout(std::chrono::milliseconds(60000));
    counter = std::make_unique<CountingTransport>(*network, &office);
    Sync::SyncSession session(office, *counter);
    std::optional<Models::Result<Sync::SyncReport>> outcome;
    QEventLoop loop;
    session.run([&](Models::Result<Sync::SyncReport> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Writes `people` complete synthetic case files into an office, 200 to a
/// transaction.
Models::Result<> fillOffice(Models::Office &office, qint64 firstIndex, int people)
{
    Testing::RandomEditor editor(office, 1, firstIndex);
    for (int done = 0; done < people;) {
        auto tx = Models::Transaction::begin(office.database());
        if (!tx)
            return tl::unexpected(tx.error());
        for (int i = 0; i < 200 && done < people; ++i, ++done) {
            auto edit = editor.createCase();
            if (!edit)
                return tl::unexpected(edit.error());
        }
        NIGRAN_TRY(tx->commit());
    }
    return {};
}

/// The centre process, seeded once for all benchmarks.
class Centre
{
public:
    static Centre &instance()
    {
        static Centre centre;
        return centre;
    }

    CentreProcess process { workDirectory() };
    QString error;
    int people = 0;
    qint64 rows = 0;
    double seedPushRowsPerSecond = 0;
    double seedFillSeconds = 0;

    /// A fresh office of the district with a bundle for it.
    struct Fresh
    {
        QString directory;
        std::unique_ptr<Models::Office> office;
        Sync::OfficeCredentials credentials;
    };
    std::optional<Fresh> freshOffice(const QString &district = District)
    {
        Fresh fresh;
        fresh.directory = m_tmp.filePath(QStringLiteral("office-%1").arg(++m_offices));
        auto id = Testing::createOffice(fresh.directory, district);
        auto office = id ? Testing::openOffice(fresh.directory) : tl::unexpected(id.error());
        if (!office) {
            error = office.error().message;
            return std::nullopt;
        }
        fresh.office = std::move(*office);
        const auto bundle = process.issueOffice(*id, district);
        if (!bundle) {
            error = process.errorString();
            return std::nullopt;
        }
        auto credentials = NetworkSync::credentials(bundle->pkcs12, bundle->password);
        if (!credentials) {
            error = credentials.error().message;
            return std::nullopt;
        }
        fresh.credentials = *credentials;
        return fresh;
    }

    bool ok() const { return error.isEmpty(); }

private:
    QTemporaryDir m_tmp;
    int m_offices = 0;

    static QString workDirectory()
    {
        static QTemporaryDir dir;
        return dir.path();
    }

    Centre()
    {
        if (CentreProcess::centreBinary().isEmpty()) {
            const QString guess
                = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/nigran-centre");
            if (QFileInfo(guess).isExecutable())
                qputenv("NIGRAN_CENTRE", QFileInfo(guess).canonicalFilePath().toUtf8());
        }
        if (!process.initPki() || !process.start()) {
            error = process.errorString();
            return;
        }
        people = envInt("NIGRAN_SYNC_PEOPLE", 10000);
        auto source = freshOffice();
        if (!source)
            return;
        QElapsedTimer timer;
        timer.start();
        if (auto filled = fillOffice(*source->office, 1, people); !filled) {
            error = filled.error().message;
            return;
        }
        seedFillSeconds = double(timer.elapsed()) / 1000.0;
        rows = Testing::outboxRows(*source->office);
        timer.restart();
        std::unique_ptr<CountingTransport> counter;
        std::unique_ptr<Sync::NetworkTransport> network;
        auto pushed = countedSync(
            *source->office, source->credentials, source->credentials.centreUrl, network, counter);
        if (!pushed) {
            error = pushed.error().message;
            return;
        }
        seedPushRowsPerSecond = double(pushed->applied) / (double(timer.elapsed()) / 1000.0);
        std::fprintf(stderr,
            "seeded the centre: %d people, %lld rows written in %.1f s, "
            "pushed at %.0f rows/s (%d batches)\n",
            people, rows, seedFillSeconds, seedPushRowsPerSecond, pushed->batches);
    }
};

void initialSync(benchmark::State &state, bool throughProxy)
{
    Centre &centre = Centre::instance();
    if (!centre.ok()) {
        state.SkipWithError(qPrintable(centre.error));
        return;
    }
    std::unique_ptr<FaultProxy> proxy;
    if (throughProxy) {
        proxy = std::make_unique<FaultProxy>(
            QHostAddress::LocalHost, quint16(centre.process.port()), FaultPlan {});
        proxy->listen();
    }
    double seconds = 0, first = 0, last = 0;
    qint64 rows = 0, bodyBytes = 0, wireBytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto fresh = centre.freshOffice();
        if (!fresh) {
            state.SkipWithError(qPrintable(centre.error));
            return;
        }
        const QUrl url = proxy ? QUrl(QStringLiteral("https://127.0.0.1:%1").arg(proxy->port()))
                               : fresh->credentials.centreUrl;
        const qint64 wireBefore = proxy ? proxy->stats().bytesUp + proxy->stats().bytesDown : 0;
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<CountingTransport> counter;
        std::unique_ptr<Sync::NetworkTransport> network;
        auto report = countedSync(*fresh->office, fresh->credentials, url, network, counter);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        state.PauseTiming();
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            return;
        }
        rows = report->rowsPulled;
        bodyBytes = counter->bytesUp + counter->bytesDown;
        first = counter->window(0, 1000).rowsPerSecond;
        last = counter->window(std::max<qint64>(0, rows - 1000), rows).rowsPerSecond;
        for (int tenth = 0; tenth < 10; ++tenth) {
            const auto part = counter->window(rows * tenth / 10, rows * (tenth + 1) / 10);
            std::fprintf(stderr,
                "%s: rows %lld-%lld at %.0f rows/s (per 1,000 rows: %.0f ms waiting for the centre, "
                "%.0f ms in the office)\n",
                throughProxy ? "wire" : "direct", rows * tenth / 10, rows * (tenth + 1) / 10,
                part.rowsPerSecond, part.centreMsPer1000, part.officeMsPer1000);
        }
        if (proxy)
            wireBytes = proxy->stats().bytesUp + proxy->stats().bytesDown - wireBefore;
        if (rows != centre.rows)
            state.SkipWithError("the fresh office did not receive every row");
        fresh->office.reset();
        QDir(fresh->directory).removeRecursively();
        state.ResumeTiming();
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = double(rows) / seconds;
    state.counters["first_1000_rows_per_s"] = first;
    state.counters["last_1000_rows_per_s"] = last;
    state.counters["body_bytes_per_row"] = double(bodyBytes) / double(std::max<qint64>(1, rows));
    if (proxy)
        state.counters["wire_bytes_per_row"] = double(wireBytes) / double(std::max<qint64>(1, rows));
}

void BM_InitialSync(benchmark::State &state)
{
    initialSync(state, false);
}
BENCHMARK(BM_InitialSync)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_InitialSync_wire(benchmark::State &state)
{
    initialSync(state, true);
}
BENCHMARK(BM_InitialSync_wire)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ThrottledSyncWithDrops(benchmark::State &state)
{
    Centre &centre = Centre::instance();
    if (!centre.ok()) {
        state.SkipWithError(qPrintable(centre.error));
        return;
    }
    const int people = envInt("NIGRAN_SYNC_THROTTLED_PEOPLE", 300);
    int truncated = 0;
    int syncs = 0, drops = 0, inFlight = 0, finished = 0, refetched = 0, batches = 0;
    qint64 pushed = 0, pulled = 0;
    for (auto _ : state) {
        state.PauseTiming();
        // Another district, so that the pull carries only this office's own rows
        // back.
        auto fresh = centre.freshOffice(QStringLiteral("PB-FSD"));
        if (!fresh) {
            state.SkipWithError(qPrintable(centre.error));
            return;
        }
        if (auto filled = fillOffice(*fresh->office, 5'000'000, people); !filled) {
            state.SkipWithError(qPrintable(filled.error().message));
            return;
        }
        FaultPlan plan;
        plan.bytesPerSecond = 256 * 1000 / 8;
        plan.latencyMs = 150; // RTT 300 ms
        plan.cutProbability = 1.0; // every connection is cut somewhere in its first 60 kB, either way
        plan.cutWithinBytes = 60000;
        plan.seed = 42;
        FaultProxy proxy(QHostAddress::LocalHost, quint16(centre.process.port()), plan);
        proxy.listen();
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
        Sync::OfficeCredentials credentials = fresh->credentials;
        credentials.centreUrl = url;
        state.ResumeTiming();

        // One counter across the retries: it sees every batch and page the office
        // ever sends.
        auto network = std::make_unique<Sync::NetworkTransport>(credentials);
        network->setTimeout(std::chrono::milliseconds(60000));
        CountingTransport counter(*network, fresh->office.get());
        std::optional<Models::Result<Sync::SyncReport>> outcome;
        Sync::SyncReport total;
        for (syncs = 1; syncs <= 200; ++syncs) {
            Sync::SyncSession session(*fresh->office, counter);
            outcome.reset();
            QEventLoop loop;
            session.run([&](Models::Result<Sync::SyncReport> result) {
                outcome = std::move(result);
                loop.quit();
            });
            if (!outcome)
                loop.exec();
            if (*outcome) {
                total.applied += (*outcome)->applied;
                total.rowsPulled += (*outcome)->rowsPulled;
                total.batches += (*outcome)->batches;
                break;
            }
            // Count what the failed attempt acknowledged too (its batches and pages
            // are committed).
            pause(200);
        }
        state.PauseTiming();
        if (!outcome || !*outcome) {
            state.SkipWithError("the throttled sync did not complete in 200 attempts");
            return;
        }
        drops = proxy.stats().cutsUp + proxy.stats().cutsDown;
        inFlight = counter.inFlightBatchesResent;
        finished = counter.finishedBatchesResent;
        refetched = int(counter.rowsReceivedAgain);
        truncated = counter.truncatedResponses;
        batches = int(counter.sentBatches.size());
        pushed = Testing::outboxRows(*fresh->office);
        pulled = counter.rows;
        fresh->office.reset();
        QDir(fresh->directory).removeRecursively();
        state.ResumeTiming();
    }
    state.counters["syncs"] = syncs;
    state.counters["drops"] = drops;
    state.counters["batches_sent"] = batches;
    state.counters["responses_cut_after_headers"] = truncated;
    state.counters["batches_resent_in_flight"] = inFlight;
    state.counters["finished_batches_resent"] = finished;
    state.counters["rows_received_again"] = refetched;
    state.counters["outbox_left"] = double(pushed);
    state.counters["rows_pulled"] = double(pulled);
}
BENCHMARK(BM_ThrottledSyncWithDrops)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
