#include "store/meta.h"

#include "store/database.h"

namespace Nigran::Models {

Result<QString> Meta::get(Database &db, const QString &key)
{
    auto stmt = db.cached("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(key);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? (*stmt)->text(0) : QString();
}

Result<> Meta::set(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)->bindAll(key, value).run();
}

} // namespace Nigran::Models
