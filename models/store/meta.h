#pragma once

#include "core/result.h"

#include <QString>

namespace Nigran::Models {

class Database;

/// The store's small key/value table (office identity, clock state, audit head).
class Meta
{
public:
    [[nodiscard]] static Result<QString> get(Database &db, const QString &key);
    [[nodiscard]] static Result<> set(Database &db, const QString &key, const QString &value);
};

} // namespace Nigran::Models
