#include "client/syncscheduler.h"

#include "core/logcategories.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/syncstate.h"

#include <QRandomGenerator>
#include <QTimer>

namespace Nigran::Sync {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

class QtSchedulerTimer final : public SchedulerTimer
{
public:
    QtSchedulerTimer()
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::CoarseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (onTimeout)
                onTimeout();
        });
    }
    void start(milliseconds delay) override { m_timer.start(delay); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace

/// Passes every exchange through and tells the scheduler which endpoint answered, for progress.
/// A reply arriving after the scheduler is gone goes nowhere.
class SyncScheduler::CountingTransport final : public SyncTransport
{
public:
    CountingTransport(SyncTransport &inner, std::function<void(Endpoint)> answered)
        : m_inner(inner)
        , m_answered(std::move(answered))
        , m_alive(std::make_shared<int>(0))
    { }

    void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        std::weak_ptr<int> alive = m_alive;
        m_inner.exchange(endpoint, request,
            [this, alive, endpoint, reply = std::move(reply)](Models::Result<QByteArray> answer) {
                if (alive.expired())
                    return;
                if (answer)
                    m_answered(endpoint);
                reply(std::move(answer));
            });
    }

private:
    SyncTransport &m_inner;
    std::function<void(Endpoint)> m_answered;
    std::shared_ptr<int> m_alive;
};

SyncScheduler::SyncScheduler(Models::Office &office, SyncTransport &transport, Settings settings,
    std::unique_ptr<SchedulerTimer> timer, QObject *parent)
    : QObject(parent)
    , m_office(office)
    , m_settings(settings)
    , m_timer(timer ? std::move(timer) : std::make_unique<QtSchedulerTimer>())
    , m_transport(std::make_unique<CountingTransport>(transport, [this](Endpoint e) { exchanged(e); }))
    , m_session(std::make_unique<SyncSession>(office, *m_transport))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_session->setFixWindowDays(m_settings.fixWindowDays);
    m_timer->onTimeout = [this] { run(); };
}

SyncScheduler::~SyncScheduler()
{
    m_timer->onTimeout = nullptr;
    m_timer->stop();
    // The session first: a reply still on its way is then ignored.
    m_session.reset();
    m_transport.reset();
}

milliseconds SyncScheduler::backoffCeiling(int failures, milliseconds base, milliseconds cap)
{
    if (failures <= 0)
        return 0ms;
    milliseconds ceiling = base;
    for (int i = 1; i < failures && ceiling < cap; ++i)
        ceiling *= 2;
    return qMin(ceiling, cap);
}

bool SyncScheduler::isScheduled() const
{
    return m_timer->isActive();
}

void SyncScheduler::start()
{
    m_running = true;
    refreshCounts();
    if (m_state != State::Syncing)
        schedule(m_settings.firstDelay);
}

void SyncScheduler::stop()
{
    m_running = false;
    m_timer->stop();
}

bool SyncScheduler::syncNow()
{
    if (m_state == State::Syncing)
        return false;
    m_timer->stop();
    run();
    return true;
}

void SyncScheduler::run()
{
    if (m_state == State::Syncing || m_session->isRunning())
        return;
    m_batches = 0;
    m_pages = 0;
    setState(State::Syncing);
    Q_EMIT progressChanged(0, 0);
    // `finished` may run before run() returns (an in-process transport).
    m_session->run([this](Models::Result<SyncReport> result) { finished(std::move(result)); });
}

void SyncScheduler::finished(Models::Result<SyncReport> result)
{
    const bool succeeded = result.has_value();
    if (succeeded) {
        m_failures = 0;
        m_lastError.clear();
        m_lastReport = *result;
        m_lastSuccess = m_office.clock().nowUtc();
    } else {
        ++m_failures;
        m_lastError = result.error().message;
    }
    refreshCounts();
    // Ids and counts only (AppLog).
    if (succeeded)
        qCInfo(Models::lcSync,
            "sync done: batches %d, applied %d, conflicts %d, rejected %d, pages %d, rows %d, fix pages %d, "
            "fixes %d",
            m_lastReport.batches, m_lastReport.applied, m_lastReport.conflicts, m_lastReport.rejected,
            m_lastReport.pages, m_lastReport.rowsPulled, m_lastReport.fixPages, m_lastReport.fixesPulled);
    else
        qCWarning(Models::lcSync, "sync failed (error code %d), failure %d in a row",
            int(result.error().code), m_failures);
    setState(succeeded ? State::Idle : State::Failed);
    if (m_running) {
        if (succeeded) {
            schedule(m_settings.interval);
        } else {
            const milliseconds ceiling
                = backoffCeiling(m_failures, m_settings.backoffBase, m_settings.backoffCap);
            const double draw = qBound(0.0, m_random ? m_random() : 0.0, 1.0);
            const auto jittered = milliseconds(qint64(double(ceiling.count()) * draw));
            schedule(qMax(m_settings.minimumDelay, jittered));
        }
    }
    Q_EMIT syncFinished(succeeded);
}

void SyncScheduler::schedule(milliseconds delay)
{
    m_scheduledDelay = delay;
    m_timer->start(delay);
}

void SyncScheduler::exchanged(Endpoint endpoint)
{
    if (endpoint == Endpoint::Push)
        ++m_batches;
    else if (endpoint == Endpoint::Pull)
        ++m_pages;
    else
        return;
    Q_EMIT progressChanged(m_batches, m_pages);
}

void SyncScheduler::setState(State state)
{
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncScheduler::refreshCounts()
{
    Models::Database &db = m_office.database();
    const qint64 pending = Models::SyncState::outboxSize(db).value_or(m_pending);
    const qint64 conflicts
        = db.queryInt("SELECT count(*) FROM sync_conflicts WHERE open = 1").value_or(m_conflicts);
    if (pending == m_pending && conflicts == m_conflicts)
        return;
    m_pending = pending;
    m_conflicts = conflicts;
    Q_EMIT countsChanged(pending, conflicts);
}

} // namespace Nigran::Sync
