// The single write path: row, outbox entry and audit entry are written together or not at all.

#include "../common/testsupport.h"

#include "audit/auditlog.h"
#include "security/clock.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/hybridlogicalclock.h"
#include "store/migrator.h"
#include "store/recordstore.h"
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
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
