#include "centre/centrestorefactory.h"

#include "centre/postgrescentrestore.h"
#include "centre/sqlitecentrestore.h"

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Result;

Result<std::unique_ptr<CentreStore>> openCentreStore(const QString &spec)
{
    return CentreStoreFactory::open(spec);
}

Result<std::unique_ptr<CentreStore>> CentreStoreFactory::open(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput,
            tr("No centre store was given: use sqlite:/path/to/centre.db or a postgresql:// address."));
    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = trimmed.mid(int(qstrlen("sqlite:")));
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty())
            return fail(ErrorCode::InvalidInput,
                tr("The centre store \"sqlite:\" names no file: use sqlite:/path/to/centre.db."));
        auto store = SqliteCentreStore::open(path);
        if (!store)
            return tl::unexpected(store.error());
        return std::unique_ptr<CentreStore>(std::move(*store));
    }
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || (!trimmed.contains(QLatin1String("://")) && trimmed.contains(QLatin1Char('=')))) {
        auto store = PostgresCentreStore::open(trimmed);
        if (!store)
            return tl::unexpected(store.error());
        return std::unique_ptr<CentreStore>(std::move(*store));
    }
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? trimmed.left(colon) : QString();
    return fail(ErrorCode::InvalidInput,
        scheme.isEmpty() ? tr(
            "The centre store is not understood: use sqlite:/path/to/centre.db or a postgresql:// address.")
                         : tr("The centre store kind \"%1\" is not known: use sqlite:/path/to/centre.db or a "
                              "postgresql:// address.")
                               .arg(scheme.left(20)));
}

} // namespace Nigran::Sync
