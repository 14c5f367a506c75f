#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <functional>
#include <utility>

namespace Nigran::Models {

/// What every table read from the store in pages has in common: the rows, keyset paging through
/// canFetchMore()/fetchMore(), the guard against fetching during a change, and errors that leave the
/// model empty (or, when a later page fails, with the rows it already had and no more to fetch).
///
/// A subclass says how to read one page (readPage(): the rows after `after`, or the first rows when
/// it is null) and how to report an error (reportError(), which emits the subclass's own
/// errorOccurred() signal); it keeps its columns, roles and what it loads. Each read asks for one row
/// more than a page, to know whether another page follows, so a page costs the same however far down
/// the list it is.
///
/// While a load reads and announces its change (modelAboutToBeReset … modelReset, or
/// rowsAboutToBeInserted … rowsInserted), canFetchMore() is false and fetchMore() does nothing: a
/// slot must not insert rows into the change being announced; a view fetches again afterwards.
///
/// A class template cannot carry Q_OBJECT, so this one has no signals and no tr() of its own.
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_changing;
    }

    /// Appends the page after the last row. A failure is reported and ends the paging; the rows
    /// already loaded stay.
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent) || m_rows.isEmpty())
            return;
        const QScopedValueRollback changing(m_changing, true);
        auto page = readPage(&m_rows.constLast(), m_pageSize + 1);
        if (!page) {
            m_hasMore = false;
            reportError(page.error().message);
            return;
        }
        m_hasMore = trimToPage(*page);
        if (page->isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_rows.append(std::move(*page));
        endInsertRows();
    }

protected:
    /// Changes the subclass makes to its own state inside a reset, so that a view sees them together
    /// with the new rows.
    using StateUpdate = std::function<void()>;

    PagedTableModel(int pageSize, QObject *parent)
        : QAbstractTableModel(parent)
        , m_pageSize(qMax(1, pageSize))
    { }

    /// Rows per page; a new size applies from the next load.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    const QList<Row> &rows() const { return m_rows; }
    /// The row at `row`, or null when there is no such row.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    /// Reads the first page and resets the model to it, or to no rows and reports the error.
    void loadFirstPage(const StateUpdate &update = {})
    {
        // Read first, so that the view is reset once, to the new rows or to none.
        const QScopedValueRollback changing(m_changing, true);
        auto page = readPage(nullptr, m_pageSize + 1);
        const bool hasMore = page && trimToPage(*page);
        resetRows(page ? std::move(*page) : QList<Row>(), hasMore, update);
        if (!page)
            reportError(page.error().message);
    }

    /// Resets the model to `rows`, with no page after them; to no rows when `rows` holds an error,
    /// which is then reported.
    void showRows(Result<QList<Row>> rows, const StateUpdate &update = {})
    {
        resetRows(rows ? std::move(*rows) : QList<Row>(), false, update);
        if (!rows)
            reportError(rows.error().message);
    }

    /// Resets the model to `rows`; `hasMore` says whether fetchMore() may read another page.
    void resetRows(QList<Row> rows, bool hasMore, const StateUpdate &update = {})
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        if (update)
            update();
        m_rows = std::move(rows);
        m_hasMore = hasMore;
        endResetModel();
    }

    /// Reads page after page until the last one; the rows of all of them, or the first error.
    Result<QList<Row>> readAllPages()
    {
        QList<Row> rows;
        for (;;) {
            auto page = readPage(rows.isEmpty() ? nullptr : &rows.constLast(), m_pageSize + 1);
            if (!page)
                return fail(std::move(page.error()));
            const bool hasMore = trimToPage(*page);
            rows.append(std::move(*page));
            if (!hasMore)
                return rows;
        }
    }

private:
    /// At most `limit` rows following `after` in the model's order (from the first row when null).
    virtual Result<QList<Row>> readPage(const Row *after, int limit) = 0;
    /// Tells the user why rows could not be loaded (the subclass emits its errorOccurred()).
    virtual void reportError(const QString &message) = 0;

    /// Cuts a page read with one row to spare down to the page size; true when the spare row came,
    /// that is when another page follows.
    bool trimToPage(QList<Row> &page) const
    {
        if (page.size() <= m_pageSize)
            return false;
        page.resize(m_pageSize);
        return true;
    }

    QList<Row> m_rows;
    int m_pageSize;
    bool m_hasMore = false;
    bool m_changing = false; ///< from a load's read to the end of its change notifications
};

} // namespace Nigran::Models
