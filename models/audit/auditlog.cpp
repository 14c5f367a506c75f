#include "audit/auditlog.h"

#include "security/clock.h"
#include "store/database.h"
#include "store/meta.h"
#include "store/transaction.h"

namespace Nigran::Models {

namespace {

const QString headSeqKey = QStringLiteral("audit.head.seq");
const QString headHashKey = QStringLiteral("audit.head.hash");

constexpr std::string_view selectColumns
    = "SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ";

AuditEntry readEntry(const Statement &stmt)
{
    AuditEntry entry;
    entry.seq = stmt.int64(0);
    entry.at = QDateTime::fromString(stmt.text(1), Qt::ISODateWithMs);
    entry.actor = stmt.text(2);
    entry.action = stmt.text(3);
    entry.entity = stmt.text(4);
    entry.entityId = stmt.text(5);
    entry.detail = stmt.text(6);
    entry.prevHash = stmt.blob(7);
    entry.hash = stmt.blob(8);
    return entry;
}

Result<QList<AuditEntry>> readAll(Statement &stmt)
{
    QList<AuditEntry> entries;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return entries;
        entries << readEntry(stmt);
    }
}

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<AuditHead> AuditLog::head()
{
    auto seq = Meta::get(m_db, headSeqKey);
    auto hash = Meta::get(m_db, headHashKey);
    if (!seq)
        return tl::unexpected(seq.error());
    if (!hash)
        return tl::unexpected(hash.error());
    if (seq->isEmpty())
        return AuditHead::genesis();
    return AuditHead { seq->toLongLong(), QByteArray::fromHex(hash->toLatin1()) };
}

Result<AuditEntry> AuditLog::append(const QString &actor, const QString &action, const QString &entity,
    const QString &entityId, const QString &detail)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto last = head();
    if (!last)
        return tl::unexpected(last.error());
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    AuditEntry entry { last->seq + 1, m_clock.nowUtc().toUTC(), text(actor), text(action), text(entity),
        text(entityId), text(detail), last->hash, {} };
    entry.hash = entry.computeHash();
    auto insert = m_db.cached("INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, detail, "
                              "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return tl::unexpected(insert.error());
    NIGRAN_TRY((*insert)
                   ->bindAll(entry.seq, entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.action,
                       entry.entity, entry.entityId, entry.detail, entry.prevHash, entry.hash)
                   .run());
    NIGRAN_TRY(Meta::set(m_db, headSeqKey, QString::number(entry.seq)));
    NIGRAN_TRY(Meta::set(m_db, headHashKey, QString::fromLatin1(entry.hash.toHex())));
    NIGRAN_TRY(tx->commit());
    return entry;
}

Result<AuditVerification> AuditLog::verify()
{
    auto stmt = m_db.prepare(std::string(selectColumns) + "ORDER BY seq");
    if (!stmt)
        return tl::unexpected(stmt.error());
    AuditVerification result;
    AuditHead expected = AuditHead::genesis();
    const auto broken = [&](qint64 seq, QString problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = std::move(problem);
        return result;
    };
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const AuditEntry entry = readEntry(*stmt);
        ++result.entriesChecked;
        if (entry.seq != expected.seq + 1)
            return broken(
                expected.seq + 1, tr("Audit entry %1 is missing or out of order.").arg(expected.seq + 1));
        if (entry.prevHash != expected.hash)
            return broken(entry.seq,
                tr("Audit entry %1 does not follow entry %2: an entry was removed, inserted or moved.")
                    .arg(entry.seq)
                    .arg(expected.seq));
        if (entry.computeHash() != entry.hash)
            return broken(entry.seq, tr("Audit entry %1 has been altered.").arg(entry.seq));
        expected = { entry.seq, entry.hash };
    }
    auto recorded = head();
    if (!recorded)
        return tl::unexpected(recorded.error());
    if (*recorded != expected)
        return broken(expected.seq + 1,
            tr("The audit log ends at entry %1 but its recorded head is entry %2: entries were removed.")
                .arg(expected.seq)
                .arg(recorded->seq));
    return result;
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, const QString &entityId)
{
    auto stmt = m_db.prepare(std::string(selectColumns) + "WHERE entity = ? AND entity_id = ? ORDER BY seq");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bindAll(entity, entityId);
    return readAll(*stmt);
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSeq, int limit)
{
    auto stmt = m_db.prepare(std::string(selectColumns) + "WHERE seq >= ? ORDER BY seq LIMIT ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bindAll(fromSeq, limit);
    return readAll(*stmt);
}

} // namespace Nigran::Models
