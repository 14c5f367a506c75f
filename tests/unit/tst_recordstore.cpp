// The single write path: row, outbox entry and audit entry are written together or not at all.

#include "../common/testsupport.h"

#include "audit/auditlog.h"
#include "security/clock.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/hybridlogicalclock.h"
#include "store/migrator.h"
#include "store/recordstore.h"
#include "store/syncstate.h"
#include "store/transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Models;

class TestRecordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 5, 1), QTime(10, 0), QTimeZone::utc()) };
    Database m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<RecordStore> m_store;
    int m_dbCount = 0;

    RecordWrite caseRow(const QString &id, const QString &fir) const
    {
        return { id, QStringLiteral("PB-LHR"), { QStringLiteral("person-1"), fir },
            QByteArray("\xa1\x01\x02", 3) };
    }

    qint64 count(const char *sql) { return m_db.queryInt(sql).value_or(-1); }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_dbCount)),
            SecureBytes::random(32), { .create = true });
        NIGRAN_VERIFY_OK(db);
        m_db = std::move(*db);
        NIGRAN_VERIFY_OK(Migrator::migrate(m_db));
        m_audit = std::make_unique<AuditLog>(m_db, m_clock);
        m_hlc = std::make_unique<HybridLogicalClock>(m_clock);
        m_store = std::make_unique<RecordStore>(m_db, *m_audit, *m_hlc, QStringLiteral("office-A"));
    }

    void putWritesRowOutboxAndAudit()
    {
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("fir-1")),
                QStringLiteral("pros"), QStringLiteral("create")));
        const auto stored = m_store->get(RecordKinds::caseRecord, QStringLiteral("c1")).value();
        QVERIFY(stored);
        QCOMPARE(stored->district, QStringLiteral("PB-LHR"));
        QCOMPARE(stored->origin, QStringLiteral("office-A"));
        QCOMPARE(stored->version, 0);
        QVERIFY(stored->hlc > 0);
        QVERIFY(!stored->deleted);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE entity = 'cases' AND row_id = 'c1' AND op = 'put' "
                       "AND base_version = 0"),
            1);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE entity = 'cases' AND entity_id = 'c1' AND "
                       "action = 'create'"),
            1);
        QCOMPARE(count("SELECT count(*) FROM cases WHERE fir_key = 'fir-1'"), 1);
        QCOMPARE(m_db.queryInt("SELECT hlc FROM outbox").value(), stored->hlc);
    }

    void updateRecordsTheBaseVersionItStartedFrom()
    {
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("a")),
                QStringLiteral("pros"), QStringLiteral("create")));
        NIGRAN_VERIFY_OK(
            m_db.exec("UPDATE cases SET version = 5 WHERE id = 'c1'")); // as acknowledged by the centre
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("b")),
                QStringLiteral("pros"), QStringLiteral("update")));
        QCOMPARE(count("SELECT base_version FROM outbox ORDER BY seq DESC LIMIT 1"), 5);
        QCOMPARE(count("SELECT version FROM cases WHERE id = 'c1'"), 5); // only the centre assigns versions
        QCOMPARE(count("SELECT count(*) FROM cases WHERE fir_key = 'b'"), 1);
    }

    void removeLeavesATombstone()
    {
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("a")),
                QStringLiteral("pros"), QStringLiteral("create")));
        NIGRAN_VERIFY_OK(
            m_store->remove(RecordKinds::caseRecord, QStringLiteral("c1"), QStringLiteral("pros")));
        const auto stored = m_store->get(RecordKinds::caseRecord, QStringLiteral("c1")).value();
        QVERIFY(stored && stored->deleted);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE op = 'delete'"), 1);
        QVERIFY(m_store->forPerson(RecordKinds::caseRecord, QStringLiteral("person-1"))->isEmpty());
        QCOMPARE(m_store->remove(RecordKinds::caseRecord, QStringLiteral("c1"), QStringLiteral("pros"))
                     .error()
                     .code,
            ErrorCode::NotFound);
    }

    void abandonedTransactionWritesNothing()
    {
        {
            auto tx = Transaction::begin(m_db);
            NIGRAN_VERIFY_OK(
                m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("a")),
                    QStringLiteral("pros"), QStringLiteral("create")));
            NIGRAN_VERIFY_OK(m_store->put(RecordKinds::charge,
                { QStringLiteral("ch1"), QStringLiteral("PB-LHR"),
                    { QStringLiteral("person-1"), QStringLiteral("c1") }, QByteArray("\xa0", 1) },
                QStringLiteral("pros"), QStringLiteral("create")));
            // no commit: as if a later step of the same save failed
        }
        QCOMPARE(count("SELECT count(*) FROM cases"), 0);
        QCOMPARE(count("SELECT count(*) FROM charges"), 0);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), 0);
        QVERIFY(m_audit->verify()->intact);
    }

    void failingWriteLeavesNoOutboxOrAudit()
    {
        // A row whose indexed column violates NOT NULL fails inside put(): nothing of it may remain.
        RecordWrite broken = caseRow(QStringLiteral("c1"), QStringLiteral("a"));
        broken.columns[0] = QVariant();
        QVERIFY(
            !m_store->put(RecordKinds::caseRecord, broken, QStringLiteral("pros"), QStringLiteral("create")));
        QCOMPARE(count("SELECT count(*) FROM cases"), 0);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), 0);
    }

    void logicalClockStaysMonotonicWhenWallClockStepsBack()
    {
        qint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            NIGRAN_VERIFY_OK(m_store->put(RecordKinds::caseRecord,
                caseRow(QStringLiteral("c%1").arg(i), QStringLiteral("x")), QStringLiteral("pros"),
                QStringLiteral("create")));
            const qint64 hlc
                = m_store->get(RecordKinds::caseRecord, QStringLiteral("c%1").arg(i)).value()->hlc;
            QVERIFY(hlc > last);
            last = hlc;
            m_clock.advance(std::chrono::hours(-1));
        }
        QVERIFY(m_hlc->observe(HybridLogicalClock::compose(HybridLogicalClock::physicalMs(last) + 60000, 3))
            > last);
    }

    void forPersonListsLiveRowsInChangeOrder()
    {
        for (const char *id : { "c2", "c1", "c3" })
            NIGRAN_VERIFY_OK(
                m_store->put(RecordKinds::caseRecord, caseRow(QString::fromLatin1(id), QStringLiteral("x")),
                    QStringLiteral("pros"), QStringLiteral("create")));
        const auto rows = m_store->forPerson(RecordKinds::caseRecord, QStringLiteral("person-1")).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].id, QStringLiteral("c2"));
        QCOMPARE(rows[2].id, QStringLiteral("c3"));
    }

    void applyRemoteWritesTheRowAsSentWithoutOutboxOrAudit_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addRow("new row") << false;
        QTest::addRow("over a local row") << true;
    }
    void applyRemoteWritesTheRowAsSentWithoutOutboxOrAudit()
    {
        QFETCH(bool, existing);
        if (existing) {
            NIGRAN_VERIFY_OK(
                m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("local")),
                    QStringLiteral("pros"), QStringLiteral("create")));
            NIGRAN_VERIFY_OK(m_db.exec("DELETE FROM outbox")); // acknowledged
        }
        const qint64 audit = count("SELECT count(*) FROM audit_log");
        const qint64 remoteHlc = HybridLogicalClock::compose(m_clock.nowUtc().toMSecsSinceEpoch() + 60000, 3);
        const RemoteRecord remote { QStringLiteral("c1"), QStringLiteral("PB-LHR"), 42, remoteHlc,
            QStringLiteral("office-B"), true, { QStringLiteral("person-1"), QStringLiteral("remote") },
            QByteArray("\xa1\x01\x03", 3) };
        NIGRAN_VERIFY_OK(m_store->applyRemote(RecordKinds::caseRecord, remote));
        const auto stored = m_store->get(RecordKinds::caseRecord, QStringLiteral("c1")).value();
        QVERIFY(stored);
        QCOMPARE(stored->version, 42);
        QCOMPARE(stored->hlc, remoteHlc);
        QCOMPARE(stored->origin, QStringLiteral("office-B"));
        QVERIFY(stored->deleted);
        QCOMPARE(stored->body, remote.body);
        QCOMPARE(count("SELECT count(*) FROM cases WHERE fir_key = 'remote'"), 1);
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), audit);
        // The remote clock was observed: the next local change orders after it.
        QVERIFY(m_hlc->tick() > remoteHlc);
    }

    void applyRemoteRowsWritesAPageInOneTransaction_data()
    {
        QTest::addColumn<bool>("failLast");
        QTest::addRow("all rows good") << false;
        QTest::addRow("last row fails: nothing written") << true;
    }
    void applyRemoteRowsWritesAPageInOneTransaction()
    {
        QFETCH(bool, failLast);
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("local")),
                QStringLiteral("pros"), QStringLiteral("create")));
        NIGRAN_VERIFY_OK(m_db.exec("DELETE FROM outbox")); // acknowledged
        const qint64 audit = count("SELECT count(*) FROM audit_log");
        const qint64 base = m_clock.nowUtc().toMSecsSinceEpoch();
        const qint64 newest = HybridLogicalClock::compose(base + 90000, 1);
        QList<RemoteChange> page;
        page << RemoteChange { &RecordKinds::caseRecord,
            { QStringLiteral("c1"), QStringLiteral("PB-LHR"), 5, HybridLogicalClock::compose(base + 1000, 0),
                QStringLiteral("office-B"), false, { QStringLiteral("person-1"), QStringLiteral("updated") },
                QByteArray("\xa1\x01\x05", 3) } };
        page << RemoteChange { &RecordKinds::caseRecord,
            { QStringLiteral("c2"), QStringLiteral("PB-LHR"), 6, newest, QStringLiteral("office-B"), false,
                { QStringLiteral("person-1"), QStringLiteral("new") }, QByteArray("\xa1\x01\x06", 3) } };
        page << RemoteChange { &RecordKinds::caseRecord,
            { QStringLiteral("c3"), QStringLiteral("PB-LHR"), 7, HybridLogicalClock::compose(base + 2000, 0),
                QStringLiteral("office-C"), true, { QStringLiteral("person-1"), QStringLiteral("gone") },
                QByteArray("\xa0", 1) } };
        if (failLast) // a NULL person_id breaks NOT NULL: the whole page must roll back
            page << RemoteChange { &RecordKinds::caseRecord,
                { QStringLiteral("c4"), QStringLiteral("PB-LHR"), 8, newest + 5, QStringLiteral("office-B"),
                    false, { QVariant(), QStringLiteral("bad") }, QByteArray("\xa0", 1) } };
        const auto applied = m_store->applyRemoteRows(page);
        QCOMPARE(bool(applied), !failLast);
        if (failLast) {
            QCOMPARE(count("SELECT count(*) FROM cases"), 1);
            QCOMPARE(count("SELECT count(*) FROM cases WHERE fir_key = 'local' AND version = 0"), 1);
            return;
        }
        QCOMPARE(count("SELECT count(*) FROM cases"), 3);
        QCOMPARE(count("SELECT version FROM cases WHERE id = 'c1' AND fir_key = 'updated'"), 5);
        QCOMPARE(count("SELECT version FROM cases WHERE id = 'c2' AND fir_key = 'new'"), 6);
        QCOMPARE(count("SELECT deleted FROM cases WHERE id = 'c3'"), 1);
        const auto updated = m_store->get(RecordKinds::caseRecord, QStringLiteral("c1")).value();
        QVERIFY(updated);
        QCOMPARE(updated->origin, QStringLiteral("office-B"));
        QCOMPARE(updated->body, QByteArray("\xa1\x01\x05", 3));
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), audit);
        // Every HLC was observed (the newest is not the last row) and the clock state stored once.
        QVERIFY(m_hlc->tick() > newest);
        QVERIFY(count("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'hlc'") > newest);
    }

    void snapshotReturnsIndexedColumnsByType()
    {
        NIGRAN_VERIFY_OK(m_store->put(RecordKinds::person,
            { QStringLiteral("p1"), QStringLiteral("PB-LHR"),
                { QStringLiteral("9110112345671"), QVariant(), QStringLiteral("Ali Namoona"),
                    QStringLiteral(""), QStringLiteral("ali namoona"), QStringLiteral(""), QDate(1980, 2, 29),
                    QStringLiteral("draft"), true },
                QByteArray("\xa0", 1) },
            QStringLiteral("pros"), QStringLiteral("create")));
        const auto snapshot = m_store->snapshot(RecordKinds::person, QStringLiteral("p1")).value();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->columns.size(), RecordKinds::person.columns.size());
        QCOMPARE(snapshot->columns.at(0), QVariant(QStringLiteral("9110112345671")));
        QVERIFY(!snapshot->columns.at(1).isValid());
        QVERIFY(!snapshot->columns.at(3).toString().isNull()); // empty text, not NULL
        QCOMPARE(snapshot->columns.at(3).metaType().id(), int(QMetaType::QString));
        QCOMPARE(snapshot->columns.at(6), QVariant(QStringLiteral("1980-02-29")));
        QCOMPARE(snapshot->columns.at(8), QVariant(qlonglong(1)));
        QCOMPARE(snapshot->origin, QStringLiteral("office-A"));
        QVERIFY(!m_store->snapshot(RecordKinds::person, QStringLiteral("nobody")).value());
    }

    void putResolvingNamesTheConflictInTheOutbox()
    {
        NIGRAN_VERIFY_OK(
            m_store->put(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("a")),
                QStringLiteral("pros"), QStringLiteral("create")));
        NIGRAN_VERIFY_OK(m_store->setVersion(RecordKinds::caseRecord, QStringLiteral("c1"), 9));
        NIGRAN_VERIFY_OK(
            m_store->putResolving(RecordKinds::caseRecord, caseRow(QStringLiteral("c1"), QStringLiteral("b")),
                QStringLiteral("conflict-1"), QStringLiteral("pros")));
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE resolves = 'conflict-1' AND base_version = 9"), 1);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE resolves IS NULL"), 1);
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'resolve' AND entity_id = 'c1'"), 1);
        QCOMPARE(count("SELECT version FROM cases WHERE id = 'c1'"), 9);
    }

    void syncStateKeepsCursorHeadAndBatches()
    {
        QCOMPARE(SyncState::cursor(m_db).value(), 0);
        QCOMPARE(SyncState::acceptedAuditHead(m_db).value(), AuditHead::genesis());
        NIGRAN_VERIFY_OK(SyncState::setCursor(m_db, 1234));
        const AuditHead head { 7, QByteArray(32, '\x5a') };
        NIGRAN_VERIFY_OK(SyncState::setAcceptedAuditHead(m_db, head));
        QCOMPARE(SyncState::cursor(m_db).value(), 1234);
        QCOMPARE(SyncState::acceptedAuditHead(m_db).value(), head);

        for (const char *id : { "c1", "c2" })
            NIGRAN_VERIFY_OK(
                m_store->put(RecordKinds::caseRecord, caseRow(QString::fromLatin1(id), QStringLiteral("a")),
                    QStringLiteral("pros"), QStringLiteral("create")));
        QCOMPARE(SyncState::unbatched(m_db, 10)->size(), 2);
        NIGRAN_VERIFY_OK(SyncState::assignToBatch(
            m_db, QStringLiteral("cases"), QStringLiteral("c1"), QStringLiteral("b1")));
        NIGRAN_VERIFY_OK(SyncState::savePendingBatch(
            m_db, { QStringLiteral("b1"), QByteArray("frozen"), m_clock.nowUtc() }));
        QCOMPARE(SyncState::unbatched(m_db, 10)->size(), 1);
        QVERIFY(SyncState::hasUnacknowledged(m_db, QStringLiteral("cases"), QStringLiteral("c1")).value());
        QCOMPARE(SyncState::unacknowledgedRows(m_db).value(),
            QSet<QString>({ QStringLiteral("cases/c1"), QStringLiteral("cases/c2") }));
        QCOMPARE(SyncState::pendingBatch(m_db).value()->payload, QByteArray("frozen"));
        NIGRAN_VERIFY_OK(SyncState::rebase(m_db, QStringLiteral("cases"), QStringLiteral("c2"), 17));
        QCOMPARE(SyncState::unbatched(m_db, 10)->first().baseVersion, 17);
        NIGRAN_VERIFY_OK(SyncState::dropBatch(m_db, QStringLiteral("b1")));
        QVERIFY(!SyncState::pendingBatch(m_db).value());
        QVERIFY(!SyncState::hasUnacknowledged(m_db, QStringLiteral("cases"), QStringLiteral("c1")).value());
        QCOMPARE(SyncState::unacknowledgedRows(m_db).value(), QSet<QString>({ QStringLiteral("cases/c2") }));
        QCOMPARE(SyncState::outboxSize(m_db).value(), 1);
    }

    void migratesToSchemaFour()
    {
        QCOMPARE(Migrator::latestVersion(), 4);
        QCOMPARE(Migrator::currentVersion(m_db).value(), 4);
        QCOMPARE(count("SELECT count(*) FROM sync_conflicts"), 0);
        QCOMPARE(count("SELECT count(*) FROM sync_batches"), 0);
        for (const char *table : { "zones", "alerts", "fix_blocks", "fix_blocks_rtree" })
            QCOMPARE(count((QByteArray("SELECT count(*) FROM ") + table).constData()), 0);
        // The R*Tree module is compiled into the SQLCipher build this runs on.
        QCOMPARE(count("SELECT count(*) FROM sqlite_master WHERE name = 'fix_blocks_rtree' AND sql LIKE "
                       "'%USING rtree%'"),
            1);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
