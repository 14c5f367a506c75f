// MonitoringService on a real office store: versioned zones and their validation, retiring, the
// alerts queue and its filters, triage with notes and outcomes (illegal steps write nothing), file
// import of fixes raising an alert once, and the role checks.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "services/monitoringservice.h"

#include <QGeoCircle>
#include <QGeoPolygon>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QString Device = QStringLiteral("TAG-SYN-1");
const QGeoCoordinate SchoolCentre(31.5204, 74.3587); // Lahore

QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), QTimeZone::utc());
}

ZoneRecord circle(
    const QString &orderId, double radius = 200, const QString &label = QStringLiteral("school"))
{
    ZoneRecord record;
    record.orderId = orderId;
    record.label = label;
    record.zone = *Zone::create({}, 1, ZoneKind::Exclusion, QGeoCircle(SchoolCentre, radius), 20, {}, 0);
    return record;
}

/// A fix of the device `northMetres` north of the school's centre.
Fix fixAt(const QDateTime &time, double northMetres)
{
    Fix fix;
    fix.deviceId = Device;
    fix.fixTime = time;
    fix.latitude = SchoolCentre.latitude() + northMetres / 111320.0;
    fix.longitude = SchoolCentre.longitude();
    fix.accuracyMetres = 8;
    fix.speedMps = 1.4;
    return fix;
}

/// A walk past the school: 5 fixes a kilometre away, 5 inside the zone, 5 away again, a minute apart.
QList<Fix> walkThroughSchool(const QDateTime &start)
{
    QList<Fix> fixes;
    for (int i = 0; i < 15; ++i)
        fixes << fixAt(start.addSecs(60 * i), i >= 5 && i < 10 ? 30 : 1000);
    return fixes;
}

QStringList fieldsOf(const Error &error)
{
    QStringList fields;
    for (const FieldError &field : error.fields)
        fields << field.field;
    return fields;
}

} // namespace

class TestMonitoringService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    QString m_personId, m_orderId;
    QString m_otherPersonId, m_otherOrderId;

    int m_alertCount = 0;

    void freshOffice()
    {
        m_fixture.reset();
        m_fixture = std::make_unique<OfficeFixture>();
        m_personId = m_fixture->enterCompleteCase(prosecutor(), 1);
        m_otherPersonId = m_fixture->enterCompleteCase(prosecutor(), 2);
        m_orderId = addOrder(m_personId, Device);
        m_otherOrderId = addOrder(m_otherPersonId, QStringLiteral("TAG-SYN-2"));
    }

    Office &supervisor() { return m_fixture->session(QStringLiteral("supervisor")); }
    Office &prosecutor() { return m_fixture->session(QStringLiteral("prosecutor")); }

    QString addOrder(const QString &personId, const QString &device)
    {
        auto id
            = RegisterService(supervisor())
                  .saveMonitoringOrder({ {}, personId, QDate(2026, 2, 1), QDate(2031, 2, 1), false, device,
                      30, device.isEmpty() ? MonitoringStatus::Pending : MonitoringStatus::Active });
        if (!id)
            qFatal("cannot save order: %s", qPrintable(id.error().message));
        return *id;
    }

    /// Stores an alert as the centre would send it (the store directly, not the service).
    AlertRecord putAlert(const QString &personId, AlertKind kind, const QDateTime &raisedAt,
        AlertState state = AlertState::New, const QString &district = OfficeFixture::District)
    {
        AlertRecord record;
        record.personId = personId;
        record.orderId = personId == m_personId ? m_orderId : m_otherOrderId;
        record.alert.kind = kind;
        record.alert.deviceId = personId == m_personId ? Device : QStringLiteral("TAG-SYN-2");
        record.alert.startedAt = raisedAt.addSecs(-60);
        record.alert.raisedAt = raisedAt;
        record.id = AlertRecord::idFor(record.alert);
        record.state = state;
        record.outcome = state == AlertState::Closed ? AlertOutcome::Confirmed : AlertOutcome::None;
        const auto put = supervisor().records().put(RecordKinds::alert,
            { record.id, district, MonitoringCodec::columns(record), MonitoringCodec::encode(record) },
            QStringLiteral("supervisor"), QStringLiteral("create"));
        if (!put)
            qFatal("cannot store alert: %s", qPrintable(put.error().message));
        return record;
    }

    /// Brings a new alert to `state` along the shortest legal path.
    QString alertIn(AlertState state)
    {
        const AlertRecord record
            = putAlert(m_personId, AlertKind::StrapTamper, at(20, 8, 0).addSecs(++m_alertCount));
        MonitoringService service(supervisor());
        const QList<AlertState> path = state == AlertState::New ? QList<AlertState> {}
            : state == AlertState::Acknowledged ? QList<AlertState> { AlertState::Acknowledged }
            : state == AlertState::Contacted
            ? QList<AlertState> { AlertState::Acknowledged, AlertState::Contacted }
            : state == AlertState::Escalated
            ? QList<AlertState> { AlertState::Acknowledged, AlertState::Escalated }
            : QList<AlertState> { AlertState::Acknowledged, AlertState::Closed };
        for (AlertState to : path) {
            const auto moved = service.triage(record.id, to, QStringLiteral("step"),
                to == AlertState::Closed ? AlertOutcome::FalsePositive : AlertOutcome::None);
            if (!moved)
                qFatal("setup triage failed: %s", qPrintable(moved.error().message));
        }
        return record.id;
    }

private Q_SLOTS:
    /// Tests that count or list start from a fresh office; the data-driven ones share one (each row
    /// works on records of its own) so that the office is not rebuilt for every row.
    void init()
    {
        if (!m_fixture || !QTest::currentDataTag())
            freshOffice();
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void monitoredPeople()
    {
        // A third person with an order but no device yet is not monitored.
        const QString third = m_fixture->enterCompleteCase(prosecutor(), 3);
        addOrder(third, {});
        auto people = MonitoringService(supervisor()).monitoredPeople();
        NIGRAN_VERIFY_OK(people);
        QCOMPARE(people->size(), 2);
        QStringList ids, devices;
        for (const MonitoredPerson &person : *people) {
            ids << person.personId;
            devices << person.deviceId;
            QCOMPARE(person.district, OfficeFixture::District);
            QVERIFY(!person.displayName.isEmpty());
        }
        QVERIFY(ids.contains(m_personId) && ids.contains(m_otherPersonId));
        QVERIFY(devices.contains(Device));
        QVERIFY(people->at(0).displayName.compare(people->at(1).displayName, Qt::CaseInsensitive) <= 0);
    }

    void zoneVersionsAndHistory()
    {
        MonitoringService service(supervisor());
        const WriteCounts before = writeCounts(supervisor());
        auto rowId = service.saveZone(circle(m_orderId));
        NIGRAN_VERIFY_OK(rowId);
        const WriteCounts afterCreate = writeCounts(supervisor());
        QCOMPARE(afterCreate.rows, before.rows + 1);
        QCOMPARE(afterCreate.outbox, before.outbox + 1);
        auto zones = service.zones(m_orderId);
        NIGRAN_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 1);
        ZoneRecord first = zones->first();
        QCOMPARE(first.id, *rowId);
        QCOMPARE(first.zone.version(), 1);
        QVERIFY(!first.zone.id().isEmpty());
        QCOMPARE(first.personId, m_personId);
        QCOMPARE(first.editedBy, QStringLiteral("supervisor"));
        QCOMPARE(QGeoCircle(first.zone.shape()).radius(), 200.0);

        // An edit needs a reason; without one nothing is written.
        ZoneRecord edit = first;
        edit.zone = *Zone::create(first.zone.id(), first.zone.version(), ZoneKind::Exclusion,
            QGeoCircle(SchoolCentre, 350), 20, {}, 0);
        auto refused = service.saveZone(edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(fieldsOf(refused.error()), QStringList { QStringLiteral("reason") });
        QCOMPARE(writeCounts(supervisor()), afterCreate);

        edit.reason = QStringLiteral("court widened the zone");
        const qint64 updates = auditCount(supervisor(), "update");
        auto second = service.saveZone(edit);
        NIGRAN_VERIFY_OK(second);
        QVERIFY(*second != *rowId);
        QCOMPARE(auditCount(supervisor(), "update"), updates + 1);
        zones = service.zones(m_orderId);
        NIGRAN_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 1);
        QCOMPARE(zones->first().zone.version(), 2);
        QCOMPARE(zones->first().zone.id(), first.zone.id());
        QCOMPARE(QGeoCircle(zones->first().zone.shape()).radius(), 350.0);
        QCOMPARE(zones->first().reason, QStringLiteral("court widened the zone"));

        // A second zone of the same order; the other order has none.
        auto home = service.saveZone(circle(m_orderId, 150, QStringLiteral("bazaar")));
        NIGRAN_VERIFY_OK(home);
        zones = service.zones(m_orderId);
        NIGRAN_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 2);
        QCOMPARE(zones->at(0).label, QStringLiteral("bazaar"));
        QVERIFY(service.zones(m_otherOrderId)->isEmpty());

        auto history = service.zoneHistory(m_orderId, first.zone.id());
        NIGRAN_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).zone.version(), 1);
        QCOMPARE(QGeoCircle(history->at(0).zone.shape()).radius(), 200.0);
        QCOMPARE(history->at(1).zone.version(), 2);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("radius");
        QTest::addColumn<double>("buffer");
        QTest::addColumn<int>("grace");
        QTest::addColumn<int>("corners"); ///< > 0: a polygon with this many corners instead of a circle
        QTest::addColumn<int>("days"); ///< of one schedule window; < 0: no schedule
        QTest::addColumn<QStringList>("fields"); ///< empty: accepted
        const QString ok = QStringLiteral("school");
        const QString sixty(60, QLatin1Char('x'));
        QTest::addRow("valid circle") << ok << 200.0 << 20.0 << 60 << 0 << -1 << QStringList {};
        QTest::addRow("smallest values") << ok << 10.0 << 0.0 << 0 << 0 << -1 << QStringList {};
        QTest::addRow("largest values") << sixty << 20000.0 << 1000.0 << 3600 << 0 << -1 << QStringList {};
        QTest::addRow("label missing") << QStringLiteral("  ") << 200.0 << 20.0 << 60 << 0 << -1
                                       << QStringList { QStringLiteral("label") };
        QTest::addRow("label too long") << sixty + QLatin1Char('x') << 200.0 << 20.0 << 60 << 0 << -1
                                        << QStringList { QStringLiteral("label") };
        QTest::addRow("radius too small")
            << ok << 9.5 << 20.0 << 60 << 0 << -1 << QStringList { QStringLiteral("radius") };
        QTest::addRow("radius too large")
            << ok << 20001.0 << 20.0 << 60 << 0 << -1 << QStringList { QStringLiteral("radius") };
        QTest::addRow("buffer too large")
            << ok << 200.0 << 1000.5 << 60 << 0 << -1 << QStringList { QStringLiteral("buffer") };
        QTest::addRow("grace too long")
            << ok << 200.0 << 20.0 << 3601 << 0 << -1 << QStringList { QStringLiteral("grace") };
        QTest::addRow("polygon of 3") << ok << 0.0 << 0.0 << 0 << 3 << -1 << QStringList {};
        QTest::addRow("polygon of 200") << ok << 0.0 << 0.0 << 0 << 200 << -1 << QStringList {};
        QTest::addRow("polygon of 201")
            << ok << 0.0 << 0.0 << 0 << 201 << -1 << QStringList { QStringLiteral("polygon") };
        QTest::addRow("curfew every day")
            << ok << 200.0 << 0.0 << 0 << 0 << int(ZoneSchedule::EveryDay) << QStringList {};
        QTest::addRow("window without days")
            << ok << 200.0 << 0.0 << 0 << 0 << 0 << QStringList { QStringLiteral("schedule[0]") };
        QTest::addRow("several problems") << QString() << 5.0 << 2000.0 << 7200 << 0 << -1
                                          << QStringList { QStringLiteral("label"), QStringLiteral("buffer"),
                                                 QStringLiteral("grace"), QStringLiteral("radius") };
    }

    void validation()
    {
        QFETCH(QString, label);
        QFETCH(double, radius);
        QFETCH(double, buffer);
        QFETCH(int, grace);
        QFETCH(int, corners);
        QFETCH(int, days);
        QFETCH(QStringList, fields);
        QGeoShape shape = QGeoCircle(SchoolCentre, radius);
        if (corners > 0) {
            QList<QGeoCoordinate> ring;
            for (int i = 0; i < corners; ++i)
                ring << SchoolCentre.atDistanceAndAzimuth(300, 360.0 * i / corners);
            shape = QGeoPolygon(ring);
        }
        const ZoneSchedule schedule = days < 0
            ? ZoneSchedule()
            : ZoneSchedule({ { quint8(days), SyntheticCurfewStart, SyntheticCurfewEnd } });
        ZoneRecord record;
        record.orderId = m_orderId;
        record.label = label;
        record.zone = *Zone::create({}, 1, ZoneKind::Inclusion, shape, buffer, schedule, grace);

        const WriteCounts before = writeCounts(supervisor());
        auto saved = MonitoringService(supervisor()).saveZone(record);
        if (fields.isEmpty()) {
            NIGRAN_VERIFY_OK(saved);
            QCOMPARE(writeCounts(supervisor()).rows, before.rows + 1);
            return;
        }
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
        QStringList got = fieldsOf(saved.error());
        got.sort();
        fields.sort();
        QCOMPARE(got, fields);
        for (const FieldError &field : saved.error().fields)
            QVERIFY(!field.message.isEmpty());
        QCOMPARE(writeCounts(supervisor()), before);
    }

    void retire()
    {
        MonitoringService service(supervisor());
        NIGRAN_VERIFY_OK(service.saveZone(circle(m_orderId)));
        const QString zoneId = service.zones(m_orderId)->first().zone.id();
        const WriteCounts before = writeCounts(supervisor());

        auto noReason = service.retireZone(m_orderId, zoneId, QStringLiteral(" "));
        QVERIFY(!noReason);
        QVERIFY(noReason.error().hasField(QStringLiteral("reason")));
        auto unknown = service.retireZone(m_orderId, QStringLiteral("no-such-zone"), QStringLiteral("r"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(writeCounts(supervisor()), before);

        NIGRAN_VERIFY_OK(service.retireZone(m_orderId, zoneId, QStringLiteral("order varied")));
        QCOMPARE(auditCount(supervisor(), "retire"), 1);
        QVERIFY(service.zones(m_orderId)->isEmpty());
        auto history = service.zoneHistory(m_orderId, zoneId);
        NIGRAN_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(!history->at(0).retired);
        QVERIFY(history->at(1).retired);
        QCOMPARE(history->at(1).zone.version(), 2);
        QCOMPARE(history->at(1).reason, QStringLiteral("order varied"));

        const WriteCounts retired = writeCounts(supervisor());
        auto again = service.retireZone(m_orderId, zoneId, QStringLiteral("again"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::IllegalTransition);
        QCOMPARE(writeCounts(supervisor()), retired);
    }

    void prosecutorIsRefused()
    {
        MonitoringService supervisorService(supervisor());
        NIGRAN_VERIFY_OK(supervisorService.saveZone(circle(m_orderId)));
        const QString alertId = putAlert(m_personId, AlertKind::ZoneEntry, at(20, 9, 0)).id;
        const WriteCounts before = writeCounts(supervisor());

        MonitoringService service(prosecutor());
        const auto denied = [](const auto &result) {
            return !result && result.error().code == ErrorCode::PermissionDenied
                && result.error().message.contains(RoleNames::displayName(Role::Prosecutor));
        };
        QVERIFY(denied(service.monitoredPeople()));
        QVERIFY(denied(service.zones(m_orderId)));
        QVERIFY(denied(service.zoneHistory(m_orderId, QStringLiteral("z"))));
        QVERIFY(denied(service.saveZone(circle(m_orderId))));
        QVERIFY(denied(service.retireZone(m_orderId, QStringLiteral("z"), QStringLiteral("r"))));
        QVERIFY(denied(service.alerts({})));
        QVERIFY(denied(service.alert(alertId)));
        QVERIFY(denied(service.triage(alertId, AlertState::Acknowledged, QStringLiteral("seen"))));
        QVERIFY(denied(service.addNote(alertId, QStringLiteral("note"))));
        QVERIFY(denied(service.track(Device, at(20, 0, 0), at(21, 0, 0))));
        QVERIFY(denied(service.importFixes(m_orderId, walkThroughSchool(at(20, 10, 0)))));
        QVERIFY(denied(service.correlate({ 31.52, 74.35, 100, at(20, 0, 0), at(20, 1, 0) })));
        QCOMPARE(writeCounts(prosecutor()), before);
    }

    void triageWithNotesAndOutcome()
    {
        MonitoringService service(supervisor());
        const AlertRecord stored = putAlert(m_personId, AlertKind::ZoneEntry, at(20, 9, 0));
        NIGRAN_VERIFY_OK(service.triage(stored.id, AlertState::Acknowledged, {}));
        NIGRAN_VERIFY_OK(service.addNote(stored.id, QStringLiteral("called the probation officer")));
        const WriteCounts before = writeCounts(supervisor());

        auto noOutcome = service.triage(stored.id, AlertState::Closed, QStringLiteral("GPS drift"));
        QVERIFY(!noOutcome);
        QCOMPARE(fieldsOf(noOutcome.error()), QStringList { QStringLiteral("outcome") });
        auto noNote = service.triage(
            stored.id, AlertState::Closed, QStringLiteral("  "), AlertOutcome::FalsePositive);
        QVERIFY(!noNote);
        QCOMPARE(fieldsOf(noNote.error()), QStringList { QStringLiteral("note") });
        auto outcomeTooEarly = service.triage(
            stored.id, AlertState::Contacted, QStringLiteral("phoned"), AlertOutcome::Confirmed);
        QVERIFY(!outcomeTooEarly);
        QVERIFY(outcomeTooEarly.error().hasField(QStringLiteral("outcome")));
        auto emptyNote = service.addNote(stored.id, QStringLiteral(" "));
        QVERIFY(!emptyNote);
        QVERIFY(emptyNote.error().hasField(QStringLiteral("note")));
        QCOMPARE(writeCounts(supervisor()), before);

        m_fixture->clock().advance(std::chrono::minutes(30));
        NIGRAN_VERIFY_OK(service.triage(stored.id, AlertState::Closed,
            QStringLiteral("GPS drift at the boundary"), AlertOutcome::FalsePositive));
        QCOMPARE(auditCount(supervisor(), "triage"), 2);
        QCOMPARE(auditCount(supervisor(), "note"), 1);

        auto reread = service.alert(stored.id);
        NIGRAN_VERIFY_OK(reread);
        QVERIFY(reread->has_value());
        const AlertRecord &record = **reread;
        QCOMPARE(record.state, AlertState::Closed);
        QCOMPARE(record.outcome, AlertOutcome::FalsePositive);
        QCOMPARE(record.alert, stored.alert);
        QCOMPARE(record.notes.size(), 3);
        QCOMPARE(record.notes[0].state, AlertState::Acknowledged);
        QCOMPARE(record.notes[1].text, QStringLiteral("called the probation officer"));
        QCOMPARE(record.notes[1].state, AlertState::Acknowledged);
        QCOMPARE(record.notes[2].state, AlertState::Closed);
        QCOMPARE(record.notes[2].author, QStringLiteral("supervisor"));
        QCOMPARE(record.notes[2].at, m_fixture->clock().nowUtc());
        QCOMPARE(record.notes[2].text, QStringLiteral("GPS drift at the boundary"));
        // The state column follows the body: a closed alert leaves the open queue.
        QVERIFY(service.alerts({})->isEmpty());
        QCOMPARE(service.alerts({ {}, AlertSeverity::Low, false, {}, 10 })->size(), 1);

        auto unknown = service.triage(QStringLiteral("no-such-alert"), AlertState::Acknowledged, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto none = service.alert(QStringLiteral("no-such-alert"));
        NIGRAN_VERIFY_OK(none);
        QVERIFY(!none->has_value());
    }

    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const char *const names[] = { "new", "acknowledged", "contacted", "escalated", "closed" };
        // Written out independently of AlertTriage (rows: from; columns: to).
        const char *const table[] = { "01000", "00111", "00011", "00001", "00000" };
        for (int from = 0; from < 5; ++from)
            for (int to = 0; to < 5; ++to)
                QTest::addRow("%s -> %s", names[from], names[to]) << from << to << (table[from][to] == '1');
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        const QString id = alertIn(AlertState(from));
        MonitoringService service(supervisor());
        QCOMPARE(service.alert(id)->value().state, AlertState(from));
        const WriteCounts before = writeCounts(supervisor());
        const auto moved = service.triage(id, AlertState(to), QStringLiteral("a note"),
            AlertState(to) == AlertState::Closed ? AlertOutcome::Explained : AlertOutcome::None);
        if (allowed) {
            NIGRAN_VERIFY_OK(moved);
            QCOMPARE(service.alert(id)->value().state, AlertState(to));
            QCOMPARE(writeCounts(supervisor()).outbox, before.outbox + 1);
        } else {
            QVERIFY(!moved);
            QCOMPARE(moved.error().code, ErrorCode::IllegalTransition);
            QCOMPARE(writeCounts(supervisor()), before);
            QCOMPARE(service.alert(id)->value().state, AlertState(from));
        }
    }

    void alertFilters()
    {
        const AlertRecord battery = putAlert(m_personId, AlertKind::LowBattery, at(20, 9, 0));
        const AlertRecord offline = putAlert(m_personId, AlertKind::DeviceOffline, at(20, 11, 0));
        const AlertRecord exit = putAlert(m_otherPersonId, AlertKind::ZoneExit, at(20, 10, 0));
        const AlertRecord closed
            = putAlert(m_personId, AlertKind::ZoneEntry, at(20, 12, 0), AlertState::Closed);
        const AlertRecord elsewhere = putAlert(
            m_otherPersonId, AlertKind::StrapTamper, at(20, 8, 0), AlertState::New, QStringLiteral("PB-FSD"));
        MonitoringService service(supervisor());
        const auto ids = [&](const AlertQuery &query) {
            QStringList found;
            const QList<AlertRecord> records = service.alerts(query).value_or(QList<AlertRecord> {});
            for (const AlertRecord &record : records)
                found << record.id;
            return found;
        };
        // Open only, newest first, every district.
        QCOMPARE(ids({}), (QStringList { offline.id, exit.id, battery.id, elsewhere.id }));
        QCOMPARE(ids({ {}, AlertSeverity::Low, false, {}, 500 }),
            (QStringList { closed.id, offline.id, exit.id, battery.id, elsewhere.id }));
        QCOMPARE(ids({ {}, AlertSeverity::Medium, true, {}, 500 }),
            (QStringList { offline.id, exit.id, elsewhere.id }));
        QCOMPARE(ids({ {}, AlertSeverity::High, true, {}, 500 }), (QStringList { exit.id, elsewhere.id }));
        QCOMPARE(
            ids({ {}, AlertSeverity::Critical, false, {}, 500 }), (QStringList { closed.id, elsewhere.id }));
        QCOMPARE(
            ids({ {}, AlertSeverity::Low, true, m_personId, 500 }), (QStringList { offline.id, battery.id }));
        QCOMPARE(ids({ QStringLiteral("PB-FSD"), AlertSeverity::Low, true, {}, 500 }),
            QStringList { elsewhere.id });
        QCOMPARE(ids({ OfficeFixture::District, AlertSeverity::Low, true, m_otherPersonId, 500 }),
            QStringList { exit.id });
        QCOMPARE(ids({ {}, AlertSeverity::Low, true, {}, 2 }), (QStringList { offline.id, exit.id }));
        // Viewing one alert is audited; listing is not.
        const qint64 views = auditCount(supervisor(), "view");
        NIGRAN_VERIFY_OK(service.alert(exit.id));
        QCOMPARE(auditCount(supervisor(), "view"), views + 1);
    }

    void importRaisesZoneEntryOnce()
    {
        MonitoringService service(supervisor());
        NIGRAN_VERIFY_OK(service.saveZone(circle(m_orderId)));
        const QString zoneId = service.zones(m_orderId)->first().zone.id();
        const QList<Fix> walk = walkThroughSchool(at(20, 10, 0));

        auto imported = service.importFixes(m_orderId, walk);
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->fixes.added, qint64(walk.size()));
        QCOMPARE(imported->fixes.duplicates, qint64(0));
        QCOMPARE(imported->newAlerts, 1);

        auto queue = service.alerts({});
        NIGRAN_VERIFY_OK(queue);
        QCOMPARE(queue->size(), 1);
        const AlertRecord &alert = queue->first();
        QCOMPARE(alert.alert.kind, AlertKind::ZoneEntry);
        QCOMPARE(alert.alert.deviceId, Device);
        QCOMPARE(alert.alert.zoneId, zoneId);
        QCOMPARE(alert.alert.zoneVersion, 1);
        QCOMPARE(alert.alert.startedAt, walk[5].fixTime);
        QCOMPARE(alert.id, AlertRecord::idFor(alert.alert));
        QCOMPARE(alert.personId, m_personId);
        QCOMPARE(alert.orderId, m_orderId);
        QCOMPARE(alert.state, AlertState::New);
        QCOMPARE(alert.severity(), AlertSeverity::Critical);
        QVERIFY(!alert.alert.evidence.isEmpty());
        for (const FixRef &ref : alert.alert.evidence)
            QVERIFY(ref.time >= walk[5].fixTime && ref.time <= walk[9].fixTime);

        // The same file again: every fix a duplicate, no second alert, nothing new in the queue.
        imported = service.importFixes(m_orderId, walk);
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->fixes.added, qint64(0));
        QCOMPARE(imported->fixes.duplicates, qint64(walk.size()));
        QCOMPARE(imported->newAlerts, 0);
        QCOMPARE(service.alerts({ {}, AlertSeverity::Low, false, {}, 500 })->size(), 1);
        QCOMPARE(count(supervisor(), "SELECT count(*) FROM alerts"), 1);

        // The track as stored, and its viewing audited.
        const qint64 views = auditCount(supervisor(), "view-track");
        auto track = service.track(Device, at(20, 0, 0), at(21, 0, 0));
        NIGRAN_VERIFY_OK(track);
        QCOMPARE(track->size(), walk.size());
        QCOMPARE(auditCount(supervisor(), "view-track"), views + 1);
    }

    void correlateOverMonitoredPeople()
    {
        MonitoringService service(supervisor());
        const QList<Fix> walk = walkThroughSchool(at(20, 10, 0));
        NIGRAN_VERIFY_OK(service.importFixes(m_orderId, walk));
        const qint64 audits = auditCount(supervisor(), "correlate");
        auto results = service.correlate(
            { SchoolCentre.latitude(), SchoolCentre.longitude(), 100, at(20, 10, 4), at(20, 10, 12) });
        NIGRAN_VERIFY_OK(results);
        QCOMPARE(results->size(), 2); // every monitored person: the one who walked past and the other
        for (const CorrelationResult &result : *results) {
            if (result.subject.personId == m_personId) {
                QCOMPARE(result.subject.deviceId, Device);
                QCOMPARE(result.presence, ScenePresence::Present);
                QVERIFY(!result.evidence.isEmpty());
            } else {
                QCOMPARE(result.subject.personId, m_otherPersonId);
                QVERIFY(result.presence != ScenePresence::Present); // no fixes at all
            }
        }
        QCOMPARE(auditCount(supervisor(), "correlate"), audits + 1);
    }

    void importRefusesOtherDevicesAndWritesNothing()
    {
        MonitoringService service(supervisor());
        NIGRAN_VERIFY_OK(service.saveZone(circle(m_orderId)));
        QList<Fix> walk = walkThroughSchool(at(20, 10, 0));
        walk[7].deviceId = QStringLiteral("TAG-SYN-2");
        const WriteCounts before = writeCounts(supervisor());
        const qint64 blocks = count(supervisor(), "SELECT count(*) FROM fix_blocks");
        auto imported = service.importFixes(m_orderId, walk);
        QVERIFY(!imported);
        QVERIFY(imported.error().hasField(QStringLiteral("deviceId")));
        QCOMPARE(writeCounts(supervisor()), before);
        QCOMPARE(count(supervisor(), "SELECT count(*) FROM fix_blocks"), blocks);
    }

private:
    static constexpr int SyntheticCurfewStart = 21 * 60;
    static constexpr int SyntheticCurfewEnd = 6 * 60;
};

QTEST_GUILESS_MAIN(TestMonitoringService)
#include "tst_monitoringservice.moc"
