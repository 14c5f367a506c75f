#include "monitoring/alertsqueueview.h"

#include "monitoring/alertlistmodel.h"
#include "monitoring/alerttexts.h"
#include "monitoring/triagedialog.h"

#include "domain/districtlist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

constexpr AlertState Steps[]
    = { AlertState::Acknowledged, AlertState::Contacted, AlertState::Escalated, AlertState::Closed };

} // namespace

AlertsQueueView::AlertsQueueView(MonitoringService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("alertsQueue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_districtLabel = new QLabel(this);
    m_districtFilter = new QComboBox(this);
    m_districtFilter->setObjectName(QStringLiteral("alertDistrictFilter"));
    m_districtLabel->setBuddy(m_districtFilter);
    m_severityLabel = new QLabel(this);
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setObjectName(QStringLiteral("alertSeverityFilter"));
    m_severityLabel->setBuddy(m_severityFilter);
    m_openOnly = new QCheckBox(this);
    m_openOnly->setObjectName(QStringLiteral("alertOpenOnly"));
    m_openOnly->setChecked(true);
    filters->addWidget(m_districtLabel);
    filters->addWidget(m_districtFilter);
    filters->addSpacing(12);
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severityFilter);
    filters->addSpacing(12);
    filters->addWidget(m_openOnly);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new AlertListModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    splitter->addWidget(m_table);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QGridLayout;
    int column = 0;
    for (AlertState state : Steps) {
        auto *button = new QPushButton(side);
        button->setObjectName(QStringLiteral("triage%1Button").arg(int(state)));
        connect(button, &QPushButton::clicked, this, [this, state] { triageSelected(state); });
        m_stepButtons.insert(state, button);
        buttons->addWidget(button, 0, column++);
    }
    m_addNoteButton = new QPushButton(side);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    connect(m_addNoteButton, &QPushButton::clicked, this, &AlertsQueueView::addNoteToSelected);
    buttons->addWidget(m_addNoteButton, 1, 0, 1, 2);
    m_showButton = new QPushButton(side);
    m_showButton->setObjectName(QStringLiteral("showAlertButton"));
    connect(m_showButton, &QPushButton::clicked, this, &AlertsQueueView::openSelected);
    buttons->addWidget(m_showButton, 1, 2, 1, 2);
    sideLayout->addLayout(buttons);
    m_notesLabel = new QLabel(side);
    m_notes = new QListWidget(side);
    m_notes->setObjectName(QStringLiteral("alertNotes"));
    m_notes->setWordWrap(true);
    m_notesLabel->setBuddy(m_notes);
    sideLayout->addWidget(m_notesLabel);
    sideLayout->addWidget(m_notes, 1);
    m_errorLabel = new QLabel(side);
    m_errorLabel->setObjectName(QStringLiteral("alertErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->hide();
    sideLayout->addWidget(m_errorLabel);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_districtFilter, &QComboBox::activated, this, &AlertsQueueView::refresh);
    connect(m_severityFilter, &QComboBox::activated, this, &AlertsQueueView::refresh);
    connect(m_openOnly, &QCheckBox::toggled, this, &AlertsQueueView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AlertsQueueView::updateSelection);
    connect(m_table, &QTableView::activated, this, &AlertsQueueView::openSelected);

    setTabOrder(m_districtFilter, m_severityFilter);
    setTabOrder(m_severityFilter, m_openOnly);
    setTabOrder(m_openOnly, m_table);
    retranslate();
    updateSelection();
}

AlertsQueueView::~AlertsQueueView() = default;

TriageDialog *AlertsQueueView::triageDialog() const
{
    return m_dialog.data();
}

void AlertsQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsQueueView::retranslate()
{
    m_districtLabel->setText(tr("&District:"));
    m_districtFilter->setAccessibleName(tr("Filter alerts by district"));
    m_severityLabel->setText(tr("Minimum se&verity:"));
    m_severityFilter->setAccessibleName(tr("Filter alerts by minimum severity"));
    m_openOnly->setText(tr("O&pen alerts only"));
    m_table->setAccessibleName(tr("Alerts"));
    for (AlertState state : Steps)
        m_stepButtons.value(state)->setText(AlertTexts::actionName(state));
    m_addNoteButton->setText(tr("Add &note…"));
    m_showButton->setText(tr("Show on &map"));
    m_showButton->setToolTip(tr("Show the alert's evidence on the map (Return)"));
    m_notesLabel->setText(tr("Notes and &history:"));
    m_notes->setAccessibleName(tr("Notes and history of the alert"));
    fillDistrictFilter();
    fillSeverityFilter();
    updateSelection();
}

void AlertsQueueView::fillDistrictFilter()
{
    const QString current = m_districtFilter->currentData().toString();
    const QSignalBlocker blocker(m_districtFilter);
    m_districtFilter->clear();
    m_districtFilter->addItem(tr("All districts"), QString());
    QStringList codes;
    for (const MonitoredPerson &person : std::as_const(m_people))
        if (!person.district.isEmpty() && !codes.contains(person.district))
            codes << person.district;
    codes.sort();
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (const QString &code : std::as_const(codes)) {
        const auto district = DistrictList::builtIn().find(code);
        const QString name = !district                   ? code
            : rightToLeft && !district->nameUr.isEmpty() ? district->nameUr
                                                         : district->name;
        m_districtFilter->addItem(name, code);
    }
    m_districtFilter->setCurrentIndex(qMax(0, m_districtFilter->findData(current)));
}

void AlertsQueueView::fillSeverityFilter()
{
    const QVariant current = m_severityFilter->currentData();
    const QSignalBlocker blocker(m_severityFilter);
    m_severityFilter->clear();
    for (AlertSeverity severity :
        { AlertSeverity::Low, AlertSeverity::Medium, AlertSeverity::High, AlertSeverity::Critical })
        m_severityFilter->addItem(MonitoringNames::severityName(severity), int(severity));
    m_severityFilter->setCurrentIndex(qMax(0, m_severityFilter->findData(current)));
}

void AlertsQueueView::setPeople(const QList<MonitoredPerson> &people)
{
    m_people = people;
    fillDistrictFilter();
    refresh();
}

AlertQuery AlertsQueueView::query() const
{
    AlertQuery query;
    query.district = m_districtFilter->currentData().toString();
    query.minimumSeverity = AlertSeverity(m_severityFilter->currentData().toInt());
    query.openOnly = m_openOnly->isChecked();
    return query;
}

void AlertsQueueView::refresh()
{
    const QString selected = selectedAlert() ? selectedAlert()->id : QString();
    auto alerts = m_service.alerts(query());
    if (!alerts) {
        showError(alerts.error().message);
        m_model->setAlerts({}, {});
        updateSelection();
        return;
    }
    m_errorLabel->hide();
    QHash<QString, QString> names;
    for (const MonitoredPerson &person : std::as_const(m_people))
        names.insert(person.personId, person.displayName);
    m_model->setAlerts(*alerts, names);
    for (int column = 0; column < AlertListModel::ColumnCount - 1; ++column)
        m_table->resizeColumnToContents(column);
    if (!selected.isEmpty())
        selectAlert(selected);
    updateSelection();
}

const AlertRecord *AlertsQueueView::selectedAlert() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return m_model->alertAt(current.row());
}

bool AlertsQueueView::selectAlert(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSelection();
    return true;
}

void AlertsQueueView::updateSelection()
{
    const AlertRecord *alert = selectedAlert();
    const QList<AlertState> next = alert ? AlertTriage::nextStates(alert->state) : QList<AlertState>();
    for (AlertState state : Steps)
        m_stepButtons.value(state)->setEnabled(next.contains(state));
    m_addNoteButton->setEnabled(alert != nullptr);
    m_showButton->setEnabled(alert != nullptr);
    m_notes->clear();
    if (!alert)
        return;
    for (const AlertNote &note : alert->notes) {
        const QString text = note.text.isEmpty()
            ? tr("%1 · %2 · %3")
                  .arg(AlertTexts::pakistanTime(note.at), note.author, MonitoringNames::stateName(note.state))
            : tr("%1 · %2 · %3: %4")
                  .arg(AlertTexts::pakistanTime(note.at), note.author, MonitoringNames::stateName(note.state),
                      note.text);
        m_notes->addItem(text);
    }
    if (alert->state == AlertState::Closed)
        m_notes->addItem(tr("Outcome: %1").arg(MonitoringNames::outcomeName(alert->outcome)));
}

void AlertsQueueView::triageSelected(AlertState state)
{
    const AlertRecord *alert = selectedAlert();
    if (!alert || !AlertTriage::allows(alert->state, state))
        return;
    const QString id = alert->id;
    // Acknowledging and recording the contact need nothing more; escalating and closing need a note
    // (and closing an outcome).
    if (state != AlertState::Closed && state != AlertState::Escalated) {
        apply(id, state, QString(), AlertOutcome::None);
        return;
    }
    delete m_dialog.data();
    m_dialog = new TriageDialog(state, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id, state] {
        if (m_dialog)
            apply(id, state, m_dialog->note(), m_dialog->outcome());
    });
    m_dialog->open();
}

void AlertsQueueView::addNoteToSelected()
{
    const AlertRecord *alert = selectedAlert();
    if (!alert)
        return;
    const QString id = alert->id;
    delete m_dialog.data();
    m_dialog = new TriageDialog(std::nullopt, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id] {
        if (m_dialog)
            apply(id, std::nullopt, m_dialog->note(), AlertOutcome::None);
    });
    m_dialog->open();
}

void AlertsQueueView::apply(
    const QString &alertId, std::optional<AlertState> to, const QString &note, AlertOutcome outcome)
{
    const Result<> done
        = to ? m_service.triage(alertId, *to, note, outcome) : m_service.addNote(alertId, note);
    if (!done) {
        showError(done.error().message);
        return;
    }
    refresh();
    if (!selectAlert(alertId) && m_model->rowCount() > 0) {
        // A closed alert leaves the open queue: the next one is selected.
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->setFocus();
    emit alertChanged(alertId);
}

void AlertsQueueView::openSelected()
{
    if (const AlertRecord *alert = selectedAlert())
        emit alertOpened(*alert);
}

void AlertsQueueView::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace Nigran::Gui
