#include "store/migrator.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/transaction.h"

#include <string>

namespace Nigran::Models {

const QList<Migration> &Migrator::migrations()
{
    static const QList<Migration> all {
        { 1, "register, users, audit chain, outbox", Schema::version1 },
        { 2, "search keys for FIR numbers and release dates", Schema::version2 },
        { 3, "sync: frozen batches, resolutions, conflicts", Schema::version3 },
        { 4, "monitoring: zones, alerts, fix blocks", Schema::version4 },
    };
    return all;
}

int Migrator::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return tl::unexpected(version.error());
    return int(*version);
}

Result<> Migrator::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return tl::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorCode::SchemaTooNew,
            tr("This database was written by a newer version of Nigran (schema %1; this program knows %2). "
               "Please update Nigran.")
                .arg(*current)
                .arg(latestVersion()));
    for (const Migration &step : migrations()) {
        if (step.version <= *current || step.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tl::unexpected(tx.error());
        NIGRAN_TRY(db.exec(step.sql));
        NIGRAN_TRY(db.exec("PRAGMA user_version = " + std::to_string(step.version)));
        NIGRAN_TRY(tx->commit());
    }
    return {};
}

} // namespace Nigran::Models
