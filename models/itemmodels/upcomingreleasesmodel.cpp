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
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

UpcomingReleasesModel::~UpcomingReleasesModel() = default;

int UpcomingReleasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UpcomingReleasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpcomingReleasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PersonSummary &person = row.person;
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
            return row.daysLeft;
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
        return row.daysLeft;
    case BucketRole:
        return bucketFor(row.daysLeft);
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

    PersonQuery query;
    query.releaseFrom = m_referenceDate;
    query.releaseTo = m_referenceDate.addDays(m_horizonDays);
    query.order = PersonOrder::ExpectedRelease;

    QList<Row> rows;
    std::optional<Error> error;
    if (!m_referenceDate.isValid()) {
        error
            = Error { ErrorCode::InvalidInput, tr("The date to count the days left from is not valid."), {} };
    } else {
        std::optional<PersonPageKey> after;
        for (;;) {
            auto page = m_service.search(query, after, PageSize);
            if (!page) {
                error = page.error();
                rows.clear();
                break;
            }
            const bool lastPage = page->size() < PageSize;
            if (!lastPage)
                after = PersonPageKey { page->constLast().sortKey, page->constLast().id };
            for (PersonSummary &person : *page) {
                if (person.status == RegisterStatus::Ended)
                    continue;
                const int daysLeft = int(m_referenceDate.daysTo(person.expectedRelease));
                rows.append({ std::move(person), daysLeft });
            }
            if (lastPage)
                break;
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (error)
        Q_EMIT errorOccurred(error->message);
}

void UpcomingReleasesModel::refresh()
{
    if (m_referenceDate.isValid())
        load(m_referenceDate, m_horizonDays);
}

QString UpcomingReleasesModel::personId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).person.id : QString();
}

int UpcomingReleasesModel::countInBucket(int bucket) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [bucket](const Row &row) { return bucketFor(row.daysLeft) == bucket; }));
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

} // namespace Nigran::Models
