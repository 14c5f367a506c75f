// The main window's list filters beside the status filter, driven by keyboard: the district filter
// (only the districts with people in the office, found by typing part of a name) and the
// expected-release window (relative to today in Pakistan time).

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "mainwindow.h"

#include "itemmodels/personlistmodel.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

class TestListFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersNarrowTheList()
    {
        OfficeFixture fixture;
        Office &prosecutor = fixture.session(QStringLiteral("prosecutor"));
        // The fixture's clock is 09:00 UTC, 14:00 in Pakistan: the same day.
        const QDate today(2026, 11, 28);
        fixture.enterCompleteCase(prosecutor, 1, today.addDays(10));
        fixture.enterCompleteCase(prosecutor, 2, today.addDays(45));
        fixture.enterCompleteCase(prosecutor, 3, today.addDays(80));
        fixture.enterCompleteCase(prosecutor, 4, today.addDays(400));
        fixture.enterCompleteCase(prosecutor, 5, today.addDays(-30));
        {
            // One person held in another district's register.
            RegisterService service(prosecutor);
            NIGRAN_VERIFY_OK(service.createPerson(SyntheticRegister().person(6, QStringLiteral("PB-FSD"))));
        }

        MainWindow window;
        window.setSession(fixture.session(QStringLiteral("supervisor")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.personTable();
        QTRY_COMPARE(table->model()->rowCount(), 6);

        QComboBox *district = window.districtFilter();
        QComboBox *release = window.releaseFilter();
        QVERIFY(!district->accessibleName().isEmpty());
        QVERIFY(!release->accessibleName().isEmpty());
        // All districts, then only those with people: Faisalabad and Lahore (in the list's order).
        QCOMPARE(district->count(), 3);
        QVERIFY(district->findData(QStringLiteral("PB-FSD")) > 0);
        QVERIFY(district->findData(QStringLiteral("PB-LHR")) > 0);
        QCOMPARE(district->findData(QStringLiteral("PB-RWP")), -1);
        QCOMPARE(release->count(), 5);

        // Keyboard: search → status → district → release window → list.
        window.statusFilter()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(district->hasFocus());

        // Searchable: part of the name, then Return.
        district->lineEdit()->selectAll();
        QTest::keyClicks(district->lineEdit(), QStringLiteral("faisalabad"));
        QTest::keyClick(district->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(district->currentData().toString(), QStringLiteral("PB-FSD"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(window.personModel()->summary(0)->district, QStringLiteral("PB-FSD"));
        district->setCurrentIndex(district->findData(QStringLiteral("PB-LHR")));
        window.applySearch();
        QCOMPARE(table->model()->rowCount(), 5);

        // The release window, by keyboard: within 30, 60, 90 days, already released.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(release->hasFocus());
        const QList<int> expected { 1, 2, 3, 1 };
        for (int step = 0; step < expected.size(); ++step) {
            QTest::keyClick(release, Qt::Key_Down);
            QCOMPARE(release->currentIndex(), step + 1);
            QTRY_COMPARE(table->model()->rowCount(), expected.at(step));
        }
        QCOMPARE(window.personModel()->summary(0)->expectedRelease, today.addDays(-30));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table);

        // Back to any release date and all districts: everyone again.
        release->setFocus();
        QTest::keyClick(release, Qt::Key_Home);
        QTRY_COMPARE(table->model()->rowCount(), 5);
        district->setCurrentIndex(0);
        window.applySearch();
        QCOMPARE(table->model()->rowCount(), 6);

        // Locking resets the filters and forgets the office's districts.
        window.clearSession();
        QCOMPARE(district->count(), 1);
        QCOMPARE(release->currentIndex(), 0);
    }
};

QTEST_MAIN(TestListFilters)
#include "tst_listfilters.moc"
