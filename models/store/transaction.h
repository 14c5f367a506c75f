#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace Nigran::Models {

class Database;

/// One atomic unit of work. Rolls back on destruction unless commit() succeeded.
///
/// At the outermost level it is BEGIN IMMEDIATE … COMMIT. A Transaction begun while another is
/// open on the same Database joins it (no SAVEPOINT: SQLCipher 3.4.1 encrypts every page copied
/// into a savepoint journal, which made batched writes cost almost three times the plain time).
/// Its commit() only marks its part done; the outermost commit writes everything. If a joined
/// transaction is abandoned (destroyed or rolled back without commit) the whole transaction
/// becomes rollback-only: the outermost commit() then rolls back and returns an error, so a
/// service that calls another service still writes everything or nothing. There is no partial
/// rollback.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Transaction)

public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);

    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Outermost: COMMIT (or, if a joined part was abandoned, ROLLBACK and an error).
    /// Joined: marks this part done; returns an error if the transaction is already rollback-only.
    [[nodiscard]] Result<> commit();
    /// Outermost: ROLLBACK. Joined: makes the whole transaction rollback-only.
    void rollback();
    Database &database() const { return *m_db; }
    bool isNested() const { return m_nested; }
    /// True once a joined part was abandoned: nothing of this transaction will be committed.
    bool isRollbackOnly() const;

    struct Shared;

private:
    Transaction(Database *db, std::shared_ptr<Shared> shared, bool nested);

    Database *m_db = nullptr;
    std::shared_ptr<Shared> m_shared; ///< state of the outermost transaction, shared by joined ones
    bool m_nested = false;
    bool m_open = false;
};

} // namespace Nigran::Models
