#pragma once

#include "exchange/offlineexchange.h"

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Gui {

/// Sync > Offline exchange…: for an office with no link to the centre (SYNC.md principle 12).
///
/// "Export for the centre…" writes the pending changes to a signed, encrypted file where the user
/// chooses (a USB stick); "Import the centre's reply…" reads the reply file the centre wrote for it,
/// and shows what it did: batches acknowledged, changes applied, conflicts, rows received, and whether
/// to exchange again. Errors are shown in the dialog as they are (translated, saying what and where);
/// nothing is written when a file is refused. Both are audited by OfflineExchange.
class OfflineExchangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineExchangeDialog)

public:
    explicit OfflineExchangeDialog(Models::Office &office, QWidget *parent = nullptr);
    ~OfflineExchangeDialog() override;

    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    /// Whether the last export or import failed.
    bool lastFailed() const { return m_failed; }

public Q_SLOTS:
    /// Writes the export to `path` (the button asks for it first).
    void exportTo(const QString &path);
    /// Imports the reply file at `path` (the button asks for it first).
    void importFrom(const QString &path);

Q_SIGNALS:
    /// After an export was written.
    void exported(const Nigran::Sync::OfflineExchange::ExportSummary &summary);
    /// After a reply was imported (the register may have changed: views refresh).
    void imported(const Nigran::Sync::OfflineExchange::ImportSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseExport();
    void chooseImport();
    void retranslate();
    void setBusy(bool busy);
    void showResult(const QString &text, bool problem);

    Models::Office &m_office;
    bool m_failed = false;
    QString m_lastFolder;

    QLabel *m_intro;
    QGroupBox *m_exportBox;
    QLabel *m_exportHelp;
    QPushButton *m_exportButton;
    QGroupBox *m_importBox;
    QLabel *m_importHelp;
    QPushButton *m_importButton;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace Nigran::Gui
