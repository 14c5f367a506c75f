#pragma once

#include "audit/auditentry.h"
#include "core/result.h"
#include "monitoring/fix.h"
#include "protocol/messages.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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

/// Which district a tag belongs to: derived by the centre from the monitoring orders it accepts (the
/// order's deviceId; the newest live order naming a device wins).
struct DeviceAssignment
{
    QString deviceId;
    QString district;
    QString personId;
    QString orderId;
    friend bool operator==(const DeviceAssignment &, const DeviceAssignment &) = default;
};

/// A fix as the centre stores it: `seq` is the centre's ingest sequence (1, 2, 3, … in commit order,
/// like versions), the cursor of fixes flowing down to districts.
struct StoredFix
{
    qint64 seq = 0;
    Models::Fix fix; ///< id = seq; receivedTime set
    friend bool operator==(const StoredFix &, const StoredFix &) = default;
};

struct IngestCounts
{
    qint64 accepted = 0;
    qint64 duplicates = 0; ///< same (device, fix time) as a stored fix: ignored (idempotent)
    friend bool operator==(const IngestCounts &, const IngestCounts &) = default;
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

    // Tag fixes (PostgreSQL: a table partitioned by month of fix time, partitions made on demand).
    /// Stores the fixes not stored yet (by device and fix time; within `fixes` the first of a pair
    /// wins), each with `receivedAt` and the next ingest sequence numbers. Returns those stored, in
    /// input order, with seq, Fix::id (= seq) and Fix::receivedTime set. Every fix needs a device and
    /// a fix time in 2000–2099, otherwise nothing is stored (InvalidInput).
    [[nodiscard]] virtual Models::Result<QList<StoredFix>> storeFixes(
        const QList<Models::Fix> &fixes, const QDateTime &receivedAt)
        = 0;
    /// storeFixes(), counted.
    [[nodiscard]] Models::Result<IngestCounts> ingestFixes(
        const QList<Models::Fix> &fixes, const QDateTime &receivedAt)
    {
        auto stored = storeFixes(fixes, receivedAt);
        if (!stored)
            return tl::unexpected(stored.error());
        return IngestCounts { stored->size(), fixes.size() - stored->size() };
    }
    /// Fixes of `devices` with seq > cursor and fixTime ≥ notBefore (no bound when null), ascending by
    /// seq, at most `limit`. No devices: no fixes.
    [[nodiscard]] virtual Models::Result<QList<StoredFix>> fixesSince(
        const QStringList &devices, qint64 cursor, const QDateTime &notBefore, int limit)
        = 0;
    /// One device's fixes with from ≤ fixTime < to (a null bound: unbounded), by fix time, at most
    /// `limit`.
    [[nodiscard]] virtual Models::Result<QList<StoredFix>> deviceFixes(
        const QString &deviceId, const QDateTime &from, const QDateTime &to, int limit)
        = 0;
    /// The highest ingest sequence of a stored fix (0 when none).
    [[nodiscard]] virtual Models::Result<qint64> lastFixSeq() = 0;

    [[nodiscard]] virtual Models::Result<> putDeviceAssignment(const DeviceAssignment &assignment) = 0;
    [[nodiscard]] virtual Models::Result<std::optional<DeviceAssignment>> deviceAssignment(
        const QString &deviceId)
        = 0;
    [[nodiscard]] virtual Models::Result<QList<DeviceAssignment>> districtDevices(const QString &district)
        = 0;

    /// Every stored row of entity "zones" (RecordKinds::zone, tombstones included) of one monitoring
    /// order in `district` (its order_id column), by version. Used by CentreAlerts on ingest; the stores
    /// answer it from an index of zone rows by order that putRow() keeps.
    [[nodiscard]] virtual Models::Result<QList<WireRow>> orderZoneRows(
        const QString &district, const QString &orderId)
        = 0;

protected:
    /// The order a zone row belongs to (its order_id column, index 1), for that index; nothing for
    /// another entity.
    static std::optional<QString> zoneOrderId(const WireRow &row)
    {
        if (row.entity != QLatin1String("zones") || row.columns.size() < 2)
            return std::nullopt;
        return row.columns.at(1).toString();
    }
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
