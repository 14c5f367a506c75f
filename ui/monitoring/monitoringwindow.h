#pragma once

#include "monitoring/playbackcontroller.h"

#include "monitoring/fix.h"
#include "monitoring/monitoringrecords.h"
#include "monitoring/tracksegment.h"
#include "services/monitoringservice.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDateTimeEdit;
class QMenu;
class QToolBar;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Gui {

class AlertLayer;
class AlertsQueueView;
class LanguageManager;
class MapView;
class PlaybackBar;
class TrackLayer;
class ZoneLayer;

/// The supervisors' monitoring window (roles with ReviewMonitoring): the monitored people (with a
/// search box) on one side; the map in the middle with the chosen person's track for a period
/// (default the last 24 hours, kept up to date: refresh() after a sync), the zones of their order and
/// their alerts; the stops and trips of the track (choosing one centres the map on it); playback with
/// follow-the-offender; and the alerts queue below, whose alerts open on the map with their evidence.
/// The toolbar opens the fix import, zone editor, crime-scene correlation and the track report.
class MonitoringWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringWindow)

public:
    static constexpr int DefaultRangeHours = 24;
    /// Follow mode recentres when the current position leaves this inner part of the map.
    static constexpr double FollowInnerFraction = 0.6;
    /// An opened alert shows the track this long before its start and after it was raised.
    static constexpr qint64 AlertContextSeconds = 3600;
    /// The zoom an opened alert with one evidence fix is shown at.
    static constexpr double EvidenceZoom = 16.0;
    /// Fixes further apart than this are a gap in the signal (tags report every 5 minutes when still,
    /// every minute when moving).
    static constexpr qint64 GapSeconds = 600;

    /// Whether the office's signed-in role may open the window.
    static bool mayOpen(const Models::Office &office);

    /// `clock` drives playback (see PlaybackController); empty: real time.
    MonitoringWindow(Models::Office &office, LanguageManager *languages = nullptr, QWidget *parent = nullptr,
        PlaybackController::ClockSource clock = {});
    ~MonitoringWindow() override;

    Models::MonitoringService &service() { return *m_service; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QListView *peopleList() const { return m_peopleList; }
    /// What the people list shows (filtered by the search box).
    QSortFilterProxyModel *peopleModel() const { return m_peopleProxy; }
    QDateTimeEdit *fromEdit() const { return m_fromEdit; }
    QDateTimeEdit *toEdit() const { return m_toEdit; }
    QListWidget *segmentList() const { return m_segmentList; }
    MapView *mapView() const { return m_map; }
    TrackLayer *trackLayer() const { return m_trackLayer; }
    ZoneLayer *zoneLayer() const { return m_zoneLayer; }
    AlertLayer *alertLayer() const { return m_alertLayer; }
    PlaybackController *playback() const { return m_playback; }
    PlaybackBar *playbackBar() const { return m_playbackBar; }
    AlertsQueueView *alertsQueue() const { return m_alertsQueue; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QAction *followAction() const { return m_followAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *zonesAction() const { return m_zonesAction; }
    QAction *correlationAction() const { return m_correlationAction; }
    QAction *trackReportAction() const { return m_reportAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    /// The person whose track is shown.
    std::optional<Models::MonitoredPerson> currentPerson() const { return m_person; }
    const QList<Models::MonitoredPerson> &people() const { return m_people; }
    /// The shown track (UTC range [from(), to())).
    const QList<Models::Fix> &fixes() const { return m_fixes; }
    const QList<Models::TrackSegment> &segments() const { return m_segments; }
    /// The row of segments()[segment] in the list (which has a heading for each day); −1 if none.
    int segmentRow(int segment) const;
    /// The shown person's alerts raised within the range.
    const QList<Models::AlertRecord> &trackAlerts() const { return m_trackAlerts; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    /// The range follows the clock (the last DefaultRangeHours hours), so refresh() moves it on.
    bool isLive() const { return m_live; }
    bool isFollowing() const;
    /// Where the person was at the playback time (invalid without fixes).
    QGeoCoordinate currentPosition() const;

public Q_SLOTS:
    /// Re-reads the people, the alerts and the shown track (new fixes after a sync); a live range
    /// moves on to the clock's present.
    void refresh();
    /// Shows the person's track for the current range; false when they are not listed.
    bool selectPerson(const QString &personId);
    /// Shows [from, to) (UTC); not live.
    void setRange(const QDateTime &from, const QDateTime &to);
    /// The last DefaultRangeHours hours up to the office clock's now; live.
    void showLastDay();
    /// Shows the alert on the map: its person's track around it, its evidence fixes ringed and the
    /// zone it names outlined, centred on the evidence.
    void openAlert(const Models::AlertRecord &alert);
    void setFollowing(bool following);
    /// Centres the map on the stop, trip or gap of a row of the list (day headings do nothing).
    void showSegment(int row);

    void showImportDialog();
    void showZonesDialog();
    void showCorrelationDialog();
    void exportTrackReport();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createPeoplePanel();
    QWidget *createMapPanel();
    void retranslate();
    void readPeople();
    /// Re-reads the shown person's track, zones and alerts for the range; `fit` zooms the map to the
    /// track; `keepPlayback` carries playback on where it was (a refresh), otherwise it shows the
    /// whole range.
    void loadTrack(bool fit, bool keepPlayback = false);
    void fillSegments();
    void fitToTrack();
    void clearOpenedAlert();
    void updateAlertMarkers();
    void playbackMoved(const QDateTime &position);
    void applyRangeEdits();
    void showStatus(const QString &message);
    void updateActions();
    QString segmentText(const Models::TrackSegment &segment) const;
    /// Index of the fix at exactly `time`; −1 when the shown track has none.
    int fixIndexAt(const QDateTime &time) const;

    Models::Office &m_office;
    LanguageManager *m_languages;
    std::unique_ptr<Models::MonitoringService> m_service;
    QList<Models::MonitoredPerson> m_people;
    std::optional<Models::MonitoredPerson> m_person;
    QList<Models::Fix> m_fixes;
    QList<Models::TrackSegment> m_segments;
    QList<Models::AlertRecord> m_trackAlerts;
    QDateTime m_from;
    QDateTime m_to;
    bool m_live = true;
    bool m_fitPending = false;

    QStandardItemModel *m_peopleItems = nullptr;
    QSortFilterProxyModel *m_peopleProxy = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_peopleList = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QPushButton *m_lastDayButton = nullptr;
    QLabel *m_segmentsLabel = nullptr;
    QListWidget *m_segmentList = nullptr;
    MapView *m_map = nullptr;
    TrackLayer *m_trackLayer = nullptr;
    ZoneLayer *m_zoneLayer = nullptr;
    AlertLayer *m_alertLayer = nullptr;
    PlaybackController *m_playback = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    AlertsQueueView *m_alertsQueue = nullptr;
    QLabel *m_statusLabel = nullptr;
    QSplitter *m_mainSplitter = nullptr;

    QMenu *m_monitoringMenu = nullptr;
    QMenu *m_playbackMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_zonesAction = nullptr;
    QAction *m_correlationAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_goPeopleAction = nullptr;
    QAction *m_goMapAction = nullptr;
    QAction *m_goPlaybackAction = nullptr;
    QAction *m_goAlertsAction = nullptr;
};

} // namespace Nigran::Gui
