#pragma once

#include "monitoring/monitoringrecords.h"
#include "services/monitoringservice.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Nigran::Gui {

class AlertListModel;
class TriageDialog;

/// The supervisors' alerts queue: the alerts of the office's monitored people filtered by district
/// and minimum severity (open ones only unless asked), the selected alert's notes history, and the
/// triage steps AlertTriage allows from its state (Acknowledge, Contacted, Escalate… with a note,
/// Close… with an outcome and a note, Add note…). Return or double-click on an alert opens it
/// (alertOpened()): the monitoring window then shows its evidence on the map.
class AlertsQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsQueueView)

public:
    explicit AlertsQueueView(Models::MonitoringService &service, QWidget *parent = nullptr);
    ~AlertsQueueView() override;

    /// The people the alerts belong to: their names and districts (the district filter's choices).
    void setPeople(const QList<Models::MonitoredPerson> &people);

    QComboBox *districtFilter() const { return m_districtFilter; }
    QComboBox *severityFilter() const { return m_severityFilter; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QTableView *table() const { return m_table; }
    AlertListModel *model() const { return m_model; }
    QListWidget *notesList() const { return m_notes; }
    QLabel *errorLabel() const { return m_errorLabel; }
    /// The button of the step to `state`.
    QPushButton *triageButton(Models::AlertState state) const { return m_stepButtons.value(state); }
    QPushButton *addNoteButton() const { return m_addNoteButton; }
    QPushButton *showOnMapButton() const { return m_showButton; }
    /// The Escalate…/Close…/Add note… dialog now open; nullptr when none is.
    TriageDialog *triageDialog() const;

    /// The selected alert; nullptr when none is.
    const Models::AlertRecord *selectedAlert() const;
    /// Selects the alert with `id` when listed; false otherwise.
    bool selectAlert(const QString &id);
    Models::AlertQuery query() const;

public Q_SLOTS:
    /// Re-reads the alerts with the current filters, keeping the selection when it is still listed.
    void refresh();
    /// Moves the selected alert to `state`; Escalate asks for a note first, Close for an outcome and a
    /// note.
    void triageSelected(Models::AlertState state);
    void addNoteToSelected();
    /// Opens the selected alert (alertOpened()).
    void openSelected();

Q_SIGNALS:
    void alertOpened(const Nigran::Models::AlertRecord &alert);
    /// An alert was triaged or annotated.
    void alertChanged(const QString &alertId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDistrictFilter();
    void fillSeverityFilter();
    void updateSelection();
    void apply(const QString &alertId, std::optional<Models::AlertState> to, const QString &note,
        Models::AlertOutcome outcome);
    void showError(const QString &message);

    Models::MonitoringService &m_service;
    QList<Models::MonitoredPerson> m_people;
    AlertListModel *m_model = nullptr;
    QLabel *m_districtLabel = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_notesLabel = nullptr;
    QListWidget *m_notes = nullptr;
    QLabel *m_errorLabel = nullptr;
    QMap<Models::AlertState, QPushButton *> m_stepButtons;
    QPushButton *m_addNoteButton = nullptr;
    QPushButton *m_showButton = nullptr;
    QPointer<TriageDialog> m_dialog;
};

} // namespace Nigran::Gui
