#pragma once

#include "languagemanager.h"

#include "services/monitoringservice.h"

#include <QDialog>
#include <QList>
#include <QPointF>
#include <QPointer>

class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Gui {

class MapView;
class SceneLayer;

/// Crime-scene correlation: the scene (centre clicked on the map or typed, radius) and the time
/// window in Pakistan time; Run classifies every monitored person of the office in the background
/// (present / could have been present / excluded, with the reason and the closest distance); picking
/// a row shows its evidence fixes on the map; Export PDF writes the correlation report.
class CorrelationDialog : public QDialog
{
    Q_OBJECT

public:
    /// Columns of the results table.
    enum Column
    {
        PersonColumn,
        PresenceColumn,
        ReasonColumn,
        DistanceColumn,
        ColumnCount
    };

    CorrelationDialog(Models::MonitoringService &service, Models::Office &office, QWidget *parent = nullptr);
    ~CorrelationDialog() override;

    /// The scene as the form describes it (the window converted from Pakistan time to UTC).
    Models::CrimeScene scene() const;
    void setScene(const Models::CrimeScene &scene);
    /// Runs the correlation in the background (the Run button); `correlated` follows.
    void run();
    bool isRunning() const;
    /// Writes the correlation report of the last run (Export PDF, after its file dialog).
    [[nodiscard]] Models::Result<> exportPdf(const QString &path, Language language);

    const QList<Models::CorrelationResult> &results() const { return m_results; }
    /// The result shown in `row` of the table (whatever the sort order); nullptr for none.
    const Models::CorrelationResult *resultAt(int row) const;
    QString errorText() const { return m_error; }
    QTableWidget *resultsTable() const { return m_table; }
    MapView *mapView() const { return m_map; }
    SceneLayer *sceneLayer() const { return m_sceneLayer; }

signals:
    /// A run has finished, with results or an error.
    void correlated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEvidence();
    void chooseExport();
    void refreshScene();
    void showResults();
    QString personName(const QString &personId) const;

    Models::MonitoringService &m_service;
    Models::Office &m_office;
    QList<Models::MonitoredPerson> m_people;
    QList<Models::CorrelationResult> m_results;
    Models::CrimeScene m_ranScene;
    QString m_error;
    QPointer<QThread> m_worker;
    QPointF m_pressAt;

    QDoubleSpinBox *m_latitude = nullptr;
    QDoubleSpinBox *m_longitude = nullptr;
    QDoubleSpinBox *m_radius = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    MapView *m_map = nullptr;
    SceneLayer *m_sceneLayer = nullptr;
};

} // namespace Nigran::Gui
