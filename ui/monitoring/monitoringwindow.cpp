#include "monitoring/monitoringwindow.h"

#include "biditext.h"
#include "languagemanager.h"
#include "map/alertlayer.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/zonelayer.h"
#include "monitoring/alertsqueueview.h"
#include "monitoring/alerttexts.h"
#include "monitoring/correlationdialog.h"
#include "monitoring/fiximportdialog.h"
#include "monitoring/playbackbar.h"
#include "monitoring/zoneeditordialog.h"
#include "reports/monitoringreport.h"
#include "reports/reportwriter.h"

#include "monitoring/geo.h"
#include "monitoring/tracksegmenter.h"
#include "security/clock.h"
#include "services/accesspolicy.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGeoRectangle>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

constexpr int PersonIdRole = Qt::UserRole + 1;
const QTimeZone Pakistan(AlertTexts::PakistanOffsetSeconds);

/// The edits show Pakistan wall-clock time; they hold it as a UTC-spec value so that the machine's own
/// time zone never shifts it.
QDateTime toEditValue(const QDateTime &utc)
{
    const QDateTime pkt = utc.toTimeZone(Pakistan);
    return QDateTime(pkt.date(), pkt.time(), QTimeZone::utc());
}

QDateTime fromEditValue(const QDateTime &value)
{
    return QDateTime(value.date(), value.time(), Pakistan).toUTC();
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return MonitoringWindow::tr("%n min", nullptr, int(minutes));
    return MonitoringWindow::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

bool MonitoringWindow::mayOpen(const Office &office)
{
    return AccessPolicy::allows(office.user().role, Action::ReviewMonitoring);
}

MonitoringWindow::MonitoringWindow(
    Office &office, LanguageManager *languages, QWidget *parent, PlaybackController::ClockSource clock)
    : QMainWindow(parent, Qt::Window)
    , m_office(office)
    , m_languages(languages)
    , m_service(std::make_unique<MonitoringService>(office))
{
    setObjectName(QStringLiteral("monitoringWindow"));
    m_playback = new PlaybackController(this, std::move(clock));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    m_mainSplitter = new QSplitter(Qt::Vertical, central);
    auto *top = new QSplitter(Qt::Horizontal, m_mainSplitter);
    top->addWidget(createPeoplePanel());
    top->addWidget(createMapPanel());
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setSizes({ 280, 900 });
    m_mainSplitter->addWidget(top);
    m_alertsQueue = new AlertsQueueView(*m_service, m_mainSplitter);
    m_mainSplitter->addWidget(m_alertsQueue);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({ 520, 200 });
    centralLayout->addWidget(m_mainSplitter);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("monitoringStatus"));
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createMenus();

    connect(m_playback, &PlaybackController::positionChanged, this, &MonitoringWindow::playbackMoved);
    connect(m_alertsQueue, &AlertsQueueView::alertOpened, this, &MonitoringWindow::openAlert);
    connect(m_alertsQueue, &AlertsQueueView::alertChanged, this, [this] {
        // The markers carry no state; the person's alerts are re-read for the report and tooltips.
        if (m_person)
            loadTrack(false, true);
    });

    resize(1280, 800);
    retranslate();
    readPeople();
    const QDateTime now = m_office.clock().nowUtc();
    m_live = true;
    m_from = now.addSecs(-DefaultRangeHours * 3600);
    m_to = now;
    m_alertsQueue->setPeople(m_people);
    if (!m_people.isEmpty())
        selectPerson(m_people.constFirst().personId);
    else
        loadTrack(true);
    updateActions();
}

MonitoringWindow::~MonitoringWindow()
{
    m_playback->pause();
}

QWidget *MonitoringWindow::createPeoplePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_searchLabel = new QLabel(panel);
    m_searchEdit = new QLineEdit(panel);
    m_searchEdit->setObjectName(QStringLiteral("monitoringSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_searchEdit);

    m_peopleItems = new QStandardItemModel(this);
    m_peopleProxy = new QSortFilterProxyModel(this);
    m_peopleProxy->setSourceModel(m_peopleItems);
    m_peopleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_peopleList = new QListView(panel);
    m_peopleList->setObjectName(QStringLiteral("monitoredPeople"));
    m_peopleList->setModel(m_peopleProxy);
    m_peopleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peopleList->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_peopleList, 2);
    connect(
        m_searchEdit, &QLineEdit::textChanged, m_peopleProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        // Return in the search box shows the first match.
        if (m_peopleProxy->rowCount() > 0) {
            m_peopleList->setCurrentIndex(m_peopleProxy->index(0, 0));
            m_peopleList->setFocus();
        }
    });
    connect(m_peopleList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                selectPerson(current.data(PersonIdRole).toString());
        });

    m_segmentsLabel = new QLabel(panel);
    m_segmentList = new QListWidget(panel);
    m_segmentList->setObjectName(QStringLiteral("segmentList"));
    m_segmentsLabel->setBuddy(m_segmentList);
    connect(m_segmentList, &QListWidget::currentRowChanged, this, &MonitoringWindow::showSegment);
    layout->addWidget(m_segmentsLabel);
    layout->addWidget(m_segmentList, 3);

    setTabOrder(m_searchEdit, m_peopleList);
    setTabOrder(m_peopleList, m_segmentList);
    return panel;
}

QWidget *MonitoringWindow::createMapPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *range = new QHBoxLayout;
    m_fromLabel = new QLabel(panel);
    m_fromEdit = new QDateTimeEdit(panel);
    m_fromEdit->setObjectName(QStringLiteral("rangeFrom"));
    m_toLabel = new QLabel(panel);
    m_toEdit = new QDateTimeEdit(panel);
    m_toEdit->setObjectName(QStringLiteral("rangeTo"));
    for (QDateTimeEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        // ISO dates and times read left to right in Urdu too (the text is laid out by the inner line
        // edit).
        edit->setLayoutDirection(Qt::LeftToRight);
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setLayoutDirection(Qt::LeftToRight);
        connect(edit, &QDateTimeEdit::editingFinished, this, &MonitoringWindow::applyRangeEdits);
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    m_lastDayButton = new QPushButton(panel);
    m_lastDayButton->setObjectName(QStringLiteral("lastDayButton"));
    connect(m_lastDayButton, &QPushButton::clicked, this, &MonitoringWindow::showLastDay);
    range->addWidget(m_fromLabel);
    range->addWidget(m_fromEdit);
    range->addSpacing(8);
    range->addWidget(m_toLabel);
    range->addWidget(m_toEdit);
    range->addSpacing(8);
    range->addWidget(m_lastDayButton);
    range->addStretch(1);
    layout->addLayout(range);
    m_map = new MapView(panel);
    m_map->setObjectName(QStringLiteral("monitoringMap"));
    // A fit asked for before the map had its size is done when it gets it.
    m_map->installEventFilter(this);
    m_map->addLayer(new BaseMapLayer);
    m_zoneLayer = new ZoneLayer;
    m_map->addLayer(m_zoneLayer);
    m_trackLayer = new TrackLayer;
    m_map->addLayer(m_trackLayer);
    m_alertLayer = new AlertLayer;
    m_map->addLayer(m_alertLayer);
    // Pakistan, until a track is shown.
    m_map->setCentre(QGeoCoordinate(30.0, 69.5));
    m_map->setZoom(5.0);
    layout->addWidget(m_map, 1);
    m_playbackBar = new PlaybackBar(*m_playback, panel);
    layout->addWidget(m_playbackBar);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_lastDayButton);
    setTabOrder(m_lastDayButton, m_map);
    setTabOrder(m_map, m_playbackBar);
    return panel;
}

void MonitoringWindow::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &key = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_importAction = make("actionImportFixes", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MonitoringWindow::showImportDialog);
    m_zonesAction = make("actionZones", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_zonesAction, &QAction::triggered, this, &MonitoringWindow::showZonesDialog);
    m_correlationAction = make("actionCorrelation", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_correlationAction, &QAction::triggered, this, &MonitoringWindow::showCorrelationDialog);
    m_reportAction = make("actionTrackReport", QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_reportAction, &QAction::triggered, this, &MonitoringWindow::exportTrackReport);
    m_refreshAction = make("actionRefreshMonitoring", QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MonitoringWindow::refresh);
    m_closeAction = make("actionCloseMonitoring", QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_followAction = make("actionFollow", QKeySequence(Qt::Key_F));
    m_followAction->setCheckable(true);
    connect(m_followAction, &QAction::toggled, this, &MonitoringWindow::setFollowing);

    m_goPeopleAction = make("actionGoPeople", QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_goPeopleAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    m_goMapAction = make("actionGoMap", QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_goMapAction, &QAction::triggered, this, [this] { m_map->setFocus(Qt::ShortcutFocusReason); });
    m_goPlaybackAction = make("actionGoPlayback", QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_goPlaybackAction, &QAction::triggered, this,
        [this] { m_playbackBar->setFocus(Qt::ShortcutFocusReason); });
    m_goAlertsAction = make("actionGoAlerts", QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_goAlertsAction, &QAction::triggered, this,
        [this] { m_alertsQueue->table()->setFocus(Qt::ShortcutFocusReason); });
}

void MonitoringWindow::createMenus()
{
    m_monitoringMenu = menuBar()->addMenu(QString());
    m_monitoringMenu->setObjectName(QStringLiteral("menuMonitoringWindow"));
    m_monitoringMenu->addAction(m_importAction);
    m_monitoringMenu->addAction(m_zonesAction);
    m_monitoringMenu->addAction(m_correlationAction);
    m_monitoringMenu->addAction(m_reportAction);
    m_monitoringMenu->addSeparator();
    m_monitoringMenu->addAction(m_refreshAction);
    m_monitoringMenu->addSeparator();
    m_monitoringMenu->addAction(m_closeAction);

    m_playbackMenu = menuBar()->addMenu(QString());
    m_playbackMenu->setObjectName(QStringLiteral("menuPlayback"));
    m_playbackMenu->addAction(m_playbackBar->playAction());
    m_playbackMenu->addAction(m_playbackBar->fasterAction());
    m_playbackMenu->addAction(m_playbackBar->slowerAction());
    m_playbackMenu->addAction(m_playbackBar->stepBackAction());
    m_playbackMenu->addAction(m_playbackBar->stepForwardAction());
    m_playbackMenu->addSeparator();
    m_playbackMenu->addAction(m_followAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("menuGo"));
    m_goMenu->addAction(m_goPeopleAction);
    m_goMenu->addAction(m_goMapAction);
    m_goMenu->addAction(m_goPlaybackAction);
    m_goMenu->addAction(m_goAlertsAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("monitoringToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_zonesAction);
    m_toolBar->addAction(m_correlationAction);
    m_toolBar->addAction(m_reportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_followAction);
    m_toolBar->addAction(m_refreshAction);
}

void MonitoringWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MonitoringWindow::retranslate()
{
    setWindowTitle(tr("Nigran — Monitoring"));
    m_monitoringMenu->setTitle(tr("&Monitoring"));
    m_playbackMenu->setTitle(tr("&Playback"));
    m_goMenu->setTitle(tr("&Go"));
    m_toolBar->setWindowTitle(tr("Monitoring tools"));
    m_importAction->setText(tr("&Import fixes from a file…"));
    m_zonesAction->setText(tr("&Zones…"));
    m_correlationAction->setText(tr("Crime-scene &correlation…"));
    m_reportAction->setText(tr("Track &report (PDF)…"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_closeAction->setText(tr("Close &window"));
    m_followAction->setText(tr("&Follow the offender"));
    m_followAction->setToolTip(tr("Keep the current position in view (F)"));
    m_goPeopleAction->setText(tr("&People list"));
    m_goMapAction->setText(tr("&Map"));
    m_goPlaybackAction->setText(tr("Play&back controls"));
    m_goAlertsAction->setText(tr("&Alerts queue"));
    m_searchLabel->setText(tr("&Search monitored people:"));
    m_searchEdit->setPlaceholderText(tr("Name"));
    m_searchEdit->setAccessibleName(tr("Search monitored people"));
    m_peopleList->setAccessibleName(tr("Monitored people"));
    m_fromLabel->setText(tr("Fro&m (PKT):"));
    m_toLabel->setText(tr("&To (PKT):"));
    m_fromEdit->setAccessibleName(tr("Start of the period, Pakistan time"));
    m_toEdit->setAccessibleName(tr("End of the period, Pakistan time"));
    m_lastDayButton->setText(tr("&Last 24 hours"));
    m_segmentsLabel->setText(tr("Stops and t&rips:"));
    m_segmentList->setAccessibleName(tr("Stops and trips of the track"));
    m_map->setAccessibleName(tr("Map of the track"));
    fillSegments();
}

void MonitoringWindow::updateActions()
{
    const Role role = m_office.user().role;
    const bool hasPerson = m_person.has_value();
    m_importAction->setEnabled(hasPerson && AccessPolicy::allows(role, Action::ManageMonitoring));
    m_zonesAction->setEnabled(hasPerson);
    m_correlationAction->setEnabled(!m_people.isEmpty());
    m_reportAction->setEnabled(hasPerson && AccessPolicy::allows(role, Action::ExportReport));
}

void MonitoringWindow::showStatus(const QString &message)
{
    m_statusLabel->setText(message);
}

void MonitoringWindow::readPeople()
{
    auto people = m_service->monitoredPeople();
    if (!people) {
        showStatus(people.error().message);
        m_people.clear();
    } else {
        m_people = *people;
    }
    const QString current = m_person ? m_person->personId : QString();
    const QSignalBlocker blocker(m_peopleList->selectionModel());
    m_peopleItems->clear();
    for (const MonitoredPerson &person : std::as_const(m_people)) {
        auto *item = new QStandardItem(person.displayName);
        item->setData(person.personId, PersonIdRole);
        item->setToolTip(tr("Device %1").arg(person.deviceId));
        m_peopleItems->appendRow(item);
    }
    for (int row = 0; row < m_peopleProxy->rowCount(); ++row)
        if (m_peopleProxy->index(row, 0).data(PersonIdRole).toString() == current)
            m_peopleList->setCurrentIndex(m_peopleProxy->index(row, 0));
}

bool MonitoringWindow::selectPerson(const QString &personId)
{
    const auto found = std::find_if(m_people.cbegin(), m_people.cend(),
        [&](const MonitoredPerson &person) { return person.personId == personId; });
    if (found == m_people.cend())
        return false;
    const bool changed = !m_person || m_person->personId != personId;
    m_person = *found;
    {
        const QSignalBlocker blocker(m_peopleList->selectionModel());
        for (int row = 0; row < m_peopleProxy->rowCount(); ++row)
            if (m_peopleProxy->index(row, 0).data(PersonIdRole).toString() == personId)
                m_peopleList->setCurrentIndex(m_peopleProxy->index(row, 0));
    }
    if (changed) {
        clearOpenedAlert();
        loadTrack(true);
    }
    updateActions();
    return true;
}

void MonitoringWindow::setRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to) {
        showStatus(tr("The period must end after it starts."));
        return;
    }
    m_live = false;
    m_from = from.toUTC();
    m_to = to.toUTC();
    clearOpenedAlert();
    loadTrack(true);
}

void MonitoringWindow::showLastDay()
{
    const QDateTime now = m_office.clock().nowUtc();
    m_live = true;
    m_from = now.addSecs(-DefaultRangeHours * 3600);
    m_to = now;
    clearOpenedAlert();
    loadTrack(true);
}

void MonitoringWindow::clearOpenedAlert()
{
    m_alertLayer->setEvidence({});
    m_zoneLayer->setHighlighted({});
}

void MonitoringWindow::applyRangeEdits()
{
    const QDateTime from = fromEditValue(m_fromEdit->dateTime());
    const QDateTime to = fromEditValue(m_toEdit->dateTime());
    if (from == m_from && to == m_to)
        return;
    setRange(from, to);
}

void MonitoringWindow::refresh()
{
    readPeople();
    m_alertsQueue->setPeople(m_people);
    if (m_live) {
        const QDateTime now = m_office.clock().nowUtc();
        m_from = now.addSecs(-DefaultRangeHours * 3600);
        m_to = now;
    }
    if (m_person && !std::any_of(m_people.cbegin(), m_people.cend(), [this](const MonitoredPerson &p) {
            return p.personId == m_person->personId;
        }))
        m_person.reset();
    loadTrack(false, true);
    updateActions();
}

void MonitoringWindow::loadTrack(bool fit, bool keepPlayback)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit), toBlocker(m_toEdit);
        m_fromEdit->setDateTime(toEditValue(m_from));
        m_toEdit->setDateTime(toEditValue(m_to));
    }
    const bool wasPlaying = keepPlayback && m_playback->isPlaying();
    const QDateTime position = m_playback->position();
    const bool atEnd = !keepPlayback || !m_playback->hasRange() || position >= m_playback->end();

    m_fixes.clear();
    m_trackAlerts.clear();
    QList<Zone> zones;
    QString problem;
    if (m_person) {
        if (auto track = m_service->track(m_person->deviceId, m_from, m_to))
            m_fixes = *track;
        else
            problem = track.error().message;
        if (auto records = m_service->zones(m_person->orderId)) {
            for (const ZoneRecord &record : std::as_const(*records))
                if (!record.retired)
                    zones.append(record.zone);
        } else if (problem.isEmpty()) {
            problem = records.error().message;
        }
        AlertQuery query;
        query.personId = m_person->personId;
        query.openOnly = false;
        if (auto alerts = m_service->alerts(query)) {
            for (const AlertRecord &record : std::as_const(*alerts))
                if (record.alert.raisedAt >= m_from && record.alert.raisedAt < m_to)
                    m_trackAlerts.append(record);
        } else if (problem.isEmpty()) {
            problem = alerts.error().message;
        }
    }
    m_trackLayer->setTrack(m_fixes, GapSeconds);
    m_trackLayer->setReferenceTime(m_to);
    TrackSegmenter::Settings settings;
    settings.gapSeconds = GapSeconds;
    m_segments = TrackSegmenter::segment(m_fixes, settings);
    m_zoneLayer->setZones(zones);
    updateAlertMarkers();
    fillSegments();

    m_playback->setRange(m_from, m_to);
    // A refresh during playback carries on where it was.
    if (wasPlaying || !atEnd) {
        m_playback->seek(position);
        if (wasPlaying)
            m_playback->play();
    }
    playbackMoved(m_playback->position());

    if (fit)
        fitToTrack();

    if (!problem.isEmpty())
        showStatus(problem);
    else if (!m_person)
        showStatus(m_people.isEmpty() ? tr("No monitored people with a device in this office.") : QString());
    else
        showStatus(
            tr("%1: %Ln fix(es), %2 stop(s), %3 alert(s) from %4 to %5 (PKT)", nullptr, int(m_fixes.size()))
                .arg(m_person->displayName)
                .arg(std::count_if(m_segments.cbegin(), m_segments.cend(),
                    [](const TrackSegment &s) { return s.kind == TrackSegment::Kind::Stop; }))
                .arg(m_trackAlerts.size())
                .arg(AlertTexts::pakistanTime(m_from), AlertTexts::pakistanTime(m_to)));
}

void MonitoringWindow::fitToTrack()
{
    // Before the window is laid out the map has no size to fit to: it is done on its first resize.
    m_fitPending = !m_map->isVisible() || m_map->width() < 100 || m_map->height() < 100;
    if (m_fitPending)
        return;
    QGeoRectangle box = m_trackLayer->bounds();
    for (const Zone &zone : m_zoneLayer->zones())
        box = box.isValid() ? box.united(zone.shape().boundingGeoRectangle())
                            : zone.shape().boundingGeoRectangle();
    if (!box.isValid())
        return;
    m_map->fitTo(box);
    if (m_map->zoom() > EvidenceZoom + 1)
        m_map->setZoom(EvidenceZoom + 1);
}

bool MonitoringWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_map && event->type() == QEvent::Resize && m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                fitToTrack();
        });
    return QMainWindow::eventFilter(watched, event);
}

int MonitoringWindow::fixIndexAt(const QDateTime &time) const
{
    const int index = m_trackLayer->lastIndexAt(time);
    return index >= 0 && m_fixes.at(index).fixTime == time ? index : -1;
}

void MonitoringWindow::updateAlertMarkers()
{
    QList<AlertMarker> markers;
    for (const AlertRecord &record : std::as_const(m_trackAlerts)) {
        if (record.alert.evidence.isEmpty())
            continue;
        const int index = fixIndexAt(record.alert.evidence.constLast().time);
        if (index < 0)
            continue;
        const Fix &fix = m_fixes.at(index);
        markers.append({ QGeoCoordinate(fix.latitude, fix.longitude), record.alert.kind, false });
    }
    m_alertLayer->setMarkers(markers);
}

QString MonitoringWindow::segmentText(const TrackSegment &segment) const
{
    const auto time
        = [](const QDateTime &utc) { return utc.toTimeZone(Pakistan).toString(QStringLiteral("HH:mm")); };
    const qint64 seconds = segment.start.secsTo(segment.end);
    switch (segment.kind) {
    case TrackSegment::Kind::Stop:
        return BidiText::isolateNumbers(
            tr("Stop %1–%2 (%3)").arg(time(segment.start), time(segment.end), durationText(seconds)));
    case TrackSegment::Kind::Trip: {
        double metres = 0;
        for (int i = segment.first; i < segment.last && i + 1 < m_fixes.size(); ++i)
            metres += Geo::distanceMetres(
                m_fixes[i].latitude, m_fixes[i].longitude, m_fixes[i + 1].latitude, m_fixes[i + 1].longitude);
        return BidiText::isolateNumbers(
            tr("Trip %1–%2 (%3 km, %4)")
                .arg(time(segment.start), time(segment.end), QLocale().toString(metres / 1000, 'f', 1),
                    durationText(seconds)));
    }
    case TrackSegment::Kind::Gap:
        return BidiText::isolateNumbers(
            tr("No signal %1–%2 (%3)").arg(time(segment.start), time(segment.end), durationText(seconds)));
    }
    return {};
}

void MonitoringWindow::fillSegments()
{
    if (!m_segmentList)
        return;
    const QSignalBlocker blocker(m_segmentList);
    const int current = m_segmentList->currentRow();
    m_segmentList->clear();
    // A heading for each Pakistan day, then its stops, trips and gaps with their times.
    QDate day;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const TrackSegment &segment = m_segments.at(i);
        const QDate starts = segment.start.toTimeZone(Pakistan).date();
        if (starts != day) {
            day = starts;
            auto *heading = new QListWidgetItem(QLocale().toString(day, QLocale::LongFormat), m_segmentList);
            heading->setFlags(Qt::ItemIsEnabled);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setData(Qt::UserRole, -1);
        }
        auto *item = new QListWidgetItem(segmentText(segment), m_segmentList);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(tr("%1 to %2 (PKT)")
                             .arg(BidiText::isolate(AlertTexts::pakistanTime(segment.start)),
                                 BidiText::isolate(AlertTexts::pakistanTime(segment.end))));
    }
    if (current >= 0 && current < m_segmentList->count())
        m_segmentList->setCurrentRow(current);
}

int MonitoringWindow::segmentRow(int segment) const
{
    for (int row = 0; row < m_segmentList->count(); ++row)
        if (m_segmentList->item(row)->data(Qt::UserRole).toInt() == segment)
            return row;
    return -1;
}

void MonitoringWindow::showSegment(int row)
{
    const QListWidgetItem *item = m_segmentList->item(row);
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_segments.size())
        return;
    const TrackSegment &segment = m_segments.at(index);
    if (segment.kind == TrackSegment::Kind::Stop) {
        m_map->setCentre(QGeoCoordinate(segment.latitude, segment.longitude));
        if (m_map->zoom() < EvidenceZoom - 1)
            m_map->setZoom(EvidenceZoom - 1);
        return;
    }
    double south = 90, north = -90, west = 180, east = -180;
    for (int i = segment.first; i <= segment.last && i < m_fixes.size(); ++i) {
        south = std::min(south, m_fixes[i].latitude);
        north = std::max(north, m_fixes[i].latitude);
        west = std::min(west, m_fixes[i].longitude);
        east = std::max(east, m_fixes[i].longitude);
    }
    if (south > north)
        return;
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)));
    if (m_map->zoom() > EvidenceZoom + 1)
        m_map->setZoom(EvidenceZoom + 1);
}

QGeoCoordinate MonitoringWindow::currentPosition() const
{
    if (m_fixes.isEmpty())
        return {};
    const Fix &fix = m_fixes.at(std::max(0, m_trackLayer->lastIndexAt(m_playback->position())));
    return { fix.latitude, fix.longitude };
}

bool MonitoringWindow::isFollowing() const
{
    return m_followAction->isChecked();
}

void MonitoringWindow::setFollowing(bool following)
{
    if (m_followAction->isChecked() != following) {
        m_followAction->setChecked(following); // toggled() calls back
        return;
    }
    if (following)
        m_map->keepInView(currentPosition(), FollowInnerFraction);
}

void MonitoringWindow::playbackMoved(const QDateTime &position)
{
    m_trackLayer->setCutOff(position);
    m_trackLayer->setReferenceTime(position);
    if (isFollowing())
        m_map->keepInView(currentPosition(), FollowInnerFraction);
}

void MonitoringWindow::openAlert(const AlertRecord &record)
{
    m_playback->pause();
    if (!m_person || m_person->personId != record.personId) {
        const auto found = std::find_if(m_people.cbegin(), m_people.cend(),
            [&](const MonitoredPerson &person) { return person.personId == record.personId; });
        if (found == m_people.cend()) {
            showStatus(tr("The person of alert %1 is not monitored in this office.").arg(record.id));
            return;
        }
        m_person = *found;
        const QSignalBlocker blocker(m_peopleList->selectionModel());
        for (int row = 0; row < m_peopleProxy->rowCount(); ++row)
            if (m_peopleProxy->index(row, 0).data(PersonIdRole).toString() == record.personId)
                m_peopleList->setCurrentIndex(m_peopleProxy->index(row, 0));
    }
    QDateTime from = record.alert.startedAt.isValid() ? record.alert.startedAt : record.alert.raisedAt;
    for (const FixRef &ref : record.alert.evidence)
        if (ref.time.isValid() && ref.time < from)
            from = ref.time;
    m_live = false;
    m_from = from.addSecs(-AlertContextSeconds);
    m_to = record.alert.raisedAt.addSecs(AlertContextSeconds);
    loadTrack(false);
    updateActions();

    QList<QGeoCoordinate> evidence;
    for (const FixRef &ref : record.alert.evidence)
        if (const int index = fixIndexAt(ref.time); index >= 0)
            evidence.append(QGeoCoordinate(m_fixes[index].latitude, m_fixes[index].longitude));
    m_alertLayer->setEvidence(evidence);
    for (int i = 0; i < m_trackAlerts.size(); ++i)
        if (m_trackAlerts[i].id == record.id) {
            // Markers are in the order of m_trackAlerts, less those without a fix on the track.
            int marker = 0;
            for (int j = 0; j < i; ++j)
                marker += m_trackAlerts[j].alert.evidence.isEmpty()
                        || fixIndexAt(m_trackAlerts[j].alert.evidence.constLast().time) < 0
                    ? 0
                    : 1;
            m_alertLayer->setSelected(marker);
        }
    m_zoneLayer->setHighlighted(record.alert.zoneId);

    if (evidence.isEmpty()) {
        showStatus(tr("Alert %1 has no evidence fix on this device's stored track.").arg(record.id));
        return;
    }
    double south = 90, north = -90, west = 180, east = -180;
    for (const QGeoCoordinate &c : std::as_const(evidence)) {
        south = std::min(south, c.latitude());
        north = std::max(north, c.latitude());
        west = std::min(west, c.longitude());
        east = std::max(east, c.longitude());
    }
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(north, west), QGeoCoordinate(south, east)));
    if (m_map->zoom() > EvidenceZoom)
        m_map->setZoom(EvidenceZoom);
    showStatus(
        tr("%1 — %2, raised %3 (PKT); %Ln evidence fix(es) ringed on the map.", nullptr, int(evidence.size()))
            .arg(MonitoringNames::kindName(record.alert.kind), m_person->displayName,
                AlertTexts::pakistanTime(record.alert.raisedAt)));
}

void MonitoringWindow::showImportDialog()
{
    if (!m_person || !m_importAction->isEnabled())
        return;
    auto *dialog = new FixImportDialog(*m_service, *m_person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MonitoringWindow::refresh);
    dialog->open();
}

void MonitoringWindow::showZonesDialog()
{
    if (!m_person)
        return;
    auto *dialog = new ZoneEditorDialog(*m_service, *m_person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { loadTrack(false, true); });
    dialog->open();
}

void MonitoringWindow::showCorrelationDialog()
{
    auto *dialog = new CorrelationDialog(*m_service, m_office, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MonitoringWindow::exportTrackReport()
{
    if (!m_person || !m_reportAction->isEnabled())
        return;
    // SECURITY.md: written only where the user chooses; the file name carries no name.
    QString path = QFileDialog::getSaveFileName(this, tr("Save track report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("track-report.pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QList<Zone> zones;
    QList<ZoneRecord> zoneRecords;
    if (auto records = m_service->zones(m_person->orderId)) {
        zoneRecords = *records;
        for (const ZoneRecord &record : std::as_const(zoneRecords))
            if (!record.retired)
                zones.append(record.zone);
    }
    QList<Alert> alerts;
    for (const AlertRecord &record : std::as_const(m_trackAlerts))
        alerts.append(record.alert);
    const QImage map = MonitoringReport::renderMap(QSize(1600, 1100), m_fixes, zones, alerts);
    RegisterService audit(m_office);
    const Language language = m_languages ? m_languages->language() : Language::English;
    const auto written = MonitoringReport::writeTrackReport(audit, path, ReportHeader::forOffice(m_office),
        *m_person, m_from, m_to, m_fixes, m_trackAlerts, zoneRecords, map, language);
    showStatus(written ? tr("Track report saved to %1.").arg(QDir::toNativeSeparators(path))
                       : written.error().message);
}

} // namespace Nigran::Gui
