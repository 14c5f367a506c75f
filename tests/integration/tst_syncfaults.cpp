// Randomised sync through a bad link (SYNC.md principles 4, 6 and 10): one real `nigran-centre serve`
// process (SQLite store) for the whole test, a FaultProxy in front of it, and in each run two fresh
// offices of one district (a different district each run, so runs stay small) that make a few random
// edits and then sync at the same time through the proxy, which cuts connections at random byte
// offsets in either direction (a cut response makes the office send the same batch again), replays
// finished connections' bytes to the centre and delays every chunk. A failed sync is retried (at most
// MaxAttempts times per office and run); then each office syncs cleanly, straight to the centre.
//
// Each run must end with
//   - identical data: every row (register and conflicts, with version, HLC, origin, tombstone and body)
//     the same at both offices and at the centre, no outbox and no pending batch left;
//   - nothing lost: every row each office wrote is at the centre with the HLC and body it was written
//     with;
//   - nothing applied twice: the centre handed out exactly as many versions as there were distinct
//     changed rows in the two outboxes, holds no conflict, and stored exactly one batch per batch the
//     office acknowledged.
// A failure names the run's seed; NIGRAN_SEED=<seed> NIGRAN_FAULT_RUNS=1 repeats that run alone.

#include "../common/centreprocess.h"
#include "../common/faultproxy.h"
#include "../common/officefixture.h"
#include "../common/syncfixture.h"
#include "../common/testsupport.h"

#include "centre/centrestorefactory.h"
#include "domain/districtlist.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <random>

using namespace Nigran;
using Nigran::Testing::CentreProcess;
using Nigran::Testing::FaultPlan;
using Nigran::Testing::FaultProxy;
using Nigran::Testing::NetworkSync;

namespace {

constexpr int MaxAttempts = 60;

/// A line of syncfixture's digest without the version (which the centre assigns on the way).
QString withoutVersion(const QString &line)
{
    QStringList parts = line.split(u' ');
    parts.removeAt(3);
    return parts.join(u' ');
}

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = i < a.size() ? a.at(i) : QStringLiteral("(none)");
        const QString right = i < b.size() ? b.at(i) : QStringLiteral("(none)");
        if (left != right)
            return QStringLiteral("row %1: %2 <> %3 (%4 and %5 rows)")
                .arg(i)
                .arg(left, right)
                .arg(a.size())
                .arg(b.size());
    }
    return {};
}

/// One office of a run: its store, its bundle's credentials and its sync.
struct RunOffice
{
    QString directory;
    std::unique_ptr<Models::Office> office;
    std::unique_ptr<NetworkSync> sync;
    int attempts = 0;
    int failures = 0;
    bool done = false;
    QString lastError;
    Sync::SyncReport report;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    CentreProcess m_centre;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;

    QString centreDb() const { return m_centre.workDirectory() + QStringLiteral("/centre.db"); }

    /// Reads one number from the centre's SQLite store (a second reader beside the running centre).
    qint64 centreNumber(const char *sql, const QString &officeId = {})
    {
        auto db = Models::Database::openUnencrypted(centreDb(), { .create = false, .readOnly = true });
        if (!db)
            return -1;
        auto stmt = db->prepare(sql);
        if (!stmt)
            return -1;
        if (!officeId.isEmpty())
            stmt->bindAll(officeId);
        return stmt->step().value_or(false) ? stmt->int64(0) : -1;
    }
    qint64 centreVersions() { return centreNumber("SELECT value FROM centre_seq"); }
    qint64 centreBatches(const QString &officeId)
    {
        return centreNumber("SELECT count(*) FROM centre_batches WHERE office_id = ?", officeId);
    }

    /// Creates an office of `district` with a bundle issued for it.
    bool makeOffice(RunOffice &run, const QString &directory, const QString &district, QString &error)
    {
        run.directory = directory;
        auto id = Testing::createOffice(directory, district);
        if (!id)
            return (error = id.error().message), false;
        auto office = Testing::openOffice(directory);
        if (!office)
            return (error = office.error().message), false;
        run.office = std::move(*office);
        const auto bundle = m_centre.issueOffice(*id, district);
        if (!bundle)
            return (error = m_centre.errorString()), false;
        auto credentials = NetworkSync::credentials(bundle->pkcs12, bundle->password);
        if (!credentials)
            return (error = credentials.error().message), false;
        run.sync = std::make_unique<NetworkSync>(*run.office, *credentials);
        run.sync->setTimeout(std::chrono::milliseconds(8000));
        return true;
    }

    /// Syncs every office through `via` at the same time, retrying each failed sync after a short
    /// random pause, until each succeeded once or ran out of attempts.
    static void syncAll(
        const std::vector<RunOffice *> &offices, const QUrl &via, int maxAttempts, std::mt19937 &random)
    {
        QObject context;
        for (RunOffice *run : offices) {
            run->attempts = run->failures = 0;
            run->done = false;
        }
        std::function<void(RunOffice *)> attempt = [&](RunOffice *run) {
            ++run->attempts;
            run->sync->start(via, [&, run](Models::Result<Sync::SyncReport> report) {
                if (report) {
                    run->done = true;
                    run->report = *report;
                    return;
                }
                ++run->failures;
                run->lastError = report.error().message;
                if (run->attempts >= maxAttempts)
                    return;
                QTimer::singleShot(
                    std::uniform_int_distribution<int>(0, 30)(random), &context, [&, run] { attempt(run); });
            });
        };
        for (RunOffice *run : offices)
            attempt(run);
        const auto settled = [&] {
            return std::all_of(offices.begin(), offices.end(), [&](RunOffice *run) {
                return run->done || (run->attempts >= maxAttempts && !run->sync->isRunning());
            });
        };
        QDeadlineTimer deadline(120000);
        while (!settled() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CentreProcess::centreBinary().isEmpty(), "NIGRAN_CENTRE is not set (run through ctest)");
        QVERIFY2(m_centre.initPki(), qPrintable(m_centre.errorString()));
        m_centre.setServeArguments({ QStringLiteral("--timeout-s"), QStringLiteral("5") });
        QVERIFY2(m_centre.start(), qPrintable(m_centre.errorString()));
        m_proxy
            = std::make_unique<FaultProxy>(QHostAddress::LocalHost, quint16(m_centre.port()), FaultPlan {});
        QVERIFY(m_proxy->listen() != 0);
    }

    void randomisedRunsEndIdenticalWithNothingLostOrDoubled()
    {
        const int runs = qEnvironmentVariableIsSet("NIGRAN_FAULT_RUNS")
            ? qEnvironmentVariableIntValue("NIGRAN_FAULT_RUNS")
            : 200;
        const quint32 firstSeed = qEnvironmentVariableIsSet("NIGRAN_SEED")
            ? quint32(qEnvironmentVariableIntValue("NIGRAN_SEED"))
            : 4000u;
        QStringList districts;
        for (const Models::District &district : Models::DistrictList::builtIn().all())
            districts << district.code;
        QVERIFY(districts.size() > 100);

        auto store = Sync::openCentreStore(QStringLiteral("sqlite:") + centreDb());
        NIGRAN_VERIFY_OK(store);

        QElapsedTimer elapsed;
        elapsed.start();
        qint64 totalAttempts = 0, totalFailures = 0, totalRows = 0, totalChanges = 0;
        int maxAttempts = 0, runsWithRetries = 0;
        qint64 phaseMs[5] = {};
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = firstSeed + quint32(run);
            const QString context
                = QStringLiteral("run %1, seed %2 (repeat: NIGRAN_SEED=%2 NIGRAN_FAULT_RUNS=1)")
                      .arg(run)
                      .arg(seed);
            std::mt19937 random(seed);
            const QString district = districts.at((seed * 7919u) % districts.size());

            QElapsedTimer phase;
            phase.start();
            RunOffice a, b;
            QString error;
            QVERIFY2(makeOffice(a, m_dir.filePath(QStringLiteral("%1a").arg(seed)), district, error),
                qPrintable(context + error));
            QVERIFY2(makeOffice(b, m_dir.filePath(QStringLiteral("%1b").arg(seed)), district, error),
                qPrintable(context + error));

            phaseMs[0] += phase.restart();
            // A few random edits at each office (their own people only, so no conflict is expected).
            QHash<QString, QString> written; // table/id -> line without version, as each office wrote it
            qint64 expectedChanges = 0;
            for (RunOffice *office : { &a, &b }) {
                Testing::RandomEditor editor(
                    *office->office, random(), qint64(seed) * 100 + (office == &a ? 0 : 50));
                const int edits = std::uniform_int_distribution<int>(1, 4)(random);
                for (int i = 0; i < edits; ++i) {
                    auto edit = editor.editOnce();
                    QVERIFY2(edit, qPrintable(context + (edit ? QString() : edit.error().message)));
                }
                expectedChanges += Testing::outboxRows(*office->office);
                auto lines = Testing::officeRegisterLines(*office->office);
                NIGRAN_VERIFY_OK(lines);
                for (const QString &line : std::as_const(*lines))
                    written.insert(line.section(u' ', 0, 1), withoutVersion(line));
            }
            const qint64 versionsBefore = centreVersions();
            phaseMs[1] += phase.restart();

            FaultPlan plan;
            plan.seed = random();
            plan.cutProbability = std::uniform_real_distribution<double>(0.2, 0.85)(random);
            plan.cutWithinBytes = std::uniform_int_distribution<int>(64, 4000)(random);
            plan.replayProbability = 0.3;
            plan.latencyMs = std::uniform_int_distribution<int>(0, 15)(random);
            plan.latencyJitterMs = 10;
            m_proxy->setPlan(plan);
            syncAll({ &a, &b }, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port())),
                MaxAttempts, random);
            for (RunOffice *office : { &a, &b })
                QVERIFY2(office->done,
                    qPrintable(context
                        + QStringLiteral(": no sync succeeded in %1 attempts through the proxy: %2")
                              .arg(office->attempts)
                              .arg(office->lastError)));
            for (RunOffice *office : { &a, &b }) {
                totalAttempts += office->attempts;
                totalFailures += office->failures;
                maxAttempts = std::max(maxAttempts, office->attempts);
            }
            runsWithRetries += (a.failures + b.failures) > 0 ? 1 : 0;
            phaseMs[2] += phase.restart();

            // Then a clean sync of both at once, straight to the centre: each pulls the other's rows.
            syncAll({ &a, &b }, m_centre.url(), 1, random);
            for (RunOffice *office : { &a, &b }) {
                QVERIFY2(
                    office->done, qPrintable(context + QStringLiteral(": clean sync: ") + office->lastError));
                QCOMPARE(office->report.rejected, 0);
                QCOMPARE(office->report.conflicts, 0);
            }
            phaseMs[3] += phase.restart();
            // Identical data everywhere.
            auto centre = Testing::centreRegisterLines(**store, district);
            NIGRAN_VERIFY_OK(centre);
            for (RunOffice *office : { &a, &b }) {
                auto lines = Testing::officeRegisterLines(*office->office);
                NIGRAN_VERIFY_OK(lines);
                QVERIFY2(*lines == *centre,
                    qPrintable(context + QStringLiteral(": ") + firstDifference(*lines, *centre)));
                QCOMPARE(Testing::count(*office->office, "SELECT count(*) FROM outbox"), 0);
                QCOMPARE(Testing::count(*office->office, "SELECT count(*) FROM sync_batches"), 0);
            }

            // Nothing lost: each row as its office wrote it is at the centre.
            QHash<QString, QString> atCentre;
            for (const QString &line : std::as_const(*centre))
                atCentre.insert(line.section(u' ', 0, 1), withoutVersion(line));
            for (auto row = written.cbegin(); row != written.cend(); ++row)
                QVERIFY2(atCentre.value(row.key()) == row.value(),
                    qPrintable(
                        context + QStringLiteral(": %1 is not at the centre as written").arg(row.key())));

            // Nothing applied twice.
            const qint64 versions = centreVersions() - versionsBefore;
            QVERIFY2(versions == expectedChanges,
                qPrintable(context
                    + QStringLiteral(": the centre assigned %1 versions for %2 changed rows")
                          .arg(versions)
                          .arg(expectedChanges)));
            for (const QString &line : std::as_const(*centre))
                QVERIFY2(!line.startsWith(QLatin1String("sync_conflicts")), qPrintable(context + line));
            for (RunOffice *office : { &a, &b }) {
                const qint64 acknowledged = Testing::auditCount(*office->office, "sync-push");
                QVERIFY2(centreBatches(office->office->officeId()) == acknowledged,
                    qPrintable(context
                        + QStringLiteral(": the centre stored %1 batches, the office acknowledged %2")
                              .arg(centreBatches(office->office->officeId()))
                              .arg(acknowledged)));
            }
            phaseMs[4] += phase.restart();
            totalRows += centre->size();
            totalChanges += expectedChanges;

            for (RunOffice *office : { &a, &b }) {
                office->sync.reset();
                office->office.reset();
                QDir(office->directory).removeRecursively();
            }
        }
        QVERIFY(m_centre.isRunning());
        const Testing::FaultStats &stats = m_proxy->stats();
        qInfo("%d runs in %lld ms (seeds %u..%u): %lld changed rows applied once each, %lld rows compared; "
              "sync "
              "attempts through the proxy %lld, failed %lld, most attempts by one office in a run %d, runs "
              "with "
              "retries %d; proxy: %s",
            runs, elapsed.elapsed(), firstSeed, firstSeed + quint32(runs) - 1, totalChanges, totalRows,
            totalAttempts, totalFailures, maxAttempts, runsWithRetries, qPrintable(stats.summary()));
        qInfo("time: offices and bundles %lld ms, edits %lld ms, syncs through the proxy %lld ms, clean "
              "syncs %lld "
              "ms, checks %lld ms",
            phaseMs[0], phaseMs[1], phaseMs[2], phaseMs[3], phaseMs[4]);
        QVERIFY2(
            runs < 20 || (stats.cutsUp > 0 && stats.cutsDown > 0 && stats.replays > 0 && totalFailures > 0),
            "the proxy injected too few faults for the test to mean anything");
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        QVERIFY2(m_centre.stop(), qPrintable(m_centre.serverLog().right(2000)));
    }
};

// The offices and the centre's store live in memory (/dev/shm) when it is there: this test is about
// the protocol under a bad link, not about the disk, and 400 office stores cost minutes of fsync on a
// shared disk. tst_synccrash keeps its stores on disk.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("NIGRAN_FAULTS_ON_DISK")
        && QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        qputenv("TMPDIR", "/dev/shm");
    QCoreApplication app(argc, argv);
    TestSyncFaults test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_syncfaults.moc"
