#include "store/database.h"

#include "security/securebytes.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <map>
#include <string>

namespace Nigran::Models {

struct Database::StatementCache
{
    std::map<std::string, Statement, std::less<>> statements;
};

namespace {

/// Formats a raw key as SQLCipher's blob literal x'…' in wiped memory.
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    static constexpr char hex[] = "0123456789abcdef";
    SecureBytes literal(key.size() * 2 + 3);
    unsigned char *out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(hex[key.data()[i] & 0xf]);
    }
    *out = '\'';
    return literal;
}

} // namespace

Error Database::errorFor(sqlite3 *db, int rc)
{
    const int primary = rc & 0xff;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_NOTADB:
        return { ErrorCode::WrongKey,
            tr("The database cannot be read: the key is wrong or the file is not a Nigran database."), {} };
    case SQLITE_CORRUPT:
        return { ErrorCode::Corrupt, tr("The database file is damaged or has been tampered with."), {} };
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
        return { ErrorCode::Io, tr("The database file could not be read or written (%1).").arg(detail), {} };
    case SQLITE_CONSTRAINT:
        return { ErrorCode::InvalidInput, tr("The change breaks a rule of the database (%1).").arg(detail),
            {} };
    default:
        return { ErrorCode::Database, tr("Database error: %1").arg(detail), {} };
    }
}

Result<Database> Database::open(const QString &path, const SecureBytes &key, Options options)
{
    if (key.size() != KeySize)
        return fail(ErrorCode::WrongKey, tr("The database key must be %1 bytes.").arg(KeySize));
    return openFile(path, &key, options);
}

Result<Database> Database::openUnencrypted(const QString &path, Options options)
{
    return openFile(path, nullptr, options);
}

Result<Database> Database::openFile(const QString &path, const SecureBytes *key, Options options)
{
    if (!options.create && !QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("The database file %1 does not exist.").arg(path));
    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create)
        flags |= SQLITE_OPEN_CREATE;
    if (options.create && !QFileInfo::exists(path)) {
        // Owner-only from the first byte; SQLite gives its journal the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorCode::Io, tr("The database file %1 could not be created.").arg(path));
    }
    Database db;
    db.m_path = path;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(errorFor(db.m_db, rc));
    if (auto configured = db.configure(key, options); !configured)
        return tl::unexpected(configured.error());
    db.m_cache = new StatementCache;
    return db;
}

Result<> Database::configure(const SecureBytes *key, const Options &options)
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    if (key) {
        const SecureBytes literal = rawKeyLiteral(*key);
        const int rc = sqlite3_key(m_db, literal.data(), int(literal.size()));
        if (rc != SQLITE_OK)
            return fail(errorFor(m_db, rc));
        // Set explicitly so a future SQLCipher default cannot silently change the file format.
        NIGRAN_TRY(
            exec("PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON;"));
    }
    // The first read decides whether the key is right (SQLITE_NOTADB otherwise).
    NIGRAN_TRY(queryInt("SELECT count(*) FROM sqlite_master"));
    std::string pragmas = "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON;";
    pragmas += "PRAGMA cache_size = -" + std::to_string(options.cacheSizeKiB) + ";";
    if (!options.readOnly)
        pragmas += "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;";
    return exec(pragmas);
}

Database::~Database()
{
    close();
}

void Database::close()
{
    delete m_cache;
    m_cache = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::exchange(other.m_cache, nullptr))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::exchange(other.m_cache, nullptr);
    }
    return *this;
}

Result<> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(errorFor(m_db, rc));
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return fail(errorFor(m_db, rc));
    }
    return Statement(m_db, stmt);
}

Result<StatementLease> Database::cached(std::string_view sql)
{
    auto found = m_cache->statements.find(sql);
    if (found == m_cache->statements.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return tl::unexpected(prepared.error());
        found = m_cache->statements.emplace(std::string(sql), std::move(*prepared)).first;
    }
    found->second.reset();
    return StatementLease(&found->second);
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Result<> Database::checkIntegrity()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error().code == ErrorCode::WrongKey
                ? Error { ErrorCode::Corrupt, errorFor(m_db, SQLITE_CORRUPT).message, {} }
                : row.error());
    if (!*row || stmt->text(0) != QLatin1String("ok"))
        return fail(ErrorCode::Corrupt, tr("The database file is damaged or has been tampered with."));
    return {};
}

Result<> Database::rekey(const SecureBytes &newKey)
{
    if (newKey.size() != KeySize)
        return fail(ErrorCode::WrongKey, tr("The database key must be %1 bytes.").arg(KeySize));
    const SecureBytes literal = rawKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, literal.data(), int(literal.size()));
    if (rc != SQLITE_OK)
        return fail(errorFor(m_db, rc));
    return {};
}

} // namespace Nigran::Models
