#pragma once

#include "core/result.h"
#include "itemmodels/pagedtablemodel.h"
#include "services/personsummary.h"

#include <optional>
#include <utility>

namespace Nigran::Models {

class RegisterService;

/// The register list: one row per person matching a PersonQuery, loaded page by page as a view
/// scrolls (canFetchMore/fetchMore). Each page is one indexed keyset query that continues after the
/// last loaded row (its sort key and id), so the cost of a page does not grow with the register and
/// the model holds only the pages a view has asked for (each read asks for one row more, to know
/// whether another page follows) — and of those only the DefaultMaxLoadedPages most recently used:
/// a row of a dropped page is read again, with one seek, when a view asks for it, so scrolling a
/// million rows does not keep a million rows in memory.
///
/// The model is empty until setQuery() or refresh(). While it loads and announces a change
/// (modelAboutToBeReset … rowsInserted), canFetchMore() is false and fetchMore() does nothing: a
/// slot must not insert rows into the change being announced; a view fetches again afterwards
/// (PagedTableModel does the paging).
///
/// Errors from the service (for example PermissionDenied for an office administrator, who may not
/// read case data) are reported with errorOccurred(); the model is then empty, or keeps the rows it
/// already had when a later page fails, and fetches no more.
///
/// Sorting follows the register's indexes, ascending only: sort() accepts Qt::DescendingOrder but
/// loads ascending, and sortOrder() always says so. Columns without an index (District, Status)
/// are not sortable. While the query's text is a name, Urdu name or CNIC prefix, the service orders
/// by that column instead (PersonQuery::order).
class PersonListModel final : public PagedTableModel<PersonSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonListModel)

public:
    enum Column
    {
        NameLatin,
        NameUrdu,
        Cnic, ///< shown as #####-#######-#
        District,
        Status, ///< translated workflow state
        ExpectedRelease, ///< ISO 8601 date, or empty when unknown or none
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        StatusRole, ///< RegisterStatus as int
        SealedRole, ///< bool
        ExpectedReleaseRole, ///< QDate, null when unknown or none
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 200;
    /// Pages whose rows the model keeps (the most recently used; see PagedTableModel): 2,000 rows,
    /// well over a screenful, however far the list is scrolled.
    static constexpr int DefaultMaxLoadedPages = 10;
    /// The count a search shows exactly; beyond it, "more than" (boundedCount()). Counting reads
    /// each matching row, ≈10 µs apiece on an encrypted register of a million: 1,000 keeps a
    /// keystroke well under 50 ms (10,000 took 130 ms at p95; docs/benchmarks.md).
    static constexpr qint64 CountCap = 1'000;

    explicit PersonListModel(RegisterService &service, QObject *parent = nullptr);
    ~PersonListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// NameLatin, NameUrdu, Cnic and ExpectedRelease reorder the list (and reload its first page);
    /// other columns are ignored. Descending is loaded ascending (see the class comment).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Replaces the query and loads its first page.
    void setQuery(const PersonQuery &query);
    PersonQuery query() const { return m_query; }
    /// Reloads the first page of the current query (after a change to the register).
    void refresh();

    /// Rows per page; a new size applies from the next setQuery(), sort() or refresh().
    using PagedTableModel::pageSize;
    using PagedTableModel::setPageSize;
    /// The window of pages kept in memory (DefaultMaxLoadedPages; 0 keeps every page).
    using PagedTableModel::loadedPageCount;
    using PagedTableModel::maxLoadedPages;
    using PagedTableModel::pageReloadCount;
    using PagedTableModel::setMaxLoadedPages;

    /// The column the list is ordered by (from PersonQuery::order), for a header's sort indicator.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return Qt::AscendingOrder; }

    /// The person shown in `row`, or an empty string when there is no such row.
    QString personId(int row) const;
    /// The summary shown in `row`.
    std::optional<PersonSummary> summary(int row) const;

    /// How many people match the query in all, counted on request only (one count query, then
    /// kept until the query changes or refresh()). Errors are returned, not signalled.
    [[nodiscard]] Result<qint64> totalCount();
    /// How many people match, counted no further than `cap` + 1 (a result above `cap` means "more
    /// than `cap`"): bounded cost on any register, for every keystroke. Kept like totalCount().
    [[nodiscard]] Result<qint64> boundedCount(qint64 cap = CountCap);

    static std::optional<PersonOrder> orderForColumn(int column);
    static int columnForOrder(PersonOrder order);

Q_SIGNALS:
    /// A translated message for the user: why the list could not be (fully) loaded.
    void errorOccurred(const QString &message);

private:
    Result<QList<PersonSummary>> readPage(const PersonSummary *after, int limit) override;
    void reportError(const QString &message) override;
    void reload();

    RegisterService &m_service;
    PersonQuery m_query;
    std::optional<qint64> m_totalCount;
    std::optional<std::pair<qint64, qint64>> m_boundedCount; ///< cap, count
};

} // namespace Nigran::Models
