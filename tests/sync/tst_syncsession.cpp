// Two real office stores and an in-process centre (SQLite store) through a loopback transport that can
// fail before or after the centre processed a request: edits converge, concurrent edits become visible
// conflicts, resolutions converge, and a lost response followed by a retry applies nothing twice.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "client/loopbacktransport.h"
#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "monitoring/fixstore.h"
#include "protocol/messagecodec.h"
#include "services/registerservice.h"
#include "store/syncstate.h"

#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;

namespace {

/// A loopback transport that fails once at a chosen endpoint: before the centre sees the request, or
/// after it processed it (the response is lost). Counts the exchanges.
class FaultyTransport : public SyncTransport
{
public:
    enum class Fault
    {
        None,
        Before,
        After,
    };

    FaultyTransport(CentreService &centre, PeerIdentity peer)
        : m_loopback(centre, std::move(peer))
    { }

    void failOnce(Endpoint endpoint, Fault fault)
    {
        m_endpoint = endpoint;
        m_fault = fault;
    }
    /// Runs before each pull reaches the centre (an edit made while a sync runs).
    std::function<void()> beforePull;
    int exchanges = 0;

    void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        ++exchanges;
        if (endpoint == Endpoint::Pull && beforePull)
            std::exchange(beforePull, nullptr)();
        const Fault fault = endpoint == m_endpoint ? std::exchange(m_fault, Fault::None) : Fault::None;
        if (fault == Fault::Before)
            return reply(fail(ErrorCode::Io, QStringLiteral("connection dropped before the request")));
        m_loopback.exchange(endpoint, request, [&](Result<QByteArray> answer) {
            if (fault == Fault::After)
                return reply(fail(ErrorCode::Io, QStringLiteral("connection dropped before the response")));
            reply(std::move(answer));
        });
    }

private:
    LoopbackTransport m_loopback;
    Endpoint m_endpoint = Endpoint::Handshake;
    Fault m_fault = Fault::None;
};

/// Everything an office holds of the register and its conflicts, one line per row.
QStringList registerState(Office &office)
{
    QStringList lines;
    QList<const RecordKind *> kinds = RecordKinds::all;
    kinds << &RecordKinds::syncConflict;
    for (const RecordKind *kind : kinds) {
        auto ids = office.database().prepare(std::string("SELECT id FROM ") + kind->table + " ORDER BY id");
        while (ids->step().value_or(false)) {
            const auto row = office.records().snapshot(*kind, ids->text(0)).value();
            QStringList columns;
            for (const QVariant &value : row->columns)
                columns << value.toString();
            lines << QStringLiteral("%1 %2 %3 v%4 h%5 %6 %7 [%8] %9")
                         .arg(QLatin1String(kind->table), row->id, row->district)
                         .arg(row->version)
                         .arg(row->hlc)
                         .arg(row->origin)
                         .arg(row->deleted)
                         .arg(columns.join(u'|'), QString::fromLatin1(row->body.toHex()));
        }
    }
    return lines;
}

Person loadPerson(Office &office, const QString &id)
{
    const auto stored = office.records().get(RecordKinds::person, id).value();
    return personFromCbor(QCborValue::fromCbor(stored->body).toMap()).value();
}

struct LocalConflict
{
    QString id;
    bool open = false;
    qint64 version = 0;
};

QList<LocalConflict> conflicts(Office &office)
{
    QList<LocalConflict> found;
    auto stmt = office.database().prepare("SELECT id, open, version FROM sync_conflicts ORDER BY id");
    while (stmt->step().value_or(false))
        found << LocalConflict { stmt->text(0), stmt->int64(1) != 0, stmt->int64(2) };
    return found;
}

} // namespace

class TestSyncSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeFixture> m_fixtureA, m_fixtureB;
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_centre;
    std::unique_ptr<FaultyTransport> m_transportA, m_transportB;
    int m_count = 0;

    Office &officeA() { return m_fixtureA->session(QStringLiteral("prosecutor")); }
    Office &officeB() { return m_fixtureB->session(QStringLiteral("prosecutor")); }

    static PeerIdentity peerOf(Office &office)
    {
        return { PeerIdentity::Kind::Office, office.officeId(), office.district(), QStringLiteral("01") };
    }

    Result<SyncReport> sync(Office &office, SyncTransport &transport)
    {
        SyncSession session(office, transport);
        std::optional<Result<SyncReport>> outcome;
        session.run([&](Result<SyncReport> result) { outcome = std::move(result); });
        if (!outcome)
            return fail(ErrorCode::Io, QStringLiteral("the loopback sync did not finish"));
        return *outcome;
    }
    Result<SyncReport> syncA() { return sync(officeA(), *m_transportA); }
    Result<SyncReport> syncB() { return sync(officeB(), *m_transportB); }

    qint64 centreRows(const QString &entity)
    {
        auto tx = m_store->begin();
        qint64 rows = 0;
        const QList<WireRow> changes
            = (*tx)->changesSince(OfficeFixture::District, 0, 100000).value_or(QList<WireRow> {});
        for (const WireRow &row : changes)
            rows += row.entity == entity ? 1 : 0;
        return rows;
    }

    void editMarks(Office &office, const QString &personId, const QString &marks)
    {
        Person person = loadPerson(office, personId);
        person.marks = marks;
        RegisterService service(office);
        const auto updated = service.updatePerson(person);
        if (!updated)
            QFAIL(qPrintable(updated.error().message));
    }

    void verifyConverged()
    {
        const QStringList a = registerState(officeA());
        const QStringList b = registerState(officeB());
        QCOMPARE(a, b);
        QCOMPARE(SyncState::outboxSize(officeA().database()).value(), 0);
        QCOMPARE(SyncState::outboxSize(officeB().database()).value(), 0);
    }

private slots:
    void init()
    {
        ++m_count;
        m_fixtureA = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("a%1").arg(m_count)));
        m_fixtureB = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("b%1").arg(m_count)));
        auto store = SqliteCentreStore::open(m_dir.filePath(QStringLiteral("centre-%1.db").arg(m_count)));
        NIGRAN_VERIFY_OK(store);
        m_store = std::move(*store);
        m_centre = std::make_unique<CentreService>(*m_store, m_fixtureA->clock());
        m_transportA = std::make_unique<FaultyTransport>(*m_centre, peerOf(officeA()));
        m_transportB = std::make_unique<FaultyTransport>(*m_centre, peerOf(officeB()));
        QVERIFY(officeA().officeId() != officeB().officeId());
    }

    void cleanup()
    {
        m_transportA.reset();
        m_transportB.reset();
        m_centre.reset();
        m_store.reset();
        m_fixtureA.reset();
        m_fixtureB.reset();
    }

    void editsOnBothSidesConverge()
    {
        m_fixtureA->enterCompleteCase(officeA(), 1);
        m_fixtureA->addPeople(officeA(), 2, 10);
        m_fixtureB->enterCompleteCase(officeB(), 20);
        m_fixtureB->addPeople(officeB(), 1, 30);

        auto first = syncA();
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->rejected, 0);
        QCOMPARE(first->conflicts, 0);
        QVERIFY(first->applied >= 7); // person, case, charge, conviction, sentence, two people, …
        auto second = syncB();
        NIGRAN_VERIFY_OK(second);
        QCOMPARE(second->rejected, 0);
        QCOMPARE(second->conflicts, 0);
        NIGRAN_VERIFY_OK(syncA());
        verifyConverged();
        QCOMPARE(centreRows(QStringLiteral("persons")), 5);
        QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM persons"), 5);
        QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM persons WHERE version = 0"), 0);
        QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM sync_batches"), 0);

        // Each sync step is audited with counts only; the office's chain reached the centre intact.
        QVERIFY(Nigran::Testing::auditCount(officeA(), "sync-push") >= 1);
        QVERIFY(Nigran::Testing::auditCount(officeA(), "sync-pull") >= 1);
        auto tx = m_store->begin();
        const auto record = (*tx)->office(officeA().officeId()).value();
        QVERIFY(record.has_value());
        QVERIFY(record->acceptedAuditHead.seq > 0);
        QVERIFY(record->chainProblem.isEmpty());
        QCOMPARE(SyncState::acceptedAuditHead(officeA().database()).value(), record->acceptedAuditHead);
    }

    void tombstonesReplicate()
    {
        const QString id = m_fixtureA->addPeople(officeA(), 1, 40).first();
        NIGRAN_VERIFY_OK(syncA());
        NIGRAN_VERIFY_OK(syncB());
        NIGRAN_VERIFY_OK(officeA().records().remove(RecordKinds::person, id, QStringLiteral("prosecutor")));
        NIGRAN_VERIFY_OK(syncA());
        NIGRAN_VERIFY_OK(syncB());
        QVERIFY(officeB().records().get(RecordKinds::person, id).value()->deleted);
        verifyConverged();
    }

    void concurrentEditBecomesConflictAndResolutionConverges()
    {
        const QString id = m_fixtureA->addPeople(officeA(), 1, 50).first();
        NIGRAN_VERIFY_OK(syncA());
        NIGRAN_VERIFY_OK(syncB());
        editMarks(officeA(), id, QStringLiteral("scar on the left hand"));
        editMarks(officeB(), id, QStringLiteral("scar on the right hand"));

        auto a = syncA();
        NIGRAN_VERIFY_OK(a);
        QCOMPARE(a->conflicts, 0);
        auto b = syncB();
        NIGRAN_VERIFY_OK(b);
        QCOMPARE(b->conflicts, 1);
        NIGRAN_VERIFY_OK(syncA());

        // Both offices see the open conflict; the centre's revision is the one kept in the row, B's
        // revision is kept in the conflict — nothing silently lost.
        verifyConverged();
        const QList<LocalConflict> seenA = conflicts(officeA());
        QCOMPARE(seenA.size(), 1);
        QVERIFY(seenA.first().open);
        QCOMPARE(loadPerson(officeB(), id).marks, QStringLiteral("scar on the left hand"));
        const auto conflictRow = officeB().records().get(RecordKinds::syncConflict, seenA.first().id).value();
        auto conflict = MessageCodec::decodeConflict(conflictRow->body);
        NIGRAN_VERIFY_OK(conflict);
        QCOMPARE(personFromCbor(QCborValue::fromCbor(conflict->theirs.body).toMap())->marks,
            QStringLiteral("scar on the right hand"));
        QCOMPARE(conflict->theirs.origin, officeB().officeId());

        // A person at B resolves it with a new revision naming the conflict.
        Person merged = loadPerson(officeB(), id);
        merged.marks = QStringLiteral("scars on both hands");
        const auto snapshot = officeB().records().snapshot(RecordKinds::person, id).value();
        NIGRAN_VERIFY_OK(officeB().records().putResolving(RecordKinds::person,
            { id, snapshot->district, snapshot->columns, QCborValue(toCbor(merged)).toCbor() },
            seenA.first().id, QStringLiteral("prosecutor")));
        QCOMPARE(Nigran::Testing::auditCount(officeB(), "resolve"), 1);
        auto resolved = syncB();
        NIGRAN_VERIFY_OK(resolved);
        QCOMPARE(resolved->applied, 1);
        QCOMPARE(resolved->conflicts, 0);
        NIGRAN_VERIFY_OK(syncA());
        verifyConverged();
        QCOMPARE(loadPerson(officeA(), id).marks, QStringLiteral("scars on both hands"));
        QCOMPARE(conflicts(officeA()).size(), 1);
        QVERIFY(!conflicts(officeA()).first().open);
    }

    void faultsApplyNothingTwice_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<int>("fault");
        for (auto [endpoint, name] :
            { std::pair { Endpoint::Handshake, "handshake" }, std::pair { Endpoint::Push, "push" },
                std::pair { Endpoint::Pull, "pull" }, std::pair { Endpoint::Fixes, "fixes" } }) {
            QTest::addRow("%s lost before the centre", name)
                << int(endpoint) << int(FaultyTransport::Fault::Before);
            QTest::addRow("%s response lost", name) << int(endpoint) << int(FaultyTransport::Fault::After);
        }
    }
    void faultsApplyNothingTwice()
    {
        QFETCH(int, endpoint);
        QFETCH(int, fault);
        m_fixtureA->addPeople(officeA(), 3, 60);
        m_fixtureB->addPeople(officeB(), 1, 70);
        NIGRAN_VERIFY_OK(syncB());

        m_transportA->failOnce(Endpoint(endpoint), FaultyTransport::Fault(fault));
        auto failed = syncA();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        if (Endpoint(endpoint) == Endpoint::Push) {
            // The frozen batch waits, with its outbox entries, to be sent again as it is.
            QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM sync_batches"), 1);
            QCOMPARE(SyncState::outboxSize(officeA().database()).value(), 3);
        }
        const QByteArray frozen
            = SyncState::pendingBatch(officeA().database()).value().value_or(PendingBatch {}).payload;

        auto retried = syncA();
        NIGRAN_VERIFY_OK(retried);
        QCOMPARE(retried->rejected, 0);
        QCOMPARE(retried->conflicts, 0);
        if (!frozen.isEmpty())
            QCOMPARE(retried->applied, 3); // the stored response of the same batch
        NIGRAN_VERIFY_OK(syncB());
        NIGRAN_VERIFY_OK(syncA());
        verifyConverged();
        // Each person reached the centre once, with one version each.
        QCOMPARE(centreRows(QStringLiteral("persons")), 4);
        QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(DISTINCT version) FROM persons"), 4);
        QCOMPARE(centreRows(QString::fromLatin1(ConflictEntity)), 0);
    }

    void lostFixPageIsFetchedAgainAndStoredOnce_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addRow("lost before the centre") << int(FaultyTransport::Fault::Before);
        QTest::addRow("response lost") << int(FaultyTransport::Fault::After);
    }
    void lostFixPageIsFetchedAgainAndStoredOnce()
    {
        QFETCH(int, fault);
        const QString person = m_fixtureA->addPeople(officeA(), 1, 80).first();
        MonitoringOrder order;
        order.personId = person;
        order.startDate = QDate(2026, 11, 1);
        order.isLifetime = true;
        order.deviceId = QStringLiteral("TAG-SESSION-1");
        order.status = MonitoringStatus::Active;
        NIGRAN_VERIFY_OK(
            RegisterService(m_fixtureA->session(QStringLiteral("supervisor"))).saveMonitoringOrder(order));
        NIGRAN_VERIFY_OK(syncA());
        QList<Fix> fixes;
        for (int i = 0; i < 25; ++i) {
            Fix fix;
            fix.deviceId = order.deviceId;
            fix.fixTime = m_fixtureA->clock().nowUtc().addSecs(-3600 + 60 * i);
            fix.latitude = 31.5 + i * 1e-4;
            fix.longitude = 74.3;
            fixes << fix;
        }
        {
            auto tx = m_store->begin();
            NIGRAN_VERIFY_OK(tx);
            NIGRAN_VERIFY_OK((*tx)->ingestFixes(fixes, m_fixtureA->clock().nowUtc()));
            NIGRAN_VERIFY_OK((*tx)->commit());
        }
        m_transportA->failOnce(Endpoint::Fixes, FaultyTransport::Fault(fault));
        auto failed = syncA();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QCOMPARE(FixStore(officeA().database()).fixCount().value(), 0);

        auto retried = syncA();
        NIGRAN_VERIFY_OK(retried);
        QCOMPARE(retried->fixesPulled, 25);
        NIGRAN_VERIFY_OK(syncA());
        QCOMPARE(FixStore(officeA().database()).fixCount().value(), 25);
        // The other office of the district holds no order for the tag: its fixes still reach it (they are
        // the district's), once.
        NIGRAN_VERIFY_OK(syncB());
        NIGRAN_VERIFY_OK(syncB());
        QCOMPARE(FixStore(officeB().database()).fixCount().value(), 25);
    }

    void pullHoldsRowsWithUnacknowledgedEdits()
    {
        const QString id = m_fixtureA->addPeople(officeA(), 1, 80).first();
        NIGRAN_VERIFY_OK(syncA());
        NIGRAN_VERIFY_OK(syncB());
        editMarks(officeA(), id, QStringLiteral("tattoo"));
        NIGRAN_VERIFY_OK(syncA());
        // B edits the row while its sync is between push and pull: the centre's newer revision must not
        // overwrite the unsent edit.
        m_transportB->beforePull = [&] { editMarks(officeB(), id, QStringLiteral("limp")); };
        auto held = syncB();
        NIGRAN_VERIFY_OK(held);
        QVERIFY(held->pullHeld);
        QCOMPARE(loadPerson(officeB(), id).marks, QStringLiteral("limp"));
        // The next sync pushes the edit (a conflict: it started from an older version), then pulls.
        auto next = syncB();
        NIGRAN_VERIFY_OK(next);
        QCOMPARE(next->conflicts, 1);
        QVERIFY(!next->pullHeld);
        NIGRAN_VERIFY_OK(syncA());
        verifyConverged();
        QCOMPARE(loadPerson(officeB(), id).marks, QStringLiteral("tattoo"));
        QCOMPARE(conflicts(officeA()).size(), 1);
    }

    void adaptiveBatches()
    {
        m_fixtureA->addPeople(officeA(), 25, 100);
        const qint64 rows = Nigran::Testing::count(
            officeA(), "SELECT count(*) FROM (SELECT DISTINCT entity, row_id FROM outbox)");
        QVERIFY(rows >= 25);
        SyncSession session(officeA(), *m_transportA);
        session.setBatchRows(SyncSession::MinBatchRows);
        std::optional<Result<SyncReport>> outcome;
        session.run([&](Result<SyncReport> result) { outcome = std::move(result); });
        QVERIFY(outcome.has_value());
        NIGRAN_VERIFY_OK(*outcome);
        QCOMPARE((*outcome)->applied, rows);
        // 10 rows, then 20, 40, … (grown after each good exchange): fewer batches than fixed at 10.
        QVERIFY((*outcome)->batches < (rows + 9) / 10);
        QVERIFY((*outcome)->batches >= 2);
        QVERIFY(session.batchRows() > SyncSession::MinBatchRows);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
