#pragma once

#include "centre/centrestore.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace Nigran::Sync {

/// The centre's store in PostgreSQL (production; libpqxx). Several `nigran-centre serve` processes
/// may share one database.
///
/// A small pool of connections serves the threads (a pqxx::connection is used by one transaction
/// at a time). begin() takes a transaction-scoped advisory lock, so writers — in this process and
/// in every other one on the same database — are serialised until commit or rollback, and versions
/// become visible in commit order. Versions come from a PostgreSQL SEQUENCE: gaps are possible (a
/// rolled-back transaction's number is skipped), reuse never.
///
/// No libpqxx exception leaves this class: failures become Error (ErrorCode::Database, or
/// InvalidInput for a malformed connection string) with messages that carry no data values and no
/// password.
class PostgresCentreStore final : public CentreStore
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::PostgresCentreStore)

public:
    static constexpr int SchemaVersion = 3;

    struct Options
    {
        int maxConnections = 8;
        /// How long begin() waits for a free connection and for the writer lock.
        std::chrono::milliseconds lockTimeout = std::chrono::seconds(30);
    };

    /// Connects (libpq URI or key=value string), then creates or migrates the schema. Refuses a
    /// database whose schema is newer than this build (SchemaTooNew).
    [[nodiscard]] static Models::Result<std::unique_ptr<PostgresCentreStore>> open(
        const QString &connection, Options options);
    [[nodiscard]] static Models::Result<std::unique_ptr<PostgresCentreStore>> open(const QString &connection)
    {
        return open(connection, Options {});
    }

    ~PostgresCentreStore() override;
    PostgresCentreStore(const PostgresCentreStore &) = delete;
    PostgresCentreStore &operator=(const PostgresCentreStore &) = delete;

    [[nodiscard]] Models::Result<std::unique_ptr<CentreTransaction>> begin() override;
    QString backendName() const override;

    struct Pool;

private:
    explicit PostgresCentreStore(std::shared_ptr<Pool> pool);

    std::shared_ptr<Pool> m_pool;
};

} // namespace Nigran::Sync
