#pragma once

#include "audit/auditentry.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Nigran::Models {

class Database;

/// A push batch frozen before it was first sent: its exact bytes are sent again until acknowledged.
struct PendingBatch
{
    QString batchId;
    QByteArray payload; ///< the encoded push request
    QDateTime created; ///< UTC
};

/// One outbox entry (RecordStore writes them with every local change).
struct OutboxEntry
{
    qint64 seq = 0;
    QString entity;
    QString rowId;
    QString op; ///< "put" or "delete"
    qint64 baseVersion = 0;
    qint64 hlc = 0;
    QString batchId; ///< empty until the entry is frozen into a batch
    QString resolves; ///< the conflict the edit resolves, if any
};

/// The office's side of sync in its store (schema version 3): the pull cursor and the audit head the
/// centre accepted (in `meta`), the pending batch and the outbox. Callers group these in transactions.
class SyncState
{
public:
    [[nodiscard]] static Result<qint64> cursor(Database &db);
    [[nodiscard]] static Result<> setCursor(Database &db, qint64 cursor);
    [[nodiscard]] static Result<AuditHead> acceptedAuditHead(Database &db);
    [[nodiscard]] static Result<> setAcceptedAuditHead(Database &db, const AuditHead &head);

    /// The oldest batch frozen and not yet acknowledged.
    [[nodiscard]] static Result<std::optional<PendingBatch>> pendingBatch(Database &db);
    [[nodiscard]] static Result<> savePendingBatch(Database &db, const PendingBatch &batch);
    /// Deletes the batch and its outbox entries (after its acknowledgement is recorded).
    [[nodiscard]] static Result<> dropBatch(Database &db, const QString &batchId);

    /// Outbox entries not yet in a batch, oldest first, at most `limit`.
    [[nodiscard]] static Result<QList<OutboxEntry>> unbatched(Database &db, int limit);
    /// Marks every unbatched entry of the row as part of `batchId`.
    [[nodiscard]] static Result<> assignToBatch(
        Database &db, const QString &entity, const QString &rowId, const QString &batchId);
    /// Moves the unbatched entries of a row onto the version the centre just gave it.
    [[nodiscard]] static Result<> rebase(
        Database &db, const QString &entity, const QString &rowId, qint64 version);
    /// Whether the row has local changes the centre has not acknowledged (batched or not).
    [[nodiscard]] static Result<bool> hasUnacknowledged(
        Database &db, const QString &entity, const QString &rowId);
    /// The rows with unacknowledged local edits (any outbox entry), as "entity/row id" keys: one query
    /// for a whole pulled page instead of hasUnacknowledged() per row.
    [[nodiscard]] static Result<QSet<QString>> unacknowledgedRows(Database &db);
    [[nodiscard]] static Result<qint64> outboxSize(Database &db);
};

} // namespace Nigran::Models
