#include "itemmodels/personlistmodel.h"

#include "domain/cnic.h"
#include "rules/registerworkflow.h"
#include "services/registerservice.h"

#include <QScopedValueRollback>

#include <utility>

namespace Nigran::Models {

namespace {

QString displayCnic(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const auto cnic = Models::Cnic::parse(digits);
    return cnic ? cnic->formatted() : digits;
}

} // namespace

PersonListModel::PersonListModel(RegisterService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

PersonListModel::~PersonListModel() = default;

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameLatin:
            return person.nameLatin;
        case NameUrdu:
            return person.nameUrdu;
        case Cnic:
            return displayCnic(person.cnic);
        case District:
            return person.district;
        case Status:
            return person.sealed ? tr("%1 (sealed)").arg(RegisterWorkflow::displayName(person.status))
                                 : RegisterWorkflow::displayName(person.status);
        case ExpectedRelease:
            return person.expectedRelease.isValid() ? person.expectedRelease.toString(Qt::ISODate)
                                                    : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        // Urdu is right-aligned whatever the layout direction: absolute, so an RTL view keeps it.
        if (index.column() == NameUrdu)
            return int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return {};
    case PersonIdRole:
        return person.id;
    case StatusRole:
        return int(person.status);
    case SealedRole:
        return person.sealed;
    case ExpectedReleaseRole:
        return person.expectedRelease;
    default:
        return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameLatin:
        return tr("Name");
    case NameUrdu:
        return tr("Name (Urdu)");
    case Cnic:
        return tr("CNIC");
    case District:
        return tr("District");
    case Status:
        return tr("Status");
    case ExpectedRelease:
        return tr("Expected release");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, QByteArrayLiteral("personId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(SealedRole, QByteArrayLiteral("sealed"));
    names.insert(ExpectedReleaseRole, QByteArrayLiteral("expectedRelease"));
    return names;
}

bool PersonListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing;
}

void PersonListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    const PersonSummary &last = m_rows.constLast();
    // One row more than a page: whether it comes back says if there is another page.
    auto page = m_service.search(m_query, PersonPageKey { last.sortKey, last.id }, m_pageSize + 1);
    if (!page) {
        m_hasMore = false;
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    m_hasMore = page->size() > m_pageSize;
    if (m_hasMore)
        page->resize(m_pageSize);
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(*page));
    endInsertRows();
}

void PersonListModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order) // the indexes are walked ascending only
    const auto personOrder = orderForColumn(column);
    if (!personOrder)
        return;
    m_query.order = *personOrder;
    reload();
}

void PersonListModel::setQuery(const PersonQuery &query)
{
    m_query = query;
    reload();
}

void PersonListModel::refresh()
{
    reload();
}

void PersonListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int PersonListModel::sortColumn() const
{
    return columnForOrder(m_query.order);
}

QString PersonListModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

std::optional<PersonSummary> PersonListModel::summary(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

Result<qint64> PersonListModel::totalCount()
{
    if (!m_totalCount) {
        auto total = m_service.count(m_query);
        if (!total)
            return tl::unexpected(total.error());
        m_totalCount = *total;
    }
    return *m_totalCount;
}

std::optional<PersonOrder> PersonListModel::orderForColumn(int column)
{
    switch (column) {
    case NameLatin:
        return PersonOrder::Name;
    case NameUrdu:
        return PersonOrder::UrduName;
    case Cnic:
        return PersonOrder::Cnic;
    case ExpectedRelease:
        return PersonOrder::ExpectedRelease;
    default:
        return std::nullopt;
    }
}

int PersonListModel::columnForOrder(PersonOrder order)
{
    switch (order) {
    case PersonOrder::Name:
        return NameLatin;
    case PersonOrder::UrduName:
        return NameUrdu;
    case PersonOrder::Cnic:
        return Cnic;
    case PersonOrder::ExpectedRelease:
        return ExpectedRelease;
    }
    return NameLatin;
}

void PersonListModel::reload()
{
    // Query first, so that the view is reset once, to the new rows or to none.
    const QScopedValueRollback changing(m_changing, true);
    auto page = m_service.search(m_query, std::nullopt, m_pageSize + 1);
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_totalCount.reset();
    if (page) {
        m_hasMore = page->size() > m_pageSize;
        if (m_hasMore)
            page->resize(m_pageSize);
        m_rows = std::move(*page);
    }
    endResetModel();
    if (!page)
        Q_EMIT errorOccurred(page.error().message);
}

} // namespace Nigran::Models
