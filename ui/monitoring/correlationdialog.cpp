#include "monitoring/correlationdialog.h"

#include "backgroundtask.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/scenelayer.h"
#include "reports/monitoringreport.h"

#include "monitoring/geo.h"
#include "security/clock.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGeoRectangle>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineF>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

constexpr int ResultRole = Qt::UserRole;
constexpr int SortRole = Qt::UserRole + 1;

const QTimeZone Pkt(5 * 3600);

/// Sorts by SortRole (numbers) rather than by the text shown.
class SortItem : public QTableWidgetItem
{
public:
    SortItem(const QString &text, const QVariant &key)
        : QTableWidgetItem(text)
    {
        setData(SortRole, key);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(SortRole).toDouble() < other.data(SortRole).toDouble();
    }
};

/// The edits show Pakistan wall-clock time, kept as "UTC" so that the local zone plays no part.
QDateTime toEdit(const QDateTime &utc)
{
    const QDateTime pkt = utc.toTimeZone(Pkt);
    return QDateTime(pkt.date(), pkt.time(), QTimeZone::utc());
}

QDateTime fromEdit(const QDateTime &shown)
{
    return QDateTime(shown.date(), shown.time(), Pkt).toUTC();
}

QDateTimeEdit *pktEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

CorrelationDialog::CorrelationDialog(MonitoringService &service, Office &office, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_office(office)
{
    setWindowTitle(tr("Crime-scene correlation"));
    setAccessibleName(windowTitle());
    if (auto people = m_service.monitoredPeople())
        m_people = *people;

    m_latitude = new QDoubleSpinBox(this);
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(6);
    m_latitude->setAccessibleName(tr("Scene latitude"));
    m_longitude = new QDoubleSpinBox(this);
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(6);
    m_longitude->setAccessibleName(tr("Scene longitude"));
    m_radius = new QDoubleSpinBox(this);
    m_radius->setRange(1, 50'000);
    m_radius->setDecimals(0);
    m_radius->setSuffix(tr(" m"));
    m_radius->setValue(200);
    m_from = pktEdit(this, tr("Window from (Pakistan time)"));
    m_to = pktEdit(this, tr("Window to (Pakistan time)"));
    const QDateTime now = office.clock().nowUtc();
    m_from->setDateTime(toEdit(now.addSecs(-3 * 3600)));
    m_to->setDateTime(toEdit(now));
    for (QDoubleSpinBox *box : { m_latitude, m_longitude, m_radius })
        connect(box, &QDoubleSpinBox::valueChanged, this, &CorrelationDialog::refreshScene);

    auto *centreRow = new QHBoxLayout;
    centreRow->addWidget(m_latitude);
    centreRow->addWidget(m_longitude);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_from);
    windowRow->addWidget(new QLabel(tr("to"), this));
    windowRow->addWidget(m_to);
    auto *form = new QFormLayout;
    auto *centreLabel = new QLabel(tr("Scene &centre (latitude, longitude; or click the map):"), this);
    centreLabel->setBuddy(m_latitude);
    form->addRow(centreLabel, centreRow);
    auto *radiusLabel = new QLabel(tr("&Radius:"), this);
    radiusLabel->setBuddy(m_radius);
    form->addRow(radiusLabel, m_radius);
    auto *windowLabel = new QLabel(tr("&Window (Pakistan time):"), this);
    windowLabel->setBuddy(m_from);
    form->addRow(windowLabel, windowRow);

    m_runButton = new QPushButton(tr("R&un"), this);
    m_exportButton = new QPushButton(tr("&Export PDF…"), this);
    m_exportButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Correlation in progress"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_exportButton);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("Person"), tr("Presence"), tr("Reason"), tr("Closest fix") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Correlation results"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CorrelationDialog::showEvidence);

    m_map = new MapView(this);
    m_map->setAccessibleName(tr("Map of the scene"));
    m_map->addLayer(new BaseMapLayer(m_map));
    m_sceneLayer = new SceneLayer(m_map);
    m_map->addLayer(m_sceneLayer);
    m_map->installEventFilter(this);
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(37.1, 60.9), QGeoCoordinate(23.6, 77.8)));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addLayout(runRow);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_map);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 640, 460 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &CorrelationDialog::run);
    connect(m_exportButton, &QPushButton::clicked, this, &CorrelationDialog::chooseExport);
    refreshScene();
    resize(1100, 680);
}

CorrelationDialog::~CorrelationDialog()
{
    if (m_worker)
        m_worker->wait();
}

CrimeScene CorrelationDialog::scene() const
{
    return { m_latitude->value(), m_longitude->value(), m_radius->value(), fromEdit(m_from->dateTime()),
        fromEdit(m_to->dateTime()) };
}

void CorrelationDialog::setScene(const CrimeScene &scene)
{
    m_latitude->setValue(scene.latitude);
    m_longitude->setValue(scene.longitude);
    m_radius->setValue(scene.radiusMetres);
    m_from->setDateTime(toEdit(scene.from));
    m_to->setDateTime(toEdit(scene.to));
    refreshScene();
    QGeoCoordinate south(scene.latitude, scene.longitude), north(scene.latitude, scene.longitude);
    const double reach = std::max(500.0, scene.radiusMetres * 4);
    m_map->fitTo(QGeoRectangle(
        north.atDistanceAndAzimuth(reach * 1.41, 315), south.atDistanceAndAzimuth(reach * 1.41, 135)));
}

void CorrelationDialog::refreshScene()
{
    m_sceneLayer->setScene(QGeoCoordinate(m_latitude->value(), m_longitude->value()), m_radius->value());
}

bool CorrelationDialog::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void CorrelationDialog::run()
{
    if (isRunning())
        return;
    const CrimeScene wanted = scene();
    m_error.clear();
    m_runButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Checking %n monitored person(s)…", nullptr, int(m_people.size())));
    MonitoringService *service = &m_service;
    m_worker = runInBackground(
        this, [service, wanted] { return service->correlate(wanted); },
        [this, wanted](Result<QList<CorrelationResult>> results) {
            m_progress->setVisible(false);
            m_runButton->setEnabled(true);
            if (!results) {
                m_error = results.error().message;
                m_results.clear();
                m_status->setText(m_error);
            } else {
                m_results = *results;
                m_ranScene = wanted;
                int present = 0, could = 0;
                for (const CorrelationResult &result : std::as_const(m_results)) {
                    present += result.presence == ScenePresence::Present ? 1 : 0;
                    could += result.presence == ScenePresence::CouldHaveBeen ? 1 : 0;
                }
                m_status->setText(tr("%n person(s) checked: ", nullptr, int(m_results.size()))
                    + tr("%1 present, %2 could have been present, %3 excluded.")
                          .arg(present)
                          .arg(could)
                          .arg(m_results.size() - present - could));
            }
            showResults();
            m_exportButton->setEnabled(m_error.isEmpty());
            emit correlated();
        });
}

QString CorrelationDialog::personName(const QString &personId) const
{
    for (const MonitoredPerson &person : m_people)
        if (person.personId == personId)
            return person.displayName;
    return personId;
}

void CorrelationDialog::showResults()
{
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const CorrelationResult &result = m_results[row];
        auto *person = new QTableWidgetItem(personName(result.subject.personId));
        person->setData(ResultRole, row);
        m_table->setItem(row, PersonColumn, person);
        m_table->setItem(row, PresenceColumn,
            new SortItem(CrimeSceneCorrelator::presenceName(result.presence), int(result.presence)));
        m_table->setItem(
            row, ReasonColumn, new QTableWidgetItem(CrimeSceneCorrelator::reasonText(result.reason)));
        const QString distance = result.closestMetres < 0 ? tr("—")
            : result.closestMetres >= 10'000 ? tr("%1 km").arg(result.closestMetres / 1000, 0, 'f', 1)
                                             : tr("%1 m").arg(qRound64(result.closestMetres));
        m_table->setItem(row, DistanceColumn,
            new SortItem(distance, result.closestMetres < 0 ? 1e12 : result.closestMetres));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PresenceColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_sceneLayer->setEvidence({});
}

const CorrelationResult *CorrelationDialog::resultAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, PersonColumn);
    if (!item)
        return nullptr;
    const int index = item->data(ResultRole).toInt();
    return index >= 0 && index < m_results.size() ? &m_results[index] : nullptr;
}

void CorrelationDialog::showEvidence()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const CorrelationResult *result = selected.isEmpty() ? nullptr : resultAt(selected.first()->row());
    if (!result) {
        m_sceneLayer->setEvidence({});
        return;
    }
    m_sceneLayer->setEvidence(result->evidence);
    double south = m_ranScene.latitude, north = south, west = m_ranScene.longitude, east = west;
    for (const Fix &fix : result->evidence) {
        south = std::min(south, fix.latitude);
        north = std::max(north, fix.latitude);
        west = std::min(west, fix.longitude);
        east = std::max(east, fix.longitude);
    }
    double padSouth = south, padWest = west, padNorth = north, padEast = east;
    const double pad = std::max(300.0, m_ranScene.radiusMetres * 2);
    Geo::offsetMetres(padSouth, padWest, -pad, -pad);
    Geo::offsetMetres(padNorth, padEast, pad, pad);
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(padNorth, padWest), QGeoCoordinate(padSouth, padEast)));
}

Result<> CorrelationDialog::exportPdf(const QString &path, Language language)
{
    QList<Fix> evidence;
    for (const CorrelationResult &result : std::as_const(m_results))
        if (result.presence != ScenePresence::Excluded)
            evidence += result.evidence;
    const QImage map = MonitoringReport::renderMap(QSize(2000, 1500), {}, {}, {}, m_ranScene, evidence);
    RegisterService audit(m_office);
    return MonitoringReport::writeCorrelationReport(
        audit, path, ReportHeader::forOffice(m_office), m_ranScene, m_results, map, m_people, language);
}

void CorrelationDialog::chooseExport()
{
    // The file name carries no name: folder listings are not confidential.
    QString path = QFileDialog::getSaveFileName(this, tr("Save correlation report"),
        QStringLiteral("crime-scene-correlation.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const Language language = layoutDirection() == Qt::RightToLeft ? Language::Urdu : Language::English;
    const auto written = exportPdf(path, language);
    m_status->setText(written ? tr("Correlation report saved to %1.").arg(QDir::toNativeSeparators(path))
                              : written.error().message);
}

bool CorrelationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressAt = static_cast<QMouseEvent *>(event)->position();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a drag: the scene's centre.
            if (mouse->button() == Qt::LeftButton && QLineF(m_pressAt, mouse->position()).length() < 4) {
                const QGeoCoordinate at = m_map->viewport().toGeo(mouse->position());
                m_latitude->setValue(at.latitude());
                m_longitude->setValue(at.longitude());
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Nigran::Gui
