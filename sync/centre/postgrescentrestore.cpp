#include "centre/postgrescentrestore.h"

#include "centre/centrecolumnscodec.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QTimeZone>

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <charconv>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Nigran::Sync {

using Models::Error;
using Models::ErrorCode;
using Models::fail;
using Models::Result;

namespace {

/// The advisory lock that serialises the centre's writers (any 64-bit constant of our own).
constexpr long long WriterLockKey = 0x4e6967726e430001LL; // "NigrnC" 1

/// Steps of the schema's history; append-only.
struct CentreMigration
{
    int version;
    const char *sql;
};

constexpr CentreMigration Migrations[] = {
    { 1, R"sql(
CREATE SEQUENCE centre_version_seq AS BIGINT START 1 MINVALUE 1 NO CYCLE;
CREATE TABLE centre_rows (
    entity TEXT NOT NULL, id TEXT NOT NULL, district TEXT NOT NULL, version BIGINT NOT NULL UNIQUE,
    hlc BIGINT NOT NULL, origin TEXT NOT NULL, deleted BOOLEAN NOT NULL, columns BYTEA NOT NULL,
    body BYTEA NOT NULL,
    PRIMARY KEY (entity, id));
CREATE INDEX centre_rows_district_version ON centre_rows (district, version);
CREATE TABLE centre_batches (
    office_id TEXT NOT NULL, batch_id TEXT NOT NULL, response BYTEA NOT NULL, stored_at_ms BIGINT NOT NULL,
    PRIMARY KEY (office_id, batch_id));
CREATE TABLE centre_offices (
    office_id TEXT NOT NULL PRIMARY KEY, district TEXT NOT NULL, audit_seq BIGINT NOT NULL,
    audit_hash BYTEA NOT NULL, last_sync_ms BIGINT, chain_problem TEXT NOT NULL);
CREATE TABLE centre_office_audit (
    office_id TEXT NOT NULL, seq BIGINT NOT NULL, at_ms BIGINT, actor TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, detail TEXT NOT NULL, prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL,
    PRIMARY KEY (office_id, seq));
)sql" },
    // Tag fixes, partitioned by month of fix time (partitions centre_fixes_YYYY_MM are made on demand
    // by ingestFixes under the writer lock). `seq` comes from its own SEQUENCE; writers are serialised,
    // so it grows in commit order. Unknown values are NULL.
    { 2, R"sql(
CREATE SEQUENCE centre_fix_seq AS BIGINT START 1 MINVALUE 1 NO CYCLE;
CREATE TABLE centre_fixes (
    seq BIGINT NOT NULL, device_id TEXT NOT NULL, fix_time TIMESTAMPTZ NOT NULL, device_time TIMESTAMPTZ,
    received_time TIMESTAMPTZ NOT NULL, lat DOUBLE PRECISION NOT NULL, lon DOUBLE PRECISION NOT NULL,
    accuracy DOUBLE PRECISION, speed DOUBLE PRECISION, source SMALLINT NOT NULL, battery SMALLINT,
    strap SMALLINT NOT NULL,
    PRIMARY KEY (device_id, fix_time)) PARTITION BY RANGE (fix_time);
CREATE INDEX centre_fixes_seq ON centre_fixes (seq);
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
static_assert(LatestVersion == PostgresCentreStore::SchemaVersion);

/// Prepared on every pooled connection.
constexpr std::pair<const char *, const char *> Statements[] = {
    { "next_version", "SELECT nextval('centre_version_seq')" },
    { "row",
        "SELECT entity, id, district, version, hlc, origin, deleted, columns, body FROM centre_rows WHERE "
        "entity = $1 AND id = $2" },
    { "put_row",
        "INSERT INTO centre_rows (entity, id, district, version, hlc, origin, deleted, columns, body) VALUES "
        "($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (entity, id) DO UPDATE SET district = "
        "EXCLUDED.district, version = EXCLUDED.version, hlc = EXCLUDED.hlc, origin = EXCLUDED.origin, "
        "deleted = EXCLUDED.deleted, columns = EXCLUDED.columns, body = EXCLUDED.body" },
    { "changes",
        "SELECT entity, id, district, version, hlc, origin, deleted, columns, body FROM centre_rows WHERE "
        "district = $1 AND version > $2 ORDER BY version LIMIT $3" },
    { "index_order_zone",
        "INSERT INTO centre_order_zones (order_id, id) VALUES ($1, $2) ON CONFLICT DO NOTHING" },
    { "order_zones",
        "SELECT entity, id, district, version, hlc, origin, deleted, columns, body FROM centre_rows WHERE "
        "entity = 'zones' AND district = $1 AND id IN (SELECT id FROM centre_order_zones WHERE order_id = "
        "$2) ORDER BY version" },
    { "batch", "SELECT response FROM centre_batches WHERE office_id = $1 AND batch_id = $2" },
    { "save_batch",
        "INSERT INTO centre_batches (office_id, batch_id, response, stored_at_ms) VALUES ($1, $2, $3, $4) ON "
        "CONFLICT (office_id, batch_id) DO UPDATE SET response = EXCLUDED.response, stored_at_ms = "
        "EXCLUDED.stored_at_ms" },
    { "office",
        "SELECT office_id, district, audit_seq, audit_hash, last_sync_ms, chain_problem FROM centre_offices "
        "WHERE office_id = $1" },
    { "offices",
        "SELECT office_id, district, audit_seq, audit_hash, last_sync_ms, chain_problem FROM centre_offices "
        "ORDER BY office_id" },
    { "put_office",
        "INSERT INTO centre_offices (office_id, district, audit_seq, audit_hash, last_sync_ms, "
        "chain_problem) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (office_id) DO UPDATE SET district = "
        "EXCLUDED.district, audit_seq = EXCLUDED.audit_seq, audit_hash = EXCLUDED.audit_hash, last_sync_ms = "
        "EXCLUDED.last_sync_ms, chain_problem = EXCLUDED.chain_problem" },
    { "audit_last", "SELECT max(seq) FROM centre_office_audit WHERE office_id = $1" },
    { "append_audit",
        "INSERT INTO centre_office_audit (office_id, seq, at_ms, actor, action, entity, entity_id, detail, "
        "prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)" },
    { "audit",
        "SELECT seq, at_ms, actor, action, entity, entity_id, detail, prev_hash, hash FROM "
        "centre_office_audit WHERE office_id = $1 AND seq > $2 ORDER BY seq LIMIT $3" },
    // One statement per batch: the fixes travel as arrays (one per column), so a batch of thousands is
    // one round trip. nextval() is taken for duplicates too (gaps, never reuse).
    { "ingest_fixes",
        "INSERT INTO centre_fixes (seq, device_id, fix_time, device_time, received_time, lat, lon, accuracy, "
        "speed, source, battery, strap) SELECT nextval('centre_fix_seq'), d, timestamptz 'epoch' + f * "
        "interval '1 millisecond', timestamptz 'epoch' + dt * interval '1 millisecond', timestamptz 'epoch' "
        "+ $11::bigint * interval '1 millisecond', la, lo, ac, sp, so, ba, st FROM unnest($1::text[], "
        "$2::bigint[], $3::bigint[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::int2[], "
        "$9::int2[], $10::int2[]) AS t(d, f, dt, la, lo, ac, sp, so, ba, st) ON CONFLICT DO NOTHING "
        "RETURNING "
        "seq, device_id, (extract(epoch FROM fix_time) * 1000)::bigint" },
    { "fixes_since",
        "SELECT seq, device_id, (extract(epoch FROM fix_time) * 1000)::bigint, (extract(epoch FROM "
        "device_time) * 1000)::bigint, (extract(epoch FROM received_time) * 1000)::bigint, lat, lon, "
        "accuracy, speed, source, battery, strap FROM centre_fixes WHERE device_id = ANY($1::text[]) AND seq "
        "> $2 AND fix_time >= timestamptz 'epoch' + $3::bigint * interval '1 millisecond' ORDER BY seq "
        "LIMIT $4" },
    { "device_fixes",
        "SELECT seq, device_id, (extract(epoch FROM fix_time) * 1000)::bigint, (extract(epoch FROM "
        "device_time) * 1000)::bigint, (extract(epoch FROM received_time) * 1000)::bigint, lat, lon, "
        "accuracy, speed, source, battery, strap FROM centre_fixes WHERE device_id = $1 AND fix_time >= "
        "timestamptz 'epoch' + $2::bigint * interval '1 millisecond' AND fix_time < timestamptz 'epoch' + "
        "$3::bigint * interval '1 millisecond' ORDER BY fix_time LIMIT $4" },
    { "last_fix_seq", "SELECT coalesce(max(seq), 0) FROM centre_fixes" },
    { "partition_exists", "SELECT to_regclass($1) IS NOT NULL" },
    { "put_assignment",
        "INSERT INTO centre_device_assignments (device_id, district, person_id, order_id) VALUES ($1, $2, "
        "$3, $4) ON CONFLICT (device_id) DO UPDATE SET district = EXCLUDED.district, person_id = "
        "EXCLUDED.person_id, order_id = EXCLUDED.order_id" },
    { "assignment",
        "SELECT device_id, district, person_id, order_id FROM centre_device_assignments WHERE device_id = "
        "$1" },
    { "district_devices",
        "SELECT device_id, district, person_id, order_id FROM centre_device_assignments WHERE district = $1 "
        "ORDER BY device_id" },
};

/// Fix times the store accepts (partitions are named by year and month).
constexpr qint64 FirstFixMs = 946684800000LL; // 2000-01-01T00:00:00Z
constexpr qint64 EndFixMs = 4102444800000LL; // 2100-01-01T00:00:00Z

/// A month as year * 12 + (month - 1).
int monthIndex(qint64 ms)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
    return date.year() * 12 + date.month() - 1;
}

/// "centre_fixes_2026_11": the partition of one month.
std::string partitionName(int month)
{
    char name[32];
    std::snprintf(name, sizeof name, "centre_fixes_%04d_%02d", month / 12, month % 12 + 1);
    return name;
}

std::string monthStart(int month)
{
    char start[32];
    std::snprintf(start, sizeof start, "%04d-%02d-01 00:00:00+00", month / 12, month % 12 + 1);
    return start;
}

/// A PostgreSQL array literal from already formatted elements (nullopt → NULL).
class ArrayLiteral
{
public:
    explicit ArrayLiteral(qsizetype size) { m_text.reserve(std::size_t(size) * 12 + 2); }
    void add(std::string_view element)
    {
        m_text += m_text.empty() ? '{' : ',';
        m_text += element;
    }
    void addNumber(qint64 value) { add(std::to_string(value)); }
    void addNumber(double value)
    {
        char buffer[40];
        const auto done = std::to_chars(buffer, buffer + sizeof buffer, value);
        add(std::string_view(buffer, std::size_t(done.ptr - buffer)));
    }
    void addNull() { add("NULL"); }
    void addText(const QString &value)
    {
        const QByteArray bytes = value.toUtf8();
        m_text += m_text.empty() ? '{' : ',';
        m_text += '"';
        for (char c : bytes) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    std::string finish()
    {
        if (m_text.empty())
            return "{}";
        m_text += '}';
        return std::move(m_text);
    }

private:
    std::string m_text;
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

pqxx::binarystring bytes(const QByteArray &data)
{
    return pqxx::binarystring(data.constData(), std::size_t(data.size()));
}

std::string textArray(const QStringList &values)
{
    ArrayLiteral array(values.size());
    for (const QString &value : values)
        array.addText(value);
    return array.finish();
}

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str(), qsizetype(field.size()));
}

QByteArray blob(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    const pqxx::binarystring data(field);
    return QByteArray(reinterpret_cast<const char *>(data.data()), qsizetype(data.size()));
}

/// A fix's time: Qt::UTC (the same instant as QTimeZone::utc(), without the time-zone backend per value).
QDateTime fixTimeFrom(const pqxx::field &field)
{
    return field.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(field.as<long long>(), Qt::UTC);
}

QDateTime timeFrom(const pqxx::field &field)
{
    return field.is_null() ? QDateTime()
                           : QDateTime::fromMSecsSinceEpoch(field.as<long long>(), QTimeZone::utc());
}

/// A nullable BIGINT parameter as text: null pointer for SQL NULL.
struct MsParam
{
    explicit MsParam(const QDateTime &time)
        : valid(time.isValid())
        , text(valid ? std::to_string(time.toMSecsSinceEpoch()) : std::string())
    { }
    const char *get() const { return valid ? text.c_str() : nullptr; }
    bool valid;
    std::string text;
};

/// An Error for a libpqxx exception: which operation failed and the SQLSTATE, never data values.
Error errorFor(const std::exception &exception, const char *operation)
{
    const QString what = QString::fromLatin1(operation);
    if (dynamic_cast<const pqxx::broken_connection *>(&exception))
        return { ErrorCode::Database,
            PostgresCentreStore::tr("The connection to the PostgreSQL store was lost during %1.").arg(what),
            {} };
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&exception)) {
        const QString state = QString::fromStdString(sql->sqlstate());
        if (state == QLatin1String("55P03") || state == QLatin1String("57014"))
            return { ErrorCode::Database,
                PostgresCentreStore::tr("The PostgreSQL store is busy: %1 waited too long for a lock.")
                    .arg(what),
                {} };
        if (state.startsWith(QLatin1String("23")))
            return { ErrorCode::InvalidInput,
                PostgresCentreStore::tr(
                    "The PostgreSQL store refused %1: it breaks a rule of the database (SQLSTATE %2).")
                    .arg(what, state),
                {} };
        return { ErrorCode::Database,
            PostgresCentreStore::tr("The PostgreSQL store failed during %1 (SQLSTATE %2).").arg(what, state),
            {} };
    }
    return { ErrorCode::Database, PostgresCentreStore::tr("The PostgreSQL store failed during %1.").arg(what),
        {} };
}

/// The first line of a libpq connection error (host, port, database, role: no password, no data).
QString connectionProblem(const std::exception &exception)
{
    QString message = QString::fromUtf8(exception.what()).trimmed();
    const qsizetype newline = message.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        message.truncate(newline);
    return message.left(300);
}

} // namespace

struct PostgresCentreStore::Pool
{
    std::string connection;
    Options options;
    std::mutex mutex;
    std::condition_variable released;
    std::vector<std::unique_ptr<pqxx::connection>> idle;
    int total = 0; ///< open connections, idle or lent
    std::set<int> partitions; ///< months whose fix partition is known to exist (committed)

    bool hasPartition(int month)
    {
        std::lock_guard lock(mutex);
        return partitions.count(month) != 0;
    }
    void addPartitions(const std::set<int> &months)
    {
        std::lock_guard lock(mutex);
        partitions.insert(months.begin(), months.end());
    }

    /// A new connection with the statements prepared; throws like pqxx.
    std::unique_ptr<pqxx::connection> connect() const
    {
        auto conn = std::make_unique<pqxx::connection>(connection);
        conn->set_client_encoding("UTF8");
        for (const auto &[name, sql] : Statements)
            conn->prepare(name, sql);
        return conn;
    }

    Result<std::unique_ptr<pqxx::connection>> acquire()
    {
        std::unique_lock lock(mutex);
        const auto deadline = std::chrono::steady_clock::now() + options.lockTimeout;
        while (idle.empty() && total >= options.maxConnections) {
            if (released.wait_until(lock, deadline) == std::cv_status::timeout && idle.empty()
                && total >= options.maxConnections)
                return fail(ErrorCode::Database,
                    tr("The PostgreSQL store is busy: all %1 connections stayed in use.")
                        .arg(options.maxConnections));
        }
        if (!idle.empty()) {
            auto conn = std::move(idle.back());
            idle.pop_back();
            return conn;
        }
        ++total;
        lock.unlock();
        try {
            return connect();
        } catch (const std::exception &exception) {
            lock.lock();
            --total;
            released.notify_one();
            return fail(ErrorCode::Database,
                tr("Cannot connect to the PostgreSQL store: %1").arg(connectionProblem(exception)));
        }
    }

    void release(std::unique_ptr<pqxx::connection> conn, bool broken)
    {
        std::unique_lock lock(mutex);
        if (broken || !conn)
            --total;
        else
            idle.push_back(std::move(conn));
        lock.unlock();
        released.notify_one();
    }
};

namespace {

class PostgresCentreTransaction final : public CentreTransaction
{
public:
    PostgresCentreTransaction(
        std::shared_ptr<PostgresCentreStore::Pool> pool, std::unique_ptr<pqxx::connection> connection)
        : m_pool(std::move(pool))
        , m_connection(std::move(connection))
    { }

    ~PostgresCentreTransaction() override
    {
        if (m_work) {
            try {
                m_work->abort();
            } catch (const std::exception &) {
                m_broken = true;
            }
        }
        finish();
    }

    /// Opens the pqxx transaction and takes the writer lock.
    Result<> start(std::chrono::milliseconds lockTimeout)
    {
        return guarded("the start of a transaction", [&]() -> Result<> {
            m_work = std::make_unique<pqxx::work>(*m_connection);
            // One round trip; both values are our own constants.
            m_work->exec("SET LOCAL lock_timeout = " + std::to_string(lockTimeout.count())
                + "; SELECT pg_advisory_xact_lock(" + std::to_string(WriterLockKey) + ")");
            return {};
        });
    }

    Result<> commit() override
    {
        NIGRAN_TRY(usable());
        auto done = guarded("the commit", [&]() -> Result<> {
            m_work->commit();
            return {};
        });
        if (done)
            m_pool->addPartitions(m_createdPartitions);
        if (!done && m_work) {
            try {
                m_work->abort();
            } catch (const std::exception &) {
                m_broken = true;
            }
        }
        finish();
        return done;
    }

    Result<qint64> nextVersion() override
    {
        NIGRAN_TRY(usable());
        return guarded("the numbering of a change",
            [&]() -> Result<qint64> { return m_work->exec_prepared1("next_version")[0].as<long long>(); });
    }

    Result<std::optional<WireRow>> row(const QString &entity, const QString &id) override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of a row", [&]() -> Result<std::optional<WireRow>> {
            const pqxx::result result = m_work->exec_prepared("row", utf8(entity), utf8(id));
            if (result.empty())
                return std::optional<WireRow>();
            auto row = readRow(result[0]);
            if (!row)
                return tl::unexpected(row.error());
            return std::optional<WireRow>(std::move(*row));
        });
    }

    Result<> putRow(const WireRow &row) override
    {
        NIGRAN_TRY(usable());
        if (row.version <= 0)
            return fail(ErrorCode::InvalidInput,
                PostgresCentreStore::tr(
                    "A row stored at the centre needs a version from the centre's sequence (entity %1).")
                    .arg(row.entity));
        auto columns = CentreColumnsCodec::encode(row.columns);
        if (!columns)
            return tl::unexpected(columns.error());
        return guarded("the saving of a row", [&]() -> Result<> {
            m_work->exec_prepared("put_row", utf8(row.entity), utf8(row.id), utf8(row.district),
                static_cast<long long>(row.version), static_cast<long long>(row.hlc), utf8(row.origin),
                row.deleted, bytes(*columns), bytes(row.body));
            if (const auto orderId = zoneOrderId(row))
                m_work->exec_prepared("index_order_zone", utf8(*orderId), utf8(row.id));
            return {};
        });
    }

    Result<QList<WireRow>> orderZoneRows(const QString &district, const QString &orderId) override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of an order's zones", [&]() -> Result<QList<WireRow>> {
            const pqxx::result result = m_work->exec_prepared("order_zones", utf8(district), utf8(orderId));
            QList<WireRow> rows;
            rows.reserve(qsizetype(result.size()));
            for (const pqxx::row &record : result) {
                auto row = readRow(record);
                if (!row)
                    return tl::unexpected(row.error());
                rows.append(std::move(*row));
            }
            return rows;
        });
    }

    Result<QList<WireRow>> changesSince(const QString &district, qint64 cursor, int limit) override
    {
        NIGRAN_TRY(usable());
        if (limit <= 0)
            return QList<WireRow>();
        return guarded("the reading of changes", [&]() -> Result<QList<WireRow>> {
            const pqxx::result result
                = m_work->exec_prepared("changes", utf8(district), static_cast<long long>(cursor), limit);
            QList<WireRow> rows;
            rows.reserve(qsizetype(result.size()));
            for (const pqxx::row &record : result) {
                auto row = readRow(record);
                if (!row)
                    return tl::unexpected(row.error());
                rows.append(std::move(*row));
            }
            return rows;
        });
    }

    Result<std::optional<QByteArray>> batchResponse(const QString &officeId, const QString &batchId) override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of a batch response", [&]() -> Result<std::optional<QByteArray>> {
            const pqxx::result result = m_work->exec_prepared("batch", utf8(officeId), utf8(batchId));
            if (result.empty())
                return std::optional<QByteArray>();
            QByteArray response = blob(result[0][0]);
            if (response.isNull())
                response = QByteArray("");
            return std::optional<QByteArray>(std::move(response));
        });
    }

    Result<> saveBatchResponse(
        const QString &officeId, const QString &batchId, const QByteArray &response) override
    {
        NIGRAN_TRY(usable());
        return guarded("the saving of a batch response", [&]() -> Result<> {
            m_work->exec_prepared("save_batch", utf8(officeId), utf8(batchId), bytes(response),
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            return {};
        });
    }

    Result<std::optional<OfficeRecord>> office(const QString &officeId) override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of an office", [&]() -> Result<std::optional<OfficeRecord>> {
            const pqxx::result result = m_work->exec_prepared("office", utf8(officeId));
            if (result.empty())
                return std::optional<OfficeRecord>();
            return std::optional<OfficeRecord>(readOffice(result[0]));
        });
    }

    Result<> putOffice(const OfficeRecord &office) override
    {
        NIGRAN_TRY(usable());
        return guarded("the saving of an office", [&]() -> Result<> {
            const MsParam lastSync(office.lastSync);
            m_work->exec_prepared("put_office", utf8(office.officeId), utf8(office.district),
                static_cast<long long>(office.acceptedAuditHead.seq), bytes(office.acceptedAuditHead.hash),
                lastSync.get(), utf8(office.chainProblem));
            return {};
        });
    }

    Result<QList<OfficeRecord>> offices() override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of the offices", [&]() -> Result<QList<OfficeRecord>> {
            const pqxx::result result = m_work->exec_prepared("offices");
            QList<OfficeRecord> offices;
            for (const pqxx::row &record : result)
                offices.append(readOffice(record));
            return offices;
        });
    }

    Result<> appendAudit(const QString &officeId, const QList<Models::AuditEntry> &entries) override
    {
        NIGRAN_TRY(usable());
        if (entries.isEmpty())
            return {};
        return guarded("the saving of audit entries", [&]() -> Result<> {
            const pqxx::result last = m_work->exec_prepared("audit_last", utf8(officeId));
            qint64 previous = last.empty() || last[0][0].is_null() ? entries.first().seq - 1
                                                                   : qint64(last[0][0].as<long long>());
            for (const Models::AuditEntry &entry : entries) {
                if (entry.seq != previous + 1)
                    return fail(ErrorCode::InvalidInput,
                        PostgresCentreStore::tr("Audit entry %1 of office %2 does not continue the stored "
                                                "chain (expected entry %3).")
                            .arg(entry.seq)
                            .arg(officeId)
                            .arg(previous + 1));
                const MsParam at(entry.at);
                m_work->exec_prepared("append_audit", utf8(officeId), static_cast<long long>(entry.seq),
                    at.get(), utf8(entry.actor), utf8(entry.action), utf8(entry.entity), utf8(entry.entityId),
                    utf8(entry.detail), bytes(entry.prevHash), bytes(entry.hash));
                previous = entry.seq;
            }
            return {};
        });
    }

    Result<QList<Models::AuditEntry>> auditEntries(
        const QString &officeId, qint64 fromSeq, int limit) override
    {
        NIGRAN_TRY(usable());
        if (limit <= 0)
            return QList<Models::AuditEntry>();
        return guarded("the reading of audit entries", [&]() -> Result<QList<Models::AuditEntry>> {
            const pqxx::result result
                = m_work->exec_prepared("audit", utf8(officeId), static_cast<long long>(fromSeq), limit);
            QList<Models::AuditEntry> entries;
            for (const pqxx::row &record : result) {
                Models::AuditEntry entry;
                entry.seq = record[0].as<long long>();
                entry.at = timeFrom(record[1]);
                entry.actor = text(record[2]);
                entry.action = text(record[3]);
                entry.entity = text(record[4]);
                entry.entityId = text(record[5]);
                entry.detail = text(record[6]);
                entry.prevHash = blob(record[7]);
                entry.hash = blob(record[8]);
                entries.append(std::move(entry));
            }
            return entries;
        });
    }

    Result<QList<StoredFix>> storeFixes(const QList<Models::Fix> &fixes, const QDateTime &receivedAt) override
    {
        NIGRAN_TRY(usable());
        if (!receivedAt.isValid())
            return fail(ErrorCode::InvalidInput,
                PostgresCentreStore::tr("Fixes cannot be stored without the time they were received."));
        std::set<int> months;
        for (qsizetype i = 0; i < fixes.size(); ++i) {
            const Models::Fix &fix = fixes[i];
            const qint64 ms = fix.fixTime.isValid() ? fix.fixTime.toMSecsSinceEpoch() : 0;
            if (fix.deviceId.isEmpty() || ms < FirstFixMs || ms >= EndFixMs)
                return fail(ErrorCode::InvalidInput,
                    PostgresCentreStore::tr("Fix %1 of the batch has no device or a fix time outside "
                                            "2000–2099; nothing was stored.")
                        .arg(i));
            months.insert(monthIndex(ms));
        }
        if (fixes.isEmpty())
            return QList<StoredFix>();
        return guarded("the storing of fixes", [&]() -> Result<QList<StoredFix>> {
            for (int month : months)
                ensurePartition(month);
            const qsizetype n = fixes.size();
            ArrayLiteral devices(n), fixMs(n), deviceMs(n), lat(n), lon(n), accuracy(n), speed(n), source(n),
                battery(n), strap(n);
            for (const Models::Fix &fix : fixes) {
                devices.addText(fix.deviceId);
                fixMs.addNumber(qint64(fix.fixTime.toMSecsSinceEpoch()));
                if (fix.deviceTime.isValid())
                    deviceMs.addNumber(qint64(fix.deviceTime.toMSecsSinceEpoch()));
                else
                    deviceMs.addNull();
                lat.addNumber(fix.latitude);
                lon.addNumber(fix.longitude);
                if (fix.hasAccuracy())
                    accuracy.addNumber(fix.accuracyMetres);
                else
                    accuracy.addNull();
                if (fix.hasSpeed())
                    speed.addNumber(fix.speedMps);
                else
                    speed.addNull();
                source.addNumber(qint64(fix.source));
                if (fix.hasBattery())
                    battery.addNumber(qint64(fix.batteryPercent));
                else
                    battery.addNull();
                strap.addNumber(qint64(fix.strap));
            }
            const pqxx::result result
                = m_work->exec_prepared("ingest_fixes", devices.finish(), fixMs.finish(), deviceMs.finish(),
                    lat.finish(), lon.finish(), accuracy.finish(), speed.finish(), source.finish(),
                    battery.finish(), strap.finish(), static_cast<long long>(receivedAt.toMSecsSinceEpoch()));
            // RETURNING names the rows stored; back to input order (of a pair within the batch, the first
            // was stored: the scan follows the arrays).
            QHash<QPair<QString, qint64>, qint64> seqOf;
            seqOf.reserve(qsizetype(result.size()));
            for (const pqxx::row &record : result)
                seqOf.insert(
                    { text(record[1]), qint64(record[2].as<long long>()) }, record[0].as<long long>());
            const QDateTime receivedUtc
                = QDateTime::fromMSecsSinceEpoch(receivedAt.toMSecsSinceEpoch(), QTimeZone::utc());
            QList<StoredFix> stored;
            stored.reserve(seqOf.size());
            for (const Models::Fix &fix : fixes) {
                const auto found = seqOf.find({ fix.deviceId, qint64(fix.fixTime.toMSecsSinceEpoch()) });
                if (found == seqOf.end())
                    continue;
                StoredFix &added = stored.emplace_back();
                added.seq = found.value();
                added.fix = fix;
                added.fix.id = added.seq;
                added.fix.receivedTime = receivedUtc;
                seqOf.erase(found);
            }
            return stored;
        });
    }

    Result<QList<StoredFix>> fixesSince(
        const QStringList &devices, qint64 cursor, const QDateTime &notBefore, int limit) override
    {
        NIGRAN_TRY(usable());
        if (limit <= 0 || devices.isEmpty())
            return QList<StoredFix>();
        return guarded("the reading of fixes", [&]() -> Result<QList<StoredFix>> {
            const long long from = notBefore.isValid() ? notBefore.toMSecsSinceEpoch() : 0;
            return readFixes(m_work->exec_prepared(
                "fixes_since", textArray(devices), static_cast<long long>(cursor), from, limit));
        });
    }

    Result<QList<StoredFix>> deviceFixes(
        const QString &deviceId, const QDateTime &from, const QDateTime &to, int limit) override
    {
        NIGRAN_TRY(usable());
        if (limit <= 0)
            return QList<StoredFix>();
        return guarded("the reading of a device's fixes", [&]() -> Result<QList<StoredFix>> {
            const long long fromMs = from.isValid() ? from.toMSecsSinceEpoch() : 0;
            const long long toMs = to.isValid() ? to.toMSecsSinceEpoch() : EndFixMs;
            return readFixes(m_work->exec_prepared("device_fixes", utf8(deviceId), fromMs, toMs, limit));
        });
    }

    Result<qint64> lastFixSeq() override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of the fix sequence",
            [&]() -> Result<qint64> { return m_work->exec_prepared1("last_fix_seq")[0].as<long long>(); });
    }

    Result<> putDeviceAssignment(const DeviceAssignment &assignment) override
    {
        NIGRAN_TRY(usable());
        if (assignment.deviceId.isEmpty() || assignment.district.isEmpty())
            return fail(ErrorCode::InvalidInput,
                PostgresCentreStore::tr("A device assignment needs a device and a district (order %1).")
                    .arg(assignment.orderId));
        return guarded("the saving of a device assignment", [&]() -> Result<> {
            m_work->exec_prepared("put_assignment", utf8(assignment.deviceId), utf8(assignment.district),
                utf8(assignment.personId), utf8(assignment.orderId));
            return {};
        });
    }

    Result<std::optional<DeviceAssignment>> deviceAssignment(const QString &deviceId) override
    {
        NIGRAN_TRY(usable());
        return guarded(
            "the reading of a device assignment", [&]() -> Result<std::optional<DeviceAssignment>> {
                const pqxx::result result = m_work->exec_prepared("assignment", utf8(deviceId));
                if (result.empty())
                    return std::optional<DeviceAssignment>();
                return std::optional<DeviceAssignment>(readAssignment(result[0]));
            });
    }

    Result<QList<DeviceAssignment>> districtDevices(const QString &district) override
    {
        NIGRAN_TRY(usable());
        return guarded("the reading of a district's devices", [&]() -> Result<QList<DeviceAssignment>> {
            const pqxx::result result = m_work->exec_prepared("district_devices", utf8(district));
            QList<DeviceAssignment> assignments;
            for (const pqxx::row &record : result)
                assignments.append(readAssignment(record));
            return assignments;
        });
    }

    bool isBroken() const { return m_broken; }

private:
    /// Creates the partition of `month` unless it exists; throws like pqxx. Safe against other writers:
    /// every transaction holds the writer lock. Remembered by the pool once this transaction commits.
    void ensurePartition(int month)
    {
        if (m_createdPartitions.count(month) != 0 || m_pool->hasPartition(month))
            return;
        const std::string name = partitionName(month);
        if (!m_work->exec_prepared1("partition_exists", name)[0].as<bool>()) {
            // DDL takes no parameters: the name and bounds are formatted from two integers here.
            m_work->exec("CREATE TABLE " + name + " PARTITION OF centre_fixes FOR VALUES FROM ('"
                + monthStart(month) + "') TO ('" + monthStart(month + 1) + "')");
        }
        m_createdPartitions.insert(month);
    }

    static QList<StoredFix> readFixes(const pqxx::result &result)
    {
        QList<StoredFix> fixes;
        fixes.reserve(qsizetype(result.size()));
        for (const pqxx::row &record : result) {
            StoredFix stored;
            stored.seq = record[0].as<long long>();
            Models::Fix &fix = stored.fix;
            fix.id = stored.seq;
            fix.deviceId = text(record[1]);
            fix.fixTime = fixTimeFrom(record[2]);
            fix.deviceTime = fixTimeFrom(record[3]);
            fix.receivedTime = fixTimeFrom(record[4]);
            fix.latitude = record[5].as<double>();
            fix.longitude = record[6].as<double>();
            fix.accuracyMetres = record[7].is_null() ? -1.0 : record[7].as<double>();
            fix.speedMps = record[8].is_null() ? -1.0 : record[8].as<double>();
            fix.source = static_cast<Models::FixSource>(record[9].as<int>());
            fix.batteryPercent = record[10].is_null() ? -1 : record[10].as<int>();
            fix.strap = static_cast<Models::StrapState>(record[11].as<int>());
            fixes.append(std::move(stored));
        }
        return fixes;
    }

    static DeviceAssignment readAssignment(const pqxx::row &record)
    {
        return { text(record[0]), text(record[1]), text(record[2]), text(record[3]) };
    }

    Result<> usable() const
    {
        if (!m_work)
            return fail(ErrorCode::Database,
                PostgresCentreStore::tr("The centre's store transaction is already finished."));
        return {};
    }

    /// Runs `body`, turning any exception into an Error for `operation`.
    template<typename Body> auto guarded(const char *operation, Body &&body) -> decltype(body())
    {
        try {
            return body();
        } catch (const pqxx::broken_connection &exception) {
            m_broken = true;
            return tl::unexpected(errorFor(exception, operation));
        } catch (const pqxx::in_doubt_error &exception) {
            m_broken = true;
            return tl::unexpected(errorFor(exception, operation));
        } catch (const std::exception &exception) {
            return tl::unexpected(errorFor(exception, operation));
        }
    }

    static Result<WireRow> readRow(const pqxx::row &record)
    {
        WireRow row;
        row.entity = text(record[0]);
        row.id = text(record[1]);
        row.district = text(record[2]);
        row.version = record[3].as<long long>();
        row.hlc = record[4].as<long long>();
        row.origin = text(record[5]);
        row.deleted = record[6].as<bool>();
        auto columns = CentreColumnsCodec::decode(blob(record[7]));
        if (!columns)
            return tl::unexpected(columns.error());
        row.columns = std::move(*columns);
        row.body = blob(record[8]);
        return row;
    }

    static OfficeRecord readOffice(const pqxx::row &record)
    {
        OfficeRecord office;
        office.officeId = text(record[0]);
        office.district = text(record[1]);
        office.acceptedAuditHead.seq = record[2].as<long long>();
        office.acceptedAuditHead.hash = blob(record[3]);
        office.lastSync = timeFrom(record[4]);
        office.chainProblem = text(record[5]);
        return office;
    }

    /// Ends the pqxx transaction and gives the connection back to the pool.
    void finish()
    {
        m_work.reset();
        if (m_connection)
            m_pool->release(std::move(m_connection), m_broken);
    }

    std::shared_ptr<PostgresCentreStore::Pool> m_pool;
    std::unique_ptr<pqxx::connection> m_connection;
    std::unique_ptr<pqxx::work> m_work; ///< null once committed or rolled back
    bool m_broken = false;
    std::set<int> m_createdPartitions; ///< months whose partition exists in this transaction
};

/// Creates or migrates the schema, serialised with other processes by the writer lock.
Result<> migrate(pqxx::connection &connection)
{
    pqxx::work work(connection);
    work.exec_params("SELECT pg_advisory_xact_lock($1)", WriterLockKey);
    work.exec("CREATE TABLE IF NOT EXISTS centre_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)");
    const pqxx::result found = work.exec("SELECT value FROM centre_meta WHERE key = 'schema_version'");
    const int current = found.empty() ? 0 : found[0][0].as<int>();
    if (current > LatestVersion)
        return fail(ErrorCode::SchemaTooNew,
            PostgresCentreStore::tr(
                "The PostgreSQL store has schema version %1, newer than this program's %2.")
                .arg(current)
                .arg(LatestVersion));
    for (const CentreMigration &migration : Migrations) {
        if (migration.version > current)
            work.exec(migration.sql);
    }
    if (current < LatestVersion)
        work.exec_params("INSERT INTO centre_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT "
                         "(key) DO UPDATE SET value = EXCLUDED.value",
            std::to_string(LatestVersion));
    work.commit();
    return {};
}

} // namespace

PostgresCentreStore::PostgresCentreStore(std::shared_ptr<Pool> pool)
    : m_pool(std::move(pool))
{ }

PostgresCentreStore::~PostgresCentreStore() = default;

Result<std::unique_ptr<PostgresCentreStore>> PostgresCentreStore::open(
    const QString &connection, Options options)
{
    const QByteArray spec = connection.trimmed().toUtf8();
    if (spec.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No PostgreSQL connection string was given."));
    // Checked before connecting: libpq's own message would quote the string, password included.
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(spec.constData(), &parseError);
    PQfreemem(parseError);
    if (!parsed)
        return fail(ErrorCode::InvalidInput,
            tr("The PostgreSQL connection string is malformed: use postgresql://user@host:port/database or "
               "host=… port=… dbname=… user=…."));
    PQconninfoFree(parsed);

    auto pool = std::make_shared<Pool>();
    pool->connection = spec.toStdString();
    pool->options = options;
    pool->options.maxConnections = std::max(1, options.maxConnections);
    try {
        auto first = pool->connect();
        NIGRAN_TRY(migrate(*first));
        pool->idle.push_back(std::move(first));
        pool->total = 1;
    } catch (const pqxx::broken_connection &exception) {
        return fail(ErrorCode::Database,
            tr("Cannot connect to the PostgreSQL store: %1").arg(connectionProblem(exception)));
    } catch (const std::exception &exception) {
        return fail(errorFor(exception, "the creation of the schema"));
    }
    return std::unique_ptr<PostgresCentreStore>(new PostgresCentreStore(std::move(pool)));
}

Result<std::unique_ptr<CentreTransaction>> PostgresCentreStore::begin()
{
    // Pooled connections may have died meanwhile (server restart, idle timeout): retry past them to a
    // fresh one.
    for (int attempt = 0;; ++attempt) {
        auto connection = m_pool->acquire();
        if (!connection)
            return tl::unexpected(connection.error());
        auto transaction = std::make_unique<PostgresCentreTransaction>(m_pool, std::move(*connection));
        auto started = transaction->start(m_pool->options.lockTimeout);
        if (started)
            return std::unique_ptr<CentreTransaction>(std::move(transaction));
        if (!transaction->isBroken() || attempt >= m_pool->options.maxConnections)
            return tl::unexpected(started.error());
    }
}

QString PostgresCentreStore::backendName() const
{
    return QStringLiteral("postgresql");
}

} // namespace Nigran::Sync
