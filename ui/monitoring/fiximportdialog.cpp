#include "monitoring/fiximportdialog.h"

#include "backgroundtask.h"
#include "map/basemaplayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"

#include "monitoring/fiximport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGeoRectangle>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

QString pktText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(5 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

FixImportDialog::FixImportDialog(MonitoringService &service, const MonitoredPerson &person, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_person(person)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_done(std::make_shared<std::atomic<qint64>>(0))
    , m_total(std::make_shared<std::atomic<qint64>>(0))
{
    setWindowTitle(tr("Import fixes from a file"));
    setAccessibleName(windowTitle());

    auto *intro
        = new QLabel(tr("Fixes of device %1 (%2) from an NMEA log, a GPX 1.1 file or a CSV file. "
                        "Nothing is imported until you press Import, and nothing at all when the file "
                        "has an error.")
                         .arg(m_person.deviceId, m_person.displayName),
            this);
    intro->setWordWrap(true);

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_fileEdit->setAccessibleName(tr("File"));
    m_chooseButton = new QPushButton(tr("&Choose file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_chooseButton);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_errorLabel->setPalette(palette);
    m_errorLabel->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAccessibleName(tr("Preview"));

    m_map = new MapView(this);
    m_map->setAccessibleName(tr("Map of the fixes in the file"));
    m_map->setMinimumSize(360, 240);
    m_map->addLayer(new BaseMapLayer(m_map));
    m_track = new TrackLayer(m_map);
    m_map->addLayer(m_track);
    m_map->fitTo(QGeoRectangle(QGeoCoordinate(37.1, 60.9), QGeoCoordinate(23.6, 77.8)));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &FixImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &FixImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FixImportDialog::reject);
    setState(State::NoFile);
    m_chooseButton->setFocus();
    resize(640, 620);
}

FixImportDialog::~FixImportDialog()
{
    waitForWork();
}

void FixImportDialog::waitForWork()
{
    m_cancel->store(true);
    if (m_worker)
        m_worker->wait();
}

void FixImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file of fixes"), QString(),
        tr("Fixes (*.nmea *.nma *.log *.txt *.gpx *.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FixImportDialog::openFile(const QString &path)
{
    if (m_state == State::Parsing || m_state == State::Importing)
        return;
    m_path = path;
    m_fileEdit->setText(QFileInfo(path).fileName());
    m_fileEdit->setToolTip(path);
    m_fixes.clear();
    m_error.clear();
    m_outcome.reset();
    m_track->clear();
    setState(State::Parsing);
    const QString deviceId = m_person.deviceId;
    m_worker = runInBackground(
        this, [path, deviceId] { return FixImport::importFile(path, deviceId); },
        [this](Result<QList<Fix>> parsed) {
            if (!parsed) {
                m_error = tr("Nothing can be imported from this file. %1").arg(parsed.error().message);
                setState(State::ParseFailed);
                return;
            }
            if (parsed->isEmpty()) {
                m_error = tr("%1 holds no fixes: nothing to import.").arg(QFileInfo(m_path).fileName());
                setState(State::ParseFailed);
                return;
            }
            const auto other = std::find_if(parsed->cbegin(), parsed->cend(),
                [this](const Fix &fix) { return fix.deviceId != m_person.deviceId; });
            if (other != parsed->cend()) {
                m_error = tr("%1 holds fixes of device %2, not of this person's device %3: nothing can be "
                             "imported.")
                              .arg(QFileInfo(m_path).fileName(), other->deviceId, m_person.deviceId);
                setState(State::ParseFailed);
                return;
            }
            m_fixes = std::move(*parsed);
            std::stable_sort(m_fixes.begin(), m_fixes.end(),
                [](const Fix &a, const Fix &b) { return a.fixTime < b.fixTime; });
            showPreview();
            setState(State::Parsed);
        });
}

void FixImportDialog::showPreview()
{
    const Fix &first = m_fixes.first();
    const Fix &last = m_fixes.last();
    const auto fixLine = [](const Fix &fix) {
        return tr("%1 PKT at %2")
            .arg(pktText(fix.fixTime), MapView::coordinateText(QGeoCoordinate(fix.latitude, fix.longitude)));
    };
    m_summary->setText(tr("%n fix(es) from %1 to %2 (Pakistan time).", nullptr, int(m_fixes.size()))
                           .arg(pktText(first.fixTime), pktText(last.fixTime))
        + QLatin1Char('\n') + tr("First fix: %1").arg(fixLine(first)) + QLatin1Char('\n')
        + tr("Last fix: %1").arg(fixLine(last)));
    m_track->setTrack(m_fixes);
    m_track->setReferenceTime(last.fixTime);
    double south = 90, north = -90, west = 180, east = -180;
    for (const Fix &fix : std::as_const(m_fixes)) {
        south = std::min(south, fix.latitude);
        north = std::max(north, fix.latitude);
        west = std::min(west, fix.longitude);
        east = std::max(east, fix.longitude);
    }
    const double pad = 0.002;
    m_map->fitTo(
        QGeoRectangle(QGeoCoordinate(north + pad, west - pad), QGeoCoordinate(south - pad, east + pad)));
}

void FixImportDialog::startImport()
{
    if (m_state != State::Parsed || m_fixes.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_done->store(0);
    m_total->store(m_fixes.size());
    setState(State::Importing);

    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        const qint64 total = std::max<qint64>(1, m_total->load());
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * std::min(m_done->load(), total) / total));
    });
    poll->start(100);

    MonitoringService *service = &m_service;
    const QString orderId = m_person.orderId;
    const QList<Fix> fixes = m_fixes;
    auto cancel = m_cancel;
    auto done = m_done;
    auto total = m_total;
    m_worker = runInBackground(
        this,
        [service, orderId, fixes, cancel, done, total] {
            return service->importFixes(orderId, fixes, [cancel, done, total](qint64 count, qint64 of) {
                done->store(count);
                total->store(of);
                return !cancel->load();
            });
        },
        [this, poll, cancel](Result<MonitoringService::ImportOutcome> result) {
            poll->deleteLater();
            if (!result) {
                // A cancelled import rolls back: nothing was imported. (An import that finished before
                // the cancel reached it stands, and its outcome is shown.)
                m_error = cancel->load() ? tr("Import cancelled: nothing was imported.")
                                         : tr("Nothing was imported. %1").arg(result.error().message);
                setState(State::ImportFailed);
                return;
            }
            m_outcome = *result;
            setState(State::Imported);
        });
}

void FixImportDialog::reject()
{
    if (m_state == State::Importing) {
        // Cancel stops the import (it rolls back); the dialog stays open to say so.
        m_cancel->store(true);
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
        return;
    }
    waitForWork();
    QDialog::reject();
}

void FixImportDialog::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Parsing || state == State::Importing;
    m_chooseButton->setEnabled(!busy);
    m_importButton->setEnabled(state == State::Parsed);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setEnabled(true);
    close->setText(state == State::Importing ? tr("&Cancel import") : tr("Close"));
    m_progress->setVisible(busy);
    if (state == State::Parsing) {
        m_progress->setRange(0, 0); // reading and checking: no measure of progress
        m_progress->setFormat(tr("Reading the file…"));
    } else if (state == State::Importing) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Importing… %p%"));
    }
    const bool failed = state == State::ParseFailed || state == State::ImportFailed;
    m_errorLabel->setText(failed ? m_error : QString());
    m_errorLabel->setVisible(failed);
    m_errorLabel->setAccessibleName(failed ? m_error : QString());
    if (state == State::NoFile || state == State::Parsing || state == State::ParseFailed) {
        m_summary->clear();
        m_track->clear();
    }
    if (state == State::Imported && m_outcome) {
        m_summary->setText(m_summary->text() + QLatin1Char('\n')
            + tr("Imported: %n new fix(es)", nullptr, int(m_outcome->fixes.added)) + QLatin1String("; ")
            + tr("%n already stored", nullptr, int(m_outcome->fixes.duplicates)) + QLatin1String("; ")
            + tr("%n new alert(s).", nullptr, m_outcome->newAlerts));
        m_importButton->setEnabled(false);
        close->setFocus();
    }
    if (failed)
        m_errorLabel->setFocus();
    if (state == State::Parsed)
        m_importButton->setFocus();
    emit stateChanged(state);
}

} // namespace Nigran::Gui
