#pragma once

#include "itemmodels/personlistmodel.h"
#include "usersdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Nigran::Models {
class Office;
class RegisterService;
} // namespace Nigran::Models

namespace Nigran::Gui {

class LanguageManager;
class SyncController;

/// The register's main window: search (name in either script, CNIC or FIR number, as you type),
/// a status filter, the list of people, and the signed-in user in the status bar.
///
/// It shows an office's data only between setSession() and clearSession(); it never owns the
/// office. clearSession() (on lock) drops everything that refers to the office — the list model,
/// the service, the users dialog — and clears the search text, leaving a "locked" page.
/// What is shown follows the role: office administrators, who may not read case data, get the
/// user management page instead of the list.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr int SearchDelayMs = 250;

    explicit MainWindow(LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(Models::Office &office);
    void clearSession();
    bool hasSession() const { return m_office != nullptr; }

    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    /// "All districts" (empty data), then each district with people in the office (data: its code);
    /// editable, so that a district can be found by typing part of its name.
    QComboBox *districtFilter() const { return m_districtFilter; }
    /// Expected release: any, within 30/60/90 days from today (Pakistan time), or already released.
    QComboBox *releaseFilter() const { return m_releaseFilter; }
    QTableView *personTable() const { return m_table; }
    Models::PersonListModel *personModel() const { return m_model; }
    QString userText() const;
    UsersDialog *usersDialog() const { return m_usersDialog; }
    QAction *upcomingReleasesAction() const { return m_upcomingReleasesAction; }
    QAction *auditLogAction() const { return m_auditLogAction; }
    QAction *newEntryAction() const { return m_newEntryAction; }
    QAction *monitoringAction() const { return m_monitoringAction; }
    /// Sync with the centre for the session (status bar indicator, Tools menu); nullptr when locked.
    SyncController *syncController() const { return m_sync; }
    /// The profiles, release lists and audit logs now open; all are closed on lock.
    QList<QWidget *> sessionWindows() const;

public Q_SLOTS:
    /// Applies the search text and the filters now (the search box waits SearchDelayMs).
    void applySearch();
    /// Opens the users dialog (administrators); non-modal, so that it never blocks a lock.
    void showUsersDialog();
    /// Opens a person's profile (an audited view); non-modal, closed on lock.
    void openProfile(const QString &personId);
    /// Register > Upcoming releases…
    void showUpcomingReleases();
    /// Tools > Audit log… (roles with ViewAuditLog)
    void showAuditLog();
    /// Register > New entry… (Ctrl+N; roles with CreateRecord): the New register entry dialog.
    void showNewEntryDialog();
    /// Monitoring > Monitoring window… (Ctrl+M; roles with ReviewMonitoring): tracks, playback and
    /// the alerts queue. One window per session; it refreshes after every successful sync.
    void showMonitoringWindow();

Q_SIGNALS:
    void lockRequested();
    void unlockRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createRegisterPage();
    QWidget *createAdminPage();
    QWidget *createLockedPage();
    void retranslate();
    void fillStatusFilter();
    void fillDistrictFilter();
    void fillReleaseFilter();
    void updateSessionWidgets();
    void updateCount();
    void sortBy(int column);
    void fitTableToFont();
    void showError(const QString &message);
    void createViewActions();
    /// The menu bar's menu with this object name, created (before the language menu) if missing.
    QMenu *ensureMenu(const QString &objectName);
    void addSessionWindow(QWidget *window);
    void createEntryActions();
    void createMonitoringActions();
    /// Reports > …: PDF exports (ReportWriter) to a file the user chooses.
    void createReportActions();
    void exportRegisterExtract();
    void exportUpcomingReleases();
    QString askReportPath(const QString &title, const QString &suggestedName);

    LanguageManager *m_languages;
    Models::Office *m_office = nullptr;
    std::unique_ptr<Models::RegisterService> m_service;
    QPointer<Models::PersonListModel> m_model;
    QPointer<UsersDialog> m_usersDialog;
    QTimer m_searchDelay;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_registerPage = nullptr;
    QWidget *m_adminPage = nullptr;
    QWidget *m_lockedPage = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_districtLabel = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QComboBox *m_releaseFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_adminText = nullptr;
    QPushButton *m_adminUsersButton = nullptr;
    QLabel *m_lockedText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sortMenu = nullptr;
    QMenu *m_usersMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_manageUsersAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_urduAction = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    QList<QAction *> m_sortActions;
    QAction *m_upcomingReleasesAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_newEntryAction = nullptr;
    QAction *m_monitoringAction = nullptr;
    QPointer<QWidget> m_monitoringWindow;
    QList<QPointer<QWidget>> m_sessionWindows;
    QAction *m_extractReportAction = nullptr;
    QAction *m_releasesReportAction = nullptr;
    SyncController *m_sync = nullptr;
};

} // namespace Nigran::Gui
