#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <string_view>

namespace Nigran::Models {

class Database;

/// One step of the schema's history. Steps are append-only: never edit a released one.
struct Migration
{
    int version;
    const char *description;
    std::string_view sql;
};

/// Brings a database to the current schema, one migration per transaction (PRAGMA user_version).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Migrator)

public:
    static const QList<Migration> &migrations();
    static int latestVersion();

    [[nodiscard]] static Result<int> currentVersion(Database &db);
    /// Applies every pending migration up to `target` (the latest by default). Refuses files
    /// written by a newer Nigran.
    [[nodiscard]] static Result<> migrate(Database &db, int target = -1);
};

} // namespace Nigran::Models
