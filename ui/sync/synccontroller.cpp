#include "synccontroller.h"

#include "conflictsdialog.h"
#include "enrolmentdialog.h"
#include "offlineexchangedialog.h"
#include "syncstatuswidget.h"

#include "client/credentialstore.h"
#include "client/networktransport.h"
#include "core/logcategories.h"
#include "services/accesspolicy.h"
#include "services/office.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace Nigran::Gui {

using Models::AccessPolicy;
using Models::Action;

SyncController::SyncController(Models::Office &office, QMainWindow *window)
    : QObject(window)
    , m_office(office)
    , m_window(window)
{
    setObjectName(QStringLiteral("syncController"));
    m_status = new SyncStatusWidget(window);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_status, &SyncStatusWidget::syncRequested, this, &SyncController::syncNow);

    m_syncNowAction = new QAction(window);
    m_syncNowAction->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5 | Qt::SHIFT));
    connect(m_syncNowAction, &QAction::triggered, this, &SyncController::syncNow);
    m_enrolAction = new QAction(window);
    m_enrolAction->setObjectName(QStringLiteral("actionEnrol"));
    connect(m_enrolAction, &QAction::triggered, this, &SyncController::showEnrolmentDialog);
    m_conflictsAction = new QAction(window);
    m_conflictsAction->setObjectName(QStringLiteral("actionSyncConflicts"));
    connect(m_conflictsAction, &QAction::triggered, this, &SyncController::showConflicts);
    m_exchangeAction = new QAction(window);
    m_exchangeAction->setObjectName(QStringLiteral("actionOfflineExchange"));
    connect(m_exchangeAction, &QAction::triggered, this, &SyncController::showOfflineExchange);
    if (QMenu *tools = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuTools"))) {
        m_separator = tools->addSeparator();
        tools->addActions({ m_syncNowAction, m_exchangeAction, m_conflictsAction, m_enrolAction });
    }
    window->installEventFilter(this);

    m_countTimer.setInterval(CountRefreshMs);
    connect(&m_countTimer, &QTimer::timeout, this, &SyncController::refreshCounts);
    m_countTimer.start();
    retranslate();
    reload();
}

SyncController::~SyncController()
{
    m_window->removeEventFilter(this);
    delete m_enrolment.data();
    delete m_conflicts.data();
    delete m_exchange.data();
    // The scheduler (and its session) before the transport, both before the office goes.
    m_scheduler.reset();
    m_transport.reset();
    delete m_status;
    delete m_separator;
    delete m_syncNowAction;
    delete m_enrolAction;
    delete m_conflictsAction;
    delete m_exchangeAction;
}

EnrolmentDialog *SyncController::enrolmentDialog() const
{
    return m_enrolment;
}

ConflictsDialog *SyncController::conflictsDialog() const
{
    return m_conflicts;
}

void SyncController::reload()
{
    m_status->setScheduler(nullptr);
    m_scheduler.reset();
    m_transport.reset();
    m_loadError.clear();
    auto credentials = Sync::CredentialStore::load(m_office);
    if (!credentials) {
        m_loadError = credentials.error().message;
        qCWarning(Models::lcSync, "sync credentials unreadable (code %d)", int(credentials.error().code));
    } else if (*credentials) {
        m_transport = std::make_unique<Sync::NetworkTransport>(**credentials);
        m_scheduler = std::make_unique<Sync::SyncScheduler>(m_office, *m_transport, m_settings, nullptr);
        m_status->setScheduler(m_scheduler.get());
        connect(m_scheduler.get(), &Sync::SyncScheduler::stateChanged, this, &SyncController::updateActions);
        connect(m_scheduler.get(), &Sync::SyncScheduler::syncFinished, this, [this](bool) {
            if (m_conflicts)
                m_conflicts->reload();
        });
        m_scheduler->start();
    }
    updateActions();
}

OfflineExchangeDialog *SyncController::showOfflineExchange()
{
    if (!m_scheduler || m_scheduler->isSyncing())
        return nullptr;
    if (!m_exchange) {
        // No network sync may run while a file is exported or a reply imported: both record the same
        // batches' acknowledgements. The scheduler pauses until the dialog closes.
        m_scheduler->stop();
        m_exchange = new OfflineExchangeDialog(m_office, m_window);
        m_exchange->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_exchange, &QObject::destroyed, this, [this] {
            if (m_scheduler)
                m_scheduler->start();
            refreshCounts();
        });
    }
    m_exchange->show();
    m_exchange->raise();
    m_exchange->activateWindow();
    return m_exchange;
}

void SyncController::retranslate()
{
    m_syncNowAction->setText(tr("S&ync now"));
    m_syncNowAction->setStatusTip(tr("Send this office's changes to the centre and receive the district's."));
    m_enrolAction->setText(tr("&Enrol with the centre…"));
    m_conflictsAction->setText(tr("Sync &conflicts…"));
    m_exchangeAction->setText(tr("E&xchange by file (USB)…"));
    m_exchangeAction->setStatusTip(tr("For a link-less office: write the changes to a file for the centre, "
                                      "or read the centre's reply."));
}

void SyncController::updateActions()
{
    const Models::Role role = m_office.user().role;
    const bool enrolled = m_scheduler != nullptr;
    m_syncNowAction->setVisible(enrolled);
    m_syncNowAction->setEnabled(enrolled && !m_scheduler->isSyncing());
    m_exchangeAction->setVisible(enrolled);
    m_exchangeAction->setEnabled(enrolled && !m_scheduler->isSyncing());
    const bool mayEnrol = AccessPolicy::allows(role, Action::ManageUsers);
    m_enrolAction->setVisible(mayEnrol);
    m_enrolAction->setEnabled(mayEnrol);
    const bool mayView = AccessPolicy::allows(role, Action::ViewRecord);
    m_conflictsAction->setVisible(mayView);
    m_conflictsAction->setEnabled(mayView);
}

bool SyncController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        else if (event->type() == QEvent::WindowActivate)
            refreshCounts();
    }
    return QObject::eventFilter(watched, event);
}

void SyncController::syncNow()
{
    if (m_scheduler) {
        m_scheduler->syncNow();
        return;
    }
    if (AccessPolicy::allows(m_office.user().role, Action::ManageUsers))
        showEnrolmentDialog();
}

void SyncController::refreshCounts()
{
    if (m_scheduler && !m_scheduler->isSyncing())
        m_scheduler->refreshCounts();
}

EnrolmentDialog *SyncController::showEnrolmentDialog()
{
    if (!AccessPolicy::allows(m_office.user().role, Action::ManageUsers))
        return nullptr;
    if (!m_enrolment) {
        m_enrolment = new EnrolmentDialog(m_office, m_window);
        m_enrolment->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_enrolment, &EnrolmentDialog::enrolled, this, &SyncController::reload);
    }
    m_enrolment->show();
    m_enrolment->raise();
    m_enrolment->activateWindow();
    return m_enrolment;
}

ConflictsDialog *SyncController::showConflicts()
{
    if (!AccessPolicy::allows(m_office.user().role, Action::ViewRecord))
        return nullptr;
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_office, m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::resolved, this, [this] {
            refreshCounts();
            if (m_scheduler)
                m_scheduler->syncNow(); // send the resolution at once
        });
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
    return m_conflicts;
}

} // namespace Nigran::Gui
