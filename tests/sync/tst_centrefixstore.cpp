// The centre's store contract for tag fixes and device assignments: every test runs against both
// backends (embedded SQLite and a throwaway PostgreSQL 15 cluster) with the same expectations, plus
// the PostgreSQL partitions.

#include "../common/postgrescluster.h"
#include "../common/testsupport.h"

#include "centre/centrestore.h"
#include "centre/centrestorefactory.h"
#include "centre/postgrescentrestore.h"
#include "centre/sqlitecentrestore.h"
#include "store/database.h"

#include <QDate>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace Nigran::Models;
using namespace Nigran::Sync;
using namespace Nigran::Testing;

namespace {

const QString Sqlite = QStringLiteral("sqlite");
const QString Postgres = QStringLiteral("postgresql");

QDateTime utc(int year, int month, int day, int hour = 8, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

/// A fix with every field known; `n` varies the values (awkward decimals on purpose).
Fix fullFix(const QString &device, const QDateTime &time, int n = 0)
{
    Fix fix;
    fix.deviceId = device;
    fix.fixTime = time;
    fix.deviceTime = time.addMSecs(1234);
    fix.latitude = 31.520123456789 + n * 1e-5;
    fix.longitude = 74.358712345678 - n * 1e-5;
    fix.accuracyMetres = 8.3 + n;
    fix.speedMps = 1.37;
    fix.source = n % 3 == 1 ? FixSource::Cell : n % 3 == 2 ? FixSource::Wifi : FixSource::Gps;
    fix.batteryPercent = 80 - n % 50;
    fix.strap = n % 2 ? StrapState::Open : StrapState::Closed;
    return fix;
}

/// A fix with only the required fields: the rest unknown.
Fix bareFix(const QString &device, const QDateTime &time)
{
    Fix fix;
    fix.deviceId = device;
    fix.fixTime = time;
    fix.latitude = -33.0;
    fix.longitude = 151.25;
    return fix;
}

QList<qint64> seqsOf(const QList<StoredFix> &stored)
{
    QList<qint64> seqs;
    for (const StoredFix &s : stored)
        seqs.append(s.seq);
    return seqs;
}

/// `fix` as the store gives it back.
Fix asStored(Fix fix, qint64 seq, const QDateTime &receivedAt)
{
    fix.id = seq;
    fix.receivedTime = receivedAt;
    return fix;
}

} // namespace

/// Opens a fresh, empty store of the row's backend as `store`, skipping the PostgreSQL row only when
/// PostgreSQL is not installed. `m_database` names the PostgreSQL database.
#define FRESH_STORE(store)                                                                                   \
    QFETCH(QString, backend);                                                                                \
    if (backend == Postgres && !PostgresCluster::isAvailable())                                              \
        QSKIP(qPrintable(PostgresCluster::unavailableReason()));                                             \
    const QString store##Spec = freshSpec(backend);                                                          \
    QVERIFY2(!store##Spec.isEmpty(), qPrintable(m_cluster.lastError()));                                     \
    auto store##Opened = openCentreStore(store##Spec);                                                       \
    NIGRAN_VERIFY_OK(store##Opened);                                                                         \
    std::unique_ptr<CentreStore> store = std::move(*store##Opened);                                          \
    QCOMPARE(store->backendName(), backend)

#define BEGIN_TX(tx, store)                                                                                  \
    auto tx##Begun = (store)->begin();                                                                       \
    NIGRAN_VERIFY_OK(tx##Begun);                                                                             \
    std::unique_ptr<CentreTransaction> tx = std::move(*tx##Begun)

class TestCentreFixStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
    int m_counter = 0;
    QString m_database;

    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << Sqlite;
        QTest::addRow("postgresql") << Postgres;
    }

    QString freshSpec(const QString &backend)
    {
        ++m_counter;
        if (backend == Sqlite)
            return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("centre-%1.db").arg(m_counter));
        if (!m_cluster.start())
            return {};
        m_database = QStringLiteral("fixes_%1").arg(m_counter);
        return m_cluster.createDatabase(m_database);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data() { addBackends(); }
    void roundTrip()
    {
        FRESH_STORE(store);
        const QDateTime received = utc(2026, 11, 28, 8, 0, 5, 250);
        const QList<Fix> input { fullFix(QStringLiteral("TEST-TAG-001"), utc(2026, 11, 28, 7, 59, 0, 125), 1),
            bareFix(QStringLiteral("TEST-TAG-002"), utc(2026, 11, 28, 7, 59, 30)),
            fullFix(QStringLiteral("TEST-TAG-001"), utc(2026, 11, 28, 7, 59, 30), 2) };
        QList<StoredFix> stored;
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->lastFixSeq().value(), 0);
            auto done = tx->storeFixes(input, received);
            NIGRAN_VERIFY_OK(done);
            stored = *done;
            NIGRAN_VERIFY_OK(tx->commit());
        }
        QCOMPARE(stored.size(), 3);
        // Ascending ingest sequence numbers in batch order; id = seq; received time recorded.
        QVERIFY(stored[0].seq >= 1);
        QVERIFY(stored[0].seq < stored[1].seq && stored[1].seq < stored[2].seq);
        for (qsizetype i = 0; i < input.size(); ++i)
            QCOMPARE(stored[i].fix, asStored(input[i], stored[i].seq, received));

        BEGIN_TX(tx, store);
        QCOMPARE(tx->lastFixSeq().value(), stored[2].seq);
        const auto all = tx->fixesSince(
            { QStringLiteral("TEST-TAG-001"), QStringLiteral("TEST-TAG-002") }, 0, QDateTime(), 100);
        NIGRAN_VERIFY_OK(all);
        QCOMPARE(*all, stored);
        // Unknown values come back unknown, not as zeros.
        const Fix &bare = all->at(1).fix;
        QVERIFY(!bare.hasAccuracy());
        QVERIFY(!bare.hasSpeed());
        QVERIFY(!bare.hasBattery());
        QVERIFY(!bare.deviceTime.isValid());
        QCOMPARE(bare.strap, StrapState::Unknown);
        QCOMPARE(bare.receivedTime, received);
    }

    void idempotentOnDeviceAndFixTime_data() { addBackends(); }
    void idempotentOnDeviceAndFixTime()
    {
        FRESH_STORE(store);
        const QString a = QStringLiteral("TEST-TAG-001");
        const QString b = QStringLiteral("TEST-TAG-002");
        const QDateTime t = utc(2026, 11, 28, 7);
        const QDateTime firstReceived = utc(2026, 11, 28, 8);
        {
            BEGIN_TX(tx, store);
            const auto counts
                = tx->ingestFixes({ fullFix(a, t), fullFix(a, t.addSecs(60)), fullFix(b, t) }, firstReceived);
            NIGRAN_VERIFY_OK(counts);
            QCOMPARE(*counts, (IngestCounts { 3, 0 }));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            // The same batch again, with other values and a later receive time, plus one new fix and a
            // pair inside the batch: only the new one (its first copy) is stored, nothing is replaced.
            BEGIN_TX(tx, store);
            Fix changed = fullFix(a, t, 7);
            Fix fresh = fullFix(b, t.addSecs(60), 3);
            Fix freshAgain = fullFix(b, t.addSecs(60), 4);
            const auto stored
                = tx->storeFixes({ changed, fullFix(a, t.addSecs(60)), fresh, fullFix(b, t), freshAgain },
                    utc(2026, 11, 28, 9));
            NIGRAN_VERIFY_OK(stored);
            QCOMPARE(stored->size(), 1);
            QCOMPARE(stored->first().fix.latitude, fresh.latitude);
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        const auto ofA = tx->deviceFixes(a, QDateTime(), QDateTime(), 100);
        NIGRAN_VERIFY_OK(ofA);
        QCOMPARE(ofA->size(), 2);
        QCOMPARE(ofA->first().fix.latitude, fullFix(a, t).latitude);
        QCOMPARE(ofA->first().fix.receivedTime, firstReceived);
        QCOMPARE(tx->deviceFixes(b, QDateTime(), QDateTime(), 100).value().size(), 2);
        QCOMPARE(tx->ingestFixes({ fullFix(a, t), fullFix(b, t) }, utc(2026, 11, 28, 10)).value(),
            (IngestCounts { 0, 2 }));
        // Same fix time, another device; same device, a millisecond later: both new.
        QCOMPARE(tx->ingestFixes({ fullFix(QStringLiteral("TEST-TAG-003"), t), fullFix(a, t.addMSecs(1)) },
                       utc(2026, 11, 28, 10))
                     .value(),
            (IngestCounts { 2, 0 }));
    }

    void seqFollowsCommitOrder_data() { addBackends(); }
    void seqFollowsCommitOrder()
    {
        FRESH_STORE(store);
        const QString device = QStringLiteral("TEST-TAG-001");
        QList<qint64> seqs;
        for (int batch = 0; batch < 4; ++batch) {
            BEGIN_TX(tx, store);
            QList<Fix> fixes;
            // Fix times out of order: the sequence follows ingest, not fix time.
            for (int i = 0; i < 3; ++i)
                fixes.append(bareFix(device, utc(2026, 11, 20 - batch, 10 - i)));
            const auto stored = tx->storeFixes(fixes, utc(2026, 11, 28, 8, batch));
            NIGRAN_VERIFY_OK(stored);
            seqs.append(seqsOf(*stored));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            // A rolled-back batch leaves nothing and does not disturb the order.
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->ingestFixes({ bareFix(device, utc(2026, 11, 1)) }, utc(2026, 11, 28)));
        }
        QCOMPARE(seqs.size(), 12);
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), 12);

        BEGIN_TX(tx, store);
        const auto feed = tx->fixesSince({ device }, 0, QDateTime(), 100);
        NIGRAN_VERIFY_OK(feed);
        QCOMPARE(seqsOf(*feed), seqs);
        QCOMPARE(tx->lastFixSeq().value(), seqs.last());
        QVERIFY(tx->deviceFixes(device, utc(2026, 11, 1), utc(2026, 11, 2), 10).value().isEmpty());
        // Later batches continue above everything handed out before.
        const auto later = tx->storeFixes({ bareFix(device, utc(2026, 11, 27)) }, utc(2026, 11, 28, 9));
        NIGRAN_VERIFY_OK(later);
        QVERIFY(later->first().seq > seqs.last());
    }

    void fixesSinceFilters_data() { addBackends(); }
    void fixesSinceFilters()
    {
        FRESH_STORE(store);
        const QString a = QStringLiteral("TEST-TAG-001");
        const QString b = QStringLiteral("TEST-TAG-002");
        const QString c = QStringLiteral("TEST-TAG-003");
        QList<StoredFix> stored;
        {
            BEGIN_TX(tx, store);
            QList<Fix> fixes;
            for (int day = 1; day <= 5; ++day)
                for (const QString &device : { a, b, c })
                    fixes.append(fullFix(device, utc(2026, 11, day * 5), day));
            auto done = tx->storeFixes(fixes, utc(2026, 11, 28));
            NIGRAN_VERIFY_OK(done);
            stored = *done;
            NIGRAN_VERIFY_OK(tx->commit());
        }
        auto expected
            = [&](const QStringList &devices, qint64 cursor, const QDateTime &notBefore, int limit) {
                  QList<StoredFix> out;
                  for (const StoredFix &s : stored)
                      if (devices.contains(s.fix.deviceId) && s.seq > cursor
                          && (!notBefore.isValid() || s.fix.fixTime >= notBefore) && out.size() < limit)
                          out.append(s);
                  return out;
              };
        BEGIN_TX(tx, store);
        struct Case
        {
            QStringList devices;
            qint64 cursor;
            QDateTime notBefore;
            int limit;
        };
        const QList<Case> cases {
            { { a }, 0, QDateTime(), 100 },
            { { a, c }, 0, QDateTime(), 100 },
            { { a, b, c }, stored[6].seq, QDateTime(), 100 },
            { { a, b }, 0, utc(2026, 11, 15), 100 }, // notBefore is inclusive
            { { a, b, c }, stored[2].seq, utc(2026, 11, 10), 4 },
            { { b }, 0, QDateTime(), 2 },
            { { QStringLiteral("TEST-TAG-404") }, 0, QDateTime(), 100 },
            { {}, 0, QDateTime(), 100 },
            { { a }, 0, QDateTime(), 0 },
            { { a }, stored.last().seq, QDateTime(), 100 },
        };
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &k = cases[i];
            const auto got = tx->fixesSince(k.devices, k.cursor, k.notBefore, k.limit);
            NIGRAN_VERIFY_OK(got);
            QVERIFY2(seqsOf(*got) == seqsOf(expected(k.devices, k.cursor, k.notBefore, k.limit)),
                qPrintable(QStringLiteral("case %1").arg(i)));
        }
        QCOMPARE(tx->fixesSince({ a, b }, 0, utc(2026, 11, 15), 100).value().size(), 6);

        // A long device list (a district with many tags) finds the same, still by seq and limited.
        QStringList many;
        for (int i = 0; i < 1200; ++i)
            many << QStringLiteral("TEST-TAG-X%1").arg(i, 4, 10, QLatin1Char('0'));
        many.insert(1100, c);
        many.insert(3, a);
        const auto longList = tx->fixesSince(many, stored[0].seq, QDateTime(), 7);
        NIGRAN_VERIFY_OK(longList);
        QCOMPARE(seqsOf(*longList), seqsOf(expected({ a, c }, stored[0].seq, QDateTime(), 7)));
    }

    void deviceFixesRange_data() { addBackends(); }
    void deviceFixesRange()
    {
        FRESH_STORE(store);
        const QString a = QStringLiteral("TEST-TAG-001");
        BEGIN_TX(tx, store);
        // Ingested newest first, across a month boundary (two partitions in PostgreSQL).
        QList<Fix> fixes;
        for (int i = 9; i >= 0; --i)
            fixes.append(fullFix(a, utc(2026, 11, 30, 20).addSecs(i * 3600), i));
        fixes.append(fullFix(QStringLiteral("TEST-TAG-002"), utc(2026, 12, 1, 0), 0));
        NIGRAN_VERIFY_OK(tx->ingestFixes(fixes, utc(2026, 12, 1, 6)));

        const auto all = tx->deviceFixes(a, QDateTime(), QDateTime(), 100);
        NIGRAN_VERIFY_OK(all);
        QCOMPARE(all->size(), 10);
        for (qsizetype i = 0; i < all->size(); ++i)
            QCOMPARE(all->at(i).fix.fixTime, utc(2026, 11, 30, 20).addSecs(i * 3600));
        // from ≤ fixTime < to
        const auto window = tx->deviceFixes(a, utc(2026, 11, 30, 23), utc(2026, 12, 1, 2), 100);
        NIGRAN_VERIFY_OK(window);
        QCOMPARE(window->size(), 3);
        QCOMPARE(window->first().fix.fixTime, utc(2026, 11, 30, 23));
        QCOMPARE(window->last().fix.fixTime, utc(2026, 12, 1, 1));
        QCOMPARE(tx->deviceFixes(a, utc(2026, 11, 30, 23), QDateTime(), 2).value().size(), 2);
        QCOMPARE(tx->deviceFixes(a, QDateTime(), utc(2026, 11, 30, 21), 100).value().size(), 1);
        QVERIFY(tx->deviceFixes(a, utc(2026, 12, 2), utc(2026, 12, 3), 100).value().isEmpty());
        QVERIFY(
            tx->deviceFixes(QStringLiteral("TEST-TAG-404"), QDateTime(), QDateTime(), 100).value().isEmpty());
    }

    void badBatchStoresNothing_data() { addBackends(); }
    void badBatchStoresNothing()
    {
        FRESH_STORE(store);
        const QString a = QStringLiteral("TEST-TAG-001");
        const QList<QList<Fix>> bad {
            { fullFix(a, utc(2026, 11, 1)), bareFix(QString(), utc(2026, 11, 1)) },
            { fullFix(a, utc(2026, 11, 1)), bareFix(a, QDateTime()) },
            { fullFix(a, utc(2026, 11, 1)), bareFix(a, utc(1999, 12, 31, 23)) },
            { fullFix(a, utc(2026, 11, 1)), bareFix(a, utc(2100, 1, 1, 0)) },
        };
        BEGIN_TX(tx, store);
        for (const QList<Fix> &batch : bad) {
            const auto counts = tx->ingestFixes(batch, utc(2026, 11, 28));
            QVERIFY(!counts);
            QCOMPARE(counts.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(!tx->ingestFixes({ fullFix(a, utc(2026, 11, 1)) }, QDateTime()));
        QCOMPARE(tx->lastFixSeq().value(), 0);
        QVERIFY(tx->deviceFixes(a, QDateTime(), QDateTime(), 10).value().isEmpty());
        QCOMPARE(tx->ingestFixes({}, utc(2026, 11, 28)).value(), (IngestCounts { 0, 0 }));
        // The edges of the accepted range.
        QCOMPARE(tx->ingestFixes(
                       { bareFix(a, utc(2000, 1, 1, 0)), bareFix(a, utc(2099, 12, 31, 23, 59, 59, 999)) },
                       utc(2026, 11, 28))
                     .value(),
            (IngestCounts { 2, 0 }));
    }

    void rolledBackPartitionIsMadeAgain_data() { addBackends(); }
    void rolledBackPartitionIsMadeAgain()
    {
        FRESH_STORE(store);
        const QString a = QStringLiteral("TEST-TAG-001");
        {
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->ingestFixes({ bareFix(a, utc(2025, 3, 3)) }, utc(2026, 11, 28)));
            // rolled back: in PostgreSQL the new partition goes with it
        }
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->ingestFixes({ bareFix(a, utc(2025, 3, 4)) }, utc(2026, 11, 28)).value(),
                (IngestCounts { 1, 0 }));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        QCOMPARE(tx->deviceFixes(a, QDateTime(), QDateTime(), 10).value().size(), 1);
    }

    void postgresPartitions()
    {
        if (!PostgresCluster::isAvailable())
            QSKIP(qPrintable(PostgresCluster::unavailableReason()));
        const QString spec = freshSpec(Postgres);
        QVERIFY2(!spec.isEmpty(), qPrintable(m_cluster.lastError()));
        auto store = openCentreStore(spec);
        NIGRAN_VERIFY_OK(store);
        {
            BEGIN_TX(tx, *store);
            NIGRAN_VERIFY_OK(
                tx->ingestFixes({ bareFix(QStringLiteral("TEST-TAG-001"), utc(2026, 10, 31, 23, 59, 59, 999)),
                                    bareFix(QStringLiteral("TEST-TAG-001"), utc(2026, 11, 1, 0)),
                                    bareFix(QStringLiteral("TEST-TAG-002"), utc(2027, 1, 15)) },
                    utc(2026, 11, 28)));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        const auto partitions = m_cluster.runSql(m_database,
            QStringLiteral(
                "SELECT c.relname || ':' || (SELECT count(*) FROM centre_fixes f WHERE f.tableoid = "
                "c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = "
                "'centre_fixes'::regclass AND c.relkind = 'r' ORDER BY c.relname"));
        QVERIFY2(partitions.has_value(), qPrintable(m_cluster.lastError()));
        QCOMPARE(partitions->split(QLatin1Char('\n')),
            QStringList({ QStringLiteral("centre_fixes_2026_10:1"), QStringLiteral("centre_fixes_2026_11:1"),
                QStringLiteral("centre_fixes_2027_01:1") }));
        const auto keys = m_cluster.runSql(m_database,
            QStringLiteral("SELECT pg_get_partkeydef('centre_fixes'::regclass) || ' ' || "
                           "(SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = "
                           "'centre_fixes'::regclass AND contype = 'p')"));
        QVERIFY2(keys.has_value(), qPrintable(m_cluster.lastError()));
        QCOMPARE(*keys, QStringLiteral("RANGE (fix_time) PRIMARY KEY (device_id, fix_time)"));
    }

    /// Several stores (as several `serve` processes would) ingest into the same new month at once: the
    /// partition is made once and every fix is stored with its own sequence number.
    void postgresConcurrentIngest()
    {
        if (!PostgresCluster::isAvailable())
            QSKIP(qPrintable(PostgresCluster::unavailableReason()));
        const QString spec = freshSpec(Postgres);
        QVERIFY2(!spec.isEmpty(), qPrintable(m_cluster.lastError()));
        constexpr int Writers = 4;
        constexpr int Batches = 5;
        std::vector<std::unique_ptr<CentreStore>> stores;
        for (int i = 0; i < Writers; ++i) {
            auto store = openCentreStore(spec);
            NIGRAN_VERIFY_OK(store);
            stores.push_back(std::move(*store));
        }
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            threads.emplace_back([&, w] {
                for (int b = 0; b < Batches; ++b) {
                    QList<Fix> fixes;
                    for (int i = 0; i < 50; ++i)
                        fixes.append(bareFix(
                            QStringLiteral("TEST-TAG-%1").arg(w), utc(2024, 2 + b % 2, 1 + i % 28, b, i)));
                    auto tx = stores[std::size_t(w)]->begin();
                    if (!tx || !(*tx)->ingestFixes(fixes, utc(2026, 11, 28)) || !(*tx)->commit())
                        ++failures;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        BEGIN_TX(tx, stores.front());
        QStringList devices;
        for (int w = 0; w < Writers; ++w)
            devices << QStringLiteral("TEST-TAG-%1").arg(w);
        const auto all = tx->fixesSince(devices, 0, QDateTime(), 100000);
        NIGRAN_VERIFY_OK(all);
        QCOMPARE(all->size(), Writers * Batches * 50);
        const QList<qint64> seqs = seqsOf(*all);
        QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), seqs.size());
    }

    /// A centre store made before fixes existed (schema 1, with a row in it) is migrated on open.
    void migratesFromSchemaOne_data() { addBackends(); }
    void migratesFromSchemaOne()
    {
        QFETCH(QString, backend);
        if (backend == Postgres && !PostgresCluster::isAvailable())
            QSKIP(qPrintable(PostgresCluster::unavailableReason()));
        const QString spec = freshSpec(backend);
        QVERIFY2(!spec.isEmpty(), qPrintable(m_cluster.lastError()));
        const bool sqlite = backend == Sqlite;
        // The schema-1 tables the migration must keep (centre_rows), and the version mark.
        const QString schemaOne = sqlite
            ? QStringLiteral(
                "CREATE TABLE centre_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);"
                "CREATE TABLE centre_seq (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);"
                "INSERT INTO centre_seq (id, value) VALUES (1, 7);"
                "CREATE TABLE centre_rows (entity TEXT NOT NULL, id TEXT NOT NULL, district TEXT NOT NULL, "
                "version INTEGER NOT NULL UNIQUE, hlc INTEGER NOT NULL, origin TEXT, deleted INTEGER NOT "
                "NULL, columns BLOB NOT NULL, body BLOB, PRIMARY KEY (entity, id));"
                "CREATE TABLE centre_batches (office_id TEXT NOT NULL, batch_id TEXT NOT NULL, response "
                "BLOB, stored_at_ms INTEGER NOT NULL, PRIMARY KEY (office_id, batch_id));"
                "CREATE TABLE centre_offices (office_id TEXT NOT NULL PRIMARY KEY, district TEXT, "
                "audit_seq INTEGER NOT NULL, audit_hash BLOB, last_sync_ms INTEGER, chain_problem TEXT);"
                "CREATE TABLE centre_office_audit (office_id TEXT NOT NULL, seq INTEGER NOT NULL, at_ms "
                "INTEGER, actor TEXT, action TEXT, entity TEXT, entity_id TEXT, detail TEXT, prev_hash "
                "BLOB, hash BLOB, PRIMARY KEY (office_id, seq));"
                "INSERT INTO centre_meta (key, value) VALUES ('schema_version', '1');")
            : QStringLiteral(
                "CREATE TABLE centre_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE SEQUENCE centre_version_seq AS BIGINT START 1 MINVALUE 1 NO CYCLE;"
                "CREATE TABLE centre_rows (entity TEXT NOT NULL, id TEXT NOT NULL, district TEXT NOT NULL, "
                "version BIGINT NOT NULL UNIQUE, hlc BIGINT NOT NULL, origin TEXT NOT NULL, deleted "
                "BOOLEAN NOT NULL, columns BYTEA NOT NULL, body BYTEA NOT NULL, PRIMARY KEY (entity, id));"
                "CREATE TABLE centre_batches (office_id TEXT NOT NULL, batch_id TEXT NOT NULL, response "
                "BYTEA NOT NULL, stored_at_ms BIGINT NOT NULL, PRIMARY KEY (office_id, batch_id));"
                "CREATE TABLE centre_offices (office_id TEXT NOT NULL PRIMARY KEY, district TEXT NOT NULL, "
                "audit_seq BIGINT NOT NULL, audit_hash BYTEA NOT NULL, last_sync_ms BIGINT, chain_problem "
                "TEXT NOT NULL);"
                "CREATE TABLE centre_office_audit (office_id TEXT NOT NULL, seq BIGINT NOT NULL, at_ms "
                "BIGINT, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT "
                "NOT NULL, detail TEXT NOT NULL, prev_hash BYTEA NOT NULL, hash BYTEA NOT NULL, PRIMARY "
                "KEY (office_id, seq));"
                "INSERT INTO centre_meta (key, value) VALUES ('schema_version', '1');");
        if (sqlite) {
            auto db = Database::openUnencrypted(spec.mid(int(qstrlen("sqlite:"))), { .create = true });
            NIGRAN_VERIFY_OK(db);
            NIGRAN_VERIFY_OK(db->exec(schemaOne.toStdString()));
        } else {
            QVERIFY2(m_cluster.runSql(m_database, schemaOne).has_value(), qPrintable(m_cluster.lastError()));
        }
        auto opened = openCentreStore(spec);
        NIGRAN_VERIFY_OK(opened);
        {
            BEGIN_TX(tx, *opened);
            QCOMPARE(tx->ingestFixes({ bareFix(QStringLiteral("TEST-TAG-001"), utc(2026, 11, 28)) },
                           utc(2026, 11, 28, 8))
                         .value(),
                (IngestCounts { 1, 0 }));
            NIGRAN_VERIFY_OK(tx->putDeviceAssignment({ QStringLiteral("TEST-TAG-001"),
                QStringLiteral("lahore"), QStringLiteral("p-1"), QStringLiteral("o-1") }));
            QVERIFY(tx->nextVersion().value() >= 1);
            NIGRAN_VERIFY_OK(tx->commit());
        }
        const QString select = QStringLiteral("SELECT value FROM centre_meta WHERE key = 'schema_version'");
        if (sqlite) {
            auto db = Database::openUnencrypted(spec.mid(int(qstrlen("sqlite:"))), {});
            NIGRAN_VERIFY_OK(db);
            auto version = db->prepare(select.toStdString());
            NIGRAN_VERIFY_OK(version);
            QCOMPARE(version->step().value(), true);
            QCOMPARE(version->text(0), QString::number(SqliteCentreStore::SchemaVersion));
        } else {
            QCOMPARE(m_cluster.runSql(m_database, select),
                std::optional<QString>(QString::number(PostgresCentreStore::SchemaVersion)));
        }
    }

    void deviceAssignments_data() { addBackends(); }
    void deviceAssignments()
    {
        FRESH_STORE(store);
        const DeviceAssignment one { QStringLiteral("TEST-TAG-001"), QStringLiteral("lahore"),
            QStringLiteral("p-1"), QStringLiteral("o-1") };
        const DeviceAssignment two { QStringLiteral("TEST-TAG-002"), QStringLiteral("lahore"),
            QStringLiteral("p-2"), QStringLiteral("o-2") };
        const DeviceAssignment three { QStringLiteral("TEST-TAG-000"), QStringLiteral("quetta"),
            QStringLiteral("p-3"), QStringLiteral("o-3") };
        {
            BEGIN_TX(tx, store);
            QVERIFY(tx->deviceAssignment(one.deviceId).value() == std::nullopt);
            QVERIFY(tx->districtDevices(QStringLiteral("lahore")).value().isEmpty());
            for (const DeviceAssignment &assignment : { two, one, three })
                NIGRAN_VERIFY_OK(tx->putDeviceAssignment(assignment));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->deviceAssignment(one.deviceId).value(), std::optional<DeviceAssignment>(one));
            QCOMPARE(tx->districtDevices(QStringLiteral("lahore")).value(),
                (QList<DeviceAssignment> { one, two }));
            QCOMPARE(
                tx->districtDevices(QStringLiteral("quetta")).value(), QList<DeviceAssignment> { three });
            // The device moves to another order in another district: replaced, not added.
            const DeviceAssignment moved { one.deviceId, QStringLiteral("quetta"), QStringLiteral("p-4"),
                QStringLiteral("o-4") };
            NIGRAN_VERIFY_OK(tx->putDeviceAssignment(moved));
            QCOMPARE(tx->deviceAssignment(one.deviceId).value(), std::optional<DeviceAssignment>(moved));
            QCOMPARE(tx->districtDevices(QStringLiteral("lahore")).value(), QList<DeviceAssignment> { two });
            QCOMPARE(tx->districtDevices(QStringLiteral("quetta")).value(),
                (QList<DeviceAssignment> { three, moved }));
            QVERIFY(!tx->putDeviceAssignment({ QString(), QStringLiteral("lahore"), {}, {} }));
            // rolled back
        }
        BEGIN_TX(tx, store);
        QCOMPARE(tx->deviceAssignment(one.deviceId).value(), std::optional<DeviceAssignment>(one));
    }

    /// Zone rows found by their order (the index putRow() keeps), tombstones included, in the district
    /// only, whatever else is stored.
    void orderZoneRows_data() { addBackends(); }
    void orderZoneRows()
    {
        FRESH_STORE(store);
        const auto zoneRow = [](const QString &id, const QString &district, const QString &order,
                                 qint64 version, bool deleted = false) {
            return WireRow { QStringLiteral("zones"), id, district, version, version * 10,
                QStringLiteral("office-1"), deleted,
                { QStringLiteral("p-1"), order, QStringLiteral("z-") + id, 1 },
                QByteArray("body-") + id.toLatin1() };
        };
        QList<WireRow> expected;
        {
            BEGIN_TX(tx, store);
            QList<WireRow> rows { zoneRow(QStringLiteral("a"), QStringLiteral("lahore"),
                                      QStringLiteral("o-1"), 0),
                zoneRow(QStringLiteral("b"), QStringLiteral("lahore"), QStringLiteral("o-2"), 0),
                zoneRow(QStringLiteral("c"), QStringLiteral("lahore"), QStringLiteral("o-1"), 0, true),
                zoneRow(QStringLiteral("d"), QStringLiteral("quetta"), QStringLiteral("o-1"), 0),
                // Another entity whose second column happens to name the order.
                WireRow { QStringLiteral("cases"), QStringLiteral("e"), QStringLiteral("lahore"), 0, 1,
                    QStringLiteral("office-1"), false, { QStringLiteral("p-1"), QStringLiteral("o-1") },
                    QByteArray("case") } };
            for (WireRow &row : rows) {
                row.version = tx->nextVersion().value();
                NIGRAN_VERIFY_OK(tx->putRow(row));
            }
            expected = { rows[0], rows[2] };
            QCOMPARE(tx->orderZoneRows(QStringLiteral("lahore"), QStringLiteral("o-1")).value(), expected);
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        QCOMPARE(tx->orderZoneRows(QStringLiteral("lahore"), QStringLiteral("o-1")).value(), expected);
        QCOMPARE(tx->orderZoneRows(QStringLiteral("quetta"), QStringLiteral("o-1")).value().size(), 1);
        QVERIFY(tx->orderZoneRows(QStringLiteral("lahore"), QStringLiteral("o-9")).value().isEmpty());
        // A row written again (a tombstone of zone a) stays found once.
        WireRow gone = expected[0];
        gone.deleted = true;
        gone.version = tx->nextVersion().value();
        NIGRAN_VERIFY_OK(tx->putRow(gone));
        QCOMPARE(tx->orderZoneRows(QStringLiteral("lahore"), QStringLiteral("o-1")).value(),
            (QList<WireRow> { expected[1], gone }));
    }
};

QTEST_GUILESS_MAIN(TestCentreFixStore)
#include "tst_centrefixstore.moc"
