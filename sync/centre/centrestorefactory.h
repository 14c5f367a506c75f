#pragma once

#include "centre/centrestore.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Nigran::Sync {

/// Opens the centre's store named by `spec`, creating or migrating its schema:
/// - `sqlite:/path/to/centre.db` — an embedded SQLite file, created if missing (its folder must exist);
/// - `postgresql://user@host:port/dbname?…` (or `postgres://`) — PostgreSQL by libpq URI;
/// - `host=… port=… dbname=… user=…` — PostgreSQL by libpq key=value connection string.
/// Errors (InvalidInput for a spec that is not understood) name the backend and what went wrong,
/// never a password.
[[nodiscard]] Models::Result<std::unique_ptr<CentreStore>> openCentreStore(const QString &spec);

/// The translatable messages of openCentreStore().
class CentreStoreFactory
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreStoreFactory)

public:
    [[nodiscard]] static Models::Result<std::unique_ptr<CentreStore>> open(const QString &spec);
};

} // namespace Nigran::Sync
