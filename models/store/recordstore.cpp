#include "store/recordstore.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "store/hybridlogicalclock.h"
#include "store/meta.h"
#include "store/transaction.h"

#include <QUuid>

#include <string>

namespace Nigran::Models {

namespace {

constexpr std::string_view storedColumns = "id, district, version, hlc, origin, deleted, body";

std::string selectFrom(const RecordKind &kind)
{
    return "SELECT " + std::string(storedColumns) + " FROM " + kind.table + " ";
}

StoredRecord readStored(const Statement &stmt)
{
    return { stmt.text(0), stmt.text(1), stmt.int64(2), stmt.int64(3), stmt.text(4), stmt.int64(5) != 0,
        stmt.blob(6) };
}

std::string insertSql(const RecordKind &kind)
{
    std::string columns = "id, district, hlc, origin, deleted, body";
    std::string values = "?, ?, ?, ?, 0, ?";
    for (const char *column : kind.columns) {
        columns += std::string(", ") + column;
        values += ", ?";
    }
    return std::string("INSERT INTO ") + kind.table + " (" + columns + ") VALUES (" + values + ")";
}

std::string updateSql(const RecordKind &kind)
{
    std::string sql = std::string("UPDATE ") + kind.table
        + " SET district = ?, hlc = ?, origin = ?, deleted = 0, body = ?";
    for (const char *column : kind.columns)
        sql += std::string(", ") + column + " = ?";
    return sql + " WHERE id = ?";
}

} // namespace

RecordStore::RecordStore(Database &db, AuditLog &audit, HybridLogicalClock &clock, QString officeId)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_officeId(std::move(officeId))
{ }

QString RecordStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<> RecordStore::put(const RecordKind &kind, const RecordWrite &row, const QString &actor,
    const QString &action, const QString &detail)
{
    return write(kind, row, actor, action, detail, {});
}

Result<> RecordStore::putResolving(const RecordKind &kind, const RecordWrite &row, const QString &conflictId,
    const QString &actor, const QString &detail)
{
    Q_ASSERT(!conflictId.isEmpty());
    return write(
        kind, row, actor, QStringLiteral("resolve"), detail.isEmpty() ? conflictId : detail, conflictId);
}

Result<> RecordStore::write(const RecordKind &kind, const RecordWrite &row, const QString &actor,
    const QString &action, const QString &detail, const QString &resolves)
{
    Q_ASSERT(row.columns.size() == kind.columns.size());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto existing = get(kind, row.id);
    if (!existing)
        return tl::unexpected(existing.error());
    const qint64 hlc = m_clock.tick();
    auto stmt = m_db.cached(*existing ? updateSql(kind) : insertSql(kind));
    if (!stmt)
        return tl::unexpected(stmt.error());
    Statement &write = **stmt;
    int index = 0;
    if (!*existing)
        write.bind(++index, row.id);
    write.bind(++index, row.district);
    write.bind(++index, hlc);
    write.bind(++index, m_officeId);
    write.bind(++index, row.body);
    for (const QVariant &value : row.columns)
        write.bind(++index, value);
    if (*existing)
        write.bind(++index, row.id);
    NIGRAN_TRY(write.run());
    NIGRAN_TRY(recordChange(kind, row.id, "put", *existing ? (*existing)->version : 0, hlc, resolves));
    NIGRAN_TRY(m_audit.append(actor, action, QString::fromLatin1(kind.table), row.id, detail));
    return tx->commit();
}

Result<> RecordStore::remove(
    const RecordKind &kind, const QString &id, const QString &actor, const QString &detail)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto existing = get(kind, id);
    if (!existing)
        return tl::unexpected(existing.error());
    if (!*existing || (*existing)->deleted)
        return fail(ErrorCode::NotFound, QStringLiteral("no such %1 row").arg(QLatin1String(kind.table)));
    const qint64 hlc = m_clock.tick();
    auto stmt = m_db.cached(
        std::string("UPDATE ") + kind.table + " SET deleted = 1, hlc = ?, origin = ? WHERE id = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    NIGRAN_TRY((*stmt)->bindAll(hlc, m_officeId, id).run());
    NIGRAN_TRY(recordChange(kind, id, "delete", (*existing)->version, hlc));
    NIGRAN_TRY(m_audit.append(actor, QStringLiteral("delete"), QString::fromLatin1(kind.table), id, detail));
    return tx->commit();
}

Result<> RecordStore::recordChange(const RecordKind &kind, const QString &id, const char *op,
    qint64 baseVersion, qint64 hlc, const QString &resolves)
{
    auto outbox = m_db.cached(
        "INSERT INTO outbox(entity, row_id, op, base_version, hlc, resolves) VALUES (?, ?, ?, ?, ?, ?)");
    if (!outbox)
        return tl::unexpected(outbox.error());
    NIGRAN_TRY((*outbox)
                   ->bindAll(QString::fromLatin1(kind.table), id, QString::fromLatin1(op), baseVersion, hlc,
                       resolves.isEmpty() ? QVariant() : QVariant(resolves))
                   .run());
    return Meta::set(m_db, QStringLiteral("hlc"), QString::number(hlc));
}

Result<> RecordStore::applyRemote(const RecordKind &kind, const RemoteRecord &row)
{
    return applyRemoteRows({ RemoteChange { &kind, row } });
}

Result<> RecordStore::applyRemoteRows(const QList<RemoteChange> &rows)
{
    if (rows.isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    qint64 hlc = 0;
    for (const RemoteChange &change : rows) {
        Q_ASSERT(change.kind);
        NIGRAN_TRY(writeRemote(*change.kind, change.row));
        hlc = m_clock.observe(change.row.hlc);
    }
    NIGRAN_TRY(Meta::set(m_db, QStringLiteral("hlc"), QString::number(hlc)));
    return tx->commit();
}

Result<> RecordStore::writeRemote(const RecordKind &kind, const RemoteRecord &row)
{
    Q_ASSERT(row.columns.size() == kind.columns.size());
    // An update of the row if it is there (one index lookup), an insert otherwise; no read of the old row.
    const auto bindRow = [&row](Statement &write) {
        int index = 0;
        write.bind(++index, row.district);
        write.bind(++index, row.version);
        write.bind(++index, row.hlc);
        write.bind(++index, row.origin);
        write.bind(++index, row.deleted);
        write.bind(++index, row.body);
        for (const QVariant &value : row.columns)
            write.bind(++index, value);
        write.bind(++index, row.id);
    };
    std::string sql = std::string("UPDATE ") + kind.table
        + " SET district = ?, version = ?, hlc = ?, origin = ?, deleted = ?, body = ?";
    for (const char *column : kind.columns)
        sql += std::string(", ") + column + " = ?";
    sql += " WHERE id = ?";
    {
        auto update = m_db.cached(sql);
        if (!update)
            return tl::unexpected(update.error());
        bindRow(**update);
        NIGRAN_TRY((*update)->run());
    }
    if (m_db.changes() > 0)
        return {};
    std::string columns = "district, version, hlc, origin, deleted, body";
    std::string values = "?, ?, ?, ?, ?, ?";
    for (const char *column : kind.columns) {
        columns += std::string(", ") + column;
        values += ", ?";
    }
    auto insert = m_db.cached(
        std::string("INSERT INTO ") + kind.table + " (" + columns + ", id) VALUES (" + values + ", ?)");
    if (!insert)
        return tl::unexpected(insert.error());
    bindRow(**insert);
    return (*insert)->run();
}

Result<std::optional<RemoteRecord>> RecordStore::snapshot(const RecordKind &kind, const QString &id)
{
    std::string sql = "SELECT " + std::string(storedColumns);
    for (const char *column : kind.columns)
        sql += std::string(", typeof(") + column + "), " + column;
    sql += std::string(" FROM ") + kind.table + " WHERE id = ?";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(id);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<RemoteRecord> found;
    if (!*row)
        return found;
    const Statement &read = **stmt;
    const StoredRecord stored = readStored(read);
    RemoteRecord record { stored.id, stored.district, stored.version, stored.hlc, stored.origin,
        stored.deleted, {}, stored.body };
    for (int i = 0; i < int(kind.columns.size()); ++i) {
        const int column = 7 + 2 * i;
        const QString type = read.text(column);
        if (type == QLatin1String("integer"))
            record.columns << QVariant(qlonglong(read.int64(column + 1)));
        else if (type == QLatin1String("real"))
            record.columns << QVariant(read.real(column + 1));
        else if (type == QLatin1String("text")) // an empty text stays text, not NULL
            record.columns << QVariant(
                read.text(column + 1).isNull() ? QStringLiteral("") : read.text(column + 1));
        else if (type == QLatin1String("blob"))
            record.columns << QVariant(read.blob(column + 1));
        else
            record.columns << QVariant();
    }
    found = std::move(record);
    return found;
}

Result<> RecordStore::setVersion(const RecordKind &kind, const QString &id, qint64 version)
{
    auto stmt = m_db.cached(std::string("UPDATE ") + kind.table + " SET version = ? WHERE id = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)->bindAll(version, id).run();
}

Result<std::optional<StoredRecord>> RecordStore::get(const RecordKind &kind, const QString &id)
{
    auto stmt = m_db.cached(selectFrom(kind) + "WHERE id = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(id);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<StoredRecord> found;
    if (*row)
        found = readStored(**stmt);
    return found;
}

Result<QList<StoredRecord>> RecordStore::forPerson(const RecordKind &kind, const QString &personId)
{
    auto stmt = m_db.cached(selectFrom(kind) + "WHERE person_id = ? AND deleted = 0 ORDER BY hlc");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(personId);
    QList<StoredRecord> rows;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        rows << readStored(**stmt);
    }
    return rows;
}

} // namespace Nigran::Models
