#pragma once

#include "client/schedulertimer.h"
#include "client/syncsession.h"
#include "client/synctransport.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {

/// Runs an office's SyncSession in the background (SYNC.md principle 10): on a timer (every `interval`
/// after a success) and on demand (syncNow()), never two at once. After a failure it waits with
/// exponential backoff and full jitter: a uniformly random delay in [minimumDelay, ceiling], where the
/// ceiling is min(cap, base × 2^(failures − 1)); a success resets it. A sync asked for during a
/// backoff runs at once.
///
/// The session is asynchronous and its local transactions are short, so the thread that owns the
/// scheduler (the UI thread) is never held for long. The scheduler publishes what a status indicator
/// shows: the state (idle / syncing / failed with the last error, translated), the last success, the
/// pending local changes (outbox entries), the open conflicts, and progress (batches pushed, pages
/// pulled) while a sync runs. It must be destroyed before the office it syncs.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    enum class State
    {
        Idle,
        Syncing,
        Failed,
    };
    Q_ENUM(State)

    struct Settings
    {
        std::chrono::milliseconds interval = std::chrono::minutes(5);
        std::chrono::milliseconds firstDelay = std::chrono::seconds(3); ///< after start()
        std::chrono::milliseconds backoffBase = std::chrono::seconds(30);
        std::chrono::milliseconds backoffCap = std::chrono::minutes(30);
        std::chrono::milliseconds minimumDelay = std::chrono::seconds(1);
        int fixWindowDays = FixPull::DefaultWindowDays; ///< days of tag fixes that flow down
    };

    /// A uniformly distributed number in [0, 1).
    using Random = std::function<double()>;

    /// `timer` nullptr: a QTimer. The transport must outlive the scheduler.
    SyncScheduler(Models::Office &office, SyncTransport &transport, Settings settings,
        std::unique_ptr<SchedulerTimer> timer = {}, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setRandom(Random random) { m_random = std::move(random); }
    const Settings &settings() const { return m_settings; }

    /// Arms the timer for the first sync (after Settings::firstDelay).
    void start();
    /// Stops scheduling; a sync already running finishes.
    void stop();
    /// Starts a sync now unless one is running; returns whether it started.
    bool syncNow();

    State state() const { return m_state; }
    bool isSyncing() const { return m_state == State::Syncing; }
    /// Translated message of the last failure (empty after a success).
    QString lastError() const { return m_lastError; }
    /// UTC, from the office's clock; invalid when no sync succeeded since start.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    const SyncReport &lastReport() const { return m_lastReport; }
    int consecutiveFailures() const { return m_failures; }
    /// The delay the timer was last armed with.
    std::chrono::milliseconds scheduledDelay() const { return m_scheduledDelay; }
    bool isScheduled() const;
    qint64 pendingChanges() const { return m_pending; }
    qint64 openConflicts() const { return m_conflicts; }
    int batchesDone() const { return m_batches; }
    int pagesDone() const { return m_pages; }

    /// min(cap, base × 2^(failures − 1)) for failures ≥ 1; 0 for none.
    static std::chrono::milliseconds backoffCeiling(
        int failures, std::chrono::milliseconds base, std::chrono::milliseconds cap);

public Q_SLOTS:
    /// Re-reads the pending changes and open conflicts (after a local edit); emits countsChanged if
    /// they changed.
    void refreshCounts();

Q_SIGNALS:
    void stateChanged(Nigran::Sync::SyncScheduler::State state);
    void countsChanged(qint64 pendingChanges, qint64 openConflicts);
    /// While a sync runs: batches pushed and pages pulled so far.
    void progressChanged(int batches, int pages);
    void syncFinished(bool succeeded);

private:
    class CountingTransport;

    void run();
    void finished(Models::Result<SyncReport> result);
    void schedule(std::chrono::milliseconds delay);
    void exchanged(Endpoint endpoint);
    void setState(State state);

    Models::Office &m_office;
    Settings m_settings;
    std::unique_ptr<SchedulerTimer> m_timer;
    std::unique_ptr<CountingTransport> m_transport;
    std::unique_ptr<SyncSession> m_session;
    Random m_random;
    State m_state = State::Idle;
    QString m_lastError;
    QDateTime m_lastSuccess;
    SyncReport m_lastReport;
    int m_failures = 0;
    std::chrono::milliseconds m_scheduledDelay { 0 };
    bool m_running = false; ///< scheduling is on (start() … stop())
    qint64 m_pending = -1;
    qint64 m_conflicts = -1;
    int m_batches = 0;
    int m_pages = 0;
};

} // namespace Nigran::Sync
