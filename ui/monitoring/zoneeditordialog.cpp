#include "monitoring/zoneeditordialog.h"

#include "fielderrors.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"
#include "map/zonedrawtool.h"
#include "map/zonelayer.h"
#include "views/reasondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

enum Column
{
    LabelColumn,
    KindColumn,
    ShapeColumn,
    VersionColumn,
    ScheduleColumn,
    ColumnCount
};

/// The Pakistan boundary box: where the map starts when there is nothing to show.
const QGeoRectangle Pakistan(QGeoCoordinate(37.1, 60.9), QGeoCoordinate(23.6, 77.8));

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    FieldErrors::prepare(label);
    return label;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ZoneEditorDialog::ZoneEditorDialog(MonitoringService &service, const MonitoredPerson &person, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_person(person)
{
    setWindowTitle(tr("Zones of %1").arg(m_person.displayName));
    setAccessibleName(tr("Zone editor"));
    buildUi();
    reload();
    // The person's recent track, for orientation.
    if (!m_person.deviceId.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto track = m_service.track(m_person.deviceId, now.addDays(-2), now); track && !track->isEmpty())
            m_trackLayer->setTrack(*track);
    }
    const QGeoShape shape = m_records.isEmpty() ? QGeoShape() : m_records.first().zone.shape();
    if (shape.isValid())
        m_map->fitTo(shape.boundingGeoRectangle());
    else
        m_map->fitTo(Pakistan);
    newZone();
    resize(1100, 720);
}

ZoneEditorDialog::~ZoneEditorDialog() = default;

void ZoneEditorDialog::buildUi()
{
    // The list of zones and what to do with them.
    m_list = new QTableWidget(0, ColumnCount, this);
    m_list->setHorizontalHeaderLabels(
        { tr("Label"), tr("Kind"), tr("Shape"), tr("Version"), tr("Schedule") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Zones"));
    m_list->setTabKeyNavigation(false);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_list->selectedItems();
        const int row = selected.isEmpty() ? -1 : selected.first()->row();
        const QString zoneId = row >= 0 && row < m_records.size() ? m_records[row].zone.id() : QString();
        if (zoneId != m_selectedZoneId)
            selectZone(row);
    });

    m_newButton = new QPushButton(tr("&New zone"), this);
    m_historyButton = new QPushButton(tr("&History…"), this);
    m_retireButton = new QPushButton(tr("&Retire…"), this);
    connect(m_newButton, &QPushButton::clicked, this, &ZoneEditorDialog::newZone);
    connect(m_historyButton, &QPushButton::clicked, this, &ZoneEditorDialog::showHistory);
    connect(m_retireButton, &QPushButton::clicked, this, [this] { retire(); });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_historyButton);
    listButtons->addWidget(m_retireButton);
    listButtons->addStretch(1);

    // The map with the zones and the drawing tool.
    m_map = new MapView(this);
    m_map->setAccessibleName(tr("Map of the zones"));
    m_map->setFocusPolicy(Qt::StrongFocus);
    m_map->addLayer(new BaseMapLayer(m_map));
    m_trackLayer = new TrackLayer(m_map);
    m_map->addLayer(m_trackLayer);
    m_zoneLayer = new ZoneLayer(m_map);
    m_map->addLayer(m_zoneLayer);
    m_tool = new ZoneDrawTool(m_map);
    connect(m_tool, &ZoneDrawTool::shapeChanged, this, &ZoneEditorDialog::onShapeChanged);
    connect(m_tool, &ZoneDrawTool::modeChanged, this, [this] { updateButtons(); });
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    connect(m_tool, &ZoneDrawTool::hint, m_hint, &QLabel::setText);
    m_circleButton = new QPushButton(tr("Draw &circle"), this);
    m_polygonButton = new QPushButton(tr("Draw &polygon"), this);
    m_circleButton->setToolTip(tr("Press at the centre on the map and drag out the radius."));
    m_polygonButton->setToolTip(
        tr("Click the corners on the map; Enter or a double-click finishes, Backspace "
           "removes the last corner, Esc cancels."));
    connect(m_circleButton, &QPushButton::clicked, this, &ZoneEditorDialog::startCircle);
    connect(m_polygonButton, &QPushButton::clicked, this, &ZoneEditorDialog::startPolygon);
    auto *drawButtons = new QHBoxLayout;
    drawButtons->addWidget(m_circleButton);
    drawButtons->addWidget(m_polygonButton);
    drawButtons->addStretch(1);

    // The form.
    m_formTitle = new QLabel(this);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_label = new QLineEdit(this);
    m_label->setMaxLength(200);
    m_label->setPlaceholderText(tr("school, home, market …"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Exclusion (alert on entry)"), int(ZoneKind::Exclusion));
    m_kind->addItem(tr("Inclusion (alert on exit)"), int(ZoneKind::Inclusion));
    m_buffer = new QDoubleSpinBox(this);
    m_buffer->setRange(0, 5000);
    m_buffer->setDecimals(0);
    m_buffer->setSuffix(tr(" m"));
    m_grace = new QSpinBox(this);
    m_grace->setRange(0, 24 * 3600);
    m_grace->setSingleStep(60);
    m_grace->setSuffix(tr(" s"));

    m_centreLat = new QDoubleSpinBox(this);
    m_centreLat->setRange(-90, 90);
    m_centreLat->setDecimals(6);
    m_centreLat->setAccessibleName(tr("Centre latitude"));
    m_centreLon = new QDoubleSpinBox(this);
    m_centreLon->setRange(-180, 180);
    m_centreLon->setDecimals(6);
    m_centreLon->setAccessibleName(tr("Centre longitude"));
    m_radius = new QDoubleSpinBox(this);
    m_radius->setRange(0, 100'000);
    m_radius->setDecimals(0);
    m_radius->setSuffix(tr(" m"));
    m_radius->setAccessibleName(tr("Radius"));
    auto *applyCircle = new QPushButton(tr("Set c&ircle"), this);
    applyCircle->setToolTip(tr("Makes the zone the circle of this centre and radius."));
    connect(applyCircle, &QPushButton::clicked, this, &ZoneEditorDialog::applyTypedCircle);
    auto *circleRow = new QHBoxLayout;
    circleRow->addWidget(m_centreLat);
    circleRow->addWidget(m_centreLon);
    circleRow->addWidget(m_radius);
    circleRow->addWidget(applyCircle);
    m_shapeLabel = new QLabel(this);
    m_shapeLabel->setWordWrap(true);

    auto *windowsBox = new QGroupBox(tr("When it applies (Pakistan time; no window: always)"), this);
    m_windowsLayout = new QVBoxLayout;
    auto *addWindow = new QPushButton(tr("&Add time window"), windowsBox);
    connect(addWindow, &QPushButton::clicked, this,
        [this] { addScheduleWindow(ZoneSchedule::EveryDay, 21 * 60, 6 * 60); });
    auto *windowsOuter = new QVBoxLayout(windowsBox);
    windowsOuter->addLayout(m_windowsLayout);
    windowsOuter->addWidget(addWindow, 0, Qt::AlignLeading);

    const auto fieldRow = [this](QFormLayout *form, const QString &label, QWidget *widget, QLayout *layout,
                              const QString &field) {
        auto *box = new QVBoxLayout;
        if (widget)
            box->addWidget(widget);
        if (layout)
            box->addLayout(layout);
        QLabel *error = errorLabel(this);
        box->addWidget(error);
        m_fieldErrors.insert(field, error);
        m_fieldWidgets.insert(field, widget);
        auto *title = new QLabel(label, this);
        if (widget)
            title->setBuddy(widget);
        form->addRow(title, box);
    };
    auto *form = new QFormLayout;
    fieldRow(form, tr("&Label:"), m_label, nullptr, QStringLiteral("label"));
    fieldRow(form, tr("&Kind:"), m_kind, nullptr, QStringLiteral("kind"));
    fieldRow(form, tr("&Buffer:"), m_buffer, nullptr, QStringLiteral("buffer"));
    fieldRow(form, tr("&Grace period:"), m_grace, nullptr, QStringLiteral("grace"));
    auto *shapeBox = new QVBoxLayout;
    shapeBox->addWidget(m_shapeLabel);
    shapeBox->addLayout(circleRow);
    fieldRow(
        form, tr("Shape (centre latitude, longitude, radius):"), nullptr, shapeBox, QStringLiteral("shape"));
    m_fieldWidgets.insert(QStringLiteral("shape"), m_map);
    auto *scheduleBox = new QVBoxLayout;
    scheduleBox->addWidget(windowsBox);
    fieldRow(form, tr("Schedule:"), nullptr, scheduleBox, QStringLiteral("schedule"));
    m_fieldWidgets.insert(QStringLiteral("schedule"), windowsBox);

    m_errorLabel = errorLabel(this);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *formWidget = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formWidget);
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(form);
    formLayout->addWidget(m_errorLabel);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(scroll, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(drawButtons);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(m_map, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_historyButton);
    setTabOrder(m_historyButton, m_retireButton);
    setTabOrder(m_retireButton, m_label);
}

void ZoneEditorDialog::reload()
{
    auto zones = m_service.zones(m_person.orderId);
    if (!zones) {
        m_records.clear();
        m_lastError = zones.error().message;
        m_errorLabel->setText(m_lastError);
        m_errorLabel->setVisible(true);
    } else {
        m_records = *zones;
        std::sort(m_records.begin(), m_records.end(), [](const ZoneRecord &a, const ZoneRecord &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
    }
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(m_records.size()));
    int selectedRow = -1;
    for (int row = 0; row < m_records.size(); ++row) {
        const ZoneRecord &record = m_records[row];
        const QStringList cells { record.label,
            record.zone.kind() == ZoneKind::Exclusion ? tr("Exclusion") : tr("Inclusion"),
            shapeText(record.zone.shape()), QString::number(record.zone.version()),
            scheduleText(record.zone.schedule()) };
        for (int column = 0; column < ColumnCount; ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (record.zone.id() == m_selectedZoneId)
            selectedRow = row;
    }
    m_list->resizeColumnsToContents();
    if (selectedRow >= 0)
        m_list->selectRow(selectedRow);
    else
        m_list->clearSelection();
    if (selectedRow < 0)
        m_selectedZoneId.clear();
    refreshLayers();
    updateButtons();
}

std::optional<ZoneRecord> ZoneEditorDialog::selectedRecord() const
{
    if (m_selectedZoneId.isEmpty())
        return std::nullopt;
    for (const ZoneRecord &record : m_records)
        if (record.zone.id() == m_selectedZoneId)
            return record;
    return std::nullopt;
}

void ZoneEditorDialog::newZone()
{
    m_selectedZoneId.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    loadForm(std::nullopt);
}

void ZoneEditorDialog::selectZone(int row)
{
    if (row < 0 || row >= m_records.size()) {
        newZone();
        return;
    }
    m_selectedZoneId = m_records[row].zone.id();
    {
        const QSignalBlocker blocker(m_list);
        m_list->selectRow(row);
    }
    loadForm(m_records[row]);
    m_map->fitTo(m_records[row].zone.shape().boundingGeoRectangle());
}

void ZoneEditorDialog::loadForm(const std::optional<ZoneRecord> &record)
{
    clearErrors();
    m_tool->cancel();
    for (const WindowRow &window : std::as_const(m_windows))
        window.row->deleteLater();
    m_windows.clear();
    if (record) {
        m_formTitle->setText(tr("Zone \"%1\", version %2: a save makes version %3")
                                 .arg(record->label)
                                 .arg(record->zone.version())
                                 .arg(record->zone.version() + 1));
        m_label->setText(record->label);
        m_kind->setCurrentIndex(m_kind->findData(int(record->zone.kind())));
        m_buffer->setValue(record->zone.bufferMetres());
        m_grace->setValue(record->zone.graceSeconds());
        for (const ZoneSchedule::Window &window : record->zone.schedule().windows())
            addScheduleWindow(window.days, window.startMinute, window.endMinute);
        m_tool->setShape(record->zone.shape());
        onShapeChanged(record->zone.shape());
    } else {
        m_formTitle->setText(tr("New zone: draw it on the map or type a circle"));
        m_label->clear();
        m_kind->setCurrentIndex(0);
        m_buffer->setValue(0);
        m_grace->setValue(0);
        m_tool->clear();
        onShapeChanged({});
    }
    refreshLayers();
    updateButtons();
}

void ZoneEditorDialog::addScheduleWindow(quint8 days, int startMinute, int endMinute)
{
    WindowRow window;
    window.row = new QWidget(this);
    // Days on one line, the times below them: the form stays narrow.
    auto *rows = new QVBoxLayout(window.row);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *dayLine = new QHBoxLayout;
    auto *layout = new QHBoxLayout;
    rows->addLayout(dayLine);
    rows->addLayout(layout);
    const QStringList names { tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun") };
    for (int day = 0; day < 7; ++day) {
        auto *box = new QCheckBox(names[day], window.row);
        box->setChecked(days & (1 << day));
        dayLine->addWidget(box);
        window.days << box;
    }
    window.start = new QTimeEdit(QTime(startMinute / 60, startMinute % 60), window.row);
    window.start->setDisplayFormat(QStringLiteral("HH:mm"));
    window.start->setAccessibleName(tr("From (Pakistan time)"));
    window.end = new QTimeEdit(QTime((endMinute / 60) % 24, endMinute % 60), window.row);
    window.end->setDisplayFormat(QStringLiteral("HH:mm"));
    window.end->setAccessibleName(tr("To (Pakistan time; earlier than From: the next day)"));
    layout->addWidget(new QLabel(tr("from"), window.row));
    layout->addWidget(window.start);
    layout->addWidget(new QLabel(tr("to"), window.row));
    layout->addWidget(window.end);
    auto *remove = new QPushButton(tr("Remove"), window.row);
    remove->setAccessibleName(tr("Remove this time window"));
    QWidget *row = window.row;
    connect(remove, &QPushButton::clicked, this, [this, row] { removeScheduleWindow(row); });
    layout->addWidget(remove);
    layout->addStretch(1);
    dayLine->addStretch(1);
    m_windowsLayout->addWidget(window.row);
    m_windows.append(window);
}

void ZoneEditorDialog::removeScheduleWindow(QWidget *row)
{
    for (qsizetype i = 0; i < m_windows.size(); ++i)
        if (m_windows[i].row == row) {
            m_windows.removeAt(i);
            row->deleteLater();
            return;
        }
}

ZoneSchedule ZoneEditorDialog::scheduleFromForm() const
{
    QList<ZoneSchedule::Window> windows;
    for (const WindowRow &row : m_windows) {
        ZoneSchedule::Window window;
        window.days = 0;
        for (int day = 0; day < 7; ++day)
            if (row.days[day]->isChecked())
                window.days |= quint8(1 << day);
        const QTime start = row.start->time(), end = row.end->time();
        window.startMinute = start.hour() * 60 + start.minute();
        window.endMinute = end.hour() * 60 + end.minute();
        windows << window;
    }
    return ZoneSchedule(windows);
}

void ZoneEditorDialog::startCircle()
{
    m_tool->startCircle();
    m_map->setFocus(Qt::OtherFocusReason);
}

void ZoneEditorDialog::startPolygon()
{
    m_tool->startPolygon();
    m_map->setFocus(Qt::OtherFocusReason);
}

void ZoneEditorDialog::applyTypedCircle()
{
    const QGeoCircle circle(QGeoCoordinate(m_centreLat->value(), m_centreLon->value()), m_radius->value());
    m_tool->setShape(circle);
    onShapeChanged(circle);
    if (circle.isValid() && circle.radius() > 0)
        m_map->fitTo(circle.boundingGeoRectangle());
}

QGeoShape ZoneEditorDialog::editedShape() const
{
    return m_tool->shape();
}

void ZoneEditorDialog::onShapeChanged(const QGeoShape &shape)
{
    m_shapeLabel->setText(shape.isValid() ? shapeText(shape) : tr("No shape yet: draw one on the map."));
    if (shape.type() == QGeoShape::CircleType) {
        const QGeoCircle circle(shape);
        m_centreLat->setValue(circle.center().latitude());
        m_centreLon->setValue(circle.center().longitude());
        m_radius->setValue(circle.radius());
    }
    updateButtons();
}

void ZoneEditorDialog::refreshLayers()
{
    // The zone being edited is drawn by the tool; the others by the zone layer.
    QList<Zone> zones;
    for (const ZoneRecord &record : std::as_const(m_records))
        if (record.zone.id() != m_selectedZoneId)
            zones << record.zone;
    m_zoneLayer->setZones(zones);
}

void ZoneEditorDialog::updateButtons()
{
    const bool selected = !m_selectedZoneId.isEmpty();
    m_retireButton->setEnabled(selected);
    m_historyButton->setEnabled(selected);
    m_saveButton->setEnabled(m_tool->mode() == ZoneDrawTool::Mode::Idle);
}

void ZoneEditorDialog::clearErrors()
{
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it)
        FieldErrors::clear(it.value(), m_fieldWidgets.value(it.key()));
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
    m_lastError.clear();
}

QString ZoneEditorDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_fieldErrors.value(field);
    return label ? label->text() : QString();
}

void ZoneEditorDialog::showError(const Error &error)
{
    clearErrors();
    m_lastError = error.message;
    QStringList elsewhere;
    QWidget *first = nullptr;
    for (const FieldError &problem : error.fields) {
        QString field = problem.field;
        if (field == QLatin1String("radius") || field == QLatin1String("polygon"))
            field = QStringLiteral("shape");
        else if (field.startsWith(QLatin1String("schedule")))
            field = QStringLiteral("schedule");
        QLabel *label = m_fieldErrors.value(field);
        if (!label) {
            elsewhere << problem.message;
            continue;
        }
        const QString shown
            = label->text().isEmpty() ? problem.message : label->text() + QLatin1Char('\n') + problem.message;
        FieldErrors::show(label, m_fieldWidgets.value(field), shown);
        if (!first)
            first = m_fieldWidgets.value(field);
    }
    if (error.fields.isEmpty() || !elsewhere.isEmpty()) {
        m_errorLabel->setText(error.fields.isEmpty() ? error.message : elsewhere.join(QLatin1Char('\n')));
        m_errorLabel->setVisible(true);
    }
    if (!error.fields.isEmpty())
        m_lastError = QStringList([&] {
            QStringList messages;
            for (const FieldError &problem : error.fields)
                messages << problem.message;
            return messages;
        }())
                          .join(QLatin1Char('\n'));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

QString ZoneEditorDialog::askReason(const QString &title, const QString &prompt)
{
    QString given;
    ReasonDialog dialog(
        title, prompt, false,
        [&given](const QString &reason, std::optional<EndReason>) {
            if (reason.trimmed().isEmpty())
                return tr("Reason: please say why.");
            given = reason;
            return QString();
        },
        this);
    return dialog.exec() == QDialog::Accepted ? given : QString();
}

bool ZoneEditorDialog::save(const QString &givenReason)
{
    const std::optional<ZoneRecord> selected = selectedRecord();
    QString reason = givenReason;
    const QGeoShape shape = m_tool->shape();
    auto zone = Zone::create(selected ? selected->zone.id() : QString(),
        selected ? selected->zone.version() : 1, ZoneKind(m_kind->currentData().toInt()), shape,
        m_buffer->value(), scheduleFromForm(), m_grace->value());
    if (!zone) {
        Error error = Error::invalid({ { QStringLiteral("shape"),
            shape.isValid() ? zone.error().message
                            : tr("Shape: draw a circle or a polygon on the map, or type a circle.") } });
        showError(error);
        return false;
    }
    if (selected && reason.trimmed().isEmpty()) {
        reason = askReason(tr("Change zone"), tr("Why is the zone \"%1\" changed?").arg(selected->label));
        if (reason.trimmed().isEmpty())
            return false;
    }
    ZoneRecord record { .id = {},
        .personId = m_person.personId,
        .orderId = m_person.orderId,
        .label = m_label->text(),
        .retired = false,
        .editedBy = {},
        .reason = reason,
        .zone = *zone };
    auto saved = m_service.saveZone(record);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    clearErrors();
    // A new zone got its id in the store: find it as the newest version with this label.
    if (!selected) {
        auto zones = m_service.zones(m_person.orderId);
        if (zones)
            for (const ZoneRecord &stored : *zones)
                if (stored.id == *saved)
                    m_selectedZoneId = stored.zone.id();
    }
    reload();
    if (const auto now = selectedRecord())
        loadForm(now);
    return true;
}

bool ZoneEditorDialog::retire(const QString &givenReason)
{
    const std::optional<ZoneRecord> selected = selectedRecord();
    if (!selected)
        return false;
    QString reason = givenReason;
    if (reason.trimmed().isEmpty()) {
        reason = askReason(
            tr("Retire zone"), tr("Why does the zone \"%1\" no longer apply?").arg(selected->label));
        if (reason.trimmed().isEmpty())
            return false;
    }
    auto retired = m_service.retireZone(m_person.orderId, selected->zone.id(), reason);
    if (!retired) {
        showError(retired.error());
        return false;
    }
    clearErrors();
    newZone();
    reload();
    return true;
}

void ZoneEditorDialog::showHistory()
{
    const std::optional<ZoneRecord> selected = selectedRecord();
    if (!selected)
        return;
    auto history = m_service.zoneHistory(m_person.orderId, selected->zone.id());
    if (!history) {
        showError(history.error());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of the zone \"%1\"").arg(selected->label));
    auto *table = new QTableWidget(int(history->size()), 6, &dialog);
    table->setHorizontalHeaderLabels(
        { tr("Version"), tr("Label"), tr("Shape"), tr("Schedule"), tr("By"), tr("Reason") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAccessibleName(tr("Versions of the zone"));
    for (int row = 0; row < history->size(); ++row) {
        const ZoneRecord &version = (*history)[row];
        const QStringList cells { QString::number(version.zone.version())
                + (version.retired ? tr(" (retired)") : QString()),
            version.label, shapeText(version.zone.shape()), scheduleText(version.zone.schedule()),
            version.editedBy, version.reason };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(760, 320);
    dialog.exec();
}

QString ZoneEditorDialog::shapeText(const QGeoShape &shape) const
{
    if (shape.type() == QGeoShape::CircleType) {
        const QGeoCircle circle(shape);
        return tr("Circle, radius %1 m, around %2")
            .arg(qRound64(circle.radius()))
            .arg(MapView::coordinateText(circle.center()));
    }
    if (shape.type() == QGeoShape::PolygonType)
        return tr("Polygon of %n corner(s)", nullptr, int(QGeoPolygon(shape).perimeter().size()));
    return tr("None");
}

QString ZoneEditorDialog::scheduleText(const ZoneSchedule &schedule) const
{
    if (schedule.isAlways())
        return tr("Always");
    const QStringList names { tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun") };
    QStringList parts;
    for (const ZoneSchedule::Window &window : schedule.windows()) {
        QString days;
        if (window.days == ZoneSchedule::EveryDay)
            days = tr("Every day");
        else if (window.days == ZoneSchedule::Weekdays)
            days = tr("Mon–Fri");
        else {
            QStringList chosen;
            for (int day = 0; day < 7; ++day)
                if (window.days & (1 << day))
                    chosen << names[day];
            days = chosen.join(QStringLiteral(", "));
        }
        parts << tr("%1 %2–%3").arg(days, clockText(window.startMinute), clockText(window.endMinute));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Nigran::Gui
