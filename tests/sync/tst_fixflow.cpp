// Tag fixes and alerts flowing down to a district: a real office store synchronising with the real
// CentreService (SQLite centre store) over the loopback transport. Fixes are ingested at the centre for
// devices of two districts (assigned by the monitoring orders the centre accepts); the office receives
// only its district's, page by page, with the cursor stored with each page, nothing twice on a repeat,
// and the older fixes of a device assigned later through a history request. Fixes that enter an
// exclusion zone raise one alert at the centre (not one per batch of a continuing violation), and it
// reaches the office with the normal pull.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "centre/centrealerts.h"
#include "centre/centreservice.h"
#include "centre/fixingest.h"
#include "centre/sqlitecentrestore.h"
#include "client/fixpull.h"
#include "client/loopbacktransport.h"
#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "monitoring/fixcodec.h"
#include "monitoring/fixstore.h"
#include "monitoring/monitoringrecords.h"
#include "protocol/messagecodec.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"
#include "store/meta.h"
#include "store/recordkind.h"

#include <QCborValue>
#include <QGeoCircle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;

namespace {

const QString Lahore = OfficeFixture::District;
const QString Karachi = QStringLiteral("SD-KHI");
// A school in Lahore (synthetic coordinates) with an exclusion zone of 200 m around it.
constexpr double SchoolLat = 31.5204;
constexpr double SchoolLon = 74.3587;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), QTimeZone::utc());
}

/// `count` fixes of `device`, one a minute from `start`, `northMetres` north of the school.
QList<Fix> walk(const QString &device, const QDateTime &start, int count, double northMetres = 2000)
{
    QList<Fix> fixes;
    for (int i = 0; i < count; ++i) {
        Fix fix;
        fix.deviceId = device;
        fix.fixTime = start.addSecs(60 * i);
        fix.deviceTime = fix.fixTime;
        fix.latitude = SchoolLat + northMetres / 111320.0 + i * 1e-5;
        fix.longitude = SchoolLon;
        fix.accuracyMetres = 5;
        fix.speedMps = 1.2;
        fix.batteryPercent = 80;
        fix.strap = StrapState::Closed;
        fixes << fix;
    }
    return fixes;
}

} // namespace

class TestFixFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeFixture> m_fixture;
    ManualClock m_centreClock { at(9, 0) };
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_centre;
    std::unique_ptr<CentreAlerts> m_alerts;
    std::unique_ptr<FixIngest> m_ingest;
    std::unique_ptr<LoopbackTransport> m_transport;
    int m_count = 0;

    Office &office() { return m_fixture->session(QStringLiteral("prosecutor")); }

    static PeerIdentity peerOf(Office &office)
    {
        return { PeerIdentity::Kind::Office, office.officeId(), office.district(), QStringLiteral("01") };
    }
    static PeerIdentity karachiOffice()
    {
        return { PeerIdentity::Kind::Office, QStringLiteral("office-k"), Karachi, QStringLiteral("0c") };
    }

    Result<SyncReport> sync(int fixPageSize = FixPull::DefaultPageSize)
    {
        SyncSession session(office(), *m_transport);
        session.setFixPageSize(fixPageSize);
        std::optional<Result<SyncReport>> outcome;
        session.run([&](Result<SyncReport> result) { outcome = std::move(result); });
        if (!outcome)
            return fail(ErrorCode::Io, QStringLiteral("the loopback sync did not finish"));
        return *outcome;
    }

    /// A person of the office with an active monitoring order for `device`; the order's id.
    QString monitor(const QString &device, qint64 index)
    {
        RegisterService service(office());
        auto person = service.createPerson(SyntheticRegister().person(index, Lahore));
        if (!person)
            qFatal("cannot create person: %s", qPrintable(person.error().message));
        MonitoringOrder order;
        order.personId = *person;
        order.startDate = QDate(2026, 11, 1);
        order.isLifetime = true;
        order.deviceId = device;
        order.status = MonitoringStatus::Active;
        auto id
            = RegisterService(m_fixture->session(QStringLiteral("supervisor"))).saveMonitoringOrder(order);
        if (!id)
            qFatal("cannot save order: %s", qPrintable(id.error().message));
        return *id;
    }

    /// A Karachi office's order for `device`, pushed straight to the centre.
    void monitorInKarachi(const QString &device)
    {
        MonitoringOrder order;
        order.id = newId();
        order.personId = newId();
        order.startDate = QDate(2026, 11, 1);
        order.isLifetime = true;
        order.deviceId = device;
        order.status = MonitoringStatus::Active;
        const WireRow row { QString::fromLatin1(RecordKinds::monitoringOrder.table), order.id, Karachi, 0, 1,
            QStringLiteral("office-k"), false, { order.personId }, QCborValue(toCbor(order)).toCbor() };
        auto pushed = m_centre->push(karachiOffice(), { newId(), {}, { { row, 0, {} } } });
        QVERIFY(pushed);
        QCOMPARE(pushed->results.first().status, ItemStatus::Applied);
    }

    qint64 ingest(const QList<Fix> &fixes)
    {
        auto receipt = m_ingest->ingest(fixes);
        if (!receipt)
            qWarning("ingest failed: %s", qPrintable(receipt.error().message));
        return receipt ? receipt->accepted : -1;
    }

    qint64 localFixes(const QString &device)
    {
        FixStore store(office().database());
        auto track = store.track(device, at(0, 0), at(23, 59));
        return track ? track->size() : -1;
    }

    QString meta(const QString &key)
    {
        return Meta::get(office().database(), key).value_or(QStringLiteral("?"));
    }

    QList<WireRow> centreAlertRows(const QString &district)
    {
        auto tx = m_store->begin();
        QList<WireRow> alerts;
        for (const WireRow &row : (*tx)->changesSince(district, 0, 100000).value_or(QList<WireRow> {})) {
            if (row.entity == QLatin1String(RecordKinds::alert.table))
                alerts << row;
        }
        return alerts;
    }

private slots:
    void init()
    {
        m_fixture
            = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("office-%1").arg(++m_count)));
        auto store = SqliteCentreStore::open(m_dir.filePath(QStringLiteral("centre-%1.db").arg(m_count)));
        NIGRAN_VERIFY_OK(store);
        m_store = std::move(*store);
        m_centre = std::make_unique<CentreService>(*m_store, m_centreClock);
        m_alerts = std::make_unique<CentreAlerts>();
        m_ingest = std::make_unique<FixIngest>(*m_store, m_centreClock);
        m_ingest->setAfterIngest(m_alerts->hook());
        m_transport = std::make_unique<LoopbackTransport>(*m_centre, peerOf(office()));
    }

    void cleanup()
    {
        m_transport.reset();
        m_ingest.reset();
        m_alerts.reset();
        m_centre.reset();
        m_store.reset();
        m_fixture.reset();
    }

    void onlyTheDistrictsFixesArriveAndRepeatAddsNothing_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addRow("one page") << FixPull::DefaultPageSize;
        QTest::addRow("pages of 7") << 7;
    }
    void onlyTheDistrictsFixesArriveAndRepeatAddsNothing()
    {
        QFETCH(int, pageSize);
        monitor(QStringLiteral("TAG-LHR-1"), 1);
        monitorInKarachi(QStringLiteral("TAG-KHI-1"));
        NIGRAN_VERIFY_OK(sync()); // the order reaches the centre: the device is Lahore's

        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-1"), at(7, 0), 30)), 30);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-KHI-1"), at(7, 0), 20)), 20);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-NOBODY"), at(7, 0), 5)), 5);

        auto report = sync(pageSize);
        NIGRAN_VERIFY_OK(report);
        QCOMPARE(report->fixesPulled, 30);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-1")), 30);
        QCOMPARE(localFixes(QStringLiteral("TAG-KHI-1")), 0);
        QCOMPARE(
            FixStore(office().database()).devices().value(), QStringList { QStringLiteral("TAG-LHR-1") });
        if (pageSize == 7)
            QVERIFY2(report->fixPages >= 5, qPrintable(QString::number(report->fixPages)));
        // The stored fixes are the centre's, field for field (receive time included).
        const QList<Fix> local
            = FixStore(office().database()).track(QStringLiteral("TAG-LHR-1"), at(7, 0), at(8, 0)).value();
        // FixCodec's resolution: 10⁻⁷ degree.
        QVERIFY(qAbs(local.first().latitude - walk(QStringLiteral("TAG-LHR-1"), at(7, 0), 1).first().latitude)
            < 1e-6);
        QCOMPARE(local.first().receivedTime, m_centreClock.nowUtc());
        QCOMPARE(local.first().strap, StrapState::Closed);

        const qint64 cursor = meta(FixPull::CursorKey).toLongLong();
        QVERIFY(cursor >= 30);

        // Again: nothing new, nothing added twice, the cursor stays.
        auto again = sync(pageSize);
        NIGRAN_VERIFY_OK(again);
        QCOMPARE(again->fixesPulled, 0);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-1")), 30);
        QCOMPARE(meta(FixPull::CursorKey).toLongLong(), cursor);

        // New fixes: only they come, and the cursor advances.
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-1"), at(8, 0), 10)), 10);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-KHI-1"), at(8, 0), 10)), 10);
        auto more = sync(pageSize);
        NIGRAN_VERIFY_OK(more);
        QCOMPARE(more->fixesPulled, 10);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-1")), 40);
        QCOMPARE(localFixes(QStringLiteral("TAG-KHI-1")), 0);
        QVERIFY(meta(FixPull::CursorKey).toLongLong() > cursor);
    }

    void anotherDistrictNeverGetsTheFixes()
    {
        monitor(QStringLiteral("TAG-LHR-1"), 1);
        NIGRAN_VERIFY_OK(sync());
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-1"), at(7, 0), 12)), 12);
        // Karachi asks for everything, and for Lahore's device by name.
        FixPullRequest request;
        request.historyDevices = { QStringLiteral("TAG-LHR-1") };
        request.historyFrom = at(0, 0);
        auto response = m_centre->fixPull(karachiOffice(), request);
        NIGRAN_VERIFY_OK(response);
        QVERIFY(response->devices.isEmpty());
        QVERIFY(response->historyDone.isEmpty());
        QVERIFY(!response->historyNext.isValid());
        // Lahore gets them.
        auto lahore = m_centre->fixPull(peerOf(office()), request);
        NIGRAN_VERIFY_OK(lahore);
        QCOMPARE(lahore->devices.size(), 1);
        QCOMPARE(lahore->historyDone, QStringList { QStringLiteral("TAG-LHR-1") });
        QCOMPARE(
            FixCodec::decode(lahore->devices.first().block, QStringLiteral("TAG-LHR-1")).value().size(), 12);
    }

    void historyForANewlyAssignedDevice_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addRow("one page") << FixPull::DefaultPageSize;
        QTest::addRow("history cut into pages of 4") << 4;
    }
    void historyForANewlyAssignedDevice()
    {
        QFETCH(int, pageSize);
        monitor(QStringLiteral("TAG-LHR-1"), 1);
        NIGRAN_VERIFY_OK(sync());
        // Fixes of a tag nobody has ordered yet, then the office syncs: its cursor passes them.
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-2"), at(6, 0), 15)), 15);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-1"), at(6, 0), 3)), 3);
        NIGRAN_VERIFY_OK(sync(pageSize));
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-2")), 0);
        QVERIFY(meta(FixPull::CursorKey).toLongLong() >= 18);

        // The tag is fitted under a new order: the next sync pushes the order, then asks its history.
        monitor(QStringLiteral("TAG-LHR-2"), 2);
        auto report = sync(pageSize);
        NIGRAN_VERIFY_OK(report);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-2")), 15);
        QCOMPARE(meta(FixPull::historyKey(QStringLiteral("TAG-LHR-2"))), FixPull::HistoryDone);
        QCOMPARE(report->fixesPulled, 15);

        // Asked once: the next sync asks no history and adds nothing.
        auto again = sync(pageSize);
        NIGRAN_VERIFY_OK(again);
        QCOMPARE(again->fixesPulled, 0);
        QCOMPARE(again->fixPages, 1);
    }

    void unassignedDeviceIsAskedOncePerRun()
    {
        // An order the centre has not accepted yet (not pushed): its device is nobody's there.
        monitor(QStringLiteral("TAG-LHR-9"), 9);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-9"), at(7, 0), 5)), 5);
        FixPull pull(office());
        auto request = pull.nextRequest();
        NIGRAN_VERIFY_OK(request);
        QCOMPARE(request->historyDevices, QStringList { QStringLiteral("TAG-LHR-9") });
        QCOMPARE(request->historyFrom, m_fixture->clock().nowUtc().addDays(-FixPull::DefaultWindowDays));
        auto bytes = m_centre->handle(Endpoint::Fixes, peerOf(office()), MessageCodec::encode(*request));
        NIGRAN_VERIFY_OK(bytes);
        SyncReport report;
        auto more = pull.apply(*request, *bytes, report);
        NIGRAN_VERIFY_OK(more);
        QVERIFY(*more);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-9")), 0);
        QVERIFY(
            meta(FixPull::historyKey(QStringLiteral("TAG-LHR-9"))).isEmpty()); // not done: asked again later
        // Not again in this run.
        auto next = pull.nextRequest();
        NIGRAN_VERIFY_OK(next);
        QVERIFY(next->historyDevices.isEmpty());

        // Once the order reaches the centre, the next sync brings the fixes.
        NIGRAN_VERIFY_OK(sync());
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-9")), 5);
    }

    void unreadablePageStoresNothing()
    {
        monitor(QStringLiteral("TAG-LHR-1"), 1);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-NOBODY"), at(7, 0), 3)), 3);
        NIGRAN_VERIFY_OK(sync());
        const QString before = meta(FixPull::CursorKey);
        QCOMPARE(before, QStringLiteral("3")); // past fixes that are not the district's
        FixPull pull(office());
        const FixPullRequest request = pull.nextRequest().value();
        FixPullResponse response;
        response.devices = { { QStringLiteral("TAG-LHR-1"),
                                 FixCodec::encode(walk(QStringLiteral("TAG-LHR-1"), at(7, 0), 3)) },
            { QStringLiteral("TAG-LHR-2"), QByteArray("\x01\x05\x00", 3) } };
        response.nextCursor = request.cursor + 10;
        SyncReport report;
        auto applied = pull.apply(request, MessageCodec::encode(response), report);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::Corrupt);
        QVERIFY2(applied.error().message.contains(QStringLiteral("TAG-LHR-2")),
            qPrintable(applied.error().message));
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-1")), 0);
        QCOMPARE(meta(FixPull::CursorKey), before);

        // A cursor going backwards is refused as well.
        response.devices.removeLast();
        response.nextCursor = request.cursor - 1;
        auto backwards = pull.apply(request, MessageCodec::encode(response), report);
        QVERIFY(!backwards);
        QVERIFY2(backwards.error().message.contains(QStringLiteral("earlier cursor")),
            qPrintable(backwards.error().message));
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-1")), 0);
        QCOMPARE(meta(FixPull::CursorKey), before);
    }

    void alertsUseTheNewestLiveZoneVersions()
    {
        const QString orderId = newId(), personId = newId();
        auto zoneRow = [&](const QString &zoneId, int version, bool retired, double radius) {
            ZoneRecord zone;
            zone.id = newId();
            zone.personId = personId;
            zone.orderId = orderId;
            zone.label = QStringLiteral("zone %1").arg(zoneId);
            zone.retired = retired;
            zone.editedBy = QStringLiteral("supervisor");
            zone.reason = version > 1 ? QStringLiteral("moved") : QString();
            zone.zone = Zone::create(zoneId, version, ZoneKind::Exclusion,
                QGeoCircle(QGeoCoordinate(SchoolLat, SchoolLon), radius))
                            .value();
            return WireRow { QString::fromLatin1(RecordKinds::zone.table), zone.id, Lahore, 0, 1,
                office().officeId(), false, MonitoringCodec::columns(zone), MonitoringCodec::encode(zone) };
        };
        QList<PushItem> items;
        items << PushItem { zoneRow(QStringLiteral("a"), 1, false, 100), 0, {} }
              << PushItem { zoneRow(QStringLiteral("a"), 2, false, 300), 0, {} } // the newest of "a"
              << PushItem { zoneRow(QStringLiteral("b"), 1, false, 100), 0, {} }
              << PushItem { zoneRow(QStringLiteral("b"), 2, true, 100), 0, {} }; // "b" retired
        WireRow deleted = zoneRow(QStringLiteral("c"), 1, false, 100);
        items << PushItem { deleted, 0, {} };
        // Another order's zone is not this order's.
        WireRow other = zoneRow(QStringLiteral("d"), 1, false, 100);
        ZoneRecord otherRecord = MonitoringCodec::zoneRecordFromCbor(other.body).value();
        otherRecord.orderId = newId();
        other.columns = MonitoringCodec::columns(otherRecord);
        other.body = MonitoringCodec::encode(otherRecord);
        items << PushItem { other, 0, {} };
        auto pushed = m_centre->push(peerOf(office()), { newId(), {}, items });
        NIGRAN_VERIFY_OK(pushed);
        for (const ItemResult &result : pushed->results)
            QCOMPARE(result.status, ItemStatus::Applied);
        deleted.deleted = true; // "c" is tombstoned
        auto tombstone = m_centre->push(
            peerOf(office()), { newId(), {}, { { deleted, pushed->results.at(4).version, {} } } });
        NIGRAN_VERIFY_OK(tombstone);
        QCOMPARE(tombstone->results.first().status, ItemStatus::Applied);

        auto tx = m_store->begin();
        NIGRAN_VERIFY_OK(tx);
        auto zones = CentreAlerts::orderZones(**tx, Lahore, orderId);
        NIGRAN_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 1);
        QCOMPARE(zones->first().id(), QStringLiteral("a"));
        QCOMPARE(zones->first().version(), 2);
        // Another district's view of the order holds nothing.
        QVERIFY(CentreAlerts::orderZones(**tx, Karachi, orderId).value().isEmpty());
    }

    void exclusionZoneEntryRaisesOneAlertThatFlowsDown()
    {
        const QString orderId = monitor(QStringLiteral("TAG-LHR-3"), 3);
        NIGRAN_VERIFY_OK(sync());
        // The order's exclusion zone, as the office would push it.
        auto order = office().records().get(RecordKinds::monitoringOrder, orderId);
        NIGRAN_VERIFY_OK(order);
        const QString personId
            = monitoringOrderFromCbor(QCborValue::fromCbor((*order)->body).toMap()).value().personId;
        ZoneRecord zone;
        zone.id = newId();
        zone.personId = personId;
        zone.orderId = orderId;
        zone.label = QStringLiteral("school");
        zone.editedBy = QStringLiteral("supervisor");
        zone.zone = Zone::create(QStringLiteral("zone-school"), 1, ZoneKind::Exclusion,
            QGeoCircle(QGeoCoordinate(SchoolLat, SchoolLon), 200))
                        .value();
        const WireRow zoneRow { QString::fromLatin1(RecordKinds::zone.table), zone.id, Lahore, 0, 1,
            office().officeId(), false, MonitoringCodec::columns(zone), MonitoringCodec::encode(zone) };
        auto pushed = m_centre->push(peerOf(office()), { newId(), {}, { { zoneRow, 0, {} } } });
        NIGRAN_VERIFY_OK(pushed);
        QCOMPARE(pushed->results.first().status, ItemStatus::Applied);

        // Outside for five minutes, then into the zone: one alert.
        QList<Fix> fixes = walk(QStringLiteral("TAG-LHR-3"), at(7, 0), 5);
        fixes << walk(QStringLiteral("TAG-LHR-3"), at(7, 5), 4, 0);
        QCOMPARE(ingest(fixes), 9);
        QList<WireRow> alerts = centreAlertRows(Lahore);
        QCOMPARE(alerts.size(), 1);
        auto record = MonitoringCodec::alertRecordFromCbor(alerts.first().body);
        NIGRAN_VERIFY_OK(record);
        QCOMPARE(record->alert.kind, AlertKind::ZoneEntry);
        QCOMPARE(record->alert.zoneId, QStringLiteral("zone-school"));
        QCOMPARE(record->alert.startedAt, at(7, 5));
        QCOMPARE(record->id, AlertRecord::idFor(record->alert));
        QCOMPARE(record->personId, personId);
        QCOMPARE(record->orderId, orderId);
        QCOMPARE(record->state, AlertState::New);
        QVERIFY(!record->alert.evidence.isEmpty());
        QCOMPARE(alerts.first().origin, CentreAlerts::Origin);
        QVERIFY(centreAlertRows(Karachi).isEmpty());

        // The same violation goes on in the next batches: no second alert.
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-3"), at(7, 9), 6, 0)), 6);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-3"), at(7, 15), 1, 0)), 1);
        QCOMPARE(centreAlertRows(Lahore).size(), 1);

        // It reaches the office with the normal pull, with the fixes that prove it.
        auto report = sync();
        NIGRAN_VERIFY_OK(report);
        auto local = office().records().get(RecordKinds::alert, record->id);
        NIGRAN_VERIFY_OK(local);
        QVERIFY(local->has_value());
        QCOMPARE((*local)->body, alerts.first().body);
        QCOMPARE(localFixes(QStringLiteral("TAG-LHR-3")), 16);

        // Leaving and entering again is a new violation: a second alert.
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-3"), at(7, 16), 10)), 10);
        QCOMPARE(ingest(walk(QStringLiteral("TAG-LHR-3"), at(7, 26), 3, 0)), 3);
        alerts = centreAlertRows(Lahore);
        QCOMPARE(alerts.size(), 2);
        auto second = MonitoringCodec::alertRecordFromCbor(alerts.last().body);
        NIGRAN_VERIFY_OK(second);
        QCOMPARE(second->alert.kind, AlertKind::ZoneEntry);
        QCOMPARE(second->alert.startedAt, at(7, 26));
    }
};

QTEST_GUILESS_MAIN(TestFixFlow)
#include "tst_fixflow.moc"
