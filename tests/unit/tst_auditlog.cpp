// The audit hash chain: any edited, deleted or reordered entry is detected.

#include "../common/testsupport.h"

#include "audit/auditlog.h"
#include "security/clock.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Models;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()) };
    static constexpr int EntryCount = 20;

    Database freshLog(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), SecureBytes::random(32), { .create = true });
        if (!db || !Migrator::migrate(*db))
            qFatal("cannot create test database");
        AuditLog log(*db, m_clock);
        for (int i = 1; i <= EntryCount; ++i) {
            m_clock.advance(std::chrono::seconds(i));
            if (!log.append(QStringLiteral("prosecutor.%1").arg(i % 3), QStringLiteral("update"),
                    QStringLiteral("persons"), QStringLiteral("id-%1").arg(i),
                    QStringLiteral("fields: cnic")))
                qFatal("append failed");
        }
        return std::move(*db);
    }

private Q_SLOTS:
    void untouchedChainVerifies()
    {
        Database db = freshLog(QStringLiteral("intact.db"));
        AuditLog log(db, m_clock);
        const auto verification = log.verify();
        NIGRAN_VERIFY_OK(verification);
        QVERIFY(verification->intact);
        QCOMPARE(verification->entriesChecked, EntryCount);
        QCOMPARE(log.head()->seq, EntryCount);
        QCOMPARE(log.entriesFor(QStringLiteral("persons"), QStringLiteral("id-4"))->size(), 1);
        QCOMPARE(log.entries(15, 100)->size(), 6);
    }

    void entriesChainToTheirPredecessor()
    {
        Database db = freshLog(QStringLiteral("links.db"));
        AuditLog log(db, m_clock);
        const QList<AuditEntry> all = log.entries(1, 100).value();
        QCOMPARE(all.first().prevHash, AuditHead::genesis().hash);
        for (int i = 1; i < all.size(); ++i)
            QCOMPARE(all[i].prevHash, all[i - 1].hash);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<qint64>("firstBad");
        QTest::addRow("edit detail") << QStringLiteral(
            "UPDATE audit_log SET detail = 'nothing' WHERE seq = 7")
                                     << qint64(7);
        QTest::addRow("edit actor") << QStringLiteral(
            "UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3")
                                    << qint64(3);
        QTest::addRow("edit time") << QStringLiteral(
            "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 12")
                                   << qint64(12);
        QTest::addRow("edit first entry")
            << QStringLiteral("UPDATE audit_log SET action = 'view' WHERE seq = 1") << qint64(1);
        QTest::addRow("edit and rehash one entry")
            << QStringLiteral("UPDATE audit_log SET detail = 'x', hash = zeroblob(32) WHERE seq = 9")
            << qint64(9);
        QTest::addRow("delete middle entry")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 7") << qint64(7);
        QTest::addRow("delete and renumber") << QStringLiteral(
            "DELETE FROM audit_log WHERE seq = 7; UPDATE audit_log SET seq = seq - 1 WHERE seq > 7")
                                             << qint64(7);
        QTest::addRow("delete last entry")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 20") << qint64(20);
        QTest::addRow("delete first entry")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
        QTest::addRow("swap two entries") << QStringLiteral(
            "UPDATE audit_log SET seq = -1 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = 6; "
            "UPDATE audit_log SET seq = 6 WHERE seq = -1")
                                          << qint64(5);
        QTest::addRow("move entry to end")
            << QStringLiteral("UPDATE audit_log SET seq = 21 WHERE seq = 10") << qint64(10);
        QTest::addRow("forged entry appended") << QStringLiteral(
            "INSERT INTO audit_log SELECT 21, at, actor, action, entity, entity_id, detail, hash, hash "
            "FROM audit_log WHERE seq = 20") << qint64(21);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, tampering);
        QFETCH(qint64, firstBad);
        Database db
            = freshLog(QStringLiteral("tamper-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
        NIGRAN_VERIFY_OK(db.exec(tampering.toStdString()));
        AuditLog log(db, m_clock);
        const auto verification = log.verify();
        NIGRAN_VERIFY_OK(verification);
        QVERIFY(!verification->intact);
        QCOMPARE(verification->firstBadSeq, firstBad);
        QVERIFY(!verification->problem.isEmpty());
    }

    void appendContinuesTheChainAcrossReopen()
    {
        const QString file = m_dir.filePath(QStringLiteral("reopen.db"));
        const SecureBytes key = SecureBytes::random(32);
        {
            auto db = Database::open(file, key, { .create = true });
            NIGRAN_VERIFY_OK(Migrator::migrate(*db));
            AuditLog log(*db, m_clock);
            NIGRAN_VERIFY_OK(log.append(QStringLiteral("a"), QStringLiteral("login"),
                QStringLiteral("session"), QStringLiteral("a")));
        }
        auto db = Database::open(file, key, {});
        AuditLog log(*db, m_clock);
        NIGRAN_VERIFY_OK(log.append(
            QStringLiteral("a"), QStringLiteral("lock"), QStringLiteral("session"), QStringLiteral("a")));
        QCOMPARE(log.head()->seq, 2);
        QVERIFY(log.verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
