#pragma once

#include "core/result.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

struct sqlite3;

namespace Nigran::Models {

class SecureBytes;

/// An open SQLCipher database file. Move-only; closes on destruction.
///
/// Opened with a raw 32-byte key (never a password), HMAC page authentication on, explicit cipher
/// page size and KDF iterations, journal_mode=DELETE, synchronous=FULL and a large page cache
/// (SQLCipher's cost is decided by the page cache; see ARCHITECTURE.md).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Database)

public:
    struct Options
    {
        bool create = false; ///< create the file if it does not exist
        int cacheSizeKiB = 131072; ///< PRAGMA cache_size (negative form)
        bool readOnly = false;
    };

    static constexpr int KeySize = 32;

    /// Opens an encrypted database with its raw key (32 bytes).
    [[nodiscard]] static Result<Database> open(const QString &path, const SecureBytes &key, Options options);
    /// Opens an unencrypted database (benchmarks and comparison only; never used for the register).
    [[nodiscard]] static Result<Database> openUnencrypted(const QString &path, Options options);

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs one or more statements without parameters (DDL, PRAGMA).
    [[nodiscard]] Result<> exec(std::string_view sql);
    /// Prepares one statement. Values go in through Statement::bind, never into the SQL text.
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    /// A cached prepared statement for hot paths, reset when the lease ends.
    [[nodiscard]] Result<StatementLease> cached(std::string_view sql);

    [[nodiscard]] Result<qint64> queryInt(std::string_view sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    /// PRAGMA integrity_check, which reads (and so authenticates) every page.
    [[nodiscard]] Result<> checkIntegrity();

    /// Re-encrypts the database with a new raw key.
    [[nodiscard]] Result<> rekey(const SecureBytes &newKey);

    /// Maps an SQLite result code to an Error with a translated message.
    static Error errorFor(sqlite3 *db, int rc);

private:
    [[nodiscard]] static Result<Database> openFile(
        const QString &path, const SecureBytes *key, Options options);
    [[nodiscard]] Result<> configure(const SecureBytes *key, const Options &options);
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    struct StatementCache;
    StatementCache *m_cache = nullptr;
};

} // namespace Nigran::Models
