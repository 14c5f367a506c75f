#pragma once

#include "services/monitoringservice.h"

#include <QDialog>
#include <QGeoShape>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class QVBoxLayout;

namespace Nigran::Gui {

class MapView;
class TrackLayer;
class ZoneDrawTool;
class ZoneLayer;

/// A supervisor's editor of the zones of a monitored person's order.
///
/// The list shows the live zones (label, kind, shape, version, schedule). On the map the supervisor
/// draws a circle (press and drag) or a polygon (click the corners; Enter or a double-click
/// finishes, Backspace removes the last corner, Esc cancels) and drags the corners or the centre of
/// the zone being edited; a circle can also be typed in as centre and radius. The form holds label,
/// kind, buffer, grace period and schedule (days and daily windows in Pakistan time, which may cross
/// midnight). Save writes version 1 of a new zone or the next version of the selected one (with a
/// reason); Retire writes a retired version; History lists the versions. Validation errors of
/// MonitoringService are shown next to their fields and nothing is saved.
class ZoneEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ZoneEditorDialog(
        Models::MonitoringService &service, const Models::MonitoredPerson &person, QWidget *parent = nullptr);
    ~ZoneEditorDialog() override;

    /// Reloads the zones from the store (keeps the selected zone selected when it still exists).
    void reload();

    // The same actions as the buttons (for keyboard users and tests).
    /// Clears the form for a new zone.
    void newZone();
    void startCircle();
    void startPolygon();
    /// Selects the zone at `row` of the list; −1: none (a new zone).
    void selectZone(int row);
    /// Enters a circle from the centre and radius fields.
    void applyTypedCircle();
    /// Saves the form. A change to an existing zone needs a reason: `reason` when given, else the
    /// reason dialog asks. True when saved.
    bool save(const QString &reason = QString());
    /// Retires the selected zone; asks for the reason when `reason` is empty. True when retired.
    bool retire(const QString &reason = QString());
    /// A window of the schedule (days as ZoneSchedule::Day bits, minutes after midnight PKT).
    void addScheduleWindow(quint8 days, int startMinute, int endMinute);

    const QList<Models::ZoneRecord> &zoneRecords() const { return m_records; }
    /// The shape being edited; invalid when none has been drawn or typed.
    QGeoShape editedShape() const;
    MapView *mapView() const { return m_map; }
    ZoneDrawTool *drawTool() const { return m_tool; }
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *bufferBox() const { return m_buffer; }
    QSpinBox *graceBox() const { return m_grace; }
    QDoubleSpinBox *latitudeBox() const { return m_centreLat; }
    QDoubleSpinBox *longitudeBox() const { return m_centreLon; }
    QDoubleSpinBox *radiusBox() const { return m_radius; }
    QTableWidget *zoneTable() const { return m_list; }
    /// The message shown after the last failed save or retire (empty after a successful one).
    QString lastError() const { return m_lastError; }
    /// The message shown beside a form field ("label", "buffer", "grace", "shape", "schedule", "reason").
    QString fieldError(const QString &field) const;

private:
    struct WindowRow
    {
        QWidget *row = nullptr;
        QList<QCheckBox *> days;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
    };

    void buildUi();
    void loadForm(const std::optional<Models::ZoneRecord> &record);
    void showHistory();
    void refreshLayers();
    void updateButtons();
    void onShapeChanged(const QGeoShape &shape);
    void clearErrors();
    void showError(const Models::Error &error);
    void removeScheduleWindow(QWidget *row);
    std::optional<Models::ZoneRecord> selectedRecord() const;
    Models::ZoneSchedule scheduleFromForm() const;
    QString askReason(const QString &title, const QString &prompt);
    QString scheduleText(const Models::ZoneSchedule &schedule) const;
    QString shapeText(const QGeoShape &shape) const;

    Models::MonitoringService &m_service;
    Models::MonitoredPerson m_person;
    QList<Models::ZoneRecord> m_records;
    QString m_selectedZoneId; ///< empty: a new zone
    QString m_lastError;

    QTableWidget *m_list = nullptr;
    MapView *m_map = nullptr;
    ZoneLayer *m_zoneLayer = nullptr;
    TrackLayer *m_trackLayer = nullptr;
    ZoneDrawTool *m_tool = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_circleButton = nullptr;
    QPushButton *m_polygonButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_buffer = nullptr;
    QSpinBox *m_grace = nullptr;
    QDoubleSpinBox *m_centreLat = nullptr;
    QDoubleSpinBox *m_centreLon = nullptr;
    QDoubleSpinBox *m_radius = nullptr;
    QLabel *m_shapeLabel = nullptr;
    QVBoxLayout *m_windowsLayout = nullptr;
    QList<WindowRow> m_windows;
    QLabel *m_errorLabel = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QHash<QString, QWidget *> m_fieldWidgets;
};

} // namespace Nigran::Gui
