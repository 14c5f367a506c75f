#pragma once

#include "client/fixpull.h"
#include "client/synctransport.h"
#include "core/result.h"
#include "protocol/messagecodec.h"
#include "protocol/messages.h"
#include "store/syncstate.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {

/// What one sync did (counts only).
struct SyncReport
{
    int batches = 0;
    int applied = 0;
    int conflicts = 0;
    int rejected = 0;
    int pages = 0;
    int rowsPulled = 0;
    bool pullHeld = false; ///< a pulled row had unacknowledged local edits: the pull stopped before it
    int fixPages = 0; ///< pages of tag fixes (Endpoint::Fixes)
    int fixesPulled = 0; ///< fixes new to this office
    qint64 clockSkewMs = 0;
    bool clockSkewed = false; ///< |skew| over five minutes: the user should be told
};

/// One office's synchronisation with the centre (SYNC.md), independent of the transport:
/// handshake, then push until the outbox is empty, then pull page by page, then the tag fixes of the
/// district's devices page by page (FixPull).
///
/// Push: a pending (frozen) batch is resent byte for byte; otherwise the next batch is frozen from the
/// outbox (one item per row with the row as it is now and the version the first unsent edit started
/// from; the audit entries after the accepted head) and stored before it is sent. Its acknowledgement
/// is recorded in one transaction: versions of applied rows, later edits rebased onto them, conflicts,
/// the accepted audit head; then the batch and its outbox entries go. Pull: each page's checksum is
/// verified, then its rows and the new cursor are written in one transaction; the pull stops before a
/// row that still has unacknowledged local edits (principle 3), so the row comes again next time.
///
/// Failures leave the store consistent and are reported to `done`; the caller retries later (with
/// backoff), and the retry resumes from the last committed batch or page. The session must outlive
/// its run (a reply arriving after the session is gone is ignored).
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::SyncSession)

public:
    using Done = std::function<void(Models::Result<SyncReport>)>;

    static constexpr int MinBatchRows = 10;
    static constexpr int MaxBatchRows = 500;
    static constexpr int MaxBatchAudit = 2000;

    SyncSession(Models::Office &office, SyncTransport &transport);
    ~SyncSession();
    SyncSession(const SyncSession &) = delete;
    SyncSession &operator=(const SyncSession &) = delete;

    /// Runs one complete sync; `done` is called once, possibly before run() returns.
    void run(Done done);
    bool isRunning() const { return bool(m_done); }

    /// Rows per batch: halved after a failed exchange, doubled after a good one (principle 10).
    int batchRows() const { return m_batchRows; }
    void setBatchRows(int rows) { m_batchRows = qBound(MinBatchRows, rows, MaxBatchRows); }
    void setPageSize(int rows) { m_pageSize = rows; }
    /// Days of tag fixes that flow down (FixPull::DefaultWindowDays unless set), and fixes per page.
    void setFixWindowDays(int days) { m_fixWindowDays = days; }
    void setFixPageSize(int fixes) { m_fixPageSize = fixes; }

    // The steps of a sync, shared by this network session and the offline file exchange
    // (OfflineExchange), so both write the office store the same way. Each is one transaction of the
    // office store; the counts go into `report`.

    /// What to do with a centre audit head older than the one this office recorded as accepted.
    enum class OlderCentreHead
    {
        Adopt, ///< the centre lost entries (restored from a backup): send them again
        Keep, ///< a stale reply (a file): the office already knows a newer head
    };

    /// What the next batch may hold.
    struct FreezeLimits
    {
        int rows = 100; ///< distinct rows
        qint64 auditTarget = 0; ///< audit entries up to this seq are sent
        qint64 auditFrozenTo = 0; ///< entries up to this seq are already in pending batches
        QSet<QString> heldRows; ///< "entity/id" of rows in pending batches: their edits wait
    };

    /// Checks the centre's handshake response (protocol, district, clock skew) and adopts its view of
    /// the office's accepted audit head.
    [[nodiscard]] static Models::Result<> adoptHandshake(Models::Office &office, const QByteArray &bytes,
        SyncReport &report, OlderCentreHead olderHead = OlderCentreHead::Adopt);
    /// Freezes the next batch from the outbox and stores it as pending; nothing when there is nothing
    /// to send.
    [[nodiscard]] static Models::Result<std::optional<Models::PendingBatch>> freezeBatch(
        Models::Office &office, const FreezeLimits &limits);
    /// Records the centre's response to a pending batch and drops the batch.
    [[nodiscard]] static Models::Result<> acknowledge(Models::Office &office,
        const Models::PendingBatch &batch, const QByteArray &bytes, SyncReport &report);
    /// Verifies and applies a page of changes pulled after `cursor`; returns whether to continue
    /// pulling.
    [[nodiscard]] static Models::Result<bool> applyPage(
        Models::Office &office, qint64 cursor, const QByteArray &bytes, SyncReport &report);

private:
    void handshake();
    void pushNext();
    void pullNext();
    void fixesNext();
    void finish(Models::Result<SyncReport> result);
    void send(Endpoint endpoint, const QByteArray &request, std::function<void(QByteArray)> onReply);

    Models::Office &m_office;
    SyncTransport &m_transport;
    std::shared_ptr<int> m_alive;
    Done m_done;
    SyncReport m_report;
    qint64 m_auditTarget = 0; ///< audit entries up to this seq are pushed in this run
    int m_batchRows = 100;
    int m_pageSize = MessageCodec::MaxPullLimit; ///< rows per pulled page: fewer round trips and commits
    int m_fixWindowDays = FixPull::DefaultWindowDays;
    int m_fixPageSize = FixPull::DefaultPageSize;
    std::unique_ptr<FixPull> m_fixPull; ///< of the running sync
};

} // namespace Nigran::Sync
