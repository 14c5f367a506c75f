// SyncScheduler with a hand-driven timer, a fixed random source and a real office syncing with an
// in-process centre: the backoff grows and is jittered within its bounds, resets after a success, a
// sync on demand runs during a backoff, two syncs never overlap, and the counts and progress follow.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "client/loopbacktransport.h"
#include "client/syncscheduler.h"
#include "store/syncstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using namespace std::chrono_literals;
using Nigran::Testing::OfficeFixture;
using std::chrono::milliseconds;

namespace {

class ManualTimer final : public SchedulerTimer
{
public:
    void start(milliseconds delay) override
    {
        active = true;
        lastDelay = delay;
        ++starts;
    }
    void stop() override { active = false; }
    bool isActive() const override { return active; }
    /// What the event loop would do when the delay has passed.
    void fire()
    {
        QVERIFY(active);
        active = false;
        onTimeout();
    }

    bool active = false;
    milliseconds lastDelay { -1 };
    int starts = 0;
};

/// The in-process centre, or a failure, and optionally held replies (an exchange still on the wire).
class TestTransport final : public SyncTransport
{
public:
    TestTransport(CentreService &centre, PeerIdentity peer)
        : m_loopback(centre, std::move(peer))
    { }

    void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        ++exchanges;
        if (failing) {
            auto answer = [reply = std::move(reply)] {
                reply(fail(ErrorCode::Io, QStringLiteral("The centre at 127.0.0.1 cannot be reached.")));
            };
            if (holding)
                held << std::move(answer);
            else
                answer();
            return;
        }
        if (!holding)
            return m_loopback.exchange(endpoint, request, std::move(reply));
        held << [this, endpoint, request, reply = std::move(reply)] {
            m_loopback.exchange(endpoint, request, reply);
        };
    }

    /// Answers the held exchanges (and those they cause) until none is left.
    void release()
    {
        holding = false;
        while (!held.isEmpty())
            held.takeFirst()();
    }

    bool failing = false;
    bool holding = false;
    int exchanges = 0;
    QList<std::function<void()>> held;

private:
    LoopbackTransport m_loopback;
};

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeFixture> m_fixture;
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_centre;
    std::unique_ptr<TestTransport> m_transport;
    std::unique_ptr<SyncScheduler> m_scheduler;
    ManualTimer *m_timer = nullptr;
    QList<double> m_draws;
    int m_count = 0;

    static constexpr SyncScheduler::Settings settings()
    {
        SyncScheduler::Settings s;
        s.interval = 5min;
        s.firstDelay = 2s;
        s.backoffBase = 10s;
        s.backoffCap = 5min;
        s.minimumDelay = 1s;
        return s;
    }

    Office &office() { return m_fixture->session(QStringLiteral("prosecutor")); }

private slots:
    void init()
    {
        ++m_count;
        m_fixture = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("office%1").arg(m_count)));
        auto store = SqliteCentreStore::open(m_dir.filePath(QStringLiteral("centre%1.db").arg(m_count)));
        NIGRAN_VERIFY_OK(store);
        m_store = std::move(*store);
        m_centre = std::make_unique<CentreService>(*m_store, m_fixture->clock());
        m_transport = std::make_unique<TestTransport>(*m_centre,
            PeerIdentity {
                PeerIdentity::Kind::Office, office().officeId(), office().district(), QStringLiteral("01") });
        auto timer = std::make_unique<ManualTimer>();
        m_timer = timer.get();
        m_scheduler = std::make_unique<SyncScheduler>(office(), *m_transport, settings(), std::move(timer));
        m_draws.clear();
        m_scheduler->setRandom([this] { return m_draws.isEmpty() ? 0.5 : m_draws.takeFirst(); });
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_transport.reset();
        m_centre.reset();
        m_store.reset();
        m_fixture.reset();
    }

    void backoffCeiling_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("expectedMs");
        QTest::addRow("none") << 0 << qint64(0);
        QTest::addRow("first") << 1 << qint64(10'000);
        QTest::addRow("second") << 2 << qint64(20'000);
        QTest::addRow("third") << 3 << qint64(40'000);
        QTest::addRow("fifth") << 5 << qint64(160'000);
        QTest::addRow("sixth, capped") << 6 << qint64(300'000);
        QTest::addRow("hundredth, capped") << 100 << qint64(300'000);
    }
    void backoffCeiling()
    {
        QFETCH(int, failures);
        QFETCH(qint64, expectedMs);
        QCOMPARE(SyncScheduler::backoffCeiling(failures, 10s, 5min).count(), expectedMs);
    }

    void startArmsTheFirstSync()
    {
        QVERIFY(!m_timer->isActive());
        m_scheduler->start();
        QVERIFY(m_timer->isActive());
        QCOMPARE(m_timer->lastDelay, 2000ms);
        QCOMPARE(m_transport->exchanges, 0);
        m_timer->fire();
        QVERIFY(m_transport->exchanges >= 2); // handshake, pull
        QCOMPARE(m_scheduler->state(), SyncScheduler::State::Idle);
        QCOMPARE(m_scheduler->lastSuccess(), m_fixture->clock().nowUtc());
        QCOMPARE(m_timer->lastDelay, milliseconds(5min));
    }

    /// Each failure draws a delay in [minimum, ceiling]: the draw scales the ceiling.
    void backoffGrowsWithJitter_data()
    {
        QTest::addColumn<double>("draw");
        QTest::addRow("draw 0 (minimum)") << 0.0;
        QTest::addRow("draw 0.25") << 0.25;
        QTest::addRow("draw 0.5") << 0.5;
        QTest::addRow("draw 0.999") << 0.999;
    }
    void backoffGrowsWithJitter()
    {
        QFETCH(double, draw);
        m_transport->failing = true;
        m_scheduler->start();
        QSignalSpy states(m_scheduler.get(), &SyncScheduler::stateChanged);
        for (int failure = 1; failure <= 7; ++failure) {
            m_draws = { draw };
            m_timer->fire();
            QCOMPARE(m_scheduler->state(), SyncScheduler::State::Failed);
            QCOMPARE(m_scheduler->consecutiveFailures(), failure);
            QVERIFY(m_scheduler->lastError().contains(QStringLiteral("cannot be reached")));
            const milliseconds ceiling = SyncScheduler::backoffCeiling(failure, 10s, 5min);
            const milliseconds delay = m_timer->lastDelay;
            QVERIFY2(delay >= 1s && delay <= ceiling,
                qPrintable(QStringLiteral("failure %1: delay %2 ms").arg(failure).arg(delay.count())));
            QCOMPARE(delay, qMax(milliseconds(1s), milliseconds(qint64(double(ceiling.count()) * draw))));
            QVERIFY(m_timer->isActive());
        }
        QVERIFY(states.count() >= 14); // syncing, failed, for each attempt
    }

    void jitterSpreadsDelays()
    {
        // With the real random source, delays after the same number of failures differ and stay in bounds.
        m_scheduler.reset();
        auto timer = std::make_unique<ManualTimer>();
        m_timer = timer.get();
        m_scheduler = std::make_unique<SyncScheduler>(office(), *m_transport, settings(), std::move(timer));
        m_transport->failing = true;
        m_scheduler->start();
        QSet<qint64> delays;
        for (int i = 0; i < 4; ++i)
            m_timer->fire();
        for (int i = 0; i < 20; ++i) {
            m_timer->fire(); // failures 5…24: ceiling is the cap
            QVERIFY(m_timer->lastDelay >= 1s && m_timer->lastDelay <= milliseconds(5min));
            delays.insert(m_timer->lastDelay.count());
        }
        QVERIFY2(delays.size() >= 10, qPrintable(QString::number(delays.size())));
    }

    void successResetsTheBackoff()
    {
        m_transport->failing = true;
        m_scheduler->start();
        for (int i = 0; i < 3; ++i)
            m_timer->fire();
        QCOMPARE(m_scheduler->consecutiveFailures(), 3);
        QVERIFY(!m_scheduler->lastSuccess().isValid());

        m_transport->failing = false;
        m_fixture->clock().advance(1min);
        QSignalSpy finished(m_scheduler.get(), &SyncScheduler::syncFinished);
        m_timer->fire();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_scheduler->consecutiveFailures(), 0);
        QCOMPARE(m_scheduler->state(), SyncScheduler::State::Idle);
        QVERIFY(m_scheduler->lastError().isEmpty());
        QCOMPARE(m_scheduler->lastSuccess(), m_fixture->clock().nowUtc());
        QCOMPARE(m_timer->lastDelay, milliseconds(5min));

        // The next failure starts again from the base.
        m_transport->failing = true;
        m_draws = { 0.999 };
        m_timer->fire();
        QCOMPARE(m_scheduler->consecutiveFailures(), 1);
        QVERIFY(m_timer->lastDelay <= 10s);
    }

    void syncNowDuringBackoff()
    {
        m_transport->failing = true;
        m_scheduler->start();
        for (int i = 0; i < 4; ++i)
            m_timer->fire();
        QVERIFY(m_timer->isActive()); // waiting out the backoff
        m_transport->failing = false;
        const int before = m_transport->exchanges;
        QVERIFY(m_scheduler->syncNow());
        QVERIFY(m_transport->exchanges > before);
        QCOMPARE(m_scheduler->state(), SyncScheduler::State::Idle);
        QCOMPARE(m_scheduler->consecutiveFailures(), 0);
        QVERIFY(m_timer->isActive());
        QCOMPARE(m_timer->lastDelay, milliseconds(5min));
    }

    void neverTwoAtOnce()
    {
        m_fixture->addPeople(office(), 3);
        m_transport->holding = true;
        m_scheduler->start();
        QVERIFY(m_scheduler->syncNow());
        QCOMPARE(m_scheduler->state(), SyncScheduler::State::Syncing);
        QCOMPARE(m_transport->exchanges, 1); // the handshake, on the wire
        QVERIFY(!m_timer->isActive());

        QVERIFY(!m_scheduler->syncNow());
        m_timer->active = true; // a timeout that was already queued
        m_timer->fire();
        QCOMPARE(m_transport->exchanges, 1);
        QCOMPARE(m_transport->held.size(), 1);

        m_transport->release();
        QCOMPARE(m_scheduler->state(), SyncScheduler::State::Idle);
        QCOMPARE(m_scheduler->pendingChanges(), 0);
        QVERIFY(m_scheduler->syncNow()); // free again
    }

    void countsAndProgress()
    {
        QSignalSpy counts(m_scheduler.get(), &SyncScheduler::countsChanged);
        QSignalSpy progress(m_scheduler.get(), &SyncScheduler::progressChanged);
        m_scheduler->start();
        QCOMPARE(m_scheduler->pendingChanges(), 0);
        QCOMPARE(m_scheduler->openConflicts(), 0);

        m_fixture->addPeople(office(), 4);
        const qint64 outbox = SyncState::outboxSize(office().database()).value();
        QVERIFY(outbox >= 4);
        counts.clear();
        m_scheduler->refreshCounts();
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_scheduler->pendingChanges(), outbox);
        m_scheduler->refreshCounts(); // unchanged: no signal
        QCOMPARE(counts.count(), 1);

        QVERIFY(m_scheduler->syncNow());
        QCOMPARE(m_scheduler->pendingChanges(), 0);
        QVERIFY(m_scheduler->batchesDone() >= 1);
        QVERIFY(m_scheduler->pagesDone() >= 1);
        QVERIFY(progress.count() >= 3); // the reset, a batch, a page
        QCOMPARE(progress.last().at(0).toInt(), m_scheduler->batchesDone());
        QCOMPARE(progress.last().at(1).toInt(), m_scheduler->pagesDone());
        QVERIFY(m_scheduler->lastReport().applied >= 4);
    }

    void stopStopsScheduling()
    {
        m_scheduler->start();
        m_scheduler->stop();
        QVERIFY(!m_timer->isActive());
        QVERIFY(m_scheduler->syncNow()); // on demand still works
        QVERIFY(!m_timer->isActive()); // and does not re-arm the timer
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
