#pragma once

#include "audit/auditentry.h"
#include "core/result.h"
#include "protocol/messages.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Nigran::Sync {

/// What the centre knows about one enrolled office.
struct OfficeRecord
{
    QString officeId;
    QString district;
    Models::AuditHead acceptedAuditHead; ///< last head whose chain the centre verified
    QDateTime lastSync; ///< UTC of the last successful push or pull
    QString chainProblem; ///< empty if the office's chain verified at its last push
    friend bool operator==(const OfficeRecord &, const OfficeRecord &) = default;
};

/// One unit of work on the centre's store. Everything done through it commits together or not at
/// all; destroying it without commit() rolls back.
///
/// Versions: nextVersion() hands out the centre's change sequence. Writers are serialised (the
/// sequence row stays locked until commit), so versions become visible in commit order and a
/// client that pulls past version N never misses a change numbered below N.
class CentreTransaction
{
public:
    virtual ~CentreTransaction() = default;
    [[nodiscard]] virtual Models::Result<> commit() = 0;

    /// The next change sequence number (1, 2, 3, … over the whole centre, never reused).
    [[nodiscard]] virtual Models::Result<qint64> nextVersion() = 0;

    /// The current revision of a row, tombstones included.
    [[nodiscard]] virtual Models::Result<std::optional<WireRow>> row(const QString &entity, const QString &id)
        = 0;
    /// Inserts or replaces the row (entity, id); `row.version` must come from nextVersion().
    [[nodiscard]] virtual Models::Result<> putRow(const WireRow &row) = 0;
    /// Rows of one district with version > cursor, ascending by version, at most `limit`.
    [[nodiscard]] virtual Models::Result<QList<WireRow>> changesSince(
        const QString &district, qint64 cursor, int limit)
        = 0;

    /// The stored response to a batch already processed for this office (idempotent retries).
    [[nodiscard]] virtual Models::Result<std::optional<QByteArray>> batchResponse(
        const QString &officeId, const QString &batchId)
        = 0;
    [[nodiscard]] virtual Models::Result<> saveBatchResponse(
        const QString &officeId, const QString &batchId, const QByteArray &response)
        = 0;

    [[nodiscard]] virtual Models::Result<std::optional<OfficeRecord>> office(const QString &officeId) = 0;
    [[nodiscard]] virtual Models::Result<> putOffice(const OfficeRecord &office) = 0;
    [[nodiscard]] virtual Models::Result<QList<OfficeRecord>> offices() = 0;

    /// Appends verified entries of an office's audit chain (seq ascending, continuing the stored ones).
    [[nodiscard]] virtual Models::Result<> appendAudit(
        const QString &officeId, const QList<Models::AuditEntry> &entries)
        = 0;
    /// Stored audit entries of an office with seq > fromSeq, ascending, at most `limit`.
    [[nodiscard]] virtual Models::Result<QList<Models::AuditEntry>> auditEntries(
        const QString &officeId, qint64 fromSeq, int limit)
        = 0;
};

/// The centre's storage, behind one interface with two backends that pass the same contract tests:
/// an embedded SQLite file (default) and PostgreSQL (production).
class CentreStore
{
public:
    virtual ~CentreStore() = default;
    /// Starts a write transaction (serialised with other writers).
    [[nodiscard]] virtual Models::Result<std::unique_ptr<CentreTransaction>> begin() = 0;
    /// Human-readable backend name for logs and `status` ("sqlite", "postgresql").
    virtual QString backendName() const = 0;
};

} // namespace Nigran::Sync
