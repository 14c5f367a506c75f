#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Nigran::Models {

class Database;

/// One atomic unit of work. Rolls back on destruction unless commit() succeeded.
///
/// At the outermost level it is BEGIN IMMEDIATE … COMMIT; nested inside an open transaction it is a
/// SAVEPOINT, so a service that calls another service still writes everything or nothing.
class Transaction
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);

    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Result<> commit();
    void rollback();
    Database &database() const { return *m_db; }
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    Transaction(Database *db, QByteArray savepoint);

    Database *m_db = nullptr;
    QByteArray m_savepoint; ///< empty for the outermost transaction
    bool m_open = false;
};

} // namespace Nigran::Models
