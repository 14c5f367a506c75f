#include "mainwindow.h"

#include "languagemanager.h"
#include "monitoring/monitoringwindow.h"
#include "recordforms/newentrydialog.h"
#include "reports/reportwriter.h"
#include "sync/synccontroller.h"
#include "usersdialog.h"
#include "views/auditviewerdialog.h"
#include "views/personprofileview.h"
#include "views/upcomingreleasesview.h"

#include "domain/districtlist.h"
#include "itemmodels/personlistmodel.h"
#include "services/accesspolicy.h"
#include "services/office.h"
#include "services/registerservice.h"

#include "client/syncscheduler.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Nigran::Gui {

using namespace Nigran::Models;

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);

    createActions();
    createMenus();

    m_pages = new QStackedWidget(this);
    m_registerPage = createRegisterPage();
    m_adminPage = createAdminPage();
    m_lockedPage = createLockedPage();
    m_pages->addWidget(m_registerPage);
    m_pages->addWidget(m_adminPage);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);
    createViewActions();
    createEntryActions();
    createReportActions();
    createMonitoringActions();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this, [this](Language language) {
            (language == Language::Urdu ? m_urduAction : m_englishAction)->setChecked(true);
        });

    resize(1100, 680);
    retranslate();
    updateSessionWidgets();
}

MainWindow::~MainWindow()
{
    clearSession();
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_manageUsersAction = new QAction(this);
    m_manageUsersAction->setObjectName(QStringLiteral("actionManageUsers"));
    connect(m_manageUsersAction, &QAction::triggered, this, &MainWindow::showUsersDialog);

    auto *languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(LanguageManager::nativeName(Language::English), languageGroup);
    m_englishAction->setObjectName(QStringLiteral("actionLanguageEnglish"));
    m_urduAction = new QAction(LanguageManager::nativeName(Language::Urdu), languageGroup);
    m_urduAction->setObjectName(QStringLiteral("actionLanguageUrdu"));
    for (QAction *action : { m_englishAction, m_urduAction })
        action->setCheckable(true);
    const bool urdu = m_languages && m_languages->language() == Language::Urdu;
    (urdu ? m_urduAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] {
        if (m_languages)
            m_languages->setLanguage(Language::English);
    });
    connect(m_urduAction, &QAction::triggered, this, [this] {
        if (m_languages)
            m_languages->setLanguage(Language::Urdu);
    });

    m_sortGroup = new QActionGroup(this);
    for (int column : { PersonListModel::NameLatin, PersonListModel::NameUrdu, PersonListModel::Cnic,
             PersonListModel::ExpectedRelease }) {
        auto *action = new QAction(m_sortGroup);
        action->setCheckable(true);
        action->setData(column);
        connect(action, &QAction::triggered, this, [this, column] { sortBy(column); });
        m_sortActions << action;
    }
    m_sortActions.constFirst()->setChecked(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_sortMenu = m_viewMenu->addMenu(QString());
    m_sortMenu->addActions(m_sortActions);

    m_usersMenu = menuBar()->addMenu(QString());
    m_usersMenu->addAction(m_manageUsersAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_urduAction);
}

QWidget *MainWindow::createRegisterPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *filters = new QHBoxLayout;
    m_searchLabel = new QLabel(page);
    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    m_statusLabel = new QLabel(page);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(12);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusFilter);
    m_districtLabel = new QLabel(page);
    m_districtFilter = new QComboBox(page);
    m_districtFilter->setObjectName(QStringLiteral("districtFilter"));
    // Searchable: typing part of a district's name (in either script) offers the matches.
    m_districtFilter->setEditable(true);
    m_districtFilter->setInsertPolicy(QComboBox::NoInsert);
    m_districtFilter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_districtFilter->completer()->setFilterMode(Qt::MatchContains);
    m_districtFilter->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_districtFilter->setMinimumContentsLength(14);
    m_districtFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_districtLabel->setBuddy(m_districtFilter);
    m_releaseLabel = new QLabel(page);
    m_releaseFilter = new QComboBox(page);
    m_releaseFilter->setObjectName(QStringLiteral("releaseFilter"));
    m_releaseLabel->setBuddy(m_releaseFilter);
    filters->addSpacing(12);
    filters->addWidget(m_districtLabel);
    filters->addWidget(m_districtFilter);
    filters->addSpacing(12);
    filters->addWidget(m_releaseLabel);
    filters->addWidget(m_releaseFilter);
    layout->addLayout(filters);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("personTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Sorting follows the register's indexes (ascending only), so header clicks are handled here
    // rather than by QTableView's own sorting, which would show orders the list does not have.
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &MainWindow::sortBy);
    layout->addWidget(m_table, 1);

    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_statusFilter, &QComboBox::activated, this, &MainWindow::applySearch);
    connect(m_districtFilter, &QComboBox::activated, this, &MainWindow::applySearch);
    connect(m_releaseFilter, &QComboBox::activated, this, &MainWindow::applySearch);

    setTabOrder(m_searchEdit, m_statusFilter);
    setTabOrder(m_statusFilter, m_districtFilter);
    setTabOrder(m_districtFilter, m_releaseFilter);
    setTabOrder(m_releaseFilter, m_table);
    return page;
}

QWidget *MainWindow::createAdminPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_adminText = new QLabel(page);
    m_adminText->setWordWrap(true);
    m_adminUsersButton = new QPushButton(page);
    m_adminUsersButton->setObjectName(QStringLiteral("adminUsersButton"));
    connect(m_adminUsersButton, &QPushButton::clicked, this, &MainWindow::showUsersDialog);
    layout->addStretch();
    layout->addWidget(m_adminText, 0, Qt::AlignHCenter);
    layout->addWidget(m_adminUsersButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createLockedPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_lockedText = new QLabel(page);
    m_lockedText->setWordWrap(true);
    m_lockedText->setAlignment(Qt::AlignCenter);
    m_unlockButton = new QPushButton(page);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::unlockRequested);
    layout->addStretch();
    layout->addWidget(m_lockedText);
    layout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_sortMenu->setTitle(tr("&Sort by"));
    m_usersMenu->setTitle(tr("&Users"));
    // The language menu also names itself in the other language, so that someone who cannot read
    // the current one still finds the way back.
    const bool urdu = m_languages && m_languages->language() == Language::Urdu;
    m_languageMenu->setTitle(QStringLiteral("%1 / %2").arg(
        tr("&Language"), urdu ? QStringLiteral("Language") : QStringLiteral("زبان")));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setStatusTip(tr("Lock now: hide the register and drop its key until you sign in again."));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_manageUsersAction->setText(tr("&Manage users…"));
    ensureMenu(QStringLiteral("menuRegister"))->setTitle(tr("&Register"));
    ensureMenu(QStringLiteral("menuTools"))->setTitle(tr("&Tools"));
    m_upcomingReleasesAction->setText(tr("&Upcoming releases…"));
    m_auditLogAction->setText(tr("&Audit log…"));
    m_newEntryAction->setText(tr("&New entry…"));
    ensureMenu(QStringLiteral("menuReports"))->setTitle(tr("Re&ports"));
    ensureMenu(QStringLiteral("menuMonitoring"))->setTitle(tr("&Monitoring"));
    m_monitoringAction->setText(tr("Monitoring &window…"));
    m_monitoringAction->setStatusTip(tr("Tracks, zones, playback and the alerts queue of monitored people."));
    m_extractReportAction->setText(tr("Register &extract of selected person…"));
    m_releasesReportAction->setText(tr("&Upcoming releases…"));
    const QStringList sortTexts { tr("&Name"), tr("&Urdu name"), tr("&CNIC"), tr("&Expected release") };
    for (int i = 0; i < m_sortActions.size(); ++i)
        m_sortActions.at(i)->setText(sortTexts.at(i));

    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Name (English or Urdu), CNIC or FIR number"));
    m_searchEdit->setAccessibleName(tr("Search the register"));
    m_searchEdit->setAccessibleDescription(
        tr("Type the start of a name in English or Urdu, a CNIC or an FIR number."));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    fillStatusFilter();
    m_districtLabel->setText(tr("&District:"));
    m_districtFilter->setAccessibleName(tr("Filter by district"));
    m_districtFilter->setAccessibleDescription(tr("Type part of a district's name to find it."));
    fillDistrictFilter();
    m_releaseLabel->setText(tr("Release &window:"));
    m_releaseFilter->setAccessibleName(tr("Filter by expected release"));
    fillReleaseFilter();
    m_table->setAccessibleName(tr("People on the register"));
    m_adminText->setText(tr("Office administrators manage users and enrolment; they do not see case data."));
    m_adminUsersButton->setText(tr("&Manage users…"));
    m_adminUsersButton->setAccessibleName(tr("Manage users"));
    m_lockedText->setText(tr("Nigran is locked. The register is hidden and its key has been dropped; "
                             "sign in again to continue."));
    m_unlockButton->setText(tr("&Unlock…"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_userLabel->setAccessibleName(tr("Signed-in user"));
    m_countLabel->setAccessibleName(tr("Number of people found"));
    // The list's headers and status texts are translated when painted.
    m_table->horizontalHeader()->viewport()->update();
    updateSessionWidgets();
    fitTableToFont();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        // The children take the new font after this window: fit the list once they have.
        QTimer::singleShot(0, this, &MainWindow::fitTableToFont);
    QMainWindow::changeEvent(event);
}

void MainWindow::fitTableToFont()
{
    // Nastaliq needs much taller lines than Latin scripts; rows follow the font's full height.
    const int rowHeight = QFontMetrics(m_table->font()).height() + 6;
    m_table->verticalHeader()->setMinimumSectionSize(rowHeight);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    // The last column stretches to the edge (stretchLastSection); the others fit their contents.
    if (m_model)
        for (int column = 0; column < m_model->columnCount() - 1; ++column)
            m_table->resizeColumnToContents(column);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window quits; the controller drops the key first.
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::fillStatusFilter()
{
    const QVariant current = m_statusFilter->currentData();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (RegisterStatus status : RegisterWorkflow::allStatuses())
        m_statusFilter->addItem(RegisterWorkflow::displayName(status), int(status));
    const int index = m_statusFilter->findData(current.isValid() ? current : QVariant(-1));
    m_statusFilter->setCurrentIndex(qMax(0, index));
}

namespace {
// The release window's choices: days ahead of today, or a marker.
constexpr int AnyRelease = 0;
constexpr int AlreadyReleased = -1;
} // namespace

void MainWindow::fillDistrictFilter()
{
    const QString current = m_districtFilter->currentData().toString();
    const QSignalBlocker blocker(m_districtFilter);
    m_districtFilter->clear();
    m_districtFilter->addItem(tr("All districts"), QString());
    if (m_service) {
        // Only the districts that have people in this office (usually its own district alone), found
        // in one pass: a count per district read a million-person register some 150 times.
        const bool urdu = m_languages && m_languages->language() == Language::Urdu;
        const QStringList present = m_service->districtsInRegister().value_or(QStringList());
        for (const District &district : DistrictList::builtIn().all())
            if (present.contains(district.code))
                m_districtFilter->addItem(
                    urdu && !district.nameUr.isEmpty() ? district.nameUr : district.name, district.code);
    }
    m_districtFilter->setCurrentIndex(qMax(0, m_districtFilter->findData(current)));
}

void MainWindow::fillReleaseFilter()
{
    const QVariant current = m_releaseFilter->currentData();
    m_releaseFilter->clear();
    m_releaseFilter->addItem(tr("Any release date"), AnyRelease);
    for (int days : { 30, 60, 90 })
        m_releaseFilter->addItem(tr("Released within %n day(s)", nullptr, days), days);
    m_releaseFilter->addItem(tr("Already released"), AlreadyReleased);
    m_releaseFilter->setCurrentIndex(qMax(0, m_releaseFilter->findData(current)));
}

QString MainWindow::userText() const
{
    return m_userLabel->text();
}

void MainWindow::updateSessionWidgets()
{
    const bool mayManageUsers = m_office && AccessPolicy::allows(m_office->user().role, Action::ManageUsers);
    const bool mayViewRecords = m_office && AccessPolicy::allows(m_office->user().role, Action::ViewRecord);
    m_lockAction->setEnabled(m_office != nullptr);
    m_manageUsersAction->setEnabled(mayManageUsers);
    m_usersMenu->menuAction()->setVisible(mayManageUsers);
    m_viewMenu->menuAction()->setVisible(mayViewRecords);
    m_findAction->setEnabled(mayViewRecords);
    const bool mayCreate = m_office && AccessPolicy::allows(m_office->user().role, Action::CreateRecord);
    m_newEntryAction->setEnabled(mayCreate);
    m_newEntryAction->setVisible(mayCreate);
    const bool mayViewAudit = m_office && AccessPolicy::allows(m_office->user().role, Action::ViewAuditLog);
    m_upcomingReleasesAction->setEnabled(mayViewRecords);
    m_upcomingReleasesAction->setVisible(mayViewRecords);
    m_auditLogAction->setEnabled(mayViewAudit);
    m_auditLogAction->setVisible(mayViewAudit);
    const bool mayExport
        = mayViewRecords && AccessPolicy::allows(m_office->user().role, Action::ExportReport);
    for (QAction *action : { m_extractReportAction, m_releasesReportAction })
        action->setEnabled(mayExport);
    ensureMenu(QStringLiteral("menuReports"))->menuAction()->setVisible(mayExport);
    const bool mayMonitor = m_office && MonitoringWindow::mayOpen(*m_office);
    m_monitoringAction->setEnabled(mayMonitor);
    m_monitoringAction->setVisible(mayMonitor);
    for (const QString &name :
        { QStringLiteral("menuRegister"), QStringLiteral("menuTools"), QStringLiteral("menuMonitoring") }) {
        QMenu *menu = ensureMenu(name);
        const QList<QAction *> actions = menu->actions();
        menu->menuAction()->setVisible(std::any_of(actions.cbegin(), actions.cend(),
            [](const QAction *a) { return a->isVisible() && !a->isSeparator(); }));
    }
    if (!m_office) {
        m_pages->setCurrentWidget(m_lockedPage);
        setWindowTitle(tr("Nigran — locked"));
        m_userLabel->setText(tr("Locked"));
        m_countLabel->clear();
        return;
    }
    m_pages->setCurrentWidget(mayViewRecords ? m_registerPage : m_adminPage);
    const auto found = DistrictList::builtIn().find(m_office->district());
    const QString district = found ? found->name : m_office->district();
    setWindowTitle(tr("Nigran — %1").arg(m_office->officeName()));
    m_userLabel->setText(tr("Signed in: %1 (%2), %3 · %4")
                             .arg(m_office->user().displayName, m_office->user().login,
                                 RoleNames::displayName(m_office->user().role), district));
    updateCount();
}

void MainWindow::setSession(Office &office)
{
    clearSession();
    m_office = &office;
    m_sync = new SyncController(office, this);
    if (AccessPolicy::allows(office.user().role, Action::ViewRecord)) {
        m_service = std::make_unique<RegisterService>(office);
        m_model = new PersonListModel(*m_service, this);
        connect(m_model, &PersonListModel::errorOccurred, this, &MainWindow::showError);
        m_table->setModel(m_model);
        fillDistrictFilter();
        applySearch();
        fitTableToFont();
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), Qt::AscendingOrder);
    }
    updateSessionWidgets();
    if (m_pages->currentWidget() == m_registerPage)
        m_searchEdit->setFocus();
    else
        m_adminUsersButton->setFocus();
}

void MainWindow::clearSession()
{
    m_searchDelay.stop();
    delete std::exchange(m_sync, nullptr);
    if (m_usersDialog)
        delete m_usersDialog.data();
    // Profiles and lists show the office's data and use its service: they go with it.
    for (const QPointer<QWidget> &window : std::as_const(m_sessionWindows))
        delete window.data();
    m_sessionWindows.clear();
    m_table->setModel(nullptr);
    delete m_model.data();
    m_service.reset();
    m_office = nullptr;
    // The search text may be a name or a CNIC: it goes with the data.
    m_searchEdit->clear();
    m_statusFilter->setCurrentIndex(0);
    fillDistrictFilter();
    m_releaseFilter->setCurrentIndex(0);
    statusBar()->clearMessage();
    updateSessionWidgets();
}

void MainWindow::applySearch()
{
    m_searchDelay.stop();
    if (!m_model)
        return;
    PersonQuery query;
    query.text = m_searchEdit->text().trimmed();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        query.status = RegisterStatus(status);
    // An edited district text that names no entry falls back to the chosen entry's code.
    query.district = m_districtFilter->currentData().toString();
    if (const int days = m_releaseFilter->currentData().toInt(); days != AnyRelease && m_office) {
        const QDate today = UpcomingReleasesView::today(*m_office);
        if (days == AlreadyReleased) {
            query.releaseTo = today.addDays(-1);
        } else {
            query.releaseFrom = today;
            query.releaseTo = today.addDays(days);
        }
    }
    query.order = m_model->query().order;
    statusBar()->clearMessage();
    m_model->setQuery(query);
    updateCount();
}

void MainWindow::sortBy(int column)
{
    if (!m_model)
        return;
    if (PersonListModel::orderForColumn(column))
        m_model->sort(column);
    const int sorted = m_model->sortColumn();
    m_table->horizontalHeader()->setSortIndicator(sorted, Qt::AscendingOrder);
    for (QAction *action : std::as_const(m_sortActions))
        if (action->data().toInt() == sorted)
            action->setChecked(true);
}

void MainWindow::updateCount()
{
    if (!m_model) {
        m_countLabel->clear();
        return;
    }
    // Bounded: an exact count of a short prefix reads most of a large register on every keystroke.
    const auto total = m_model->boundedCount(PersonListModel::CountCap);
    if (!total)
        m_countLabel->clear();
    else if (*total > PersonListModel::CountCap)
        m_countLabel->setText(tr("More than %Ln person(s) found", nullptr, int(PersonListModel::CountCap)));
    else
        m_countLabel->setText(tr("%n person(s) found", nullptr, int(*total)));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showUsersDialog()
{
    if (!m_office || !AccessPolicy::allows(m_office->user().role, Action::ManageUsers))
        return;
    if (!m_usersDialog) {
        m_usersDialog = new UsersDialog(*m_office, this);
        m_usersDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_usersDialog->show();
    m_usersDialog->raise();
    m_usersDialog->activateWindow();
}

} // namespace Nigran::Gui

namespace Nigran::Gui {

QMenu *MainWindow::ensureMenu(const QString &objectName)
{
    if (auto *menu = menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly))
        return menu;
    auto *menu = new QMenu(menuBar());
    menu->setObjectName(objectName);
    menuBar()->insertMenu(m_languageMenu->menuAction(), menu);
    return menu;
}

void MainWindow::createViewActions()
{
    m_upcomingReleasesAction = new QAction(this);
    m_upcomingReleasesAction->setObjectName(QStringLiteral("actionUpcomingReleases"));
    connect(m_upcomingReleasesAction, &QAction::triggered, this, &MainWindow::showUpcomingReleases);
    ensureMenu(QStringLiteral("menuRegister"))->addAction(m_upcomingReleasesAction);

    m_auditLogAction = new QAction(this);
    m_auditLogAction->setObjectName(QStringLiteral("actionAuditLog"));
    connect(m_auditLogAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    ensureMenu(QStringLiteral("menuTools"))->addAction(m_auditLogAction);

    // Return or double-click on a row opens the person's profile.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model && index.isValid())
            openProfile(m_model->personId(index.row()));
    });
}

void MainWindow::addSessionWindow(QWidget *window)
{
    m_sessionWindows.removeAll(nullptr);
    m_sessionWindows << window;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->raise();
    window->activateWindow();
}

QList<QWidget *> MainWindow::sessionWindows() const
{
    QList<QWidget *> windows;
    for (const QPointer<QWidget> &window : m_sessionWindows)
        if (window)
            windows << window.data();
    return windows;
}

void MainWindow::openProfile(const QString &personId)
{
    if (!m_office || !m_service || personId.isEmpty())
        return;
    auto *profile = new PersonProfileView(*m_office, *m_service, personId, this);
    connect(profile, &PersonProfileView::entryChanged, this, &MainWindow::applySearch);
    addSessionWindow(profile);
}

void MainWindow::showUpcomingReleases()
{
    if (!m_office || !m_service)
        return;
    auto *view = new UpcomingReleasesView(*m_office, *m_service, this);
    connect(view, &UpcomingReleasesView::personActivated, this, &MainWindow::openProfile);
    addSessionWindow(view);
}

void MainWindow::showAuditLog()
{
    if (!m_office || !AccessPolicy::allows(m_office->user().role, Action::ViewAuditLog))
        return;
    addSessionWindow(new AuditViewerDialog(*m_office, this));
}

} // namespace Nigran::Gui

namespace Nigran::Gui {

void MainWindow::createReportActions()
{
    QMenu *menu = ensureMenu(QStringLiteral("menuReports"));
    m_extractReportAction = new QAction(this);
    m_extractReportAction->setObjectName(QStringLiteral("actionReportExtract"));
    connect(m_extractReportAction, &QAction::triggered, this, &MainWindow::exportRegisterExtract);
    m_releasesReportAction = new QAction(this);
    m_releasesReportAction->setObjectName(QStringLiteral("actionReportUpcomingReleases"));
    connect(m_releasesReportAction, &QAction::triggered, this, &MainWindow::exportUpcomingReleases);
    menu->addAction(m_extractReportAction);
    menu->addAction(m_releasesReportAction);
}

QString MainWindow::askReportPath(const QString &title, const QString &suggestedName)
{
    // SECURITY.md: an export is written only where the user chooses.
    QString path = QFileDialog::getSaveFileName(this, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void MainWindow::exportRegisterExtract()
{
    if (!m_office || !m_service || !m_model)
        return;
    const QModelIndexList selected
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (selected.isEmpty()) {
        showError(tr("Select a person in the list first."));
        return;
    }
    const QString personId = m_model->personId(selected.constFirst().row());
    // The file name carries no name or CNIC: folder listings are not confidential.
    const QString path = askReportPath(tr("Save register extract"), QStringLiteral("register-extract.pdf"));
    if (path.isEmpty() || !m_office)
        return;
    const Language language = m_languages ? m_languages->language() : Language::English;
    const auto written = ReportWriter::writeExtract(
        *m_service, ReportHeader::forOffice(*m_office), personId, path, language);
    showError(written ? tr("Register extract saved to %1.").arg(QDir::toNativeSeparators(path))
                      : written.error().message);
}

void MainWindow::exportUpcomingReleases()
{
    if (!m_office || !m_service)
        return;
    const QString path = askReportPath(tr("Save upcoming releases"), QStringLiteral("upcoming-releases.pdf"));
    if (path.isEmpty() || !m_office)
        return;
    const Language language = m_languages ? m_languages->language() : Language::English;
    const ReportHeader header = ReportHeader::forOffice(*m_office);
    const auto written
        = ReportWriter::writeUpcomingReleases(*m_service, header, header.generatedOn(), path, language);
    showError(written ? tr("Upcoming releases saved to %1.").arg(QDir::toNativeSeparators(path))
                      : written.error().message);
}

} // namespace Nigran::Gui

namespace Nigran::Gui {

void MainWindow::createEntryActions()
{
    m_newEntryAction = new QAction(this);
    m_newEntryAction->setObjectName(QStringLiteral("actionNewEntry"));
    m_newEntryAction->setShortcut(QKeySequence::New);
    connect(m_newEntryAction, &QAction::triggered, this, &MainWindow::showNewEntryDialog);
    QMenu *menu = ensureMenu(QStringLiteral("menuRegister"));
    menu->insertAction(menu->actions().value(0), m_newEntryAction);
}

void MainWindow::showNewEntryDialog()
{
    if (!m_office || !m_service || !AccessPolicy::allows(m_office->user().role, Action::CreateRecord))
        return;
    auto *dialog = new NewEntryDialog(*m_office, *m_service, this);
    connect(dialog, &NewEntryDialog::entrySaved, this, [this] {
        if (m_model)
            m_model->refresh();
        updateCount();
    });
    addSessionWindow(dialog);
}

} // namespace Nigran::Gui

namespace Nigran::Gui {

void MainWindow::createMonitoringActions()
{
    m_monitoringAction = new QAction(this);
    m_monitoringAction->setObjectName(QStringLiteral("actionMonitoringWindow"));
    m_monitoringAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_monitoringAction, &QAction::triggered, this, &MainWindow::showMonitoringWindow);
    ensureMenu(QStringLiteral("menuMonitoring"))->addAction(m_monitoringAction);
}

void MainWindow::showMonitoringWindow()
{
    if (!m_office || !MonitoringWindow::mayOpen(*m_office))
        return;
    if (m_monitoringWindow) {
        m_monitoringWindow->show();
        m_monitoringWindow->raise();
        m_monitoringWindow->activateWindow();
        return;
    }
    auto *window = new MonitoringWindow(*m_office, m_languages, this);
    // New fixes and alerts arrive with a sync: the window shows them.
    if (m_sync && m_sync->scheduler())
        connect(m_sync->scheduler(), &Sync::SyncScheduler::syncFinished, window, [window](bool succeeded) {
            if (succeeded)
                window->refresh();
        });
    m_monitoringWindow = window;
    addSessionWindow(window);
}

} // namespace Nigran::Gui
