#include "itemmodels/personlistmodel.h"

#include "domain/cnic.h"
#include "rules/registerworkflow.h"
#include "services/registerservice.h"

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
    : PagedTableModel(DefaultPageSize, parent)
    , m_service(service)
{
    setMaxLoadedPages(DefaultMaxLoadedPages);
}

PersonListModel::~PersonListModel() = default;

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary *found = rowAt(index.row());
    if (!found)
        return {};
    const PersonSummary &person = *found;
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

int PersonListModel::sortColumn() const
{
    return columnForOrder(m_query.order);
}

QString PersonListModel::personId(int row) const
{
    const PersonSummary *person = rowAt(row);
    return person ? person->id : QString();
}

std::optional<PersonSummary> PersonListModel::summary(int row) const
{
    const PersonSummary *person = rowAt(row);
    return person ? std::optional(*person) : std::nullopt;
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

Result<qint64> PersonListModel::boundedCount(qint64 cap)
{
    if (m_totalCount)
        return qMin(*m_totalCount, cap + 1);
    // Every match is loaded already (a short list): no query needed.
    if (!canFetchMore({}) && rowCount() > 0)
        return qMin<qint64>(rowCount(), cap + 1);
    if (!m_boundedCount || m_boundedCount->first != cap) {
        auto counted = m_service.countUpTo(m_query, cap);
        if (!counted)
            return tl::unexpected(counted.error());
        m_boundedCount = std::pair(cap, *counted);
    }
    return m_boundedCount->second;
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

Result<QList<PersonSummary>> PersonListModel::readPage(const PersonSummary *after, int limit)
{
    std::optional<PersonPageKey> key;
    if (after)
        key = PersonPageKey { after->sortKey, after->id };
    return m_service.search(m_query, key, limit);
}

void PersonListModel::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

void PersonListModel::reload()
{
    loadFirstPage([this] {
        m_totalCount.reset();
        m_boundedCount.reset();
    });
}

} // namespace Nigran::Models
