// The client's local fix store: hour blocks, idempotent merging, the R*Tree, transactions.

#include "../common/testsupport.h"

#include "monitoring/fixcodec.h"
#include "monitoring/fixstore.h"
#include "monitoring/geo.h"
#include "monitoring/synthetictrack.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/migrator.h"
#include "store/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

/// 10:00 UTC, on the hour.
const QDateTime Start = QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC);
const QString Lahore = QStringLiteral("TAG-9201");
const QString Karachi = QStringLiteral("TAG-9202");

Fix fixAt(const QString &device, qint64 seconds, double lat = 31.5204, double lon = 74.3587)
{
    Fix f;
    f.deviceId = device;
    f.fixTime = Start.addSecs(seconds);
    f.latitude = lat;
    f.longitude = lon;
    f.accuracyMetres = 5;
    f.batteryPercent = 80;
    f.strap = StrapState::Closed;
    return f;
}

/// A fix every `step` seconds over [from, to) seconds after Start, moving east 10 m a step.
QList<Fix> series(const QString &device, qint64 from, qint64 to, qint64 step = 60)
{
    QList<Fix> out;
    for (qint64 s = from; s < to; s += step) {
        Fix f = fixAt(device, s);
        Geo::offsetMetres(f.latitude, f.longitude, double(s) / 6, 0);
        out.append(f);
    }
    return out;
}

/// What a stored fix reads back as: the codec's resolution, no store id.
QList<Fix> stored(const QList<Fix> &fixes)
{
    if (fixes.isEmpty())
        return {};
    auto decoded = FixCodec::decode(FixCodec::encode(fixes), fixes.first().deviceId);
    return decoded ? *decoded : QList<Fix> {};
}

QList<Fix> sortedByTime(QList<Fix> fixes)
{
    std::stable_sort(
        fixes.begin(), fixes.end(), [](const Fix &a, const Fix &b) { return a.fixTime < b.fixTime; });
    return fixes;
}

} // namespace

class TestFixStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixStore> m_store;
    int m_files = 0;

    qint64 rows(std::string_view sql) { return m_db->queryInt(sql).value_or(-1); }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("fixes-%1.db").arg(++m_files)),
            SecureBytes::random(Database::KeySize), { .create = true, .cacheSizeKiB = 8192 });
        NIGRAN_VERIFY_OK(db);
        m_db = std::make_unique<Database>(std::move(*db));
        NIGRAN_VERIFY_OK(Migrator::migrate(*m_db));
        m_store = std::make_unique<FixStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void addAndReadBack()
    {
        const auto fixes = SyntheticTrack(Lahore, 1).fixes(Start, Start.addDays(1));
        const auto outcome = m_store->add(fixes);
        NIGRAN_VERIFY_OK(outcome);
        QCOMPARE(outcome->added, fixes.size());
        QCOMPARE(outcome->duplicates, 0);
        QVERIFY(!outcome->cancelled);
        QCOMPARE(m_store->fixCount().value(), fixes.size());
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks"), 24);
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks_rtree"), 24);
        const auto track = m_store->track(Lahore, Start, Start.addDays(1));
        NIGRAN_VERIFY_OK(track);
        QCOMPARE(*track, stored(fixes));
        QCOMPARE(m_store->devices().value(), QStringList { Lahore });
        QCOMPARE(m_store->latestFixTime(Lahore).value(), fixes.last().fixTime);
        QVERIFY(m_store->latestFixTime(Karachi).value().isNull());
    }

    void idempotent()
    {
        const auto fixes = series(Lahore, 0, 3 * 3600);
        NIGRAN_VERIFY_OK(m_store->add(fixes));
        const qint64 blocksBefore = rows("SELECT count(*) FROM fix_blocks");
        const auto again = m_store->add(fixes);
        NIGRAN_VERIFY_OK(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, fixes.size());
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks"), blocksBefore);
        QCOMPARE(m_store->fixCount().value(), fixes.size());
        // The same fix time with another position is the same fix: the stored one stays.
        Fix moved = fixes[5];
        moved.latitude += 0.01;
        const auto third = m_store->add({ moved, moved });
        QCOMPARE(third->added, 0);
        QCOMPARE(third->duplicates, 2);
        QCOMPARE(m_store->track(Lahore, Start, Start.addDays(1)).value(), stored(fixes));
        // Duplicates within one call are counted once added.
        const auto fresh = series(Karachi, 0, 600);
        const auto doubled = m_store->add(fresh + fresh);
        QCOMPARE(doubled->added, fresh.size());
        QCOMPARE(doubled->duplicates, fresh.size());
    }

    void outOfOrder()
    {
        auto fixes = series(Lahore, -1800, 4 * 3600, 30) + series(Karachi, 0, 2 * 3600, 45);
        const auto expectedLahore = stored(sortedByTime(series(Lahore, -1800, 4 * 3600, 30)));
        QRandomGenerator random(5);
        std::shuffle(fixes.begin(), fixes.end(), random);
        // In three calls, each merging into blocks the others started.
        const qsizetype third = fixes.size() / 3;
        NIGRAN_VERIFY_OK(m_store->add(fixes.mid(0, third)));
        NIGRAN_VERIFY_OK(m_store->add(fixes.mid(2 * third)));
        NIGRAN_VERIFY_OK(m_store->add(fixes.mid(third, third)));
        QCOMPARE(m_store->fixCount().value(), fixes.size());
        QCOMPARE(m_store->track(Lahore, Start.addDays(-1), Start.addDays(1)).value(), expectedLahore);
        QCOMPARE(m_store->devices().value(), (QStringList { Lahore, Karachi }));
        // Every block's R*Tree row covers its fixes.
        auto check = m_db->prepare("SELECT b.first_ms, b.last_ms, r.min_t, r.max_t FROM fix_blocks b "
                                   "JOIN fix_blocks_rtree r ON r.id = b.id");
        NIGRAN_VERIFY_OK(check);
        int checked = 0;
        while (check->step().value_or(false)) {
            QVERIFY(check->real(2) <= double(check->int64(0)) / 1000);
            QVERIFY(check->real(3) >= double(check->int64(1)) / 1000);
            ++checked;
        }
        QCOMPARE(checked, rows("SELECT count(*) FROM fix_blocks"));
    }

    void trackRanges_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("expected"); // fixes every minute from -2 h to +3 h
        QTest::addRow("whole") << qint64(-7200) << qint64(10800) << 300;
        QTest::addRow("one hour exactly on the hours") << qint64(0) << qint64(3600) << 60;
        QTest::addRow("across an hour boundary") << qint64(3000) << qint64(4200) << 20;
        QTest::addRow("across two boundaries") << qint64(-1800) << qint64(5400) << 120;
        QTest::addRow("from is included, to is not") << qint64(60) << qint64(120) << 1;
        QTest::addRow("half a minute") << qint64(61) << qint64(90) << 0;
        QTest::addRow("empty range") << qint64(600) << qint64(600) << 0;
        QTest::addRow("reversed range") << qint64(600) << qint64(0) << 0;
        QTest::addRow("before any fix") << qint64(-90000) << qint64(-7200) << 0;
        QTest::addRow("the last fix only") << qint64(10740) << qint64(99999) << 1;
    }

    void trackRanges()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, expected);
        const auto fixes = series(Lahore, -7200, 10800);
        NIGRAN_VERIFY_OK(m_store->add(fixes + series(Karachi, -7200, 10800)));
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks WHERE device_id = 'TAG-9201'"), 5);
        const auto track = m_store->track(Lahore, Start.addSecs(from), Start.addSecs(to));
        NIGRAN_VERIFY_OK(track);
        QCOMPARE(track->size(), expected);
        for (const Fix &f : *track) {
            QCOMPARE(f.deviceId, Lahore);
            QVERIFY(f.fixTime >= Start.addSecs(from) && f.fixTime < Start.addSecs(to));
        }
        QVERIFY(std::is_sorted(
            track->begin(), track->end(), [](const Fix &a, const Fix &b) { return a.fixTime < b.fixTime; }));
    }

    void blocksInTheIndex()
    {
        // Lahore every minute for 3 h; Karachi likewise; one Lahore fix with a 2 km accuracy circle.
        NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 0, 3 * 3600)));
        QList<Fix> karachi;
        for (qint64 s = 0; s < 3 * 3600; s += 60)
            karachi << fixAt(Karachi, s, 24.8607, 67.0011);
        NIGRAN_VERIFY_OK(m_store->add(karachi));
        Fix blurred = fixAt(QStringLiteral("TAG-9203"), 90, 31.60, 74.30);
        blurred.accuracyMetres = 2000;
        NIGRAN_VERIFY_OK(m_store->add({ blurred }));

        const auto lahoreBox = m_store->blocksIn(31.50, 74.33, 31.55, 74.40, Start, Start.addSecs(3 * 3600));
        NIGRAN_VERIFY_OK(lahoreBox);
        QCOMPARE(lahoreBox->size(), 3);
        for (const auto &hit : *lahoreBox)
            QCOMPARE(hit.deviceId, Lahore);
        // Only the hour blocks overlapping the time asked for.
        QCOMPARE(
            m_store->blocksIn(31.50, 74.33, 31.55, 74.40, Start.addSecs(3700), Start.addSecs(3800))->size(),
            1);
        QCOMPARE(
            m_store->blocksIn(31.50, 74.33, 31.55, 74.40, Start.addDays(1), Start.addDays(2))->size(), 0);
        // A box 1.5 km north of the blurred fix: inside its accuracy circle's box, so a candidate.
        double south = 31.60, west = 74.30;
        Geo::offsetMetres(south, west, 0, 1500);
        const auto nearBlurred
            = m_store->blocksIn(south, west - 0.001, south + 0.001, west + 0.001, Start, Start.addSecs(600));
        NIGRAN_VERIFY_OK(nearBlurred);
        QCOMPARE(nearBlurred->size(), 1);
        QCOMPARE(nearBlurred->first().deviceId, QStringLiteral("TAG-9203"));
        const auto fixes = m_store->blockFixes(nearBlurred->first().blockId);
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(*fixes, stored({ blurred }));
        QCOMPARE(m_store->blockFixes(99999).error().code, ErrorCode::NotFound);
        // The device's blocks without their fixes.
        const auto info = m_store->blocks(Lahore, Start.addSecs(1800), Start.addSecs(3 * 3600 + 1800));
        NIGRAN_VERIFY_OK(info);
        QCOMPARE(info->size(), 3);
        QCOMPARE(info->first().firstMs, Start.toMSecsSinceEpoch());
        QCOMPARE(info->first().fixes, 60);
        QCOMPARE(info->last().lastMs, Start.addSecs(3 * 3600 - 60).toMSecsSinceEpoch());
    }

    void dropBefore()
    {
        NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 0, 5 * 3600) + series(Karachi, 0, 3600)));
        // Blocks whose last fix is before 02:30 go (hours 0 and 1 of Lahore, Karachi's only one).
        const auto dropped = m_store->dropBefore(Start.addSecs(2 * 3600 + 1800));
        NIGRAN_VERIFY_OK(dropped);
        QCOMPARE(*dropped, 60 + 60 + 60);
        QCOMPARE(m_store->fixCount().value(), 3 * 60);
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks_rtree"), 3);
        QCOMPARE(m_store->devices().value(), QStringList { Lahore });
        QCOMPARE(m_store->track(Lahore, Start, Start.addDays(1))->first().fixTime, Start.addSecs(2 * 3600));
        QCOMPARE(m_store->blocksIn(-90, -180, 90, 180, Start, Start.addSecs(2 * 3600 - 300))->size(),
            0); // the R*Tree rounds to 128 s
        QCOMPARE(m_store->dropBefore(Start).value(), 0);
    }

    void cancelRollsBack_data()
    {
        QTest::addColumn<int>("cancelAfterCalls");
        QTest::addRow("at the start") << 1;
        QTest::addRow("after the first block") << 2;
        QTest::addRow("at the very end") << 7;
    }

    void cancelRollsBack()
    {
        QFETCH(int, cancelAfterCalls);
        NIGRAN_VERIFY_OK(m_store->add(series(Karachi, 0, 600)));
        const auto fixes = series(Lahore, 0, 6 * 3600);
        int calls = 0;
        qint64 lastDone = -1;
        const auto outcome = m_store->add(fixes, [&](qint64 done, qint64 total) {
            [&] {
                QCOMPARE(total, fixes.size());
                QVERIFY(done >= lastDone && done <= total);
            }();
            lastDone = done;
            return ++calls < cancelAfterCalls;
        });
        NIGRAN_VERIFY_OK(outcome);
        QVERIFY(outcome->cancelled);
        QCOMPARE(outcome->added, 0);
        QCOMPARE(calls, cancelAfterCalls);
        QCOMPARE(m_store->fixCount().value(), 10);
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks_rtree"), 1);
        // Not cancelled: progress reaches the total.
        const auto done = m_store->add(fixes, [&](qint64 d, qint64 t) {
            lastDone = d;
            return d <= t;
        });
        NIGRAN_VERIFY_OK(done);
        QCOMPARE(done->added, fixes.size());
        QCOMPARE(lastDone, fixes.size());
    }

    void failureLeavesNothingHalfWritten()
    {
        NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 0, 600) + series(Karachi, 0, 600)));
        // Damage Karachi's stored block: merging into it must fail, and Lahore's new hour (written
        // first, devices go in order) must not stay.
        NIGRAN_VERIFY_OK(m_db->exec("UPDATE fix_blocks SET body = x'0105' WHERE device_id = 'TAG-9202'"));
        const auto failed = m_store->add(series(Lahore, 7200, 7800) + series(Karachi, 600, 900));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Corrupt);
        QVERIFY(!failed.error().message.contains(Karachi)); // ids of blocks only
        QCOMPARE(m_store->fixCount().value(), 20);
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks"), 2);
        QCOMPARE(rows("SELECT count(*) FROM fix_blocks_rtree"), 2);

        // Invalid input: nothing is stored, not even the valid fixes before it.
        auto bad = series(Lahore, 20000, 20600);
        bad[4].deviceId.clear();
        QCOMPARE(m_store->add(bad).error().code, ErrorCode::InvalidInput);
        bad[4].deviceId = Lahore;
        bad[6].latitude = 91;
        QCOMPARE(m_store->add(bad).error().code, ErrorCode::InvalidInput);
        bad[6].latitude = 31;
        bad[7].fixTime = QDateTime();
        QCOMPARE(m_store->add(bad).error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_store->fixCount().value(), 20);
    }

    void joinsTheCallersTransaction()
    {
        {
            auto outer = Transaction::begin(*m_db);
            NIGRAN_VERIFY_OK(outer);
            NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 0, 3600)));
            QCOMPARE(m_store->fixCount().value(), 60); // visible inside
            outer->rollback();
        }
        QCOMPARE(m_store->fixCount().value(), 0);
        {
            auto outer = Transaction::begin(*m_db);
            NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 0, 3600)));
            NIGRAN_VERIFY_OK(m_store->add(series(Karachi, 0, 3600)));
            NIGRAN_VERIFY_OK(outer->commit());
        }
        QCOMPARE(m_store->fixCount().value(), 120);
        // A cancelled add inside the caller's transaction makes all of it roll back.
        {
            auto outer = Transaction::begin(*m_db);
            NIGRAN_VERIFY_OK(m_store->add(series(Lahore, 3600, 7200)));
            QVERIFY(
                m_store->add(series(Karachi, 3600, 7200), [](qint64, qint64) { return false; })->cancelled);
            QVERIFY(!outer->commit());
        }
        QCOMPARE(m_store->fixCount().value(), 120);
    }
};

QTEST_GUILESS_MAIN(TestFixStore)
#include "tst_fixstore.moc"
