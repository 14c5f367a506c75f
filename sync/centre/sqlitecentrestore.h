#pragma once

#include "centre/centrestore.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

namespace Nigran::Sync {

/// The centre's store in one SQLite file (the default backend: no setup).
///
/// One connection serves every thread: begin() takes the store's lock for the
/// whole life of the transaction (and BEGIN IMMEDIATE, so another process on
/// the same file waits too), so writers are serialised and versions become
/// visible in commit order. A thread must not call begin() while it still holds
/// a transaction of the same store: the second call waits for `lockTimeout` and
/// fails.
///
/// Versions have gaps but are never reused: a number handed out by a
/// transaction that rolls back is not handed out again.
class SqliteCentreStore final : public CentreStore
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::SqliteCentreStore)

public:
    static constexpr int SchemaVersion = 3;

    /// Opens (creating if needed) the file and creates or migrates its schema.
    /// Refuses a file whose schema is newer than this build (SchemaTooNew).
    [[nodiscard]] static Models::Result<std::unique_ptr<SqliteCentreStore>> open(
        const QString &path, std::chrono::milliseconds lockTimeout = std::chrono::seconds(30));

    ~SqliteCentreStore() override;
    SqliteCentreStore(const SqliteCentreStore &) = delete;
    SqliteCentreStore &operator=(const SqliteCentreStore &) = delete;

    [[nodiscard]] Models::Result<std::unique_ptr<CentreTransaction>> begin() override;
    QString backendName() const override;

    /// The schema version recorded in the file.
    [[nodiscard]] Models::Result<int> schemaVersion();

    struct State;

private:
    explicit SqliteCentreStore(std::shared_ptr<State> state);

    std::shared_ptr<State> m_state;
};

} // namespace Nigran::Sync
