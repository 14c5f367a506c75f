#include "upcomingreleasesview.h"

#include "fielderrors.h"

#include "itemmodels/upcomingreleasesmodel.h"
#include "security/clock.h"
#include "services/office.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

/// Keeps the rows of one reminder bucket (all with 0) and colours each row by its bucket.
class BucketProxyModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setBucket(int bucket)
    {
        if (bucket == m_bucket)
            return;
        m_bucket = bucket;
        invalidateFilter();
    }
    int bucket() const { return m_bucket; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const int bucket = QSortFilterProxyModel::data(index, UpcomingReleasesModel::BucketRole).toInt();
            if (role == Qt::ForegroundRole)
                return bucket ? QVariant(QBrush(Qt::black)) : QVariant();
            switch (bucket) {
            case 30:
                return QBrush(QColor(0xf8, 0xc8, 0xc8));
            case 60:
                return QBrush(QColor(0xfb, 0xe0, 0xb0));
            case 90:
                return QBrush(QColor(0xfb, 0xf3, 0xc8));
            default:
                return {};
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == UpcomingReleasesModel::NameUrdu)
            return int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_bucket == 0)
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(UpcomingReleasesModel::BucketRole).toInt() == m_bucket;
    }

private:
    int m_bucket = 0;
};

} // namespace

UpcomingReleasesView::UpcomingReleasesView(Office &office, RegisterService &service, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
{
    setObjectName(QStringLiteral("upcomingReleasesView"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_bucketFilter = new QComboBox(this);
    m_bucketFilter->setObjectName(QStringLiteral("bucketFilter"));
    m_filterLabel->setBuddy(m_bucketFilter);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("releaseSummary"));
    filters->addWidget(m_filterLabel);
    filters->addWidget(m_bucketFilter);
    filters->addSpacing(16);
    filters->addWidget(m_summaryLabel, 1);
    layout->addLayout(filters);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("releasesError"));
    FieldErrors::prepare(m_errorLabel);
    layout->addWidget(m_errorLabel);

    m_model = new UpcomingReleasesModel(service, this);
    connect(m_model, &UpcomingReleasesModel::errorOccurred, this,
        [this](const QString &message) { FieldErrors::show(m_errorLabel, m_table, message); });
    m_proxy = new BucketProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("releasesTable"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        const QString id = m_model->personId(source.row());
        if (!id.isEmpty())
            Q_EMIT personActivated(id);
    });
    layout->addWidget(m_table, 1);

    connect(m_bucketFilter, &QComboBox::currentIndexChanged, this,
        [this] { setBucket(m_bucketFilter->currentData().toInt()); });

    retranslate();
    refresh();
    resize(900, 520);
    m_table->setFocus();
}

UpcomingReleasesView::~UpcomingReleasesView() = default;

QDate UpcomingReleasesView::today(const Office &office)
{
    // Pakistan Standard Time, UTC+5, no daylight saving.
    return office.clock().nowUtc().toOffsetFromUtc(5 * 3600).date();
}

void UpcomingReleasesView::refresh()
{
    FieldErrors::clear(m_errorLabel, m_table);
    m_model->load(today(m_office), UpcomingReleasesModel::DefaultHorizonDays);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void UpcomingReleasesView::setBucket(int bucket)
{
    static_cast<BucketProxyModel *>(m_proxy)->setBucket(bucket);
    const int index = m_bucketFilter->findData(bucket);
    if (index >= 0 && index != m_bucketFilter->currentIndex())
        m_bucketFilter->setCurrentIndex(index);
}

void UpcomingReleasesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UpcomingReleasesView::retranslate()
{
    setWindowTitle(tr("Upcoming releases"));
    m_filterLabel->setText(tr("&Show:"));
    const int current = m_bucketFilter->count() ? m_bucketFilter->currentData().toInt() : 0;
    const QSignalBlocker blocker(m_bucketFilter);
    m_bucketFilter->clear();
    m_bucketFilter->addItem(tr("All within 90 days"), 0);
    m_bucketFilter->addItem(tr("Within 30 days"), 30);
    m_bucketFilter->addItem(tr("31–60 days"), 60);
    m_bucketFilter->addItem(tr("61–90 days"), 90);
    m_bucketFilter->setCurrentIndex(qMax(0, m_bucketFilter->findData(current)));
    m_bucketFilter->setAccessibleName(tr("Show releases due within"));
    m_table->setAccessibleName(tr("People due for release"));
    m_summaryLabel->setAccessibleName(tr("Releases per reminder bucket"));
    updateSummary();
}

void UpcomingReleasesView::updateSummary()
{
    m_summaryLabel->setText(tr("From %1: %2 within 30 days, %3 in 31–60 days, %4 in 61–90 days")
                                .arg(today(m_office).toString(Qt::ISODate))
                                .arg(m_model->countInBucket(30))
                                .arg(m_model->countInBucket(60))
                                .arg(m_model->countInBucket(90)));
}

} // namespace Nigran::Gui
