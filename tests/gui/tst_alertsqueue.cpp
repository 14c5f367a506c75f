// The supervisors' alerts queue on a real office: alerts raised by the violation engine from imported
// fixes of two synthetic monitored people (an exclusion-zone entry and low batteries), filtered by
// district and minimum severity with the keyboard, and triaged through the buttons and the note
// dialog — every step checked in the store (state, outcome, notes, outbox).

#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "monitoring/alertlistmodel.h"
#include "monitoring/alertsqueueview.h"
#include "monitoring/triagedialog.h"

#include "monitoring/geo.h"
#include "services/alerttriage.h"
#include "services/monitoringservice.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGeoCircle>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QString OtherDistrict = QStringLiteral("PB-RWP");
const QGeoCoordinate SchoolCentre(31.5204, 74.3587);
constexpr double SchoolRadius = 150;

/// One fix a minute from `start`, walking east along the school's latitude from 600 m west of its
/// centre to 600 m east (through the exclusion zone), the battery draining from `battery`.
QList<Fix> walkThroughSchool(const QDateTime &start, int battery)
{
    QList<Fix> fixes;
    for (int i = 0; i <= 60; ++i) {
        Fix fix;
        fix.fixTime = start.addSecs(60 * i);
        fix.latitude = SchoolCentre.latitude();
        fix.longitude = SchoolCentre.longitude();
        Geo::offsetMetres(fix.latitude, fix.longitude, -600 + 20 * i, 0);
        fix.accuracyMetres = 5;
        fix.speedMps = 20.0 / 60;
        fix.batteryPercent = std::max(0, battery - i);
        fix.strap = StrapState::Closed;
        fixes.append(fix);
    }
    return fixes;
}

} // namespace

class TestAlertsQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    MonitoredEntry m_near; // Lahore: walks through the school zone, battery fine
    MonitoredEntry m_far; // Rawalpindi: battery runs low
    QString m_entryAlert;

    Office &supervisor() { return m_fixture->session(QStringLiteral("supervisor")); }

    void selectRow(AlertsQueueView &queue, const QString &alertId)
    {
        QVERIFY(queue.selectAlert(alertId));
        queue.table()->setFocus();
    }

    std::optional<AlertRecord> stored(const QString &alertId)
    {
        MonitoringService service(supervisor());
        auto found = service.alert(alertId);
        return found ? *found : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_near = addMonitoredPerson(*m_fixture, 11, syntheticTag(11),
            m_fixture->clock().nowUtc().date().addDays(-30), OfficeFixture::District);
        m_far = addMonitoredPerson(
            *m_fixture, 12, syntheticTag(12), m_fixture->clock().nowUtc().date().addDays(-30), OtherDistrict);
        MonitoringService service(supervisor());
        auto zone = Zone::create(QString(), 1, ZoneKind::Exclusion, QGeoCircle(SchoolCentre, SchoolRadius));
        NIGRAN_VERIFY_OK(zone);
        ZoneRecord record;
        record.orderId = m_near.orderId;
        record.label = QStringLiteral("school");
        record.zone = *zone;
        NIGRAN_VERIFY_OK(service.saveZone(record));
        const QDateTime start = m_fixture->clock().nowUtc().addSecs(-4 * 3600);
        auto imported = service.importFixes(m_near.orderId, walkThroughSchool(start, 95));
        NIGRAN_VERIFY_OK(imported);
        QVERIFY(imported->newAlerts >= 1);
        // The other person's tag is not charged: it falls below 20 %.
        QList<Fix> drained = walkThroughSchool(start, 45);
        for (Fix &fix : drained)
            Geo::offsetMetres(fix.latitude, fix.longitude, 0, 5000); // well away from the zone
        NIGRAN_VERIFY_OK(service.importFixes(m_far.orderId, drained));

        auto all = service.alerts({});
        NIGRAN_VERIFY_OK(all);
        for (const AlertRecord &alert : *all)
            if (alert.alert.kind == AlertKind::ZoneEntry)
                m_entryAlert = alert.id;
        QVERIFY2(!m_entryAlert.isEmpty(), "no zone entry alert was raised");
        QVERIFY(std::any_of(all->cbegin(), all->cend(), [this](const AlertRecord &a) {
            return a.personId == m_far.personId && a.alert.kind == AlertKind::LowBattery;
        }));
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void modelFollowsTheRules()
    {
        AlertListModel model;
        auto tester = testerFor(model);
        MonitoringService service(supervisor());
        auto alerts = service.alerts({});
        NIGRAN_VERIFY_OK(alerts);
        model.setAlerts(*alerts, { { m_near.personId, QStringLiteral("Near Namoona") } });
        QCOMPARE(model.rowCount(), int(alerts->size()));
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        const int row = model.rowOf(m_entryAlert);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, AlertListModel::Person).data().toString(), QStringLiteral("Near Namoona"));
        QCOMPARE(model.index(row, AlertListModel::Kind).data().toString(),
            MonitoringNames::kindName(AlertKind::ZoneEntry));
        QCOMPARE(model.index(row, AlertListModel::Severity).data().toString(),
            MonitoringNames::severityName(AlertSeverity::Critical));
        QCOMPARE(model.index(row, AlertListModel::State).data().toString(),
            MonitoringNames::stateName(AlertState::New));
        // Pakistan time: five hours ahead of the UTC the alert is stored in.
        const QDateTime raised = model.alertAt(row)->alert.raisedAt;
        // (As a left-to-right isolate, so that it keeps its order in Urdu.)
        QCOMPARE(model.index(row, AlertListModel::Time).data().toString(),
            QChar(0x2066) + raised.addSecs(5 * 3600).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                + QChar(0x2069));
        model.setAlerts({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersByDistrictAndSeverity()
    {
        MonitoringService service(supervisor());
        AlertsQueueView queue(service);
        auto tester = testerFor(*queue.model());
        auto people = service.monitoredPeople();
        NIGRAN_VERIFY_OK(people);
        queue.setPeople(*people);
        queue.resize(1000, 400);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        auto all = service.alerts({});
        NIGRAN_VERIFY_OK(all);
        QCOMPARE(queue.model()->rowCount(), int(all->size()));
        // "All districts", then the two districts of the people.
        QCOMPARE(queue.districtFilter()->count(), 3);

        const auto personIds = [&] {
            QSet<QString> ids;
            for (const AlertRecord &alert : queue.model()->alerts())
                ids.insert(alert.personId);
            return ids;
        };
        // Keyboard: the district box, End picks the last district.
        queue.districtFilter()->setFocus();
        const int rawalpindi = queue.districtFilter()->findData(OtherDistrict);
        QVERIFY(rawalpindi > 0);
        while (queue.districtFilter()->currentIndex() != rawalpindi)
            QTest::keyClick(queue.districtFilter(),
                queue.districtFilter()->currentIndex() < rawalpindi ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(personIds(), QSet<QString> { m_far.personId });
        QTest::keyClick(queue.districtFilter(), Qt::Key_Home);
        QCOMPARE(queue.model()->rowCount(), int(all->size()));

        // Minimum severity Critical: only the zone entry is left.
        queue.severityFilter()->setFocus();
        QTest::keyClick(queue.severityFilter(), Qt::Key_End);
        QCOMPARE(queue.query().minimumSeverity, AlertSeverity::Critical);
        QCOMPARE(queue.model()->rowCount(), 1);
        QCOMPARE(queue.model()->alertAt(0)->id, m_entryAlert);
        for (int row = 0; row < queue.model()->rowCount(); ++row)
            QVERIFY(queue.model()->alertAt(row)->severity() >= AlertSeverity::Critical);
        QTest::keyClick(queue.severityFilter(), Qt::Key_Home);
        QCOMPARE(queue.model()->rowCount(), int(all->size()));
    }

    void triageThroughTheButtons()
    {
        MonitoringService service(supervisor());
        AlertsQueueView queue(service);
        auto people = service.monitoredPeople();
        NIGRAN_VERIFY_OK(people);
        queue.setPeople(*people);
        queue.resize(1000, 400);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QSignalSpy changed(&queue, &AlertsQueueView::alertChanged);
        selectRow(queue, m_entryAlert);
        QCOMPARE(queue.selectedAlert()->state, AlertState::New);

        // From New only Acknowledge is offered.
        const auto enabledSteps = [&] {
            QList<AlertState> states;
            for (AlertState s : { AlertState::Acknowledged, AlertState::Contacted, AlertState::Escalated,
                     AlertState::Closed })
                if (queue.triageButton(s)->isEnabled())
                    states << s;
            return states;
        };
        QCOMPARE(enabledSteps(), AlertTriage::nextStates(AlertState::New));
        QVERIFY(!queue.triageButton(AlertState::Closed)->isEnabled());

        const qint64 outboxBefore = count(supervisor(), "SELECT count(*) FROM outbox");
        // Acknowledge with the keyboard: the button has the focus, Space presses it.
        queue.triageButton(AlertState::Acknowledged)->setFocus();
        QTest::keyClick(queue.triageButton(AlertState::Acknowledged), Qt::Key_Space);
        QCOMPARE(stored(m_entryAlert)->state, AlertState::Acknowledged);
        QCOMPARE(stored(m_entryAlert)->notes.size(), 1);
        QCOMPARE(stored(m_entryAlert)->notes.last().author, QStringLiteral("supervisor"));
        QVERIFY(count(supervisor(), "SELECT count(*) FROM outbox") > outboxBefore);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(queue.selectedAlert()->id, m_entryAlert); // still selected, now acknowledged
        QCOMPARE(enabledSteps(), AlertTriage::nextStates(AlertState::Acknowledged));
        QCOMPARE(queue.notesList()->count(), 1);

        // Add note…: the state stays, the history grows.
        QTest::mouseClick(queue.addNoteButton(), Qt::LeftButton);
        TriageDialog *dialog = queue.triageDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->noteEdit()->setFocus();
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Called the tag holder's mobile, no answer"));
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(stored(m_entryAlert)->state, AlertState::Acknowledged);
        QCOMPARE(stored(m_entryAlert)->notes.size(), 2);
        QCOMPARE(stored(m_entryAlert)->notes.last().text,
            QStringLiteral("Called the tag holder's mobile, no answer"));
        QCOMPARE(queue.notesList()->count(), 2);
        QVERIFY(queue.notesList()->item(1)->text().contains(QStringLiteral("no answer")));

        // Escalate… needs a note.
        QTest::mouseClick(queue.triageButton(AlertState::Escalated), Qt::LeftButton);
        dialog = queue.triageDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->target(), std::optional(AlertState::Escalated));
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Inside the school zone at school hours"));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(stored(m_entryAlert)->state, AlertState::Escalated);

        // Close… needs an outcome and a note; cancelling changes nothing.
        QTest::mouseClick(queue.triageButton(AlertState::Closed), Qt::LeftButton);
        dialog = queue.triageDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(stored(m_entryAlert)->state, AlertState::Escalated);
        QTest::mouseClick(queue.triageButton(AlertState::Closed), Qt::LeftButton);
        dialog = queue.triageDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("GPS drift near the canal bank"));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()); // no outcome yet
        dialog->outcomeBox()->setFocus();
        while (dialog->outcomeBox()->currentData().toInt() != int(AlertOutcome::FalsePositive))
            QTest::keyClick(dialog->outcomeBox(), Qt::Key_Down);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        const auto closed = stored(m_entryAlert);
        QCOMPARE(closed->state, AlertState::Closed);
        QCOMPARE(closed->outcome, AlertOutcome::FalsePositive);
        QCOMPARE(closed->notes.last().text, QStringLiteral("GPS drift near the canal bank"));
        QCOMPARE(closed->notes.size(), 4);

        // Closed alerts leave the open queue; unticking "open only" shows it with its outcome.
        QCOMPARE(queue.model()->rowOf(m_entryAlert), -1);
        queue.openOnlyBox()->setFocus();
        QTest::keyClick(queue.openOnlyBox(), Qt::Key_Space);
        const int row = queue.model()->rowOf(m_entryAlert);
        QVERIFY(row >= 0);
        QVERIFY(queue.model()
                    ->index(row, AlertListModel::State)
                    .data()
                    .toString()
                    .contains(MonitoringNames::outcomeName(AlertOutcome::FalsePositive)));
        QVERIFY(queue.selectAlert(m_entryAlert));
        QCOMPARE(enabledSteps(), QList<AlertState>());
    }

    void returnOpensTheAlert()
    {
        MonitoringService service(supervisor());
        AlertsQueueView queue(service);
        auto people = service.monitoredPeople();
        NIGRAN_VERIFY_OK(people);
        queue.setPeople(*people);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(queue.model()->rowCount() > 0);
        QSignalSpy opened(&queue, &AlertsQueueView::alertOpened);
        const QString id = queue.model()->alertAt(0)->id;
        selectRow(queue, id);
        QTest::keyClick(queue.table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<AlertRecord>().id, id);
    }

    void errorsAreShownNotThrown()
    {
        // A prosecutor may not triage: the service says so and the queue shows it.
        MonitoringService service(m_fixture->session(QStringLiteral("prosecutor")));
        AlertsQueueView queue(service);
        queue.refresh();
        QVERIFY(!queue.errorLabel()->isHidden());
        QVERIFY(!queue.errorLabel()->text().isEmpty());
        QCOMPARE(queue.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAlertsQueue)
#include "tst_alertsqueue.moc"
