#include "store/transaction.h"

#include "store/database.h"

#include <atomic>

namespace Nigran::Models {

namespace {
std::atomic<quint64> savepointCounter { 0 };
}

Transaction::Transaction(Database *db, QByteArray savepoint)
    : m_db(db)
    , m_savepoint(std::move(savepoint))
    , m_open(true)
{ }

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        const QByteArray name = "sp" + QByteArray::number(++savepointCounter);
        NIGRAN_TRY(db.exec(("SAVEPOINT " + name).toStdString()));
        return Transaction(&db, name);
    }
    NIGRAN_TRY(db.exec("BEGIN IMMEDIATE"));
    return Transaction(&db, {});
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
    , m_open(std::exchange(other.m_open, false))
{ }

Transaction::~Transaction()
{
    rollback();
}

Result<> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Database, QStringLiteral("commit of a closed transaction"));
    auto done = isNested() ? m_db->exec(("RELEASE " + m_savepoint).toStdString()) : m_db->exec("COMMIT");
    if (!done) {
        rollback();
        return done;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open || !m_db)
        return;
    m_open = false;
    if (isNested())
        (void)m_db->exec(("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint).toStdString());
    else if (m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
}

} // namespace Nigran::Models
