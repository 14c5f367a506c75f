// The encrypted store: keys, tampering, migrations, transactions.

#include "../common/testsupport.h"

#include "security/securebytes.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/schema.h"
#include "store/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Models;
using namespace Nigran::Testing;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static Database createWithRows(const QString &file, const SecureBytes &key, int rows)
    {
        auto db = Database::open(file, key, { .create = true });
        if (!db)
            qFatal("cannot create test database: %s", qPrintable(db.error().message));
        (void)db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, payload TEXT)");
        auto tx = Transaction::begin(*db);
        auto insert = db->prepare("INSERT INTO t(payload) VALUES (?)");
        for (int i = 0; i < rows; ++i)
            (void)insert->bindAll(QStringLiteral("row %1 with some text to fill pages").arg(i)).run();
        (void)tx->commit();
        return std::move(*db);
    }

    // SQLCipher 3.4.1 pages are 4096 bytes: 4048 of encrypted data, then a 48-byte reserve holding
    // the 16-byte IV, the 20-byte HMAC-SHA1 and 12 bytes of random filler that SQLCipher never reads.
    static constexpr int PageSize = 4096;
    static constexpr int FillerStart = 4084;

    static bool tamperIsDetected(const QString &file, const SecureBytes &key)
    {
        auto db = Database::open(file, key, {});
        return !db || !db->checkIntegrity();
    }

private Q_SLOTS:
    void rightKeyOpens()
    {
        const SecureBytes key = SecureBytes::random(32);
        createWithRows(path("right.db"), key, 10);
        auto db = Database::open(path("right.db"), key, {});
        NIGRAN_VERIFY_OK(db);
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 10);
        NIGRAN_VERIFY_OK(db->checkIntegrity());
    }

    void wrongOrMissingKeyCannotOpen_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("another random key") << 0;
        QTest::addRow("key with one bit changed") << 1;
        QTest::addRow("no key at all (plain SQLite)") << 2;
        QTest::addRow("key of the wrong length") << 3;
    }

    void wrongOrMissingKeyCannotOpen()
    {
        QFETCH(int, kind);
        const SecureBytes key = SecureBytes::random(32);
        const QString file = path("wrongkey.db");
        QFile::remove(file);
        createWithRows(file, key, 10);
        Result<Database> db = fail(ErrorCode::Database, {});
        if (kind == 0) {
            db = Database::open(file, SecureBytes::random(32), {});
        } else if (kind == 1) {
            SecureBytes flipped = key.copy();
            flipped.data()[7] ^= 0x01;
            db = Database::open(file, flipped, {});
        } else if (kind == 2) {
            db = Database::openUnencrypted(file, {});
        } else {
            db = Database::open(file, SecureBytes::random(16), {});
        }
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
        QVERIFY(!db.error().message.isEmpty());
    }

    void missingFileIsNotCreatedSilently()
    {
        auto db = Database::open(path("absent.db"), SecureBytes::random(32), {});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path("absent.db")));
    }

    void flippedByteIsDetected()
    {
        const SecureBytes key = SecureBytes::random(32);
        const QString file = path("tamper.db");
        {
            createWithRows(file, key, 400);
        }
        const QByteArray original = readAll(file);
        const int pages = int(original.size() / PageSize);
        QVERIFY(pages >= 5);

        // Every page at the boundaries of its parts (salt/data, data/IV, IV/HMAC), plus random offsets.
        QList<int> offsets;
        for (int page = 0; page < pages; ++page)
            for (int inPage : { 0, 15, 16, 100, 2048, 4047, 4048, 4063, 4064, 4083 })
                offsets << page * PageSize + inPage;
        QRandomGenerator random(20261128);
        while (offsets.size() < 300 + pages * 10) {
            const int offset = int(random.bounded(original.size()));
            if (offset % PageSize < FillerStart)
                offsets << offset;
        }
        for (int offset : std::as_const(offsets)) {
            QByteArray bytes = original;
            bytes[offset] = char(bytes[offset] ^ (1 << (offset % 8)));
            QVERIFY(writeAll(file, bytes));
            QVERIFY2(tamperIsDetected(file, key),
                qPrintable(QStringLiteral("flip at byte %1 not detected").arg(offset)));
        }
        QVERIFY(writeAll(file, original));
        QVERIFY(!tamperIsDetected(file, key));
    }

    void fillerBytesCarryNoData()
    {
        // The only bytes SQLCipher does not authenticate are its random reserve filler: flipping them
        // must leave every record exactly as it was.
        const SecureBytes key = SecureBytes::random(32);
        const QString file = path("filler.db");
        {
            createWithRows(file, key, 400);
        }
        const auto contents = [&] {
            auto db = Database::open(file, key, {});
            QStringList rows;
            auto select = db->prepare("SELECT id, payload FROM t ORDER BY id");
            while (select->step().value_or(false))
                rows << select->text(0) + select->text(1);
            return rows;
        };
        const QStringList before = contents();
        QByteArray bytes = readAll(file);
        for (int page = 0; page < bytes.size() / PageSize; ++page)
            for (int inPage = FillerStart; inPage < PageSize; ++inPage)
                bytes[page * PageSize + inPage] = char(bytes[page * PageSize + inPage] ^ 0xff);
        QVERIFY(writeAll(file, bytes));
        QCOMPARE(contents(), before);
        QCOMPARE(before.size(), 400);
    }

    void fileIsReadableByOwnerOnly()
    {
        const QString file = path("permissions.db");
        createWithRows(file, SecureBytes::random(32), 1);
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void fileHasNoPlainSqliteHeader()
    {
        const QString file = path("header.db");
        createWithRows(file, SecureBytes::random(32), 1);
        QVERIFY(!readAll(file).startsWith("SQLite format 3"));
    }

    void rekeyKeepsDataAndRetiresOldKey()
    {
        const SecureBytes oldKey = SecureBytes::random(32);
        const SecureBytes newKey = SecureBytes::random(32);
        const QString file = path("rekey.db");
        {
            Database db = createWithRows(file, oldKey, 5);
            NIGRAN_VERIFY_OK(db.rekey(newKey));
        }
        QVERIFY(!Database::open(file, oldKey, {}));
        auto db = Database::open(file, newKey, {});
        NIGRAN_VERIFY_OK(db);
        QCOMPARE(db->queryInt("SELECT count(*) FROM t").value(), 5);
    }

    void migratesDatabaseCreatedByOlderVersion()
    {
        // A file exactly as schema version 1 wrote it, with a row in it.
        const SecureBytes key = SecureBytes::random(32);
        const QString file = path("v1.db");
        {
            auto db = Database::open(file, key, { .create = true });
            NIGRAN_VERIFY_OK(db);
            NIGRAN_VERIFY_OK(Migrator::migrate(*db, 1));
            QCOMPARE(Migrator::currentVersion(*db).value(), 1);
            NIGRAN_VERIFY_OK(db->exec("INSERT INTO cases(id, district, hlc, origin, person_id, body) "
                                      "VALUES ('c1', 'PB-LHR', 1, 'o1', 'p1', x'a0')"));
        }
        auto db = Database::open(file, key, {});
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(Migrator::migrate(*db));
        QCOMPARE(Migrator::currentVersion(*db).value(), Migrator::latestVersion());
        QCOMPARE(db->queryInt("SELECT count(*) FROM cases WHERE id = 'c1' AND fir_key = ''").value(), 1);
        NIGRAN_VERIFY_OK(db->exec(
            "INSERT INTO persons(id, district, hlc, origin, name_latin, name_key, body, expected_release) "
            "VALUES ('p1', 'PB-LHR', 2, 'o1', 'Test', 'test', x'a0', '2030-01-01')"));
        NIGRAN_VERIFY_OK(Migrator::migrate(*db)); // idempotent
    }

    void refusesSchemaFromNewerVersion()
    {
        const SecureBytes key = SecureBytes::random(32);
        auto db = Database::open(path("future.db"), key, { .create = true });
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(db->exec("PRAGMA user_version = 999"));
        const auto migrated = Migrator::migrate(*db);
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().code, ErrorCode::SchemaTooNew);
    }

    void failedMigrationLeavesOldVersion()
    {
        const SecureBytes key = SecureBytes::random(32);
        auto db = Database::open(path("halfmigrated.db"), key, { .create = true });
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(Migrator::migrate(*db, 1));
        // Sabotage version 2: the column it adds already exists, so it must fail and roll back whole.
        NIGRAN_VERIFY_OK(db->exec("ALTER TABLE persons ADD COLUMN expected_release TEXT"));
        QVERIFY(!Migrator::migrate(*db));
        QCOMPARE(Migrator::currentVersion(*db).value(), 1);
        QCOMPARE(db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'cases_fir'").value(), 0);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = createWithRows(path("tx.db"), SecureBytes::random(32), 0);
        {
            auto tx = Transaction::begin(db);
            NIGRAN_VERIFY_OK(tx);
            NIGRAN_VERIFY_OK(db.exec("INSERT INTO t(payload) VALUES ('a'), ('b')"));
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t").value(), 0);
    }

    // A Transaction begun inside another joins it (no SAVEPOINT). Abandoning a joined part (destroyed
    // or rolled back without commit) makes the whole transaction rollback-only: the outermost commit
    // fails and nothing of it — before, inside or after the abandoned part — reaches the file.
    void nestedTransactionJoinsOuter_data()
    {
        QTest::addColumn<QList<int>>("inners"); // per inner part: 0 commit, 1 abandon, 2 rollback()
        QTest::addColumn<bool>("committed");
        QTest::addRow("one inner committed") << QList<int> { 0 } << true;
        QTest::addRow("two inners committed") << QList<int> { 0, 0 } << true;
        QTest::addRow("inner abandoned") << QList<int> { 1 } << false;
        QTest::addRow("inner rolled back explicitly") << QList<int> { 2 } << false;
        QTest::addRow("first committed, second abandoned") << QList<int> { 0, 1 } << false;
        QTest::addRow("first abandoned, second not begun") << QList<int> { 1, 0 } << false;
    }

    void nestedTransactionJoinsOuter()
    {
        QFETCH(QList<int>, inners);
        QFETCH(bool, committed);
        Database db = createWithRows(m_dir.filePath(QStringLiteral("nested-%1.db")
                                                        .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                        .replace(u' ', u'-')),
            SecureBytes::random(32), 0);
        qsizetype inserted = 1; // rows the transaction wrote, "outer before" included
        {
            auto tx = Transaction::begin(db);
            NIGRAN_VERIFY_OK(tx);
            QVERIFY(!tx->isNested());
            NIGRAN_VERIFY_OK(db.exec("INSERT INTO t(payload) VALUES ('outer before')"));
            bool abandoned = false;
            for (int i = 0; i < inners.size(); ++i) {
                auto inner = Transaction::begin(db);
                if (abandoned) {
                    // Once rollback-only, a further part cannot even begin: it would be undone anyway.
                    QVERIFY(!inner);
                    QCOMPARE(inner.error().code, ErrorCode::Database);
                    continue;
                }
                NIGRAN_VERIFY_OK(inner);
                QVERIFY(inner->isNested());
                QVERIFY(!inner->isRollbackOnly());
                NIGRAN_VERIFY_OK(db.exec(
                    QStringLiteral("INSERT INTO t(payload) VALUES ('inner %1')").arg(i).toStdString()));
                ++inserted;
                if (inners[i] == 0) {
                    NIGRAN_VERIFY_OK(inner->commit());
                    QVERIFY(!inner->commit()); // a part is committed once
                } else {
                    if (inners[i] == 2)
                        inner->rollback();
                    abandoned = true;
                }
            }
            // No savepoint: an abandoned part's rows are not undone on their own (the outer transaction
            // still sees every row it wrote), but the outer transaction will never commit them.
            QCOMPARE(db.queryInt("SELECT count(*) FROM t").value(), inserted);
            QCOMPARE(tx->isRollbackOnly(), !committed);
            NIGRAN_VERIFY_OK(db.exec("INSERT INTO t(payload) VALUES ('outer after')"));
            auto done = tx->commit();
            QCOMPARE(bool(done), committed);
            if (!committed) {
                QCOMPARE(done.error().code, ErrorCode::Database);
                QVERIFY(!done.error().message.isEmpty());
            }
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(db.queryInt("SELECT count(*) FROM t").value(), committed ? inserted + 1 : 0);
        // The next transaction on the same database starts clean.
        auto next = Transaction::begin(db);
        NIGRAN_VERIFY_OK(next);
        QVERIFY(!next->isNested());
        QVERIFY(!next->isRollbackOnly());
        NIGRAN_VERIFY_OK(db.exec("INSERT INTO t(payload) VALUES ('next')"));
        NIGRAN_VERIFY_OK(next->commit());
        QCOMPARE(db.queryInt("SELECT count(*) FROM t WHERE payload = 'next'").value(), 1);
    }

    void valuesAreBoundNotSpliced()
    {
        Database db = createWithRows(path("bind.db"), SecureBytes::random(32), 0);
        const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
        auto insert = db.prepare("INSERT INTO t(payload) VALUES (?)");
        NIGRAN_VERIFY_OK(insert->bindAll(hostile).run());
        auto select = db.prepare("SELECT payload FROM t");
        QVERIFY(select->step().value());
        QCOMPARE(select->text(0), hostile);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
