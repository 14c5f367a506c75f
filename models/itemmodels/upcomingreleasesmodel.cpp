#include "itemmodels/upcomingreleasesmodel.h"

#include "domain/cnic.h"
#include "rules/registerworkflow.h"
#include "services/registerservice.h"

#include <algorithm>
#include <utility>

namespace Nigran::Models {

namespace {

constexpr int PageSize = 500;

QString displayCnic(const QString &digits)
{
    if (digits.isEmpty())
        return {};
    const auto cnic = Models::Cnic::parse(digits);
    return cnic ? cnic->formatted() : digits;
}

} // namespace

UpcomingReleasesModel::UpcomingReleasesModel(RegisterService &service, QObject *parent)
    : PagedTableModel(PageSize, parent)
    , m_service(service)
{ }

UpcomingReleasesModel::~UpcomingReleasesModel() = default;

int UpcomingReleasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpcomingReleasesModel::data(const QModelIndex &index, int role) const
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
            return RegisterWorkflow::displayName(person.status);
        case ExpectedRelease:
            return person.expectedRelease.toString(Qt::ISODate);
        case DaysLeft:
            return daysUntilRelease(person);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NameUrdu)
            return int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        if (index.column() == DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PersonIdRole:
        return person.id;
    case StatusRole:
        return int(person.status);
    case ExpectedReleaseRole:
        return person.expectedRelease;
    case DaysLeftRole:
        return daysUntilRelease(person);
    case BucketRole:
        return bucketFor(daysUntilRelease(person));
    default:
        return {};
    }
}

QVariant UpcomingReleasesModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case DaysLeft:
        return tr("Days left");
    default:
        return {};
    }
}

QHash<int, QByteArray> UpcomingReleasesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PersonIdRole, QByteArrayLiteral("personId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ExpectedReleaseRole, QByteArrayLiteral("expectedRelease"));
    names.insert(DaysLeftRole, QByteArrayLiteral("daysLeft"));
    names.insert(BucketRole, QByteArrayLiteral("bucket"));
    return names;
}

void UpcomingReleasesModel::load(QDate referenceDate, int horizonDays)
{
    m_referenceDate = referenceDate;
    m_horizonDays = qMax(0, horizonDays);
    if (!m_referenceDate.isValid()) {
        showRows(fail(ErrorCode::InvalidInput, tr("The date to count the days left from is not valid.")));
        return;
    }
    auto rows = readAllPages();
    if (rows)
        rows->removeIf([](const PersonSummary &person) { return person.status == RegisterStatus::Ended; });
    showRows(std::move(rows));
}

void UpcomingReleasesModel::refresh()
{
    if (m_referenceDate.isValid())
        load(m_referenceDate, m_horizonDays);
}

QString UpcomingReleasesModel::personId(int row) const
{
    const PersonSummary *person = rowAt(row);
    return person ? person->id : QString();
}

int UpcomingReleasesModel::countInBucket(int bucket) const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        if (const PersonSummary *person = rowAt(row);
            person && bucketFor(daysUntilRelease(*person)) == bucket)
            ++count;
    return count;
}

int UpcomingReleasesModel::bucketFor(int daysLeft)
{
    if (daysLeft < 0)
        return 0;
    if (daysLeft <= 30)
        return 30;
    if (daysLeft <= 60)
        return 60;
    if (daysLeft <= 90)
        return 90;
    return 0;
}

Result<QList<PersonSummary>> UpcomingReleasesModel::readPage(const PersonSummary *after, int limit)
{
    PersonQuery query;
    query.releaseFrom = m_referenceDate;
    query.releaseTo = m_referenceDate.addDays(m_horizonDays);
    query.order = PersonOrder::ExpectedRelease;
    std::optional<PersonPageKey> key;
    if (after)
        key = PersonPageKey { after->sortKey, after->id };
    return m_service.search(query, key, limit);
}

void UpcomingReleasesModel::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

int UpcomingReleasesModel::daysUntilRelease(const PersonSummary &person) const
{
    return int(m_referenceDate.daysTo(person.expectedRelease));
}

} // namespace Nigran::Models
