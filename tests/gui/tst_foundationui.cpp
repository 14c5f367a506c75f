// The client's foundation, driven like a user would: the first-run dialog filled by keyboard,
// signing in (wrong and right passwords, throttling), the register list and its search, the idle
// lock dropping the office, the Urdu layout, the administrator's users dialog and the demo office.

#include "../common/guikeyboard.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "applicationcontroller.h"
#include "demooffice.h"
#include "firstrundialog.h"
#include "idlelock.h"
#include "kdfprovider.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "unlockdialog.h"
#include "usersdialog.h"

#include "itemmodels/personlistmodel.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;
using namespace std::chrono_literals;

namespace { } // namespace

class TestFoundationUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApplicationController> startController(const QString &directory, const Clock &clock,
        const QString &login = {}, std::chrono::milliseconds idle = IdleLock::DefaultTimeout,
        LanguageManager *languages = nullptr)
    {
        auto controller = std::make_unique<ApplicationController>(
            ApplicationController::Options { directory, &clock, idle, login }, languages);
        controller->start();
        return controller;
    }

    /// Signs in through the unlock dialog by keyboard; the login may be pre-filled.
    void signIn(ApplicationController &controller, const QString &login, const QString &password)
    {
        UnlockDialog *dialog = controller.unlockDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // Activation is asynchronous (and a busy machine can hand it to the main window first):
        // wait until the dialog really holds the keyboard before typing.
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        auto *loginEdit = child<QLineEdit>(dialog, "loginEdit");
        if (loginEdit->text() != login) {
            loginEdit->setFocus();
            loginEdit->selectAll();
            type(login);
            press(Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
        type(password);
        press(Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NIGRAN_TEST_FAST_KDF", "1");
        QVERIFY(KdfProvider::isFastForTests());
        QCOMPARE(KdfProvider::params(), KdfParams::forTests());
    }

    void firstRunByKeyboardCreatesOffice()
    {
        QTemporaryDir tmp;
        const QString directory = tmp.filePath(QStringLiteral("office"));
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()));
        auto controller = startController(directory, clock);
        FirstRunDialog *dialog = controller->firstRunDialog();
        QVERIFY(dialog);
        QVERIFY(!controller->unlockDialog());
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // District (searched by part of its name), office, login, name, password, confirmation.
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "districtCombo"));
        type(QStringLiteral("Lahore"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "officeNameEdit"));
        type(QStringLiteral("District Public Prosecutor, Lahore"));
        press(Qt::Key_Tab);
        type(QStringLiteral("dpp.admin"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Admin Namoona"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
        type(QStringLiteral("a long enough password"));
        press(Qt::Key_Tab);
        type(QStringLiteral("a long enough passwort"));
        press(Qt::Key_Return);

        // The confirmation differs: the message is beside it, and nothing is created.
        auto *confirmError = child<QLabel>(dialog, "confirmError");
        QVERIFY(confirmError->isVisible());
        QVERIFY(!confirmError->text().isEmpty());
        QVERIFY(!Office::exists(directory));
        QVERIFY(!controller->isUnlocked());

        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "confirmEdit"));
        press(Qt::Key_Backspace);
        type(QStringLiteral("d"));
        press(Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(controller->isUnlocked(), 15000);
        QVERIFY(Office::exists(directory));
        QCOMPARE(controller->office()->district(), QStringLiteral("PB-LHR"));
        QCOMPARE(controller->office()->user().login, QStringLiteral("dpp.admin"));
        QCOMPARE(controller->office()->user().role, Role::OfficeAdministrator);
        QTRY_VERIFY(controller->mainWindow()->isVisible());
        QTRY_VERIFY(!controller->firstRunDialog());
        QVERIFY(controller->mainWindow()->userText().contains(QStringLiteral("Admin Namoona")));
    }

    void firstRunShowsCoreErrorsBesideFields()
    {
        QTemporaryDir tmp;
        const QString directory = tmp.filePath(QStringLiteral("office"));
        auto controller = startController(directory, Clock::system());
        FirstRunDialog *dialog = controller->firstRunDialog();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // No district, no office name, an invalid login: Office::create names each field.
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("X"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Someone"));
        press(Qt::Key_Tab);
        type(QStringLiteral("a long enough password"));
        press(Qt::Key_Tab);
        type(QStringLiteral("a long enough password"));
        press(Qt::Key_Return);
        for (const char *name : { "districtError", "officeNameError", "adminLoginError" })
            QTRY_VERIFY2(child<QLabel>(dialog, name)->isVisible(), name);
        QVERIFY(child<QLabel>(dialog, "adminNameError")->isHidden());
        QVERIFY(child<QLabel>(dialog, "passwordError")->isHidden());
        QVERIFY(child<QLabel>(dialog, "adminLoginError")->text().contains(QStringLiteral("Login")));
        // The first field with a problem has the focus, and its problem is its accessible description.
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "districtCombo"));
        QVERIFY(!child<QComboBox>(dialog, "districtCombo")->accessibleDescription().isEmpty());
        QVERIFY(!Office::exists(directory));
        QVERIFY(dialog->isVisible());
    }

    void wrongPasswordShowsErrorAndStaysLocked()
    {
        OfficeFixture fixture;
        auto controller = startController(fixture.directory(), fixture.clock());
        QVERIFY(!controller->firstRunDialog());
        signIn(*controller, QStringLiteral("prosecutor"), QStringLiteral("not the password"));
        UnlockDialog *dialog = controller->unlockDialog();
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QVERIFY(!dialog->isBusy());
        QVERIFY(dialog->errorText().contains(QStringLiteral("wrong")));
        QVERIFY(!controller->isUnlocked());
        QVERIFY(dialog->isVisible());
        QVERIFY(!controller->mainWindow()->isVisible());
        // The password field is emptied and keeps the focus for the next try.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());

        // After the free attempts the core throttles, and the dialog says how long to wait.
        for (int attempt = 2; attempt <= 6; ++attempt) {
            type(QStringLiteral("still not the password"));
            press(Qt::Key_Return);
            QTRY_VERIFY(!dialog->isBusy());
        }
        QVERIFY2(dialog->errorText().contains(QStringLiteral("second")), qPrintable(dialog->errorText()));
        QVERIFY(!controller->isUnlocked());
        // Even the right password waits out the delay (the clock is manual and does not move).
        type(OfficeFixture::Password);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(!controller->isUnlocked());
        fixture.clock().advance(10min);
        type(OfficeFixture::Password);
        press(Qt::Key_Return);
        QTRY_VERIFY(controller->isUnlocked());
    }

    void correctPasswordShowsPeopleAndSearches()
    {
        OfficeFixture fixture;
        {
            auto prosecutor = fixture.signIn(QStringLiteral("prosecutor"));
            fixture.addPeople(*prosecutor, 7);
        }
        auto controller = startController(fixture.directory(), fixture.clock(), QStringLiteral("prosecutor"));
        signIn(*controller, QStringLiteral("prosecutor"), OfficeFixture::Password);
        QTRY_VERIFY(controller->isUnlocked());
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->isVisible());
        QVERIFY(!controller->unlockDialog());
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 7);
        QVERIFY(window->userText().contains(QStringLiteral("prosecutor Namoona")));
        QVERIFY(window->userText().contains(RoleNames::displayName(Role::Prosecutor)));
        QVERIFY(child<QLabel>(window, "countLabel")->text().contains(QStringLiteral("7")));

        // Search as you type: a CNIC narrows the list to one person.
        QVERIFY(QTest::qWaitForWindowActive(window));
        QCOMPARE(QApplication::focusWidget(), window->searchEdit());
        type(SyntheticRegister::cnic(3).left(12));
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 1);
        QCOMPARE(window->personModel()->summary(0)->cnic, SyntheticRegister::cnic(3));
        // The name of a person, in Urdu script.
        const QString urduName = SyntheticRegister().person(5, OfficeFixture::District).nameUrdu;
        int sameName = 0;
        for (int i = 0; i < 7; ++i)
            sameName += SyntheticRegister().person(i, OfficeFixture::District).nameUrdu == urduName ? 1 : 0;
        QVERIFY(sameName < 7);
        window->searchEdit()->clear();
        commit(urduName);
        QCOMPARE(window->searchEdit()->text(), urduName);
        QTRY_COMPARE(window->personModel()->query().text, urduName);
        QCOMPARE(window->personTable()->model()->rowCount(), sameName);
        for (int row = 0; row < sameName; ++row)
            QCOMPARE(window->personModel()->summary(row)->nameUrdu, urduName);
        window->searchEdit()->selectAll();
        press(Qt::Key_Backspace);
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 7);

        // The status filter, by keyboard: all are drafts, none is verified.
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->statusFilter());
        press(Qt::Key_Down);
        QCOMPARE(window->statusFilter()->currentData().toInt(), int(RegisterStatus::Draft));
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 7);
        press(Qt::Key_Down);
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 0);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->districtFilter());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->releaseFilter());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->personTable());

        // Clicking the CNIC header orders by CNIC.
        window->statusFilter()->setFocus();
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 7);
        QCOMPARE(window->personModel()->sortColumn(), int(PersonListModel::NameLatin));
        auto *header = window->personTable()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(PersonListModel::Cnic) + 5, header->height() / 2));
        QTRY_COMPARE(window->personModel()->sortColumn(), int(PersonListModel::Cnic));
        QCOMPARE(header->sortIndicatorSection(), int(PersonListModel::Cnic));
        for (int row = 1; row < 7; ++row)
            QVERIFY(
                window->personModel()->summary(row - 1)->cnic < window->personModel()->summary(row)->cnic);
    }

    void idleLockDropsOfficeAndUnlocksAgain()
    {
        OfficeFixture fixture;
        {
            auto prosecutor = fixture.signIn(QStringLiteral("prosecutor"));
            fixture.addPeople(*prosecutor, 3);
        }
        auto controller
            = startController(fixture.directory(), fixture.clock(), QStringLiteral("prosecutor"), 5min);
        QSignalSpy lockedSpy(controller.get(), &ApplicationController::locked);
        signIn(*controller, QStringLiteral("prosecutor"), OfficeFixture::Password);
        QTRY_VERIFY(controller->isUnlocked());
        MainWindow *window = controller->mainWindow();
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 3);
        window->searchEdit()->setFocus();
        type(SyntheticRegister::cnic(1).left(6));
        // Only now a short timeout, so a slow machine cannot lock before the typing is done.
        controller->idleLock()->setTimeout(400ms);

        // No input: the lock comes, the office (and its key) is gone, and nothing is shown.
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isUnlocked(), 5000);
        QCOMPARE(lockedSpy.count(), 1);
        QVERIFY(!controller->office());
        QVERIFY(!window->hasSession());
        QVERIFY(!window->personModel());
        QVERIFY(!window->personTable()->model());
        QVERIFY(window->searchEdit()->text().isEmpty());
        QVERIFY(!controller->idleLock()->isRunning());
        QTRY_VERIFY(controller->unlockDialog() && controller->unlockDialog()->isVisible());
        QCOMPARE(
            child<QLineEdit>(controller->unlockDialog(), "loginEdit")->text(), QStringLiteral("prosecutor"));

        // The lock was audited.
        {
            auto supervisor = fixture.signIn(QStringLiteral("supervisor"));
            QCOMPARE(supervisor->database()
                         .queryInt("SELECT count(*) FROM audit_log WHERE action = 'lock' AND "
                                   "actor = 'prosecutor'")
                         .value_or(-1),
                1);
        }

        // Sign in again: the data comes back, and the lock is armed again.
        controller->idleLock()->setTimeout(5min);
        signIn(*controller, QStringLiteral("prosecutor"), OfficeFixture::Password);
        QTRY_VERIFY(controller->isUnlocked());
        QTRY_COMPARE(window->personTable()->model()->rowCount(), 3);
        QVERIFY(controller->idleLock()->isRunning());

        // File > Lock does the same at once.
        child<QAction>(window, "actionLock")->trigger();
        QVERIFY(!controller->isUnlocked());
        QVERIFY(!window->personModel());
        QCOMPARE(lockedSpy.count(), 2);
    }

    void idleLockWaitsWhileTheUserWorks()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()));
        IdleLock lock(clock);
        QSignalSpy lockedSpy(&lock, &IdleLock::locked);
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        lock.setTimeout(300ms);
        lock.start();
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(&edit, Qt::Key_A);
            QTest::qWait(100);
        }
        QCOMPARE(lockedSpy.count(), 0);
        QTRY_COMPARE(lockedSpy.count(), 1);
        QVERIFY(!lock.isRunning());

        // The wall clock moving on (a suspended laptop resumed) locks too, without waiting.
        lock.setTimeout(10min);
        lock.start();
        clock.advance(11min);
        QTRY_COMPARE_WITH_TIMEOUT(lockedSpy.count(), 2, 2000);
    }

    void urduSwitchesToRightToLeft()
    {
        OfficeFixture fixture;
        LanguageManager languages;
        auto controller = startController(fixture.directory(), fixture.clock(), QStringLiteral("supervisor"),
            IdleLock::DefaultTimeout, &languages);
        signIn(*controller, QStringLiteral("supervisor"), OfficeFixture::Password);
        QTRY_VERIFY(controller->isUnlocked());
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->isVisible());
        QCOMPARE(window->layoutDirection(), Qt::LeftToRight);

        auto *urdu = child<QAction>(window, "actionLanguageUrdu");
        QVERIFY(urdu);
        urdu->trigger();
        QCOMPARE(languages.language(), Language::Urdu);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(window->layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(window->personTable()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(urdu->isChecked());
        // Retranslation ran and kept the window working (the status filter is rebuilt).
        QCOMPARE(window->statusFilter()->count(), RegisterWorkflow::allStatuses().size() + 1);

        child<QAction>(window, "actionLanguageEnglish")->trigger();
        QTRY_COMPARE(window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }

    void administratorManagesUsers()
    {
        OfficeFixture fixture;
        auto controller = startController(fixture.directory(), fixture.clock(), QStringLiteral("admin"));
        signIn(*controller, QStringLiteral("admin"), OfficeFixture::Password);
        QTRY_VERIFY(controller->isUnlocked());
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->isVisible());
        // No case data for administrators: no list model at all.
        QVERIFY(!window->personModel());
        QVERIFY(QTest::qWaitForWindowActive(window));
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(window, "adminUsersButton"));
        auto *manage = child<QAction>(window, "actionManageUsers");
        QVERIFY(manage->isEnabled());
        manage->trigger();
        UsersDialog *dialog = window->usersDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto *table = child<QTableWidget>(dialog, "usersTable");
        QCOMPARE(table->rowCount(), 3);

        child<QLineEdit>(dialog, "loginEdit")->setFocus();
        type(QStringLiteral("clerk.one"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "nameEdit"));
        type(QStringLiteral("Clerk Namoona"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, "roleCombo"));
        press(Qt::Key_Down); // role: district supervisor
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
        type(QStringLiteral("clerk password 1"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "confirmEdit"));
        type(QStringLiteral("clerk password 1"));
        press(Qt::Key_Return);
        QTRY_COMPARE(table->rowCount(), 4);
        QVERIFY(child<QLabel>(dialog, "addStatus")->text().contains(QStringLiteral("clerk.one")));
        const auto users = controller->office()->users();
        QVERIFY(users);
        const auto added = std::find_if(users->cbegin(), users->cend(),
            [](const User &user) { return user.login == QLatin1String("clerk.one"); });
        QVERIFY(added != users->cend());
        QCOMPARE(added->role, Role::DistrictSupervisor);

        // A duplicate login is refused beside the login field.
        child<QLineEdit>(dialog, "loginEdit")->setFocus();
        type(QStringLiteral("clerk.one"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Another"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("clerk password 2"));
        press(Qt::Key_Tab);
        type(QStringLiteral("clerk password 2"));
        press(Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(dialog, "loginError")->isVisible());
        QCOMPARE(table->rowCount(), 4);

        // Reset the new user's password; the new one opens the office.
        table->setFocus();
        table->selectRow(1);
        QCOMPARE(dialog->selectedLogin(), QStringLiteral("clerk.one"));
        child<QLineEdit>(dialog, "resetPasswordEdit")->setFocus();
        type(QStringLiteral("reset password 99"));
        press(Qt::Key_Tab);
        type(QStringLiteral("reset password 99"));
        press(Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(dialog, "resetStatus")->isVisible());
        QVERIFY(Office::unlock(fixture.directory(), QStringLiteral("clerk.one"),
            QStringLiteral("reset password 99"), KdfParams::forTests(), fixture.clock()));

        // Locking closes the dialog before the office goes.
        child<QAction>(window, "actionLock")->trigger();
        QVERIFY(!window->usersDialog());
        QVERIFY(!controller->isUnlocked());
    }

    void demoOfficeSpansTheWorkflow()
    {
        QTemporaryDir tmp;
        const QString directory = DemoOffice::directoryIn(tmp.path());
        const int people = qEnvironmentVariableIntValue("NIGRAN_TEST_DEMO_PEOPLE") > 0
            ? qEnvironmentVariableIntValue("NIGRAN_TEST_DEMO_PEOPLE")
            : 26;
        NIGRAN_VERIFY_OK(DemoOffice::create(directory, people, KdfParams::forTests(), Clock::system()));
        QVERIFY(DemoOffice::credentialsNotice(directory).contains(DemoOffice::Password));
        {
            auto supervisor = Office::unlock(directory, DemoOffice::SupervisorLogin, DemoOffice::Password,
                KdfParams::forTests(), Clock::system());
            NIGRAN_VERIFY_OK(supervisor);
            RegisterService service(**supervisor);
            QCOMPARE(service.count({}).value_or(-1), people);
            for (RegisterStatus status : RegisterWorkflow::allStatuses()) {
                if (status == RegisterStatus::Acknowledged) // only the centre acknowledges
                    continue;
                PersonQuery query;
                query.status = status;
                QVERIFY2(service.count(query).value_or(0) > 0, qPrintable(RegisterWorkflow::key(status)));
            }
        }

        // The demo as a user meets it: the prosecutor's login is pre-filled.
        LanguageManager languages;
        auto controller = startController(
            directory, Clock::system(), DemoOffice::ProsecutorLogin, IdleLock::DefaultTimeout, &languages);
        signIn(*controller, DemoOffice::ProsecutorLogin, DemoOffice::Password);
        QTRY_VERIFY(controller->isUnlocked());
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY(window->isVisible());
        QTRY_COMPARE(
            window->personTable()->model()->rowCount(), qMin(people, PersonListModel::DefaultPageSize));
        if (const QString shot = qEnvironmentVariable("NIGRAN_SCREENSHOT"); !shot.isEmpty()) {
            if (const auto language
                = LanguageManager::fromCode(qEnvironmentVariable("NIGRAN_SCREENSHOT_LANGUAGE")))
                languages.setLanguage(*language);
            window->resize(1200, 720);
            QTest::qWait(200);
            QVERIFY(window->grab().save(shot));
            languages.setLanguage(Language::English);
        }
    }
};

QTEST_MAIN(TestFoundationUi)
#include "tst_foundationui.moc"
