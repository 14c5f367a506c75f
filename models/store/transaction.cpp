#include "store/transaction.h"

#include "store/database.h"

#include <atomic>
#include <mutex>
#include <unordered_map>

namespace Nigran::Models {

struct Transaction::Shared
{
    std::atomic<bool> rollbackOnly { false };
};

namespace {

/// The open outermost transaction of each Database, for nested begin() calls to join.
struct Registry
{
    std::mutex mutex;
    std::unordered_map<const Database *, std::shared_ptr<Transaction::Shared>> open;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

std::shared_ptr<Transaction::Shared> openTransactionOf(const Database &db)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto found = r.open.find(&db);
    return found == r.open.end() ? nullptr : found->second;
}

void registerOpen(const Database &db, std::shared_ptr<Transaction::Shared> shared)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.open[&db] = std::move(shared);
}

void unregisterOpen(const Database &db, const Transaction::Shared *shared)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto found = r.open.find(&db);
    if (found != r.open.end() && found->second.get() == shared)
        r.open.erase(found);
}

} // namespace

Transaction::Transaction(Database *db, std::shared_ptr<Shared> shared, bool nested)
    : m_db(db)
    , m_shared(std::move(shared))
    , m_nested(nested)
    , m_open(true)
{ }

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        auto shared = openTransactionOf(db);
        if (!shared)
            return fail(ErrorCode::Database, QStringLiteral("a transaction was opened outside Transaction"));
        if (shared->rollbackOnly)
            return fail(ErrorCode::Database,
                tr("The change was not saved: an earlier part of it failed, so all of it is being undone."));
        return Transaction(&db, std::move(shared), true);
    }
    NIGRAN_TRY(db.exec("BEGIN IMMEDIATE"));
    auto shared = std::make_shared<Shared>();
    registerOpen(db, shared);
    return Transaction(&db, std::move(shared), false);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_shared(std::move(other.m_shared))
    , m_nested(other.m_nested)
    , m_open(std::exchange(other.m_open, false))
{ }

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::isRollbackOnly() const
{
    return m_shared && m_shared->rollbackOnly;
}

Result<> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Database, QStringLiteral("commit of a closed transaction"));
    if (m_nested) {
        m_open = false;
        if (m_shared->rollbackOnly)
            return fail(ErrorCode::Database,
                tr("The change was not saved: an earlier part of it failed, so all of it is being undone."));
        return {};
    }
    if (m_shared->rollbackOnly) {
        rollback();
        return fail(
            ErrorCode::Database, tr("The change was not saved: part of it failed, so all of it was undone."));
    }
    auto done = m_db->exec("COMMIT");
    if (!done) {
        rollback();
        return done;
    }
    m_open = false;
    unregisterOpen(*m_db, m_shared.get());
    return {};
}

void Transaction::rollback()
{
    if (!m_open || !m_db)
        return;
    m_open = false;
    if (m_nested) {
        m_shared->rollbackOnly = true;
        return;
    }
    if (m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
    unregisterOpen(*m_db, m_shared.get());
}

} // namespace Nigran::Models
