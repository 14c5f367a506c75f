#include "centre/sqlitecentrestore.h"

#include "centre/centrecolumnscodec.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <mutex>
#include <string>
#include <string_view>

namespace Nigran::Sync {

using Models::Database;
using Models::ErrorCode;
using Models::fail;
using Models::Result;
using Models::Statement;

struct SqliteCentreStore::State
{
    std::timed_mutex mutex;
    Database db;
    std::chrono::milliseconds lockTimeout { 30000 };
    qint64 issuedMax = 0; ///< the highest version handed out by this store (guarded by mutex)
};

namespace {

/// Steps of the schema's history; append-only.
struct CentreMigration
{
    int version;
    std::string_view sql;
};

constexpr CentreMigration Migrations[] = {
    { 1, R"sql(
CREATE TABLE centre_seq (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT INTO centre_seq (id, value) VALUES (1, 0);
CREATE TABLE centre_rows (
    entity TEXT NOT NULL, id TEXT NOT NULL, district TEXT NOT NULL, version INTEGER NOT NULL UNIQUE,
    hlc INTEGER NOT NULL, origin TEXT, deleted INTEGER NOT NULL, columns BLOB NOT NULL, body BLOB,
    PRIMARY KEY (entity, id));
CREATE INDEX centre_rows_district_version ON centre_rows (district, version);
CREATE TABLE centre_batches (
    office_id TEXT NOT NULL, batch_id TEXT NOT NULL, response BLOB, stored_at_ms INTEGER NOT NULL,
    PRIMARY KEY (office_id, batch_id));
CREATE TABLE centre_offices (
    office_id TEXT NOT NULL PRIMARY KEY, district TEXT, audit_seq INTEGER NOT NULL, audit_hash BLOB,
    last_sync_ms INTEGER, chain_problem TEXT);
CREATE TABLE centre_office_audit (
    office_id TEXT NOT NULL, seq INTEGER NOT NULL, at_ms INTEGER, actor TEXT, action TEXT, entity TEXT,
    entity_id TEXT, detail TEXT, prev_hash BLOB, hash BLOB,
    PRIMARY KEY (office_id, seq));
)sql" },
    // Tag fixes: `seq` is the ingest sequence (AUTOINCREMENT: never reused, even after old fixes are
    // removed); writers are serialised, so it grows in commit order. Unknown values are NULL.
    { 2, R"sql(
CREATE TABLE centre_fixes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL, fix_ms INTEGER NOT NULL,
    device_ms INTEGER, received_ms INTEGER NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, accuracy REAL,
    speed REAL, source INTEGER NOT NULL, battery INTEGER, strap INTEGER NOT NULL,
    UNIQUE (device_id, fix_ms));
CREATE INDEX centre_fixes_fix_ms ON centre_fixes (fix_ms);
CREATE TABLE centre_device_assignments (
    device_id TEXT NOT NULL PRIMARY KEY, district TEXT NOT NULL, person_id TEXT NOT NULL,
    order_id TEXT NOT NULL);
CREATE INDEX centre_device_assignments_district ON centre_device_assignments (district);
)sql" },
    // Zone rows by monitoring order (their order_id column), for raising alerts on ingest. Zone rows
    // arrived with schema 2's release, so no stored zone row predates this table.
    { 3, R"sql(
CREATE TABLE centre_order_zones (order_id TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (order_id, id));
)sql" },
};

constexpr int LatestVersion = 3;
static_assert(LatestVersion == SqliteCentreStore::SchemaVersion);

QDateTime fromMs(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime()
                               : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), QTimeZone::utc());
}

std::optional<qint64> toMs(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

constexpr std::string_view RowColumns = "entity, id, district, version, hlc, origin, deleted, columns, body";

Result<WireRow> readRow(const Statement &stmt)
{
    WireRow row;
    row.entity = stmt.text(0);
    row.id = stmt.text(1);
    row.district = stmt.text(2);
    row.version = stmt.int64(3);
    row.hlc = stmt.int64(4);
    row.origin = stmt.text(5);
    row.deleted = stmt.int64(6) != 0;
    auto columns = CentreColumnsCodec::decode(stmt.blob(7));
    if (!columns)
        return tl::unexpected(columns.error());
    row.columns = std::move(*columns);
    row.body = stmt.blob(8);
    return row;
}

constexpr std::string_view FixColumns
    = "seq, device_id, fix_ms, device_ms, received_ms, lat, lon, accuracy, speed, source, battery, strap";

/// Fix times the store accepts (the PostgreSQL store names its partitions by year and month).
constexpr qint64 FirstFixMs = 946684800000LL; // 2000-01-01T00:00:00Z
constexpr qint64 EndFixMs = 4102444800000LL; // 2100-01-01T00:00:00Z

/// SQLite's default limit of bound parameters is 999: device lists are queried in chunks of this size.
constexpr int DevicesPerQuery = 500;

/// A fix's time: Qt::UTC (the same instant as QTimeZone::utc(), without the time-zone backend per value).
QDateTime fixTimeFrom(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
}

StoredFix readFix(const Statement &stmt)
{
    StoredFix stored;
    stored.seq = stmt.int64(0);
    Models::Fix &fix = stored.fix;
    fix.id = stored.seq;
    fix.deviceId = stmt.text(1);
    fix.fixTime = fixTimeFrom(stmt, 2);
    fix.deviceTime = fixTimeFrom(stmt, 3);
    fix.receivedTime = fixTimeFrom(stmt, 4);
    fix.latitude = stmt.real(5);
    fix.longitude = stmt.real(6);
    fix.accuracyMetres = stmt.isNull(7) ? -1.0 : stmt.real(7);
    fix.speedMps = stmt.isNull(8) ? -1.0 : stmt.real(8);
    fix.source = static_cast<Models::FixSource>(stmt.int64(9));
    fix.batteryPercent = stmt.isNull(10) ? -1 : int(stmt.int64(10));
    fix.strap = static_cast<Models::StrapState>(stmt.int64(11));
    return stored;
}

Result<QList<StoredFix>> readFixes(Statement &stmt)
{
    QList<StoredFix> fixes;
    for (;;) {
        auto more = stmt.step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        fixes.append(readFix(stmt));
    }
    return fixes;
}

DeviceAssignment readAssignment(const Statement &stmt)
{
    return { stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3) };
}

Result<int> readSchemaVersion(Database &db)
{
    auto stmt = db.prepare("SELECT value FROM centre_meta WHERE key = 'schema_version'");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto found = stmt->step();
    if (!found)
        return tl::unexpected(found.error());
    return *found ? stmt->text(0).toInt() : 0;
}

/// The schema version of a file, 0 for a new one; a plain read (no write lock).
Result<int> storedSchemaVersion(Database &db)
{
    auto hasMeta
        = db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'centre_meta'");
    if (!hasMeta)
        return tl::unexpected(hasMeta.error());
    if (*hasMeta == 0)
        return 0;
    return readSchemaVersion(db);
}

class SqliteCentreTransaction final : public CentreTransaction
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::SqliteCentreStore)

public:
    SqliteCentreTransaction(std::shared_ptr<SqliteCentreStore::State> state,
        std::unique_lock<std::timed_mutex> lock, Models::Transaction transaction)
        : m_state(std::move(state))
        , m_lock(std::move(lock))
        , m_transaction(std::move(transaction))
    { }

    ~SqliteCentreTransaction() override
    {
        if (m_closed)
            return;
        m_transaction.rollback();
        rememberIssuedVersions();
    }

    Result<> commit() override
    {
        NIGRAN_TRY(usable());
        m_closed = true;
        auto done = m_transaction.commit(); // rolls back when it fails
        if (!done)
            rememberIssuedVersions();
        m_lock.unlock(); // the next writer may start while this object still lives
        return done;
    }

    Result<qint64> nextVersion() override
    {
        NIGRAN_TRY(usable());
        Database &db = m_state->db;
        auto update = db.cached("UPDATE centre_seq SET value = max(value, ?1) + 1 WHERE id = 1");
        if (!update)
            return tl::unexpected(update.error());
        NIGRAN_TRY((*update)->bindAll(m_state->issuedMax).run());
        auto version = db.queryInt("SELECT value FROM centre_seq WHERE id = 1");
        if (!version)
            return version;
        m_state->issuedMax = *version;
        m_issued = true;
        return *version;
    }

    Result<std::optional<WireRow>> row(const QString &entity, const QString &id) override
    {
        NIGRAN_TRY(usable());
        static const std::string sql
            = "SELECT " + std::string(RowColumns) + " FROM centre_rows WHERE entity = ? AND id = ?";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        auto found = (*stmt)->bindAll(entity, id).step();
        if (!found)
            return tl::unexpected(found.error());
        if (!*found)
            return std::optional<WireRow>();
        auto row = readRow(**stmt);
        if (!row)
            return tl::unexpected(row.error());
        return std::optional<WireRow>(std::move(*row));
    }

    Result<> putRow(const WireRow &row) override
    {
        NIGRAN_TRY(usable());
        if (row.version <= 0)
            return fail(ErrorCode::InvalidInput,
                tr("A row stored at the centre needs a version from the centre's sequence (entity %1).")
                    .arg(row.entity));
        auto columns = CentreColumnsCodec::encode(row.columns);
        if (!columns)
            return tl::unexpected(columns.error());
        static const std::string sql = "INSERT OR REPLACE INTO centre_rows (" + std::string(RowColumns)
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        NIGRAN_TRY((*stmt)
                       ->bindAll(row.entity, row.id, row.district, row.version, row.hlc, row.origin,
                           row.deleted, *columns, row.body)
                       .run());
        const auto orderId = zoneOrderId(row);
        if (!orderId)
            return {};
        auto indexed
            = m_state->db.cached("INSERT OR IGNORE INTO centre_order_zones (order_id, id) VALUES (?, ?)");
        if (!indexed)
            return tl::unexpected(indexed.error());
        return (*indexed)->bindAll(*orderId, row.id).run();
    }

    Result<QList<WireRow>> orderZoneRows(const QString &district, const QString &orderId) override
    {
        NIGRAN_TRY(usable());
        static const std::string sql = "SELECT " + std::string(RowColumns)
            + " FROM centre_rows WHERE entity = 'zones' AND district = ? AND id IN (SELECT id FROM "
              "centre_order_zones WHERE order_id = ?) ORDER BY version";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bindAll(district, orderId);
        QList<WireRow> rows;
        for (;;) {
            auto more = (*stmt)->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                return rows;
            auto row = readRow(**stmt);
            if (!row)
                return tl::unexpected(row.error());
            rows.append(std::move(*row));
        }
    }

    Result<QList<WireRow>> changesSince(const QString &district, qint64 cursor, int limit) override
    {
        NIGRAN_TRY(usable());
        QList<WireRow> rows;
        if (limit <= 0)
            return rows;
        static const std::string sql = "SELECT " + std::string(RowColumns)
            + " FROM centre_rows WHERE district = ? AND version > ? ORDER BY version LIMIT ?";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bindAll(district, cursor, limit);
        for (;;) {
            auto more = (*stmt)->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            auto row = readRow(**stmt);
            if (!row)
                return tl::unexpected(row.error());
            rows.append(std::move(*row));
        }
        return rows;
    }

    Result<std::optional<QByteArray>> batchResponse(const QString &officeId, const QString &batchId) override
    {
        NIGRAN_TRY(usable());
        auto stmt
            = m_state->db.cached("SELECT response FROM centre_batches WHERE office_id = ? AND batch_id = ?");
        if (!stmt)
            return tl::unexpected(stmt.error());
        auto found = (*stmt)->bindAll(officeId, batchId).step();
        if (!found)
            return tl::unexpected(found.error());
        if (!*found)
            return std::optional<QByteArray>();
        QByteArray response = (*stmt)->blob(0);
        if (response.isNull())
            response = QByteArray("");
        return std::optional<QByteArray>(std::move(response));
    }

    Result<> saveBatchResponse(
        const QString &officeId, const QString &batchId, const QByteArray &response) override
    {
        NIGRAN_TRY(usable());
        auto stmt = m_state->db.cached("INSERT OR REPLACE INTO centre_batches (office_id, batch_id, "
                                       "response, stored_at_ms) VALUES (?, ?, ?, ?)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        return (*stmt)
            ->bindAll(officeId, batchId, response, qint64(QDateTime::currentMSecsSinceEpoch()))
            .run();
    }

    Result<std::optional<OfficeRecord>> office(const QString &officeId) override
    {
        NIGRAN_TRY(usable());
        auto stmt = m_state->db.cached("SELECT office_id, district, audit_seq, audit_hash, last_sync_ms, "
                                       "chain_problem FROM centre_offices WHERE office_id = ?");
        if (!stmt)
            return tl::unexpected(stmt.error());
        auto found = (*stmt)->bindAll(officeId).step();
        if (!found)
            return tl::unexpected(found.error());
        if (!*found)
            return std::optional<OfficeRecord>();
        return std::optional<OfficeRecord>(readOffice(**stmt));
    }

    Result<> putOffice(const OfficeRecord &office) override
    {
        NIGRAN_TRY(usable());
        auto stmt
            = m_state->db.cached("INSERT OR REPLACE INTO centre_offices (office_id, district, audit_seq, "
                                 "audit_hash, last_sync_ms, chain_problem) VALUES (?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        return (*stmt)
            ->bindAll(office.officeId, office.district, office.acceptedAuditHead.seq,
                office.acceptedAuditHead.hash, toMs(office.lastSync), office.chainProblem)
            .run();
    }

    Result<QList<OfficeRecord>> offices() override
    {
        NIGRAN_TRY(usable());
        auto stmt = m_state->db.cached("SELECT office_id, district, audit_seq, audit_hash, last_sync_ms, "
                                       "chain_problem FROM centre_offices ORDER BY office_id");
        if (!stmt)
            return tl::unexpected(stmt.error());
        QList<OfficeRecord> offices;
        for (;;) {
            auto more = (*stmt)->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            offices.append(readOffice(**stmt));
        }
        return offices;
    }

    Result<> appendAudit(const QString &officeId, const QList<Models::AuditEntry> &entries) override
    {
        NIGRAN_TRY(usable());
        if (entries.isEmpty())
            return {};
        auto last = m_state->db.cached("SELECT max(seq) FROM centre_office_audit WHERE office_id = ?");
        if (!last)
            return tl::unexpected(last.error());
        auto found = (*last)->bindAll(officeId).step();
        if (!found)
            return tl::unexpected(found.error());
        const bool hasStored = *found && !(*last)->isNull(0);
        qint64 previous = hasStored ? (*last)->int64(0) : entries.first().seq - 1;
        (*last)->reset();
        auto insert = m_state->db.cached(
            "INSERT INTO centre_office_audit (office_id, seq, at_ms, actor, action, entity, entity_id, "
            "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return tl::unexpected(insert.error());
        for (const Models::AuditEntry &entry : entries) {
            if (entry.seq != previous + 1)
                return fail(ErrorCode::InvalidInput,
                    tr("Audit entry %1 of office %2 does not continue the stored chain (expected entry %3).")
                        .arg(entry.seq)
                        .arg(officeId)
                        .arg(previous + 1));
            NIGRAN_TRY((*insert)
                           ->bindAll(officeId, entry.seq, toMs(entry.at), entry.actor, entry.action,
                               entry.entity, entry.entityId, entry.detail, entry.prevHash, entry.hash)
                           .run());
            previous = entry.seq;
        }
        return {};
    }

    Result<QList<Models::AuditEntry>> auditEntries(
        const QString &officeId, qint64 fromSeq, int limit) override
    {
        NIGRAN_TRY(usable());
        QList<Models::AuditEntry> entries;
        if (limit <= 0)
            return entries;
        auto stmt = m_state->db.cached(
            "SELECT seq, at_ms, actor, action, entity, entity_id, detail, prev_hash, hash FROM "
            "centre_office_audit WHERE office_id = ? AND seq > ? ORDER BY seq LIMIT ?");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bindAll(officeId, fromSeq, limit);
        for (;;) {
            auto more = (*stmt)->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            const Statement &s = **stmt;
            Models::AuditEntry entry;
            entry.seq = s.int64(0);
            entry.at = fromMs(s, 1);
            entry.actor = s.text(2);
            entry.action = s.text(3);
            entry.entity = s.text(4);
            entry.entityId = s.text(5);
            entry.detail = s.text(6);
            entry.prevHash = s.blob(7);
            entry.hash = s.blob(8);
            entries.append(std::move(entry));
        }
        return entries;
    }

    Result<QList<StoredFix>> storeFixes(const QList<Models::Fix> &fixes, const QDateTime &receivedAt) override
    {
        NIGRAN_TRY(usable());
        if (!receivedAt.isValid())
            return fail(
                ErrorCode::InvalidInput, tr("Fixes cannot be stored without the time they were received."));
        for (qsizetype i = 0; i < fixes.size(); ++i) {
            const qint64 ms = fixes[i].fixTime.isValid() ? fixes[i].fixTime.toMSecsSinceEpoch() : 0;
            if (fixes[i].deviceId.isEmpty() || ms < FirstFixMs || ms >= EndFixMs)
                return fail(ErrorCode::InvalidInput,
                    tr("Fix %1 of the batch has no device or a fix time outside 2000–2099; nothing was "
                       "stored.")
                        .arg(i));
        }
        QList<StoredFix> stored;
        if (fixes.isEmpty())
            return stored;
        static const std::string sql = "INSERT OR IGNORE INTO centre_fixes ("
            + std::string(FixColumns).substr(5) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        const qint64 received = receivedAt.toMSecsSinceEpoch();
        const QDateTime receivedUtc = QDateTime::fromMSecsSinceEpoch(received, QTimeZone::utc());
        for (const Models::Fix &fix : fixes) {
            NIGRAN_TRY((*stmt)
                           ->bindAll(fix.deviceId, fix.fixTime.toMSecsSinceEpoch(), toMs(fix.deviceTime),
                               received, fix.latitude, fix.longitude,
                               fix.hasAccuracy() ? std::optional<double>(fix.accuracyMetres) : std::nullopt,
                               fix.hasSpeed() ? std::optional<double>(fix.speedMps) : std::nullopt,
                               qint64(fix.source),
                               fix.hasBattery() ? std::optional<qint64>(fix.batteryPercent) : std::nullopt,
                               qint64(fix.strap))
                           .run());
            if (m_state->db.changes() == 0)
                continue; // stored before: a duplicate
            StoredFix &added = stored.emplace_back();
            added.seq = m_state->db.lastInsertRowId();
            added.fix = fix;
            added.fix.id = added.seq;
            added.fix.receivedTime = receivedUtc;
        }
        return stored;
    }

    Result<QList<StoredFix>> fixesSince(
        const QStringList &devices, qint64 cursor, const QDateTime &notBefore, int limit) override
    {
        NIGRAN_TRY(usable());
        QList<StoredFix> fixes;
        if (limit <= 0 || devices.isEmpty())
            return fixes;
        const qint64 from
            = notBefore.isValid() ? notBefore.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        // Each chunk of devices yields its first `limit` fixes by seq; the merged first `limit` of those
        // are the answer.
        for (qsizetype start = 0; start < devices.size(); start += DevicesPerQuery) {
            const QStringList chunk = devices.mid(start, DevicesPerQuery);
            std::string sql = "SELECT " + std::string(FixColumns)
                + " FROM centre_fixes WHERE seq > ? AND fix_ms >= ? AND device_id IN (?";
            for (qsizetype i = 1; i < chunk.size(); ++i)
                sql += ", ?";
            sql += ") ORDER BY seq LIMIT ?";
            auto stmt = m_state->db.prepare(sql);
            if (!stmt)
                return tl::unexpected(stmt.error());
            stmt->bind(1, cursor).bind(2, from);
            int index = 2;
            for (const QString &device : chunk)
                stmt->bind(++index, device);
            stmt->bind(++index, limit);
            auto found = readFixes(*stmt);
            if (!found)
                return found;
            fixes.append(std::move(*found));
        }
        if (devices.size() > DevicesPerQuery) {
            std::sort(fixes.begin(), fixes.end(),
                [](const StoredFix &a, const StoredFix &b) { return a.seq < b.seq; });
            if (fixes.size() > limit)
                fixes.resize(limit);
        }
        return fixes;
    }

    Result<QList<StoredFix>> deviceFixes(
        const QString &deviceId, const QDateTime &from, const QDateTime &to, int limit) override
    {
        NIGRAN_TRY(usable());
        if (limit <= 0)
            return QList<StoredFix>();
        static const std::string sql = "SELECT " + std::string(FixColumns)
            + " FROM centre_fixes WHERE device_id = ? AND fix_ms >= ? AND fix_ms < ? ORDER BY fix_ms LIMIT ?";
        auto stmt = m_state->db.cached(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bindAll(deviceId,
            from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
            to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), limit);
        return readFixes(**stmt);
    }

    Result<qint64> lastFixSeq() override
    {
        NIGRAN_TRY(usable());
        return m_state->db.queryInt("SELECT coalesce(max(seq), 0) FROM centre_fixes");
    }

    Result<> putDeviceAssignment(const DeviceAssignment &assignment) override
    {
        NIGRAN_TRY(usable());
        if (assignment.deviceId.isEmpty() || assignment.district.isEmpty())
            return fail(ErrorCode::InvalidInput,
                tr("A device assignment needs a device and a district (order %1).").arg(assignment.orderId));
        auto stmt = m_state->db.cached("INSERT OR REPLACE INTO centre_device_assignments (device_id, "
                                       "district, person_id, order_id) VALUES (?, ?, ?, ?)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        return (*stmt)
            ->bindAll(assignment.deviceId, assignment.district, assignment.personId, assignment.orderId)
            .run();
    }

    Result<std::optional<DeviceAssignment>> deviceAssignment(const QString &deviceId) override
    {
        NIGRAN_TRY(usable());
        auto stmt = m_state->db.cached("SELECT device_id, district, person_id, order_id FROM "
                                       "centre_device_assignments WHERE device_id = ?");
        if (!stmt)
            return tl::unexpected(stmt.error());
        auto found = (*stmt)->bindAll(deviceId).step();
        if (!found)
            return tl::unexpected(found.error());
        if (!*found)
            return std::optional<DeviceAssignment>();
        return std::optional<DeviceAssignment>(readAssignment(**stmt));
    }

    Result<QList<DeviceAssignment>> districtDevices(const QString &district) override
    {
        NIGRAN_TRY(usable());
        auto stmt = m_state->db.cached("SELECT device_id, district, person_id, order_id FROM "
                                       "centre_device_assignments WHERE district = ? ORDER BY device_id");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bindAll(district);
        QList<DeviceAssignment> assignments;
        for (;;) {
            auto more = (*stmt)->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            assignments.append(readAssignment(**stmt));
        }
        return assignments;
    }

private:
    Result<> usable() const
    {
        if (m_closed)
            return fail(ErrorCode::Database, tr("The centre's store transaction is already finished."));
        return {};
    }

    static OfficeRecord readOffice(const Statement &stmt)
    {
        OfficeRecord office;
        office.officeId = stmt.text(0);
        office.district = stmt.text(1);
        office.acceptedAuditHead.seq = stmt.int64(2);
        office.acceptedAuditHead.hash = stmt.blob(3);
        office.lastSync = fromMs(stmt, 4);
        office.chainProblem = stmt.text(5);
        return office;
    }

    /// After a rollback, keeps the numbers this transaction handed out from being
    /// handed out again, even after a restart (the sequence row itself was rolled
    /// back).
    void rememberIssuedVersions()
    {
        if (!m_issued)
            return;
        m_issued = false;
        auto stmt = m_state->db.prepare("UPDATE centre_seq SET value = ?1 WHERE id = 1 AND value < ?1");
        if (stmt)
            (void)stmt->bindAll(m_state->issuedMax).run();
    }

    std::shared_ptr<SqliteCentreStore::State> m_state;
    std::unique_lock<std::timed_mutex> m_lock; // declared before m_transaction: released after it
    Models::Transaction m_transaction;
    bool m_closed = false; ///< committed, or rolled back by a failed commit
    bool m_issued = false;
};

} // namespace

SqliteCentreStore::SqliteCentreStore(std::shared_ptr<State> state)
    : m_state(std::move(state))
{ }

SqliteCentreStore::~SqliteCentreStore() = default;

Result<std::unique_ptr<SqliteCentreStore>> SqliteCentreStore::open(
    const QString &path, std::chrono::milliseconds lockTimeout)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No file was given for the centre's SQLite store."));
    auto db = Database::openUnencrypted(path, { .create = true, .cacheSizeKiB = 65536 });
    if (!db && db.error().code == ErrorCode::WrongKey) // SQLITE_NOTADB: there is no key here
        return fail(ErrorCode::Corrupt,
            tr("The centre's store %1 is not an SQLite database, or it is encrypted or damaged.").arg(path));
    if (!db)
        return fail(db.error().code,
            tr("The centre's store %1 could not be opened: %2").arg(path, db.error().message));
    // Journal mode stays as Database sets it (DELETE, synchronous FULL): switching one connection to
    // WAL would make every later open by another process fail with "database is locked".
    //
    // Another process (serve, status, exchange) may hold the file's write lock for the length of one
    // transaction: wait for it as long as for this store's own lock, not SQLite's default five seconds.
    NIGRAN_TRY(db->exec("PRAGMA busy_timeout = " + std::to_string(qMax<qint64>(1, lockTimeout.count()))));
    // A file already at this schema is only read here, so opening it never waits for another writer.
    auto stored = storedSchemaVersion(*db);
    if (!stored)
        return fail(stored.error().code,
            tr("The centre's store %1 could not be read: %2").arg(path, stored.error().message));
    if (*stored != LatestVersion) {
        auto tx = Models::Transaction::begin(*db);
        if (!tx)
            return tl::unexpected(tx.error());
        NIGRAN_TRY(
            db->exec("CREATE TABLE IF NOT EXISTS centre_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT)"));
        auto current = readSchemaVersion(*db);
        if (!current)
            return tl::unexpected(current.error());
        if (*current > LatestVersion)
            return fail(ErrorCode::SchemaTooNew,
                tr("The centre's store %1 has schema version %2, newer than this program's %3.")
                    .arg(path)
                    .arg(*current)
                    .arg(LatestVersion));
        for (const CentreMigration &migration : Migrations) {
            if (migration.version <= *current)
                continue;
            NIGRAN_TRY(db->exec(migration.sql));
        }
        if (*current < LatestVersion) {
            auto set
                = db->prepare("INSERT OR REPLACE INTO centre_meta (key, value) VALUES ('schema_version', ?)");
            if (!set)
                return tl::unexpected(set.error());
            NIGRAN_TRY(set->bindAll(QString::number(LatestVersion)).run());
        }
        NIGRAN_TRY(tx->commit());
    }
    auto state = std::make_shared<State>();
    state->db = std::move(*db);
    state->lockTimeout = lockTimeout;
    return std::unique_ptr<SqliteCentreStore>(new SqliteCentreStore(std::move(state)));
}

Result<std::unique_ptr<CentreTransaction>> SqliteCentreStore::begin()
{
    std::unique_lock lock(m_state->mutex, std::defer_lock);
    if (!lock.try_lock_for(m_state->lockTimeout))
        return fail(ErrorCode::Database,
            tr("The centre's store is busy: no transaction could start within %1 seconds.")
                .arg(m_state->lockTimeout.count() / 1000.0));
    auto tx = Models::Transaction::begin(m_state->db);
    if (!tx)
        return tl::unexpected(tx.error());
    if (tx->isNested())
        return fail(ErrorCode::Database, tr("The centre's store is already inside a transaction."));
    return std::unique_ptr<CentreTransaction>(
        new SqliteCentreTransaction(m_state, std::move(lock), std::move(*tx)));
}

QString SqliteCentreStore::backendName() const
{
    return QStringLiteral("sqlite");
}

Result<int> SqliteCentreStore::schemaVersion()
{
    std::unique_lock lock(m_state->mutex, std::defer_lock);
    if (!lock.try_lock_for(m_state->lockTimeout))
        return fail(ErrorCode::Database,
            tr("The centre's store is busy: no transaction could start within %1 seconds.")
                .arg(m_state->lockTimeout.count() / 1000.0));
    return readSchemaVersion(m_state->db);
}

} // namespace Nigran::Sync
