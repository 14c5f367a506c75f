#pragma once

#include "client/syncscheduler.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QMainWindow;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {
class NetworkTransport;
}

namespace Nigran::Gui {

class ConflictsDialog;
class EnrolmentDialog;
class OfflineExchangeDialog;
class SyncStatusWidget;

/// The client's side of sync for one unlocked session of the main window: reads the office's
/// credentials (CredentialStore) and, when enrolled, runs a SyncScheduler over a NetworkTransport in
/// the background; puts the sync indicator in the status bar and "Sync now", "Enrol with the
/// centre…" (administrators), "Exchange by file (USB)…" and "Sync conflicts…" (roles that read
/// records) in the Tools menu.
/// Destroyed on lock, before the office: it takes its actions, indicator and dialogs with it.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    static constexpr int CountRefreshMs = 3000;

    SyncController(Models::Office &office, QMainWindow *window);
    ~SyncController() override;

    /// Settings of the schedulers created from now on (the next enrolment or reload).
    void setSchedulerSettings(const Sync::SyncScheduler::Settings &settings) { m_settings = settings; }
    /// Re-reads the credentials and restarts the scheduler (after an enrolment).
    void reload();

    Sync::SyncScheduler *scheduler() const { return m_scheduler.get(); }
    SyncStatusWidget *statusWidget() const { return m_status; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *enrolAction() const { return m_enrolAction; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    QAction *offlineExchangeAction() const { return m_exchangeAction; }
    EnrolmentDialog *enrolmentDialog() const;
    ConflictsDialog *conflictsDialog() const;

public Q_SLOTS:
    void syncNow();
    EnrolmentDialog *showEnrolmentDialog();
    ConflictsDialog *showConflicts();
    /// Exchange by file (USB); the background sync pauses while the dialog is open.
    OfflineExchangeDialog *showOfflineExchange();
    /// Re-reads pending changes and conflicts now (it also happens every CountRefreshMs).
    void refreshCounts();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();

    Models::Office &m_office;
    QMainWindow *m_window;
    Sync::SyncScheduler::Settings m_settings;
    std::unique_ptr<Sync::NetworkTransport> m_transport;
    std::unique_ptr<Sync::SyncScheduler> m_scheduler;
    SyncStatusWidget *m_status = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_enrolAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_exchangeAction = nullptr;
    QPointer<EnrolmentDialog> m_enrolment;
    QPointer<ConflictsDialog> m_conflicts;
    QPointer<OfflineExchangeDialog> m_exchange;
    QTimer m_countTimer;
    QString m_loadError;
};

} // namespace Nigran::Gui
