#include "centre/sqlitecentrestore.h"

#include "centre/centrecolumnscodec.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QTimeZone>

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
};

constexpr int LatestVersion = 1;
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
        return (*stmt)
            ->bindAll(row.entity, row.id, row.district, row.version, row.hlc, row.origin, row.deleted,
                *columns, row.body)
            .run();
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
