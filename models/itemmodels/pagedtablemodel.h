#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <functional>
#include <optional>
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
/// Windowed: with setMaxLoadedPages(n > 0), a model loaded page by page (loadFirstPage()/fetchMore())
/// keeps the rows of at most n pages — the ones most recently asked for (rowAt(), fetchMore()) — and
/// drops the least recently used one beyond that. rowCount() still grows with every fetchMore(); a row
/// of a dropped page is read again when asked for, with one keyset seek from the row before the page
/// (each page remembers it), so memory is bounded by the window, not by the rows scrolled past (plus
/// that one row per page). If the register changed in between, a re-read page shows the rows now at
/// that place; rows missing from it read as empty until the next load. Rows given whole
/// (showRows(), resetRows()) are never dropped.
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
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_changing;
    }

    /// Appends the page after the last row. A failure is reported and ends the paging; the rows
    /// already loaded stay.
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent) || !m_lastRow)
            return;
        const QScopedValueRollback changing(m_changing, true);
        // The page size of the load this continues (setPageSize() applies from the next load).
        auto page = readPage(&*m_lastRow, m_pageStride + 1);
        if (!page) {
            m_hasMore = false;
            reportError(page.error().message);
            return;
        }
        m_hasMore = trimToPage(*page, m_pageStride);
        if (page->isEmpty())
            return;
        const int first = m_rowCount;
        beginInsertRows({}, first, first + int(page->size()) - 1);
        appendPage(std::move(*page));
        endInsertRows();
        evictBeyondWindow(int(m_pages.size()) - 1);
    }

    /// At most this many pages keep their rows (0: all; the default). Applies from the next page
    /// loaded.
    int maxLoadedPages() const { return m_maxLoadedPages; }
    void setMaxLoadedPages(int pages) { m_maxLoadedPages = qMax(0, pages); }
    /// How many pages hold their rows now (for tests and benchmarks).
    int loadedPageCount() const { return int(m_loaded.size()); }
    /// How many pages were read again after being dropped (for tests and benchmarks).
    qint64 pageReloadCount() const { return m_reloads; }

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

    /// The row at `row`, or null when there is no such row (or its dropped page could not be read
    /// again, which is then reported). May read the row's page again: see the class comment.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return nullptr;
        const int pageIndex = row / m_pageStride;
        const int offset = row % m_pageStride;
        if (pageIndex >= m_pages.size())
            return nullptr;
        // Reading a dropped page again changes what is cached, not what the model shows.
        auto *self = const_cast<PagedTableModel *>(this);
        Page &page = self->m_pages[pageIndex];
        if (!page.loaded && !self->reloadPage(pageIndex))
            return nullptr;
        page.lastUse = ++self->m_clock;
        return offset < page.rows.size() ? &page.rows.at(offset) : nullptr;
    }

    /// Reads the first page and resets the model to it, or to no rows and reports the error.
    void loadFirstPage(const StateUpdate &update = {})
    {
        // Read first, so that the view is reset once, to the new rows or to none.
        const QScopedValueRollback changing(m_changing, true);
        auto page = readPage(nullptr, m_pageSize + 1);
        const bool hasMore = page && trimToPage(*page, m_pageSize);
        resetRows(page ? std::move(*page) : QList<Row>(), hasMore, update);
        m_windowed = true;
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

    /// Resets the model to `rows`; `hasMore` says whether fetchMore() may read another page. These
    /// rows are kept whole (never dropped from the window).
    void resetRows(QList<Row> rows, bool hasMore, const StateUpdate &update = {})
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        if (update)
            update();
        m_pages.clear();
        m_loaded.clear();
        m_rowCount = 0;
        m_lastRow.reset();
        m_windowed = false;
        // One page holding them all: the row → page arithmetic needs every page but the last full.
        m_pageStride = qMax(m_pageSize, int(rows.size()));
        if (!rows.isEmpty())
            appendPage(std::move(rows));
        m_pageStride = qMax(1, hasMore ? m_pageSize : m_pageStride);
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
            const bool hasMore = trimToPage(*page, m_pageSize);
            rows.append(std::move(*page));
            if (!hasMore)
                return rows;
        }
    }

private:
    struct Page
    {
        std::optional<Row> after; ///< the row before the page (none for the first): its seek key
        QList<Row> rows; ///< empty while dropped
        int size = 0; ///< rows the page holds in the model
        quint64 lastUse = 0;
        bool loaded = false;
    };

    /// At most `limit` rows following `after` in the model's order (from the first row when null).
    virtual Result<QList<Row>> readPage(const Row *after, int limit) = 0;
    /// Tells the user why rows could not be loaded (the subclass emits its errorOccurred()).
    virtual void reportError(const QString &message) = 0;

    /// Cuts a page read with one row to spare down to `pageSize`; true when the spare row came,
    /// that is when another page follows.
    static bool trimToPage(QList<Row> &page, int pageSize)
    {
        if (page.size() <= pageSize)
            return false;
        page.resize(pageSize);
        return true;
    }

    void appendPage(QList<Row> rows)
    {
        Page page;
        page.after = m_lastRow;
        page.size = int(rows.size());
        page.loaded = true;
        page.lastUse = ++m_clock;
        m_lastRow = rows.constLast();
        page.rows = std::move(rows);
        m_rowCount += page.size;
        m_pages.append(std::move(page));
        m_loaded.append(int(m_pages.size()) - 1);
    }

    /// Reads a dropped page again from the row before it; false (reported) when that fails.
    bool reloadPage(int pageIndex)
    {
        Page &page = m_pages[pageIndex];
        auto rows = readPage(page.after ? &*page.after : nullptr, page.size);
        if (!rows) {
            reportError(rows.error().message);
            return false;
        }
        ++m_reloads;
        if (rows->size() > page.size)
            rows->resize(page.size);
        page.rows = std::move(*rows);
        page.loaded = true;
        m_loaded.append(pageIndex);
        evictBeyondWindow(pageIndex);
        return true;
    }

    /// Drops the least recently used pages (never `keep`) until the window holds maxLoadedPages().
    void evictBeyondWindow(int keep)
    {
        if (!m_windowed || m_maxLoadedPages <= 0)
            return;
        m_pages[keep].lastUse = ++m_clock;
        while (m_loaded.size() > m_maxLoadedPages) {
            qsizetype oldest = -1;
            for (qsizetype i = 0; i < m_loaded.size(); ++i)
                if (m_loaded.at(i) != keep
                    && (oldest < 0
                        || m_pages.at(m_loaded.at(i)).lastUse < m_pages.at(m_loaded.at(oldest)).lastUse))
                    oldest = i;
            if (oldest < 0)
                return;
            Page &page = m_pages[m_loaded.at(oldest)];
            page.rows = QList<Row>();
            page.loaded = false;
            m_loaded.removeAt(oldest);
        }
    }

    QList<Page> m_pages;
    QList<int> m_loaded; ///< indexes of the pages that hold their rows
    std::optional<Row> m_lastRow; ///< the last row of the last page, where fetchMore() continues
    int m_rowCount = 0;
    int m_pageSize;
    int m_pageStride = 1; ///< rows per page but the last, for the row → page arithmetic
    int m_maxLoadedPages = 0;
    quint64 m_clock = 0;
    qint64 m_reloads = 0;
    bool m_windowed = false; ///< loaded page by page, so dropped pages can be read again
    bool m_hasMore = false;
    bool m_changing = false; ///< from a load's read to the end of its change notifications
};

} // namespace Nigran::Models
