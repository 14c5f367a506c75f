#include "offlineexchangedialog.h"

#include "services/office.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nigran::Gui {

OfflineExchangeDialog::OfflineExchangeDialog(Models::Office &office, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_lastFolder(QDir::homePath())
    , m_intro(new QLabel(this))
    , m_exportBox(new QGroupBox(this))
    , m_exportHelp(new QLabel(m_exportBox))
    , m_exportButton(new QPushButton(m_exportBox))
    , m_importBox(new QGroupBox(this))
    , m_importHelp(new QLabel(m_importBox))
    , m_importButton(new QPushButton(m_importBox))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("offlineExchangeDialog"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_progress->setObjectName(QStringLiteral("exchangeProgress"));
    m_result->setObjectName(QStringLiteral("exchangeResult"));
    for (QLabel *label : { m_intro, m_exportHelp, m_importHelp, m_result })
        label->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress->setRange(0, 0); // busy: the steps are short and their number is not known in advance
    m_progress->setVisible(false);

    auto *exportLayout = new QVBoxLayout(m_exportBox);
    exportLayout->addWidget(m_exportHelp);
    exportLayout->addWidget(m_exportButton, 0, Qt::AlignLeading);
    auto *importLayout = new QVBoxLayout(m_importBox);
    importLayout->addWidget(m_importHelp);
    importLayout->addWidget(m_importButton, 0, Qt::AlignLeading);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_exportBox);
    layout->addWidget(m_importBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &OfflineExchangeDialog::chooseExport);
    connect(m_importButton, &QPushButton::clicked, this, &OfflineExchangeDialog::chooseImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(560, 420);
}

OfflineExchangeDialog::~OfflineExchangeDialog() = default;

void OfflineExchangeDialog::retranslate()
{
    setWindowTitle(tr("Offline exchange with the centre"));
    m_intro->setText(tr("When this office has no link to the centre, its changes travel on a USB stick: "
                        "export them here, take the file to the centre, and import the reply file it "
                        "gives back. The files are signed and encrypted; only the centre and this office "
                        "can read them."));
    m_exportBox->setTitle(tr("1. Export for the centre"));
    m_exportHelp->setText(tr("Writes every change not yet acknowledged by the centre. The changes stay "
                             "pending until their reply is imported, so a lost stick loses nothing."));
    m_exportButton->setText(tr("&Export for the centre…"));
    m_importBox->setTitle(tr("2. Import the centre's reply"));
    m_importHelp->setText(tr("Reads the reply file the centre wrote for this office: the results of the "
                             "exported changes and the centre's changes for this district. Importing a "
                             "reply twice changes nothing."));
    m_importButton->setText(tr("&Import the centre's reply…"));
}

void OfflineExchangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfflineExchangeDialog::chooseExport()
{
    const QString suggested
        = QDir(m_lastFolder)
              .filePath(
                  QStringLiteral("nigran-%1-%2.nigx")
                      .arg(m_office.officeId(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export for the centre"), suggested, tr("Nigran exchange files (*.nigx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void OfflineExchangeDialog::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the centre's reply"), m_lastFolder,
        tr("Nigran exchange files (*.nigx);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void OfflineExchangeDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_exportButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_result->clear();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // paint the busy state
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void OfflineExchangeDialog::showResult(const QString &text, bool problem)
{
    m_failed = problem;
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: palette(highlight);") : QString());
}

void OfflineExchangeDialog::exportTo(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    setBusy(true);
    Sync::OfflineExchange exchange(m_office);
    auto written = exchange.exportToFile(path);
    setBusy(false);
    if (!written) {
        showResult(tr("Nothing was exported: %1").arg(written.error().message), true);
        return;
    }
    showResult(tr("Exported %n batch(es) with %1 change(s) to %2. Take the file to the centre and import "
                  "the reply it gives back.",
                   nullptr, written->batches)
                   .arg(written->items)
                   .arg(QDir::toNativeSeparators(path)),
        false);
    Q_EMIT exported(*written);
}

void OfflineExchangeDialog::importFrom(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    setBusy(true);
    Sync::OfflineExchange exchange(m_office);
    auto done = exchange.importFile(path);
    setBusy(false);
    if (!done) {
        showResult(tr("The reply %1 was not imported; nothing changed. %2")
                       .arg(QFileInfo(path).fileName(), done.error().message),
            true);
        return;
    }
    const Sync::SyncReport &report = done->report;
    QStringList lines;
    if (done->changedNothing()) {
        lines << tr("This reply was already imported: nothing changed.");
    } else {
        lines << tr("Batches acknowledged by the centre: %1").arg(report.batches)
              << tr("Changes applied at the centre: %1").arg(report.applied)
              << tr("Conflicts (both versions kept, to be resolved): %1").arg(report.conflicts)
              << tr("Changes refused by the centre: %1").arg(report.rejected)
              << tr("Rows received from the centre: %1").arg(report.rowsPulled);
    }
    if (report.clockSkewed)
        lines << tr("This computer's clock differs from the centre's by %1 minutes: please correct it.")
                     .arg(report.clockSkewMs / 60000);
    if (done->hasMore)
        lines << tr("The centre has more for this office: export and exchange again.");
    showResult(lines.join(u'\n'), false);
    Q_EMIT imported(*done);
}

} // namespace Nigran::Gui
