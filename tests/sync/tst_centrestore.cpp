// The centre's store contract: every test runs against both backends (embedded SQLite and a
// throwaway PostgreSQL 15 cluster) with the same expectations.

#include "../common/postgrescluster.h"
#include "../common/testsupport.h"

#include "centre/centrestore.h"
#include "centre/centrestorefactory.h"
#include "centre/postgrescentrestore.h"
#include "centre/sqlitecentrestore.h"
#include "store/database.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace Nigran::Models;
using namespace Nigran::Sync;
using namespace Nigran::Testing;

namespace {

const QString Sqlite = QStringLiteral("sqlite");
const QString Postgres = QStringLiteral("postgresql");

WireRow makeRow(const QString &district, qint64 version, const QString &id, bool deleted = false)
{
    WireRow row;
    row.entity = QStringLiteral("persons");
    row.id = id;
    row.district = district;
    row.version = version;
    row.hlc = 1'700'000'000'000'000 + version;
    row.origin = QStringLiteral("office-%1").arg(district);
    row.deleted = deleted;
    row.columns = { QStringLiteral("Namoona"), QStringLiteral("9%1").arg(version, 12, 10, QLatin1Char('0')),
        QDate(1990, 1, 2), qint64(version), true, QVariant() };
    row.body = QByteArray("\xa1\x61\x76", 3) + QByteArray::number(version);
    return row;
}

QList<AuditEntry> chain(qint64 fromSeq, int count, QByteArray prevHash)
{
    QList<AuditEntry> entries;
    for (int i = 0; i < count; ++i) {
        AuditEntry entry;
        entry.seq = fromSeq + i;
        entry.at = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()).addMSecs(entry.seq * 1001);
        entry.actor = QStringLiteral("clerk1");
        entry.action = QStringLiteral("update");
        entry.entity = QStringLiteral("persons");
        entry.entityId = QStringLiteral("p-%1").arg(entry.seq);
        entry.detail = QStringLiteral("fields: address");
        entry.prevHash = prevHash;
        entry.hash = entry.computeHash();
        prevHash = entry.hash;
        entries.append(entry);
    }
    return entries;
}

} // namespace

/// Opens a fresh, empty store of the row's backend as `store` (its spec in `spec`), skipping the
/// PostgreSQL row only when PostgreSQL is not installed.
#define FRESH_STORE(spec, store)                                                                             \
    QFETCH(QString, backend);                                                                                \
    if (backend == Postgres && !PostgresCluster::isAvailable())                                              \
        QSKIP(qPrintable(PostgresCluster::unavailableReason()));                                             \
    const QString spec = freshSpec(backend);                                                                 \
    QVERIFY2(!spec.isEmpty(), qPrintable(m_cluster.lastError()));                                            \
    auto store##Opened = openCentreStore(spec);                                                              \
    NIGRAN_VERIFY_OK(store##Opened);                                                                         \
    std::unique_ptr<CentreStore> store = std::move(*store##Opened);                                          \
    QCOMPARE(store->backendName(), backend)

#define BEGIN_TX(tx, store)                                                                                  \
    auto tx##Begun = (store)->begin();                                                                       \
    NIGRAN_VERIFY_OK(tx##Begun);                                                                             \
    std::unique_ptr<CentreTransaction> tx = std::move(*tx##Begun)

class TestCentreStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PostgresCluster m_cluster;
    int m_counter = 0;

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
        const QString name = QStringLiteral("centre_%1").arg(m_counter);
        const QString spec = m_cluster.createDatabase(name);
        if (spec.isEmpty())
            return {};
        // Alternate between the two spellings the factory accepts.
        return m_counter % 2 ? spec : m_cluster.uri(name);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rowsRoundTrip_data() { addBackends(); }
    void rowsRoundTrip()
    {
        FRESH_STORE(spec, store);
        const WireRow live = makeRow(QStringLiteral("lahore"), 1, QStringLiteral("p-1"));
        const WireRow tomb = makeRow(QStringLiteral("lahore"), 2, QStringLiteral("p-2"), true);
        WireRow bare = makeRow(QStringLiteral("quetta"), 3, QStringLiteral("p-3"));
        bare.columns.clear();
        bare.body.clear();
        {
            BEGIN_TX(tx, store);
            for (const WireRow &row : { live, tomb, bare }) {
                auto version = tx->nextVersion();
                NIGRAN_VERIFY_OK(version);
                QCOMPARE(*version, row.version);
                NIGRAN_VERIFY_OK(tx->putRow(row));
            }
            // Visible inside the transaction that wrote it.
            QCOMPARE(tx->row(live.entity, live.id).value(), std::optional<WireRow>(live));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        for (const WireRow &row : { live, tomb, bare }) {
            auto stored = tx->row(row.entity, row.id);
            NIGRAN_VERIFY_OK(stored);
            QVERIFY2(stored->has_value(), qPrintable(row.id));
            QCOMPARE(**stored, row);
        }
        QVERIFY(tx->row(QStringLiteral("persons"), QStringLiteral("p-404")).value() == std::nullopt);
        QVERIFY(tx->row(QStringLiteral("cases"), live.id).value() == std::nullopt);
        QVERIFY(tx->row(QString::fromLatin1(ConflictEntity), live.id).value() == std::nullopt);

        // A new revision replaces the row, tombstone included.
        auto version = tx->nextVersion();
        NIGRAN_VERIFY_OK(version);
        WireRow revised = live;
        revised.version = *version;
        revised.deleted = true;
        revised.columns[0] = QStringLiteral("Namoona Two");
        NIGRAN_VERIFY_OK(tx->putRow(revised));
        NIGRAN_VERIFY_OK(tx->commit());
        BEGIN_TX(check, store);
        QCOMPARE(check->row(live.entity, live.id).value(), std::optional<WireRow>(revised));
        QVERIFY(!check->putRow(makeRow(QStringLiteral("lahore"), 0, QStringLiteral("p-9"))));
    }

    void columnsRoundTrip_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QVariant>("value");
        const QList<std::pair<const char *, QVariant>> values = {
            { "null", QVariant() },
            { "empty string", QString(QLatin1String("")) },
            { "urdu string", QStringLiteral("نمونہ") },
            { "zero", qint64(0) },
            { "int", 42 },
            { "negative", qint64(-7) },
            { "large", qint64(9'007'199'254'740'993) },
            { "true", true },
            { "false", false },
            { "date", QDate(2031, 12, 31) },
            { "leap date", QDate(2024, 2, 29) },
            { "double", 2.5 },
            { "bytes", QByteArray("\x00\x01\xff", 3) },
        };
        for (const QString &backend : { Sqlite, Postgres })
            for (const auto &[name, value] : values)
                QTest::addRow("%s/%s", qPrintable(backend), name) << backend << value;
    }
    void columnsRoundTrip()
    {
        QFETCH(QVariant, value);
        FRESH_STORE(spec, store);
        WireRow row = makeRow(QStringLiteral("lahore"), 1, QStringLiteral("p-1"));
        row.columns = { value, QStringLiteral("after") };
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->nextVersion().value(), 1);
            NIGRAN_VERIFY_OK(tx->putRow(row));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        auto stored = tx->row(row.entity, row.id);
        NIGRAN_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->columns.size(), 2);
        QCOMPARE((*stored)->columns.at(0), value);
        QCOMPARE((*stored)->columns.at(0).isValid(), value.isValid());
        if (value.typeId() == QMetaType::QDate)
            QCOMPARE((*stored)->columns.at(0).typeId(), int(QMetaType::QDate));
        QCOMPARE((*stored)->columns.at(1), QVariant(QStringLiteral("after")));
    }

    void unsupportedColumnIsRefused_data() { addBackends(); }
    void unsupportedColumnIsRefused()
    {
        FRESH_STORE(spec, store);
        BEGIN_TX(tx, store);
        WireRow row = makeRow(QStringLiteral("lahore"), tx->nextVersion().value(), QStringLiteral("p-1"));
        row.columns = { QVariant::fromValue(QStringList { QStringLiteral("a") }) };
        auto put = tx->putRow(row);
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::InvalidInput);
    }

    void changesSince_data() { addBackends(); }
    void changesSince()
    {
        FRESH_STORE(spec, store);
        QList<qint64> lahore;
        {
            BEGIN_TX(tx, store);
            // Interleaved districts; ids in an order unrelated to versions.
            for (int i = 0; i < 30; ++i) {
                const qint64 version = tx->nextVersion().value();
                const QString district = i % 3 == 0 ? QStringLiteral("quetta") : QStringLiteral("lahore");
                NIGRAN_VERIFY_OK(tx->putRow(makeRow(district, version, QStringLiteral("id-%1").arg(99 - i))));
                if (district == QLatin1String("lahore"))
                    lahore << version;
            }
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        auto all = tx->changesSince(QStringLiteral("lahore"), 0, 1000);
        NIGRAN_VERIFY_OK(all);
        QList<qint64> versions;
        for (const WireRow &row : *all) {
            QCOMPARE(row.district, QStringLiteral("lahore"));
            versions << row.version;
        }
        QCOMPARE(versions, lahore);

        // Cursor and limit page through the same sequence without gaps or repeats.
        QList<qint64> paged;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            auto rows = tx->changesSince(QStringLiteral("lahore"), cursor, 7);
            NIGRAN_VERIFY_OK(rows);
            QVERIFY(rows->size() <= 7);
            if (rows->isEmpty())
                break;
            for (const WireRow &row : *rows) {
                QVERIFY(row.version > cursor);
                paged << row.version;
                cursor = row.version;
            }
        }
        QCOMPARE(paged, lahore);

        auto fromMiddle = tx->changesSince(QStringLiteral("lahore"), lahore.at(9), 3);
        NIGRAN_VERIFY_OK(fromMiddle);
        QCOMPARE(fromMiddle->size(), 3);
        QCOMPARE(fromMiddle->first().version, lahore.at(10));
        QCOMPARE(fromMiddle->last().version, lahore.at(12));
        QVERIFY(tx->changesSince(QStringLiteral("lahore"), lahore.last(), 10).value().isEmpty());
        QVERIFY(tx->changesSince(QStringLiteral("karachi"), 0, 10).value().isEmpty());
        QCOMPARE(tx->changesSince(QStringLiteral("quetta"), 0, 1000).value().size(), 10);
    }

    void versionsNeverReused_data() { addBackends(); }
    void versionsNeverReused()
    {
        // Versions strictly increase over the whole store. A number handed out by a transaction
        // that rolled back is never handed out again (gaps are allowed, reuse is not), also after
        // reopening the store.
        FRESH_STORE(spec, store);
        qint64 last = 0;
        for (int round = 0; round < 3; ++round) {
            BEGIN_TX(tx, store);
            for (int i = 0; i < 3; ++i) {
                const qint64 version = tx->nextVersion().value();
                QVERIFY2(version > last, qPrintable(QStringLiteral("%1 after %2").arg(version).arg(last)));
                last = version;
            }
            if (round == 1)
                NIGRAN_VERIFY_OK(tx->commit());
            // rounds 0 and 2 roll back on destruction
        }
        QVERIFY(last >= 9);
        {
            BEGIN_TX(tx, store);
            const qint64 next = tx->nextVersion().value();
            QVERIFY2(next > last, qPrintable(QStringLiteral("%1 after %2").arg(next).arg(last)));
            last = next;
            // this one rolls back too
        }
        store.reset();
        auto reopened = openCentreStore(spec);
        NIGRAN_VERIFY_OK(reopened);
        BEGIN_TX(tx, *reopened);
        const qint64 afterReopen = tx->nextVersion().value();
        QVERIFY2(afterReopen > last, qPrintable(QStringLiteral("%1 after %2").arg(afterReopen).arg(last)));
    }

    void rollbackLeavesNothing_data() { addBackends(); }
    void rollbackLeavesNothing()
    {
        FRESH_STORE(spec, store);
        const OfficeRecord office { QStringLiteral("office-lhr-1"), QStringLiteral("lahore"),
            AuditHead::genesis(), QDateTime(), QString() };
        {
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->putRow(
                makeRow(QStringLiteral("lahore"), tx->nextVersion().value(), QStringLiteral("p-1"))));
            NIGRAN_VERIFY_OK(tx->saveBatchResponse(office.officeId, QStringLiteral("b-1"), "response"));
            NIGRAN_VERIFY_OK(tx->putOffice(office));
            NIGRAN_VERIFY_OK(tx->appendAudit(office.officeId, chain(1, 3, AuditHead::genesis().hash)));
            QCOMPARE(tx->offices().value().size(), 1);
            // destroyed without commit
        }
        BEGIN_TX(tx, store);
        QVERIFY(tx->row(QStringLiteral("persons"), QStringLiteral("p-1")).value() == std::nullopt);
        QVERIFY(tx->changesSince(QStringLiteral("lahore"), 0, 100).value().isEmpty());
        QVERIFY(tx->batchResponse(office.officeId, QStringLiteral("b-1")).value() == std::nullopt);
        QVERIFY(tx->office(office.officeId).value() == std::nullopt);
        QVERIFY(tx->offices().value().isEmpty());
        QVERIFY(tx->auditEntries(office.officeId, 0, 100).value().isEmpty());
    }

    void committedTransactionIsClosed_data() { addBackends(); }
    void committedTransactionIsClosed()
    {
        FRESH_STORE(spec, store);
        BEGIN_TX(tx, store);
        NIGRAN_VERIFY_OK(tx->commit());
        QVERIFY(!tx->commit());
        QVERIFY(!tx->nextVersion());
        QVERIFY(!tx->offices());
    }

    void batchResponses_data() { addBackends(); }
    void batchResponses()
    {
        FRESH_STORE(spec, store);
        const QString a = QStringLiteral("office-lhr-1");
        const QString b = QStringLiteral("office-qta-1");
        const QString batch = QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        const QByteArray responseA("\x28\xb5\x2f\xfd\x00response-a", 15);
        {
            BEGIN_TX(tx, store);
            QVERIFY(tx->batchResponse(a, batch).value() == std::nullopt);
            NIGRAN_VERIFY_OK(tx->saveBatchResponse(a, batch, responseA));
            NIGRAN_VERIFY_OK(tx->saveBatchResponse(b, batch, "response-b"));
            NIGRAN_VERIFY_OK(tx->saveBatchResponse(a, QStringLiteral("empty"), QByteArray()));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        QCOMPARE(tx->batchResponse(a, batch).value(), std::optional<QByteArray>(responseA));
        QCOMPARE(tx->batchResponse(b, batch).value(), std::optional<QByteArray>("response-b"));
        const auto empty = tx->batchResponse(a, QStringLiteral("empty")).value();
        QVERIFY(empty.has_value());
        QVERIFY(empty->isEmpty());
        QVERIFY(tx->batchResponse(QStringLiteral("office-khi-1"), batch).value() == std::nullopt);
        QVERIFY(tx->batchResponse(a, QStringLiteral("other")).value() == std::nullopt);
    }

    void offices_data() { addBackends(); }
    void offices()
    {
        FRESH_STORE(spec, store);
        const OfficeRecord lahore { QStringLiteral("office-lhr-1"), QStringLiteral("lahore"),
            AuditHead { 12, QByteArray(32, '\x5a') },
            QDateTime(QDate(2026, 11, 28), QTime(5, 30, 1, 250), QTimeZone::utc()), QString() };
        const OfficeRecord quetta { QStringLiteral("office-qta-1"), QStringLiteral("quetta"),
            AuditHead::genesis(), QDateTime(), QStringLiteral("entry 4: hash does not match") };
        {
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->putOffice(quetta));
            NIGRAN_VERIFY_OK(tx->putOffice(lahore));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->office(lahore.officeId).value(), std::optional<OfficeRecord>(lahore));
            QCOMPARE(tx->office(quetta.officeId).value(), std::optional<OfficeRecord>(quetta));
            QVERIFY(tx->office(QStringLiteral("office-khi-1")).value() == std::nullopt);
            QCOMPARE(tx->offices().value(), (QList<OfficeRecord> { lahore, quetta }));
            OfficeRecord updated = quetta;
            updated.acceptedAuditHead = AuditHead { 4, QByteArray(32, '\x01') };
            updated.lastSync = QDateTime(QDate(2026, 11, 28), QTime(6, 0), QTimeZone::utc());
            updated.chainProblem.clear();
            NIGRAN_VERIFY_OK(tx->putOffice(updated));
            NIGRAN_VERIFY_OK(tx->commit());
            BEGIN_TX(check, store);
            QCOMPARE(check->office(quetta.officeId).value(), std::optional<OfficeRecord>(updated));
            QCOMPARE(check->offices().value().size(), 2);
        }
    }

    void audit_data() { addBackends(); }
    void audit()
    {
        FRESH_STORE(spec, store);
        const QString office = QStringLiteral("office-lhr-1");
        const QList<AuditEntry> entries = chain(1, 8, AuditHead::genesis().hash);
        {
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->appendAudit(office, entries.mid(0, 5)));
            NIGRAN_VERIFY_OK(
                tx->appendAudit(QStringLiteral("office-qta-1"), chain(1, 2, AuditHead::genesis().hash)));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            BEGIN_TX(tx, store);
            // Not continuing the stored chain (entry 5 again, then a gap): refused.
            auto repeated = tx->appendAudit(office, entries.mid(4, 2));
            QVERIFY(!repeated);
            QCOMPARE(repeated.error().code, ErrorCode::InvalidInput);
            auto gap = tx->appendAudit(office, entries.mid(6, 2));
            QVERIFY(!gap);
        }
        {
            BEGIN_TX(tx, store);
            NIGRAN_VERIFY_OK(tx->appendAudit(office, entries.mid(5)));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        BEGIN_TX(tx, store);
        auto stored = tx->auditEntries(office, 0, 100);
        NIGRAN_VERIFY_OK(stored);
        QCOMPARE(stored->size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const AuditEntry &want = entries.at(i);
            const AuditEntry &got = stored->at(i);
            QCOMPARE(got.seq, want.seq);
            QCOMPARE(got.at, want.at);
            QCOMPARE(got.actor, want.actor);
            QCOMPARE(got.action, want.action);
            QCOMPARE(got.entity, want.entity);
            QCOMPARE(got.entityId, want.entityId);
            QCOMPARE(got.detail, want.detail);
            QCOMPARE(got.prevHash, want.prevHash);
            QCOMPARE(got.hash, want.hash);
            QCOMPARE(got.computeHash(), want.hash); // the chain still verifies after the round trip
        }
        auto page = tx->auditEntries(office, 3, 2);
        NIGRAN_VERIFY_OK(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).seq, 4);
        QCOMPARE(page->at(1).seq, 5);
        QVERIFY(tx->auditEntries(office, 8, 10).value().isEmpty());
        QCOMPARE(tx->auditEntries(QStringLiteral("office-qta-1"), 0, 10).value().size(), 2);
        QVERIFY(tx->auditEntries(QStringLiteral("office-khi-1"), 0, 10).value().isEmpty());
    }

    void concurrentWritersBecomeVisibleInOrder_data()
    {
        // "two stores": two store objects on the same file or database, as two centre processes
        // would have; their writers must be serialised by the database, not only in memory.
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("instances");
        for (const QString &backend : { Sqlite, Postgres }) {
            QTest::addRow("%s/one store", qPrintable(backend)) << backend << 1;
            QTest::addRow("%s/two stores", qPrintable(backend)) << backend << 2;
        }
    }
    void concurrentWritersBecomeVisibleInOrder()
    {
        QFETCH(int, instances);
        FRESH_STORE(spec, store);
        std::vector<std::unique_ptr<CentreStore>> others;
        for (int i = 1; i < instances; ++i) {
            auto other = openCentreStore(spec);
            NIGRAN_VERIFY_OK(other);
            others.push_back(std::move(*other));
        }
        auto storeFor = [&](int writer) -> CentreStore & {
            const int index = writer % instances;
            return index == 0 ? *store : *others.at(std::size_t(index - 1));
        };
        constexpr int Writers = 6;
        constexpr int CommitsEach = 20;
        const QString district = QStringLiteral("lahore");
        std::mutex mutex;
        QStringList problems;
        std::set<qint64> committed;
        std::atomic<int> writersLeft { Writers };
        auto problem = [&](const QString &text) {
            const std::lock_guard lock(mutex);
            problems << text;
        };

        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            threads.emplace_back([&, w] {
                for (int i = 0; i < CommitsEach; ++i) {
                    auto tx = storeFor(w).begin();
                    if (!tx) {
                        problem(tx.error().message);
                        break;
                    }
                    auto version = (*tx)->nextVersion();
                    if (!version) {
                        problem(version.error().message);
                        break;
                    }
                    const QString id = QStringLiteral("w%1-%2").arg(w).arg(i);
                    if (auto put = (*tx)->putRow(makeRow(district, *version, id)); !put) {
                        problem(put.error().message);
                        break;
                    }
                    if (i % 7 == 3)
                        continue; // rolled back: its version must never show up
                    if (auto done = (*tx)->commit(); !done) {
                        problem(done.error().message);
                        break;
                    }
                    const std::lock_guard lock(mutex);
                    committed.insert(*version);
                }
                --writersLeft;
            });
        }

        // A reader pulling by cursor while the writers run must see every committed version exactly
        // once and ascending: nothing may become visible below a version it has already passed.
        QList<qint64> seen;
        qint64 cursor = 0;
        auto pull = [&]() -> bool {
            auto tx = store->begin();
            if (!tx) {
                problem(tx.error().message);
                return false;
            }
            auto rows = (*tx)->changesSince(district, cursor, 5);
            if (!rows) {
                problem(rows.error().message);
                return false;
            }
            for (const WireRow &row : *rows) {
                if (row.version <= cursor)
                    problem(QStringLiteral("version %1 at cursor %2").arg(row.version).arg(cursor));
                seen << row.version;
                cursor = row.version;
            }
            (void)(*tx)->commit();
            return !rows->isEmpty();
        };
        while (writersLeft > 0)
            pull();
        for (auto &thread : threads)
            thread.join();
        while (pull()) { }

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(seen.size(), qsizetype(committed.size()));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(std::set<qint64>(seen.begin(), seen.end()), committed);
        QVERIFY(committed.size() > size_t(Writers * CommitsEach / 2));
    }

    void reopeningKeepsData_data() { addBackends(); }
    void reopeningKeepsData()
    {
        FRESH_STORE(spec, store);
        const WireRow row = makeRow(QStringLiteral("lahore"), 1, QStringLiteral("p-1"));
        const OfficeRecord office { QStringLiteral("office-lhr-1"), QStringLiteral("lahore"),
            AuditHead { 2, QByteArray(32, '\x07') }, QDateTime(), QString() };
        {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->nextVersion().value(), 1);
            NIGRAN_VERIFY_OK(tx->putRow(row));
            NIGRAN_VERIFY_OK(tx->putOffice(office));
            NIGRAN_VERIFY_OK(tx->saveBatchResponse(office.officeId, QStringLiteral("b-1"), "ok"));
            NIGRAN_VERIFY_OK(tx->appendAudit(office.officeId, chain(1, 2, AuditHead::genesis().hash)));
            NIGRAN_VERIFY_OK(tx->commit());
        }
        store.reset();
        // Opening again (twice) finds the schema in place and migrates nothing away.
        for (int round = 0; round < 2; ++round) {
            auto reopened = openCentreStore(spec);
            NIGRAN_VERIFY_OK(reopened);
            BEGIN_TX(tx, *reopened);
            QCOMPARE(tx->row(row.entity, row.id).value(), std::optional<WireRow>(row));
            QCOMPARE(tx->office(office.officeId).value(), std::optional<OfficeRecord>(office));
            QCOMPARE(tx->batchResponse(office.officeId, QStringLiteral("b-1")).value(),
                std::optional<QByteArray>("ok"));
            QCOMPARE(tx->auditEntries(office.officeId, 0, 10).value().size(), 2);
            QVERIFY(tx->nextVersion().value() > 1);
        }
    }

    void schemaVersionIsRecorded_data() { addBackends(); }
    void schemaVersionIsRecorded()
    {
        // The version is recorded on creation, kept by a reopen, and a newer one is refused.
        FRESH_STORE(spec, store);
        store.reset();
        NIGRAN_VERIFY_OK(openCentreStore(spec));
        const QString select = QStringLiteral("SELECT value FROM centre_meta WHERE key = 'schema_version'");
        const QString bump
            = QStringLiteral("UPDATE centre_meta SET value = '99' WHERE key = 'schema_version'");
        if (backend == Sqlite) {
            auto db = Database::openUnencrypted(spec.mid(int(qstrlen("sqlite:"))), {});
            NIGRAN_VERIFY_OK(db);
            auto version = db->prepare(select.toStdString());
            NIGRAN_VERIFY_OK(version);
            QCOMPARE(version->step().value(), true);
            QCOMPARE(version->text(0), QString::number(SqliteCentreStore::SchemaVersion));
            version = Statement();
            NIGRAN_VERIFY_OK(db->exec(bump.toStdString()));
        } else {
            const QString database = spec.contains(QLatin1String("dbname="))
                ? spec.section(QLatin1String("dbname="), 1).section(QLatin1Char(' '), 0, 0)
                : spec.section(QLatin1Char('/'), -1);
            QCOMPARE(m_cluster.runSql(database, select),
                std::optional<QString>(QString::number(PostgresCentreStore::SchemaVersion)));
            QVERIFY2(m_cluster.runSql(database, bump).has_value(), qPrintable(m_cluster.lastError()));
        }
        auto refused = openCentreStore(spec);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(refused.error().message.contains(QLatin1String("99")), qPrintable(refused.error().message));
    }

    void reconnectsAfterServerRestart_data()
    {
        // PostgreSQL only: the embedded SQLite store has no server connection to lose.
        QTest::addColumn<QString>("backend");
        QTest::addRow("postgresql") << Postgres;
    }
    void reconnectsAfterServerRestart()
    {
        FRESH_STORE(spec, store);
        {
            // Two pooled connections, so both are dead after the restart.
            BEGIN_TX(first, store);
            NIGRAN_VERIFY_OK(first->putRow(
                makeRow(QStringLiteral("lahore"), first->nextVersion().value(), QStringLiteral("p-1"))));
            NIGRAN_VERIFY_OK(first->commit());
            BEGIN_TX(second, store);
            NIGRAN_VERIFY_OK(second->commit());
        }
        QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.lastError()));
        // begin() notices a dead pooled connection and retries on a fresh one.
        for (int i = 0; i < 3; ++i) {
            BEGIN_TX(tx, store);
            QCOMPARE(tx->changesSince(QStringLiteral("lahore"), 0, 10).value().size(), 1);
            NIGRAN_VERIFY_OK(tx->commit());
        }
        {
            // A transaction whose connection dies fails with an error, not an exception.
            BEGIN_TX(tx, store);
            QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.lastError()));
            auto lost = tx->nextVersion();
            QVERIFY(!lost);
            QCOMPARE(lost.error().code, ErrorCode::Database);
            QVERIFY(!tx->commit());
        }
        BEGIN_TX(tx, store);
        QVERIFY(tx->nextVersion().value() > 1);
        NIGRAN_VERIFY_OK(tx->commit());
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("code");
        QTest::addRow("sqlite/empty spec") << Sqlite << QString() << int(ErrorCode::InvalidInput);
        QTest::addRow("sqlite/no path")
            << Sqlite << QStringLiteral("sqlite:") << int(ErrorCode::InvalidInput);
        QTest::addRow("sqlite/unknown kind")
            << Sqlite << QStringLiteral("mysql://centre") << int(ErrorCode::InvalidInput);
        QTest::addRow("sqlite/no scheme")
            << Sqlite << QStringLiteral("/var/lib/centre.db") << int(ErrorCode::InvalidInput);
        QTest::addRow("sqlite/missing folder")
            << Sqlite << QStringLiteral("sqlite:/nonexistent-nigran/dir/centre.db") << int(ErrorCode::Io);
        QTest::addRow("sqlite/not a database")
            << Sqlite << QStringLiteral("sqlite:%NOTADB%") << int(ErrorCode::Corrupt);
        QTest::addRow("postgresql/refused")
            << Postgres << QStringLiteral("postgresql://nigran:s3cretpw@127.0.0.1:1/centre")
            << int(ErrorCode::Database);
        QTest::addRow("postgresql/no such database")
            << Postgres
            << QStringLiteral("host=127.0.0.1 port=%PORT% user=nigran password=s3cretpw dbname=absent")
            << int(ErrorCode::Database);
        QTest::addRow("postgresql/malformed")
            << Postgres << QStringLiteral("host=127.0.0.1 port= = s3cretpw") << int(ErrorCode::InvalidInput);
        QTest::addRow("postgresql/bad uri")
            << Postgres << QStringLiteral("postgresql://nigran:s3cretpw@[::1/x")
            << int(ErrorCode::InvalidInput);
    }
    void badSpecs()
    {
        QFETCH(QString, backend);
        QFETCH(QString, spec);
        QFETCH(int, code);
        if (spec.contains(QLatin1String("%NOTADB%"))) {
            const QString file = m_dir.filePath(QStringLiteral("not-a-database.db"));
            QVERIFY(writeAll(file, QByteArray(8192, 'x')));
            spec.replace(QLatin1String("%NOTADB%"), file);
        }
        if (spec.contains(QLatin1String("%PORT%"))) {
            if (!PostgresCluster::isAvailable())
                QSKIP(qPrintable(PostgresCluster::unavailableReason()));
            QVERIFY2(m_cluster.start(), qPrintable(m_cluster.lastError()));
            spec.replace(QLatin1String("%PORT%"), QString::number(m_cluster.port()));
        }
        auto store = openCentreStore(spec);
        QVERIFY(!store);
        QCOMPARE(int(store.error().code), code);
        const QString message = store.error().message;
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QLatin1String("s3cretpw")), qPrintable(message));
        if (backend == Postgres && !spec.isEmpty())
            QVERIFY2(message.contains(QLatin1String("PostgreSQL")), qPrintable(message));
        qInfo().noquote() << "error:" << message;
    }
};

QTEST_GUILESS_MAIN(TestCentreStore)
#include "tst_centrestore.moc"
