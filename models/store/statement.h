#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>
#include <string_view>
#include <utility>

struct sqlite3_stmt;
struct sqlite3;

namespace Nigran::Models {

/// A prepared SQL statement. Values are only ever passed as bound parameters.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Binds parameter `index` (1-based).
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, bool value) { return bind(index, qint64(value)); }
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, QDate value); ///< ISO 8601 text, NULL when invalid
    Statement &bind(int index, const QVariant &value); ///< by the variant's type; invalid → NULL
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    /// Resets and binds all parameters in order.
    template<typename... Args> Statement &bindAll(const Args &...args)
    {
        reset();
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Executes one step: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    /// Executes to completion, ignoring rows.
    [[nodiscard]] Result<> run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDate date(int column) const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    void recordBindError(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

/// A cached statement on loan: reset when the lease ends, so it never holds a read lock after use.
class StatementLease
{
public:
    explicit StatementLease(Statement *statement)
        : m_statement(statement)
    { }
    ~StatementLease()
    {
        if (m_statement)
            m_statement->reset();
    }
    StatementLease(StatementLease &&other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    { }
    StatementLease &operator=(StatementLease &&) = delete;
    StatementLease(const StatementLease &) = delete;
    StatementLease &operator=(const StatementLease &) = delete;

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

} // namespace Nigran::Models
