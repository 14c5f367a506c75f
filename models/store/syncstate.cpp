#include "store/syncstate.h"

#include "store/database.h"
#include "store/meta.h"

namespace Nigran::Models {

namespace {

const QString CursorKey = QStringLiteral("sync.cursor");
const QString AuditSeqKey = QStringLiteral("sync.auditSeq");
const QString AuditHashKey = QStringLiteral("sync.auditHash");

} // namespace

Result<qint64> SyncState::cursor(Database &db)
{
    auto value = Meta::get(db, CursorKey);
    if (!value)
        return tl::unexpected(value.error());
    return value->toLongLong();
}

Result<> SyncState::setCursor(Database &db, qint64 cursor)
{
    return Meta::set(db, CursorKey, QString::number(cursor));
}

Result<AuditHead> SyncState::acceptedAuditHead(Database &db)
{
    auto seq = Meta::get(db, AuditSeqKey);
    if (!seq)
        return tl::unexpected(seq.error());
    auto hash = Meta::get(db, AuditHashKey);
    if (!hash)
        return tl::unexpected(hash.error());
    if (seq->isEmpty())
        return AuditHead::genesis();
    return AuditHead { seq->toLongLong(), QByteArray::fromHex(hash->toLatin1()) };
}

Result<> SyncState::setAcceptedAuditHead(Database &db, const AuditHead &head)
{
    NIGRAN_TRY(Meta::set(db, AuditSeqKey, QString::number(head.seq)));
    return Meta::set(db, AuditHashKey, QString::fromLatin1(head.hash.toHex()));
}

Result<std::optional<PendingBatch>> SyncState::pendingBatch(Database &db)
{
    auto stmt = db.cached("SELECT batch_id, payload, created FROM sync_batches ORDER BY rowid LIMIT 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<PendingBatch> batch;
    if (*row)
        batch = PendingBatch { (*stmt)->text(0), (*stmt)->blob(1),
            QDateTime::fromString((*stmt)->text(2), Qt::ISODateWithMs) };
    return batch;
}

Result<> SyncState::savePendingBatch(Database &db, const PendingBatch &batch)
{
    auto stmt = db.cached("INSERT INTO sync_batches(batch_id, payload, created) VALUES (?, ?, ?)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)
        ->bindAll(batch.batchId, batch.payload, batch.created.toUTC().toString(Qt::ISODateWithMs))
        .run();
}

Result<> SyncState::dropBatch(Database &db, const QString &batchId)
{
    auto entries = db.cached("DELETE FROM outbox WHERE batch_id = ?");
    if (!entries)
        return tl::unexpected(entries.error());
    NIGRAN_TRY((*entries)->bindAll(batchId).run());
    auto batch = db.cached("DELETE FROM sync_batches WHERE batch_id = ?");
    if (!batch)
        return tl::unexpected(batch.error());
    return (*batch)->bindAll(batchId).run();
}

Result<QList<OutboxEntry>> SyncState::unbatched(Database &db, int limit)
{
    auto stmt = db.cached("SELECT seq, entity, row_id, op, base_version, hlc, resolves FROM outbox "
                          "WHERE batch_id IS NULL ORDER BY seq LIMIT ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(limit);
    QList<OutboxEntry> entries;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const Statement &read = **stmt;
        entries << OutboxEntry { read.int64(0), read.text(1), read.text(2), read.text(3), read.int64(4),
            read.int64(5), {}, read.isNull(6) ? QString() : read.text(6) };
    }
    return entries;
}

Result<> SyncState::assignToBatch(
    Database &db, const QString &entity, const QString &rowId, const QString &batchId)
{
    auto stmt
        = db.cached("UPDATE outbox SET batch_id = ? WHERE entity = ? AND row_id = ? AND batch_id IS NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)->bindAll(batchId, entity, rowId).run();
}

Result<> SyncState::rebase(Database &db, const QString &entity, const QString &rowId, qint64 version)
{
    auto stmt = db.cached(
        "UPDATE outbox SET base_version = ? WHERE entity = ? AND row_id = ? AND batch_id IS NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)->bindAll(version, entity, rowId).run();
}

Result<bool> SyncState::hasUnacknowledged(Database &db, const QString &entity, const QString &rowId)
{
    auto stmt = db.cached("SELECT 1 FROM outbox WHERE entity = ? AND row_id = ? LIMIT 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(entity, rowId);
    return (*stmt)->step();
}

Result<QSet<QString>> SyncState::unacknowledgedRows(Database &db)
{
    auto stmt = db.cached("SELECT DISTINCT entity, row_id FROM outbox");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QSet<QString> rows;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        rows.insert((*stmt)->text(0) + u'/' + (*stmt)->text(1));
    }
    return rows;
}

Result<qint64> SyncState::outboxSize(Database &db)
{
    return db.queryInt("SELECT count(*) FROM outbox");
}

} // namespace Nigran::Models
