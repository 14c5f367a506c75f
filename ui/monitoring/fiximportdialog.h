#pragma once

#include "services/monitoringservice.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Nigran::Gui {

class MapView;
class TrackLayer;

/// Import of a tag's fixes from a file (offices with no link): NMEA (RMC/GGA), GPX 1.1 or CSV.
///
/// The supervisor chooses a file; it is parsed in the background (FixImport) and previewed — number
/// of fixes, time range, the first and last fix and the track on a small map — or, for bad input, an
/// error naming the file, the line and what is wrong, and nothing can be imported. Import stores the
/// fixes through MonitoringService::importFixes in the background with a progress bar; Cancel then
/// rolls it back (nothing imported). The outcome says how many fixes were added, how many were
/// already stored and how many new alerts the violation engine raised.
class FixImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        NoFile,
        Parsing,
        Parsed, ///< preview shown; Import is enabled
        ParseFailed, ///< the error is shown; nothing can be imported
        Importing,
        Imported, ///< the outcome is shown
        ImportFailed, ///< the error (or "cancelled") is shown; nothing was imported
    };

    FixImportDialog(
        Models::MonitoringService &service, const Models::MonitoredPerson &person, QWidget *parent = nullptr);
    ~FixImportDialog() override;

    /// Reads and parses `path` in the background (what "Choose file…" does after the file dialog).
    void openFile(const QString &path);
    /// Stores the parsed fixes in the background (the Import button).
    void startImport();

    State state() const { return m_state; }
    const QList<Models::Fix> &parsedFixes() const { return m_fixes; }
    /// The error shown for a bad file or a failed import; empty otherwise.
    QString errorText() const { return m_error; }
    /// The summary shown after a successful import.
    std::optional<Models::MonitoringService::ImportOutcome> outcome() const { return m_outcome; }
    MapView *previewMap() const { return m_map; }

signals:
    /// The state changed (parsing finished, import finished …).
    void stateChanged(Nigran::Gui::FixImportDialog::State state);

protected:
    void reject() override;

private:
    void chooseFile();
    void setState(State state);
    void showPreview();
    void waitForWork();

    Models::MonitoringService &m_service;
    Models::MonitoredPerson m_person;
    State m_state = State::NoFile;
    QString m_path;
    QList<Models::Fix> m_fixes;
    QString m_error;
    std::optional<Models::MonitoringService::ImportOutcome> m_outcome;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
    QPointer<QThread> m_worker;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    MapView *m_map = nullptr;
    TrackLayer *m_track = nullptr;
    QPushButton *m_importButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nigran::Gui
