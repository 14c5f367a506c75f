#pragma once

#include "client/syncsession.h"
#include "core/result.h"
#include "store/syncstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {

/// The office's side of the offline exchange (SYNC.md principle 12), for offices with no link: the
/// same sync as SyncSession, carried on a USB stick.
///
/// Export writes a file holding the handshake, every pending push batch (byte for byte; batches are
/// frozen from the outbox with SyncSession::freezeBatch, exactly as before a network push) and the
/// pull cursor, signed with the office certificate and encrypted to the centre's CA (ExchangeEnvelope).
/// The batches stay pending until a reply acknowledges them, so a lost stick costs nothing: the next
/// export carries them again, and the centre answers a batch it already processed from its store.
/// Rows whose earlier edits wait in a pending batch are held back until that batch is acknowledged.
///
/// Import decrypts the centre's reply with the office key, requires the pinned CA's signature, checks
/// that it is addressed to this office, then acknowledges the batches and applies the pages with
/// SyncSession's own steps. Batches already acknowledged and pages already applied are passed over, so
/// importing a reply twice changes nothing the second time. A reply for another office, a file signed
/// by anyone but the centre, or a damaged or altered file is refused before anything is written.
///
/// Both are audited ("sync-export", "sync-import": ids and counts only), besides the "sync-push" and
/// "sync-pull" entries of the steps.
class OfflineExchange
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::OfflineExchange)

public:
    /// What an export wrote (counts only).
    struct ExportSummary
    {
        QString exchangeId;
        int batches = 0; ///< pending batches in the file
        int newBatches = 0; ///< of which frozen by this export
        int items = 0; ///< row changes in the file
        int auditEntries = 0;
        qint64 cursor = 0;
        qint64 bytes = 0;
    };

    /// What an import did (counts only).
    struct ImportSummary
    {
        QString exchangeId;
        SyncReport report; ///< batches acknowledged, items applied / conflicts / rejected, pages, rows
        int batchesAlreadyAcknowledged = 0;
        int pagesAlreadyApplied = 0;
        bool hasMore = false; ///< the centre has more changes: exchange again
        bool changedNothing() const
        {
            return report.batches == 0 && report.pages == 0 && report.rowsPulled == 0;
        }
    };

    /// An export: the file's bytes and what is in it.
    struct Export
    {
        QByteArray file;
        ExportSummary summary;
    };

    static constexpr int MaxBatchesPerFile = 1000;
    static constexpr qint64 MaxReplyBytes = 512 * 1024 * 1024;

    explicit OfflineExchange(Models::Office &office);

    void setBatchRows(int rows)
    {
        m_batchRows = qBound(SyncSession::MinBatchRows, rows, SyncSession::MaxBatchRows);
    }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setMaxPages(int pages) { m_maxPages = pages; }

    /// Freezes the outbox into batches and returns the sealed file (audited).
    [[nodiscard]] Models::Result<Export> exportBytes();
    /// exportBytes(), written to `path` (owner-only permissions; replaced atomically).
    [[nodiscard]] Models::Result<ExportSummary> exportToFile(const QString &path);

    /// Imports the centre's reply (audited).
    [[nodiscard]] Models::Result<ImportSummary> importBytes(const QByteArray &reply);
    [[nodiscard]] Models::Result<ImportSummary> importFile(const QString &path);

    /// Every pending batch, oldest first.
    [[nodiscard]] static Models::Result<QList<Models::PendingBatch>> pendingBatches(Models::Office &office);

private:
    /// Freezes the batches and seals the file, without the audit entry.
    [[nodiscard]] Models::Result<Export> build();
    [[nodiscard]] Models::Result<> recordExport(const ExportSummary &summary);

    Models::Office &m_office;
    int m_batchRows = SyncSession::MaxBatchRows;
    int m_pageSize = 500;
    int m_maxPages = 20;
};

} // namespace Nigran::Sync
