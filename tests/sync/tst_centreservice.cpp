// The centre's sync logic over the SQLite centre store: per-item results, scope from the certificate,
// idempotent batches, audit-chain continuity, pull scoping and cursor, conflicts and their resolution.

#include "../common/testsupport.h"

#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "domain/recordcodec.h"
#include "monitoring/fixcodec.h"
#include "monitoring/monitoringrecords.h"
#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"
#include "security/clock.h"
#include "services/syntheticregister.h"
#include "store/recordkind.h"

#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QGeoCircle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace Nigran::Sync;
using namespace Nigran::Models;

namespace {

const QString Lahore = QStringLiteral("PB-LHR");
const QString Karachi = QStringLiteral("SD-KHC");

PeerIdentity officeA()
{
    return { PeerIdentity::Kind::Office, QStringLiteral("office-a"), Lahore, QStringLiteral("0a") };
}
PeerIdentity officeB()
{
    return { PeerIdentity::Kind::Office, QStringLiteral("office-b"), Lahore, QStringLiteral("0b") };
}
PeerIdentity officeK()
{
    return { PeerIdentity::Kind::Office, QStringLiteral("office-k"), Karachi, QStringLiteral("0c") };
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// A valid person row of `district`; `index` picks the synthetic person.
WireRow personRow(const QString &id, const QString &district, qint64 index = 1)
{
    Person person = SyntheticRegister().person(index, district);
    person.id = id;
    return { QStringLiteral("persons"), id, district, 0, 1000 + index, QStringLiteral("office-a"), false,
        { person.cnic ? QVariant(*person.cnic) : QVariant(), QVariant(), person.nameLatin, person.nameUrdu,
            person.nameLatin.toLower(), QString(), person.birthDate, QStringLiteral("draft"), false },
        QCborValue(toCbor(person)).toCbor() };
}

/// A monitoring order row of `district` for `device` (empty: no device fitted yet).
WireRow orderRow(const QString &id, const QString &district, const QString &device, const QString &personId)
{
    MonitoringOrder order;
    order.id = id;
    order.personId = personId;
    order.startDate = QDate(2026, 11, 1);
    order.isLifetime = true;
    order.deviceId = device;
    order.status = device.isEmpty() ? MonitoringStatus::Pending : MonitoringStatus::Active;
    return { QString::fromLatin1(RecordKinds::monitoringOrder.table), id, district, 0, 2000,
        QStringLiteral("office-a"), false, { personId }, QCborValue(toCbor(order)).toCbor() };
}

ZoneRecord sampleZone(const QString &orderId)
{
    ZoneRecord zone;
    zone.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    zone.personId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    zone.orderId = orderId;
    zone.label = QStringLiteral("school");
    zone.editedBy = QStringLiteral("supervisor");
    zone.zone = Zone::create(
        QStringLiteral("zone-1"), 1, ZoneKind::Exclusion, QGeoCircle(QGeoCoordinate(31.52, 74.35), 250))
                    .value();
    return zone;
}

AlertRecord sampleAlert()
{
    AlertRecord record;
    record.personId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.alert.kind = AlertKind::ZoneEntry;
    record.alert.deviceId = QStringLiteral("TAG-1");
    record.alert.zoneId = QStringLiteral("zone-1");
    record.alert.zoneVersion = 1;
    record.alert.startedAt = QDateTime(QDate(2026, 11, 28), QTime(7, 5), QTimeZone::utc());
    record.alert.raisedAt = record.alert.startedAt.addSecs(60);
    record.alert.evidence = { { 5, 0, record.alert.startedAt }, { 6, 0, record.alert.raisedAt } };
    record.id = AlertRecord::idFor(record.alert);
    return record;
}

Fix fixAt(const QString &device, int minute)
{
    Fix fix;
    fix.deviceId = device;
    fix.fixTime = QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc()).addSecs(60 * minute);
    fix.latitude = 31.5 + minute * 1e-4;
    fix.longitude = 74.3;
    fix.accuracyMetres = 6;
    return fix;
}

PushItem item(const WireRow &row, qint64 base = 0, const QString &resolves = {})
{
    return { row, base, resolves };
}

/// An office's audit chain, built as the office would.
class Chain
{
public:
    AuditEntry next(const QString &action = QStringLiteral("update"))
    {
        AuditEntry entry { m_head.seq + 1,
            QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()).addSecs(m_head.seq),
            QStringLiteral("prosecutor"), action, QStringLiteral("persons"),
            QStringLiteral("row-%1").arg(m_head.seq), QString(), m_head.hash, {} };
        entry.hash = entry.computeHash();
        m_head = { entry.seq, entry.hash };
        return entry;
    }
    QList<AuditEntry> next(int count)
    {
        QList<AuditEntry> entries;
        for (int i = 0; i < count; ++i)
            entries << next();
        return entries;
    }
    AuditHead head() const { return m_head; }

private:
    AuditHead m_head = AuditHead::genesis();
};

} // namespace

class TestCentreService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc()) };
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_service;
    int m_count = 0;

    PushRequest batch(QList<PushItem> items, QList<AuditEntry> audit = {})
    {
        return { newId(), std::move(audit), std::move(items) };
    }

    ItemResult pushOne(const PeerIdentity &peer, const PushItem &pushItem)
    {
        auto response = m_service->push(peer, batch({ pushItem }));
        if (!response || response->results.size() != 1) {
            qWarning(
                "push failed: %s", response ? "wrong result count" : qPrintable(response.error().message));
            return {};
        }
        return response->results.first();
    }

    std::optional<WireRow> centreRow(const QString &entity, const QString &id)
    {
        auto tx = m_store->begin();
        if (!tx)
            return std::nullopt;
        return (*tx)->row(entity, id).value_or(std::nullopt);
    }

    std::optional<OfficeRecord> office(const QString &id)
    {
        auto tx = m_store->begin();
        if (!tx)
            return std::nullopt;
        return (*tx)->office(id).value_or(std::nullopt);
    }

    QList<WireRow> pullAll(const PeerIdentity &peer, qint64 cursor = 0, int limit = 1000)
    {
        QList<WireRow> rows;
        for (;;) {
            auto page = m_service->pull(peer, { cursor, limit });
            if (!page)
                return rows;
            rows << page->rows;
            cursor = page->nextCursor;
            if (!page->hasMore)
                return rows;
        }
    }

private slots:
    void init()
    {
        auto store = SqliteCentreStore::open(m_dir.filePath(QStringLiteral("centre-%1.db").arg(++m_count)));
        NIGRAN_VERIFY_OK(store);
        m_store = std::move(*store);
        m_service = std::make_unique<CentreService>(*m_store, m_clock);
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void handshakeTakesIdentityFromCertificate()
    {
        const HandshakeRequest request { ProtocolVersion, 3, m_clock.nowUtc().addSecs(400),
            AuditHead::genesis() };
        auto response = m_service->handshake(officeA(), request);
        NIGRAN_VERIFY_OK(response);
        QCOMPARE(response->officeId, QStringLiteral("office-a"));
        QCOMPARE(response->district, Lahore);
        QCOMPARE(response->protocol, ProtocolVersion);
        QCOMPARE(response->clockSkewMs, 400000);
        QVERIFY(qAbs(response->clockSkewMs) > CentreService::MaxClockSkewMs);
        QCOMPARE(response->acceptedAuditHead, AuditHead::genesis());
        QVERIFY(office(QStringLiteral("office-a")).has_value());
    }

    void handshakeRefusesOtherProtocol_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addRow("older") << ProtocolVersion - 1;
        QTest::addRow("newer") << ProtocolVersion + 1;
    }
    void handshakeRefusesOtherProtocol()
    {
        QFETCH(int, protocol);
        auto response
            = m_service->handshake(officeA(), { protocol, 3, m_clock.nowUtc(), AuditHead::genesis() });
        QVERIFY(!response);
        QVERIFY2(response.error().message.contains(QString::number(protocol)),
            qPrintable(response.error().message));
        // Also through the encoded endpoint.
        auto bytes = m_service->handle(Endpoint::Handshake, officeA(),
            MessageCodec::encode(HandshakeRequest { protocol, 3, m_clock.nowUtc(), AuditHead::genesis() }));
        QVERIFY(!bytes);
    }

    void malformedBodiesRefusedWithoutChange_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QByteArray>("body");
        const QByteArray pull = MessageCodec::encode(PullRequest { 0, 10 });
        QTest::addRow("push: garbage") << int(Endpoint::Push) << QByteArray("garbage");
        QTest::addRow("push: a pull request") << int(Endpoint::Push) << pull;
        QTest::addRow("push: truncated")
            << int(Endpoint::Push)
            << MessageCodec::encode(PushRequest { newId(), {}, { item(personRow(newId(), Lahore)) } })
                   .chopped(4);
        QTest::addRow("pull: empty") << int(Endpoint::Pull) << QByteArray();
        QTest::addRow("handshake: a pull request") << int(Endpoint::Handshake) << pull;
    }
    void malformedBodiesRefusedWithoutChange()
    {
        QFETCH(int, endpoint);
        QFETCH(QByteArray, body);
        auto response = m_service->handle(Endpoint(endpoint), officeA(), body);
        QVERIFY(!response);
        QCOMPARE(response.error().code, ErrorCode::Corrupt);
        QVERIFY(!office(QStringLiteral("office-a")).has_value()); // nothing written, not even enrolment
    }

    void vendorCertificateRefused()
    {
        const PeerIdentity vendor { PeerIdentity::Kind::Vendor, QStringLiteral("vendor-1"), {},
            QStringLiteral("0d") };
        auto pushed = m_service->push(vendor, batch({ item(personRow(newId(), Lahore)) }));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!m_service->pull(vendor, { 0, 100 }));
    }

    void itemResults_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::addRow("new row applied") << 0 << int(ItemStatus::Applied) << int(RejectReason::None);
        QTest::addRow("update on current version applied")
            << 1 << int(ItemStatus::Applied) << int(RejectReason::None);
        QTest::addRow("update on stale version conflicts")
            << 2 << int(ItemStatus::Conflict) << int(RejectReason::None);
        QTest::addRow("new row over an existing one conflicts")
            << 3 << int(ItemStatus::Conflict) << int(RejectReason::None);
        QTest::addRow("other district out of scope")
            << 4 << int(ItemStatus::Rejected) << int(RejectReason::OutOfScope);
        QTest::addRow("unknown entity") << 5 << int(ItemStatus::Rejected) << int(RejectReason::UnknownEntity);
        QTest::addRow("conflict rows cannot be pushed")
            << 6 << int(ItemStatus::Rejected) << int(RejectReason::UnknownEntity);
        QTest::addRow("body not CBOR") << 7 << int(ItemStatus::Rejected) << int(RejectReason::Invalid);
        QTest::addRow("body fails validation")
            << 8 << int(ItemStatus::Rejected) << int(RejectReason::Invalid);
        QTest::addRow("wrong column count") << 9 << int(ItemStatus::Rejected) << int(RejectReason::Invalid);
        QTest::addRow("unknown conflict")
            << 10 << int(ItemStatus::Rejected) << int(RejectReason::UnknownConflict);
        QTest::addRow("tombstone on current version applied")
            << 11 << int(ItemStatus::Applied) << int(RejectReason::None);
    }
    void itemResults()
    {
        QFETCH(int, scenario);
        QFETCH(int, status);
        QFETCH(int, reason);
        const QString id = newId();
        WireRow row = personRow(id, Lahore);
        qint64 base = 0;
        QString resolves;
        qint64 existingVersion = 0;
        if (scenario == 1 || scenario == 2 || scenario == 3 || scenario == 11) {
            const ItemResult first = pushOne(officeB(), item(row));
            QCOMPARE(first.status, ItemStatus::Applied);
            existingVersion = first.version;
            if (scenario == 2) {
                const ItemResult second = pushOne(officeB(), item(row, existingVersion));
                QCOMPARE(second.status, ItemStatus::Applied);
                base = existingVersion; // stale now
                existingVersion = second.version;
            } else if (scenario != 3) {
                base = existingVersion;
            }
        }
        switch (scenario) {
        case 4:
            row.district = Karachi;
            break;
        case 5:
            row.entity = QStringLiteral("parking_tickets");
            break;
        case 6:
            row.entity = QString::fromLatin1(ConflictEntity);
            break;
        case 7:
            row.body = QByteArray("\xff\x00", 2);
            break;
        case 8: {
            Person person = personFromCbor(QCborValue::fromCbor(row.body).toMap()).value();
            person.cnic = QStringLiteral("123");
            row.body = QCborValue(toCbor(person)).toCbor();
            break;
        }
        case 9:
            row.columns.removeLast();
            break;
        case 10:
            resolves = newId();
            break;
        case 11:
            row.deleted = true;
            break;
        default:
            break;
        }
        row.columns.detach();
        const ItemResult result = pushOne(officeA(), item(row, base, resolves));
        QCOMPARE(int(result.status), status);
        QCOMPARE(int(result.reason), reason);
        QCOMPARE(result.id, id);
        const auto stored = centreRow(QStringLiteral("persons"), id);
        if (result.status == ItemStatus::Applied) {
            QVERIFY(result.version > existingVersion);
            QVERIFY(stored.has_value());
            QCOMPARE(stored->version, result.version);
            QCOMPARE(stored->origin, QStringLiteral("office-a"));
            QCOMPARE(stored->deleted, row.deleted);
        } else if (result.status == ItemStatus::Conflict) {
            // The centre keeps its row; the conflicting revision is kept in a conflict row.
            QCOMPARE(result.version, existingVersion);
            QCOMPARE(stored->version, existingVersion);
            QCOMPARE(stored->origin, QStringLiteral("office-b"));
            const auto conflictRow = centreRow(QString::fromLatin1(ConflictEntity), result.conflictId);
            QVERIFY(conflictRow.has_value());
            QCOMPARE(conflictRow->district, Lahore);
            auto conflict = MessageCodec::decodeConflict(conflictRow->body);
            NIGRAN_VERIFY_OK(conflict);
            QVERIFY(conflict->open);
            QCOMPARE(conflict->rowId, id);
            QCOMPARE(conflict->centreVersion, existingVersion);
            QCOMPARE(conflict->baseVersion, base);
            QCOMPARE(conflict->theirs.body, row.body);
        } else {
            QVERIFY(!result.detail.isEmpty());
            // Nothing of the rejected row reached the centre beyond what was there.
            if (existingVersion == 0)
                QVERIFY(!stored.has_value() || scenario == 4);
            // Never personal data in the detail.
            QVERIFY(!result.detail.contains(QStringLiteral("Namoona")));
        }
    }

    void rejectedItemDoesNotBlockOthers()
    {
        const QString good1 = newId(), bad = newId(), good2 = newId();
        auto response = m_service->push(officeA(),
            batch({ item(personRow(good1, Lahore)), item(personRow(bad, Karachi)),
                item(personRow(good2, Lahore, 2)) }));
        NIGRAN_VERIFY_OK(response);
        QCOMPARE(response->results.size(), 3);
        QCOMPARE(response->results.at(0).status, ItemStatus::Applied);
        QCOMPARE(response->results.at(1).status, ItemStatus::Rejected);
        QCOMPARE(response->results.at(1).reason, RejectReason::OutOfScope);
        QCOMPARE(response->results.at(2).status, ItemStatus::Applied);
        QVERIFY(response->results.at(2).version > response->results.at(0).version);
        QVERIFY(!centreRow(QStringLiteral("persons"), bad));
    }

    void cannotTakeOverAnotherDistrictsRow()
    {
        const QString id = newId();
        QCOMPARE(pushOne(officeK(), item(personRow(id, Karachi))).status, ItemStatus::Applied);
        // Lahore claims the Karachi row for itself.
        const ItemResult result = pushOne(officeA(), item(personRow(id, Lahore), 1));
        QCOMPARE(result.status, ItemStatus::Rejected);
        QCOMPARE(result.reason, RejectReason::OutOfScope);
        QCOMPARE(centreRow(QStringLiteral("persons"), id)->district, Karachi);
    }

    void retryReturnsSameBytesAndAppliesNothingTwice()
    {
        Chain chain;
        const PushRequest request
            = batch({ item(personRow(newId(), Lahore)), item(personRow(newId(), Lahore, 2)) }, chain.next(3));
        auto first = m_service->handle(Endpoint::Push, officeA(), MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(first);
        const qint64 changes = pullAll(officeA()).size();
        QCOMPARE(changes, 2);
        m_clock.advance(std::chrono::minutes(5));
        auto second = m_service->handle(Endpoint::Push, officeA(), MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(second);
        QCOMPARE(*second, *first);
        QCOMPARE(pullAll(officeA()).size(), changes);
        // The same batch id from another office is that office's batch, not a retry.
        auto other = m_service->push(officeB(), request);
        NIGRAN_VERIFY_OK(other);
        QCOMPARE(other->results.at(0).status, ItemStatus::Conflict);
    }

    void auditChainAccepted()
    {
        Chain chain;
        auto first = m_service->push(officeA(), batch({}, chain.next(3)));
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->acceptedAuditHead, chain.head());
        auto second = m_service->push(officeA(), batch({}, chain.next(2)));
        NIGRAN_VERIFY_OK(second);
        QCOMPARE(second->acceptedAuditHead, chain.head());
        QCOMPARE(office(QStringLiteral("office-a"))->acceptedAuditHead, chain.head());
        QVERIFY(office(QStringLiteral("office-a"))->chainProblem.isEmpty());
        auto stored = m_store->begin().value()->auditEntries(QStringLiteral("office-a"), 0, 100);
        NIGRAN_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 5);
        auto handshake
            = m_service->handshake(officeA(), { ProtocolVersion, 3, m_clock.nowUtc(), chain.head() });
        NIGRAN_VERIFY_OK(handshake);
        QCOMPARE(handshake->acceptedAuditHead, chain.head());
    }

    void auditChainTamperingRefused_data()
    {
        QTest::addColumn<int>("tampering");
        QTest::addRow("edited entry, hash recomputed") << 0;
        QTest::addRow("edited entry, hash kept") << 1;
        QTest::addRow("entry deleted") << 2;
        QTest::addRow("entries reordered") << 3;
        QTest::addRow("accepted entry rewritten") << 4;
        QTest::addRow("new chain from genesis") << 5;
    }
    void auditChainTamperingRefused()
    {
        QFETCH(int, tampering);
        Chain chain;
        NIGRAN_VERIFY_OK(m_service->push(officeA(), batch({}, chain.next(2))));
        const AuditHead accepted = chain.head();
        QList<AuditEntry> entries = chain.next(3);
        switch (tampering) {
        case 0:
            entries[1].detail = QStringLiteral("other");
            entries[1].hash = entries[1].computeHash();
            break;
        case 1:
            entries[1].action = QStringLiteral("view");
            break;
        case 2:
            entries.removeAt(1);
            break;
        case 3:
            std::swap(entries[0], entries[1]);
            break;
        case 4: {
            Chain rewritten;
            entries = rewritten.next(1);
            entries[0].actor = QStringLiteral("someone");
            entries[0].hash = entries[0].computeHash();
            break;
        }
        default: {
            Chain fresh;
            entries = fresh.next(3);
            entries[0].actor = QStringLiteral("someone");
            for (int i = 0; i < entries.size(); ++i) {
                if (i > 0)
                    entries[i].prevHash = entries[i - 1].hash;
                entries[i].hash = entries[i].computeHash();
            }
            break;
        }
        }
        const QString id = newId();
        auto response = m_service->push(officeA(), batch({ item(personRow(id, Lahore)) }, entries));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ErrorCode::Corrupt);
        QVERIFY2(response.error().message.contains(QStringLiteral("office-a")),
            qPrintable(response.error().message));
        // The whole push was refused and the problem is recorded on the office.
        QVERIFY(!centreRow(QStringLiteral("persons"), id));
        const auto record = office(QStringLiteral("office-a"));
        QCOMPARE(record->acceptedAuditHead, accepted);
        QVERIFY(!record->chainProblem.isEmpty());
    }

    void pullIsScopedToTheCertificateDistrict()
    {
        const QString lahore1 = newId(), karachi1 = newId(), lahore2 = newId();
        QCOMPARE(pushOne(officeA(), item(personRow(lahore1, Lahore))).status, ItemStatus::Applied);
        QCOMPARE(pushOne(officeK(), item(personRow(karachi1, Karachi))).status, ItemStatus::Applied);
        QCOMPARE(pushOne(officeB(), item(personRow(lahore2, Lahore, 2))).status, ItemStatus::Applied);
        const QList<WireRow> lahore = pullAll(officeB());
        QCOMPARE(lahore.size(), 2);
        QCOMPARE(lahore.at(0).id, lahore1);
        QCOMPARE(lahore.at(1).id, lahore2);
        const QList<WireRow> karachi = pullAll(officeK());
        QCOMPARE(karachi.size(), 1);
        QCOMPARE(karachi.first().id, karachi1);
    }

    void pullPagesByCursor()
    {
        QList<PushItem> items;
        for (int i = 0; i < 25; ++i)
            items << item(personRow(newId(), Lahore, i));
        NIGRAN_VERIFY_OK(m_service->push(officeA(), batch(items)));
        qint64 cursor = 0;
        int pages = 0;
        QList<WireRow> rows;
        for (;;) {
            auto page = m_service->pull(officeB(), { cursor, 10 });
            NIGRAN_VERIFY_OK(page);
            ++pages;
            QVERIFY(page->rows.size() <= 10);
            QCOMPARE(page->checksum, MessageCodec::pageChecksum(page->rows));
            for (const WireRow &row : page->rows)
                QVERIFY(row.version > cursor);
            rows << page->rows;
            if (!page->rows.isEmpty())
                QCOMPARE(page->nextCursor, page->rows.last().version);
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(rows.size(), 25);
        // Nothing new: an empty page keeps the cursor.
        auto empty = m_service->pull(officeB(), { cursor, 10 });
        NIGRAN_VERIFY_OK(empty);
        QVERIFY(empty->rows.isEmpty());
        QCOMPARE(empty->nextCursor, cursor);
        QVERIFY(!empty->hasMore);
        // A limit over the maximum is bounded, not refused.
        auto big = m_service->pull(officeB(), { 0, 100000 });
        NIGRAN_VERIFY_OK(big);
        QCOMPARE(big->rows.size(), 25);
    }

    void conflictResolution()
    {
        const QString id = newId();
        const ItemResult created = pushOne(officeA(), item(personRow(id, Lahore)));
        QCOMPARE(created.status, ItemStatus::Applied);
        // A and B both edit version `created.version`; A is first.
        const ItemResult editA = pushOne(officeA(), item(personRow(id, Lahore, 2), created.version));
        QCOMPARE(editA.status, ItemStatus::Applied);
        const ItemResult editB = pushOne(officeB(), item(personRow(id, Lahore, 3), created.version));
        QCOMPARE(editB.status, ItemStatus::Conflict);
        QCOMPARE(editB.version, editA.version);

        // Every office of the district sees the conflict through pull.
        const QList<WireRow> seen = pullAll(officeA());
        const auto conflictRow = std::find_if(seen.cbegin(), seen.cend(), [&](const WireRow &row) {
            return row.entity == QLatin1String(ConflictEntity) && row.id == editB.conflictId;
        });
        QVERIFY(conflictRow != seen.cend());
        QCOMPARE(conflictRow->columns, (QVariantList { QStringLiteral("persons"), id, true }));

        // Resolving needs the current version; a stale resolution is another conflict.
        const ItemResult stale
            = pushOne(officeB(), item(personRow(id, Lahore, 3), created.version, editB.conflictId));
        QCOMPARE(stale.status, ItemStatus::Conflict);
        const ItemResult resolved
            = pushOne(officeB(), item(personRow(id, Lahore, 3), editA.version, editB.conflictId));
        QCOMPARE(resolved.status, ItemStatus::Applied);
        const auto stored = centreRow(QString::fromLatin1(ConflictEntity), editB.conflictId);
        auto conflict = MessageCodec::decodeConflict(stored->body);
        NIGRAN_VERIFY_OK(conflict);
        QVERIFY(!conflict->open);
        QCOMPARE(conflict->resolvedByVersion, resolved.version);
        QCOMPARE(conflict->resolvedByOffice, QStringLiteral("office-b"));
        QVERIFY(stored->version > resolved.version);
        QCOMPARE(stored->columns.at(2), QVariant(false));
        // The closed conflict reaches the district by pull too.
        const QList<WireRow> after = pullAll(officeA(), conflictRow->version);
        QVERIFY(std::any_of(
            after.cbegin(), after.cend(), [&](const WireRow &row) { return row.id == editB.conflictId; }));
        // Another office cannot resolve it from another district.
        const ItemResult foreign
            = pushOne(officeK(), item(personRow(id, Karachi, 3), resolved.version, editB.conflictId));
        QCOMPARE(foreign.status, ItemStatus::Rejected);
    }

    void monitoringRecordsValidated_data()
    {
        QTest::addColumn<WireRow>("row");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        const ZoneRecord zone = sampleZone(newId());
        const WireRow zoneRow { QString::fromLatin1(RecordKinds::zone.table), zone.id, Lahore, 0, 3000,
            QStringLiteral("office-a"), false, MonitoringCodec::columns(zone),
            MonitoringCodec::encode(zone) };
        QTest::addRow("zone applied") << zoneRow << int(ItemStatus::Applied) << QString();
        WireRow wrongColumn = zoneRow;
        wrongColumn.columns[3] = 7;
        QTest::addRow("zone version column differs from the body")
            << wrongColumn << int(ItemStatus::Rejected) << QStringLiteral("zone_version");
        WireRow wrongId = zoneRow;
        wrongId.id = newId();
        QTest::addRow("zone row id differs from the body")
            << wrongId << int(ItemStatus::Rejected) << QStringLiteral("id");
        WireRow garbage = zoneRow;
        garbage.body = QCborValue(QCborMap { { QStringLiteral("id"), zone.id } }).toCbor();
        QTest::addRow("zone body incomplete")
            << garbage << int(ItemStatus::Rejected) << QStringLiteral("body");

        const AlertRecord alert = sampleAlert();
        const WireRow alertRow { QString::fromLatin1(RecordKinds::alert.table), alert.id, Lahore, 0, 3001,
            QStringLiteral("office-a"), false, MonitoringCodec::columns(alert),
            MonitoringCodec::encode(alert) };
        QTest::addRow("alert applied") << alertRow << int(ItemStatus::Applied) << QString();
        AlertRecord renamed = alert;
        renamed.id = newId();
        WireRow renamedRow = alertRow;
        renamedRow.id = renamed.id;
        renamedRow.body = MonitoringCodec::encode(renamed);
        QTest::addRow("alert id not derived from the alert")
            << renamedRow << int(ItemStatus::Rejected) << QStringLiteral("id");
        WireRow stateColumn = alertRow;
        stateColumn.columns[3] = int(AlertState::Closed);
        QTest::addRow("alert state column differs from the body")
            << stateColumn << int(ItemStatus::Rejected) << QStringLiteral("state");
        WireRow shortColumns = alertRow;
        shortColumns.columns.removeLast();
        QTest::addRow("alert columns missing")
            << shortColumns << int(ItemStatus::Rejected) << QStringLiteral("columns");
    }
    void monitoringRecordsValidated()
    {
        QFETCH(WireRow, row);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const ItemResult result = pushOne(officeA(), item(row));
        QCOMPARE(int(result.status), status);
        if (result.status == ItemStatus::Rejected) {
            QCOMPARE(result.reason, RejectReason::Invalid);
            QVERIFY2(result.detail.contains(detail), qPrintable(result.detail));
            QVERIFY(!centreRow(row.entity, row.id).has_value());
        } else {
            QCOMPARE(centreRow(row.entity, row.id)->body, row.body);
        }
    }

    void acceptedOrderAssignsItsDevice()
    {
        auto assignment = [this](const QString &device) {
            auto tx = m_store->begin();
            return (*tx)->deviceAssignment(device).value_or(std::nullopt);
        };
        const QString orderId = newId(), personId = newId();
        // No device fitted yet: nothing assigned.
        ItemResult first = pushOne(officeA(), item(orderRow(orderId, Lahore, QString(), personId)));
        QCOMPARE(first.status, ItemStatus::Applied);
        QVERIFY(!assignment(QStringLiteral("TAG-7")).has_value());
        // Fitted: the device is the order's district's.
        ItemResult fitted = pushOne(
            officeA(), item(orderRow(orderId, Lahore, QStringLiteral("TAG-7"), personId), first.version));
        QCOMPARE(fitted.status, ItemStatus::Applied);
        QCOMPARE(assignment(QStringLiteral("TAG-7")),
            std::optional<DeviceAssignment>(
                DeviceAssignment { QStringLiteral("TAG-7"), Lahore, personId, orderId }));
        // A stale edit naming another device is a conflict: it assigns nothing.
        ItemResult stale = pushOne(
            officeB(), item(orderRow(orderId, Lahore, QStringLiteral("TAG-8"), personId), first.version));
        QCOMPARE(stale.status, ItemStatus::Conflict);
        QVERIFY(!assignment(QStringLiteral("TAG-8")).has_value());
        // A rejected order (another district's certificate) assigns nothing either.
        ItemResult outOfScope
            = pushOne(officeK(), item(orderRow(newId(), Lahore, QStringLiteral("TAG-9"), personId)));
        QCOMPARE(outOfScope.status, ItemStatus::Rejected);
        QVERIFY(!assignment(QStringLiteral("TAG-9")).has_value());
        // The tag moves to a Karachi order: the newest accepted order wins.
        const QString karachiOrder = newId(), karachiPerson = newId();
        QCOMPARE(
            pushOne(officeK(), item(orderRow(karachiOrder, Karachi, QStringLiteral("TAG-7"), karachiPerson)))
                .status,
            ItemStatus::Applied);
        QCOMPARE(assignment(QStringLiteral("TAG-7")),
            std::optional<DeviceAssignment>(
                DeviceAssignment { QStringLiteral("TAG-7"), Karachi, karachiPerson, karachiOrder }));
    }

    void fixPullIsScopedAndPaged()
    {
        QCOMPARE(
            pushOne(officeA(), item(orderRow(newId(), Lahore, QStringLiteral("TAG-L1"), newId()))).status,
            ItemStatus::Applied);
        QCOMPARE(
            pushOne(officeA(), item(orderRow(newId(), Lahore, QStringLiteral("TAG-L2"), newId()))).status,
            ItemStatus::Applied);
        QCOMPARE(
            pushOne(officeK(), item(orderRow(newId(), Karachi, QStringLiteral("TAG-K1"), newId()))).status,
            ItemStatus::Applied);
        QList<Fix> fixes;
        for (int minute = 0; minute < 12; ++minute)
            fixes << fixAt(QStringLiteral("TAG-L1"), minute) << fixAt(QStringLiteral("TAG-K1"), minute)
                  << fixAt(QStringLiteral("TAG-L2"), minute);
        {
            auto tx = m_store->begin();
            NIGRAN_VERIFY_OK(tx);
            NIGRAN_VERIFY_OK((*tx)->ingestFixes(fixes, m_clock.nowUtc()));
            NIGRAN_VERIFY_OK((*tx)->commit());
        }
        // Lahore, in pages of 5: 24 fixes of its two tags, each once, the cursor only going forward.
        QHash<QString, QList<Fix>> received;
        qint64 cursor = 0;
        int pages = 0;
        for (;;) {
            FixPullRequest request;
            request.cursor = cursor;
            request.limit = 5;
            auto page = m_service->fixPull(officeA(), request);
            NIGRAN_VERIFY_OK(page);
            ++pages;
            int inPage = 0;
            for (const DeviceFixes &device : page->devices) {
                const QList<Fix> decoded = FixCodec::decode(device.block, device.deviceId).value();
                received[device.deviceId] << decoded;
                inPage += int(decoded.size());
            }
            QVERIFY(inPage <= 5);
            QVERIFY(page->nextCursor >= cursor);
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
            QVERIFY(pages < 20);
        }
        QCOMPARE(received.keys().size(), 2);
        QCOMPARE(received.value(QStringLiteral("TAG-L1")).size(), 12);
        QCOMPARE(received.value(QStringLiteral("TAG-L2")).size(), 12);
        QVERIFY(!received.contains(QStringLiteral("TAG-K1")));
        QCOMPARE(received.value(QStringLiteral("TAG-L1")).at(3).fixTime,
            fixAt(QStringLiteral("TAG-L1"), 3).fixTime);
        QCOMPARE(cursor, 36); // past Karachi's last fix too: the feed ended there
        // Karachi: only its tag.
        auto karachi = m_service->fixPull(officeK(), FixPullRequest {});
        NIGRAN_VERIFY_OK(karachi);
        QCOMPARE(karachi->devices.size(), 1);
        QCOMPARE(karachi->devices.first().deviceId, QStringLiteral("TAG-K1"));
        // The window: fixes older than it do not flow (the clock is 10:00 on the 28th; fixes are 08:00+).
        m_clock.setNowUtc(m_clock.nowUtc().addDays(3));
        FixPullRequest windowed;
        windowed.windowDays = 1;
        auto old = m_service->fixPull(officeA(), windowed);
        NIGRAN_VERIFY_OK(old);
        QVERIFY(old->devices.isEmpty());
        // A vendor certificate gets nothing.
        const PeerIdentity vendor { PeerIdentity::Kind::Vendor, QStringLiteral("vendor-1"), {},
            QStringLiteral("0d") };
        QVERIFY(!m_service->fixPull(vendor, FixPullRequest {}));
    }

    void secondStoreOnTheSameFileWaitsForTheWriter()
    {
        // `serve` holds the file's write lock for one transaction at a time, here for longer than SQLite's
        // default five-second busy wait; `status` (a second store on the same file) must open at once and
        // wait for the commit instead of failing with "database is locked".
        const QString path = m_dir.filePath(QStringLiteral("centre-%1.db").arg(m_count));
        const QString id = newId();
        std::promise<void> started;
        std::atomic<bool> committed { false };
        std::jthread serve([&] {
            auto tx = m_store->begin();
            if (tx) {
                auto version = (*tx)->nextVersion();
                WireRow row = personRow(id, Lahore);
                row.version = version.value_or(0);
                (void)(*tx)->putRow(row);
            }
            started.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(5500));
            committed = tx && (*tx)->commit().has_value();
        });
        started.get_future().wait();
        QElapsedTimer timer;
        timer.start();
        auto status = SqliteCentreStore::open(path);
        NIGRAN_VERIFY_OK(status);
        QVERIFY2(timer.elapsed() < 3000, "opening the store waited for the writer");
        QVERIFY(!committed);
        auto reader = (*status)->begin(); // waits for the writer's commit
        NIGRAN_VERIFY_OK(reader);
        QVERIFY(committed);
        QVERIFY(timer.elapsed() >= 5000);
        auto row = (*reader)->row(QStringLiteral("persons"), id);
        NIGRAN_VERIFY_OK(row);
        QVERIFY(row->has_value()); // the committed row is visible to the second store
        NIGRAN_VERIFY_OK((*reader)->commit());
        // And the other way round: the first store writes again once the second one committed.
        auto again = m_store->begin();
        NIGRAN_VERIFY_OK(again);
    }
};

QTEST_GUILESS_MAIN(TestCentreService)
#include "tst_centreservice.moc"
