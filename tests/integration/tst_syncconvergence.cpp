// Convergence with real processes over loopback TLS (SYNC.md, "what must be shown"): a real
// `nigran-centre serve` process, two offices of one district (PB-LHR, in this process, each syncing
// over the real NetworkTransport with its own bundle) and one office of another district (SD-HYD, a
// tests/tools/office_agent process). Run against both centre stores: the embedded SQLite file and a
// throwaway PostgreSQL cluster (`serve --store postgresql://…`).
//
// Shown, each by comparing every row (tests/common/syncfixture.h: version, HLC, origin, tombstone,
// body) at the offices and in the centre's store:
//   - edits made at both offices converge: identical rows at both and at the centre;
//   - a concurrent edit of the same row becomes one open conflict visible at both offices, with the
//     losing revision kept in it (nothing silently overwritten);
//   - a resolution made at one office syncs to the other and closes the conflict everywhere;
//   - the other district's office never receives a row of this district, nor they one of its rows.

#include "../common/centreprocess.h"
#include "../common/officefixture.h"
#include "../common/postgrescluster.h"
#include "../common/syncfixture.h"
#include "../common/testsupport.h"

#include "centre/centrestorefactory.h"
#include "protocol/messagecodec.h"

#include <QCborValue>
#include <QDir>
#include <QTest>

using namespace Nigran;
using Nigran::Testing::AgentProcess;
using Nigran::Testing::CentreProcess;
using Nigran::Testing::NetworkSync;
using Nigran::Testing::PostgresCluster;

namespace {

const QString District = QStringLiteral("PB-LHR");
const QString OtherDistrict = QStringLiteral("SD-HYD");

struct SyncedOffice
{
    std::unique_ptr<Models::Office> office;
    std::unique_ptr<NetworkSync> sync;
};

Models::Person loadPerson(Models::Office &office, const QString &id)
{
    const auto stored = office.records().get(Models::RecordKinds::person, id).value();
    return Models::personFromCbor(QCborValue::fromCbor(stored->body).toMap()).value();
}

struct LocalConflict
{
    QString id;
    bool open = false;
};

QList<LocalConflict> conflicts(Models::Office &office)
{
    QList<LocalConflict> found;
    auto stmt = office.database().prepare("SELECT id, open FROM sync_conflicts ORDER BY id");
    while (stmt->step().value_or(false))
        found << LocalConflict { stmt->text(0), stmt->int64(1) != 0 };
    return found;
}

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = i < a.size() ? a.at(i) : QStringLiteral("(none)");
        const QString right = i < b.size() ? b.at(i) : QStringLiteral("(none)");
        if (left != right)
            return QStringLiteral("row %1: %2 <> %3").arg(i).arg(left, right);
    }
    return QStringLiteral("equal");
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    int m_round = 0;

    QString path(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("%1-%2").arg(m_round).arg(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CentreProcess::centreBinary().isEmpty(), "NIGRAN_CENTRE is not set (run through ctest)");
        QVERIFY2(QFileInfo(AgentProcess::binary()).isExecutable(),
            qPrintable(QStringLiteral("%1 is missing (NIGRAN_TEST_TOOLS)").arg(AgentProcess::binary())));
    }

    void twoOfficesAndTheCentreConverge_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }

    void twoOfficesAndTheCentreConverge()
    {
        QFETCH(QString, backend);
        ++m_round;
        CentreProcess centre(path(QStringLiteral("centre")));
        QVERIFY(QDir().mkpath(centre.workDirectory()));
        QString storeSpec = QStringLiteral("sqlite:") + centre.workDirectory() + QStringLiteral("/centre.db");
        if (backend == QLatin1String("postgresql")) {
            if (!PostgresCluster::isAvailable())
                QSKIP(qPrintable(PostgresCluster::unavailableReason()));
            if (!m_cluster) {
                m_cluster = std::make_unique<PostgresCluster>();
                QVERIFY2(m_cluster->start(), qPrintable(m_cluster->lastError()));
            }
            const QString database = QStringLiteral("convergence%1").arg(m_round);
            QVERIFY2(!m_cluster->createDatabase(database).isEmpty(), qPrintable(m_cluster->lastError()));
            storeSpec = m_cluster->uri(database);
        }
        centre.setStore(storeSpec);
        QVERIFY2(centre.initPki(), qPrintable(centre.errorString()));
        QVERIFY2(centre.start(), qPrintable(centre.errorString()));
        auto store = Sync::openCentreStore(storeSpec);
        NIGRAN_VERIFY_OK(store);
        QCOMPARE((*store)->backendName(), backend);

        // Two offices of PB-LHR in this process, each with a bundle issued for its own office id.
        SyncedOffice a, b;
        for (auto [office, name] : { std::pair { &a, "a" }, std::pair { &b, "b" } }) {
            const QString directory = path(QString::fromLatin1(name));
            auto id = Testing::createOffice(directory, District);
            NIGRAN_VERIFY_OK(id);
            auto opened = Testing::openOffice(directory);
            NIGRAN_VERIFY_OK(opened);
            office->office = std::move(*opened);
            const auto bundle = centre.issueOffice(*id, District);
            QVERIFY2(bundle, qPrintable(centre.errorString()));
            auto credentials = NetworkSync::credentials(bundle->pkcs12, bundle->password);
            NIGRAN_VERIFY_OK(credentials);
            QCOMPARE(credentials->district, District);
            office->sync = std::make_unique<NetworkSync>(*office->office, *credentials);
        }
        QVERIFY(a.office->officeId() != b.office->officeId());

        // The other district's office: an office_agent process with its own bundle.
        const QString otherDirectory = path(QStringLiteral("other"));
        AgentProcess agent;
        QVERIFY(agent.start({ QStringLiteral("create"), QStringLiteral("--dir"), otherDirectory,
            QStringLiteral("--district"), OtherDistrict }));
        QCOMPARE(agent.finish(), 0);
        const auto otherBundle = centre.issueOffice(agent.value(QStringLiteral("office")), OtherDistrict);
        QVERIFY2(otherBundle, qPrintable(centre.errorString()));
        const QString otherPassword = path(QStringLiteral("other-password"));
        QVERIFY(Testing::writeAll(otherPassword, otherBundle->password.toUtf8()));
        const auto runOther = [&](int edits) {
            QVERIFY(agent.start({ QStringLiteral("run"), QStringLiteral("--dir"), otherDirectory,
                QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--index-base"), QString::number(9000 + 100 * m_round),
                QStringLiteral("--bundle"), otherBundle->path, QStringLiteral("--bundle-password-file"),
                otherPassword, QStringLiteral("--digest") }));
            const int code = agent.finish();
            QVERIFY2(code == 0, qPrintable(agent.lines().join(u'\n') + agent.errorOutput()));
            QCOMPARE(agent.value(QStringLiteral("foreign")), QStringLiteral("0"));
            QCOMPARE(agent.value(QStringLiteral("outbox")), QStringLiteral("0"));
        };

        const auto sync = [](SyncedOffice &office) -> Models::Result<Sync::SyncReport> {
            auto report = office.sync->run();
            if (report && report->rejected != 0)
                return Models::fail(Models::ErrorCode::InvalidInput,
                    QStringLiteral("%1 items rejected").arg(report->rejected));
            return report;
        };
        const auto verifyConverged = [&](const char *step) {
            auto centreLines = Testing::centreRegisterLines(**store, District);
            NIGRAN_VERIFY_OK(centreLines);
            QVERIFY2(!centreLines->isEmpty(), step);
            for (SyncedOffice *office : { &a, &b }) {
                auto lines = Testing::officeRegisterLines(*office->office);
                NIGRAN_VERIFY_OK(lines);
                QVERIFY2(*lines == *centreLines,
                    qPrintable(QStringLiteral("%1, office %2: %3")
                                   .arg(QLatin1String(step), office->office->officeId(),
                                       firstDifference(*lines, *centreLines))));
                QCOMPARE(Testing::count(*office->office, "SELECT count(*) FROM outbox"), 0);
                QCOMPARE(Testing::count(*office->office, "SELECT count(*) FROM sync_batches"), 0);
                QCOMPARE(Testing::count(
                             *office->office, "SELECT count(*) FROM persons WHERE district <> 'PB-LHR'"),
                    0);
            }
        };

        // 1. Edits at both offices (and the other district's) converge.
        Testing::RandomEditor editorA(*a.office, 11, 100);
        Testing::RandomEditor editorB(*b.office, 12, 200);
        auto shared = editorA.createCase();
        NIGRAN_VERIFY_OK(shared);
        NIGRAN_VERIFY_OK(editorA.createPerson());
        NIGRAN_VERIFY_OK(editorA.createPerson());
        NIGRAN_VERIFY_OK(editorB.createCase());
        NIGRAN_VERIFY_OK(editorB.createPerson());
        runOther(5);
        if (QTest::currentTestFailed())
            return;
        auto first = sync(a);
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->conflicts, 0);
        QVERIFY(first->applied >= 7);
        NIGRAN_VERIFY_OK(sync(b));
        NIGRAN_VERIFY_OK(sync(a));
        verifyConverged("after the first edits");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(Testing::count(*a.office, "SELECT count(*) FROM persons"), 5);
        QCOMPARE(Testing::count(*b.office, "SELECT count(*) FROM persons"), 5);

        // 2. The same person changed at both offices before either synced: one conflict, at both.
        const QString id = shared->id;
        for (auto [office, marks] :
            { std::pair { &a, "scar on the left hand" }, std::pair { &b, "scar on the right hand" } }) {
            Models::Person person = loadPerson(*office->office, id);
            person.marks = QString::fromLatin1(marks);
            NIGRAN_VERIFY_OK(Models::RegisterService(*office->office).updatePerson(person));
        }
        auto applied = sync(a);
        NIGRAN_VERIFY_OK(applied);
        QCOMPARE(applied->conflicts, 0);
        QCOMPARE(applied->applied, 1);
        auto conflicted = sync(b);
        NIGRAN_VERIFY_OK(conflicted);
        QCOMPARE(conflicted->conflicts, 1);
        QCOMPARE(conflicted->applied, 0);
        NIGRAN_VERIFY_OK(sync(a));
        verifyConverged("after the concurrent edit");
        if (QTest::currentTestFailed())
            return;
        const QList<LocalConflict> atA = conflicts(*a.office);
        const QList<LocalConflict> atB = conflicts(*b.office);
        QCOMPARE(atA.size(), 1);
        QCOMPARE(atB.size(), 1);
        QCOMPARE(atA.first().id, atB.first().id);
        QVERIFY(atA.first().open && atB.first().open);
        // The centre's revision stays in the row at both offices; B's is kept in the conflict.
        QCOMPARE(loadPerson(*b.office, id).marks, QStringLiteral("scar on the left hand"));
        {
            const auto row
                = a.office->records().get(Models::RecordKinds::syncConflict, atA.first().id).value();
            auto conflict = Sync::MessageCodec::decodeConflict(row->body);
            NIGRAN_VERIFY_OK(conflict);
            QVERIFY(conflict->open);
            QCOMPARE(conflict->rowId, id);
            QCOMPARE(conflict->theirs.origin, b.office->officeId());
            QCOMPARE(Models::personFromCbor(QCborValue::fromCbor(conflict->theirs.body).toMap())->marks,
                QStringLiteral("scar on the right hand"));
        }

        // 3. A resolves it (a new revision naming the conflict); it reaches B and closes everywhere.
        Models::Person merged = loadPerson(*a.office, id);
        merged.marks = QStringLiteral("scars on both hands");
        const auto snapshot = a.office->records().snapshot(Models::RecordKinds::person, id).value();
        NIGRAN_VERIFY_OK(a.office->records().putResolving(Models::RecordKinds::person,
            { id, snapshot->district, snapshot->columns, QCborValue(Models::toCbor(merged)).toCbor() },
            atA.first().id, Testing::SyncEditorLogin));
        auto resolved = sync(a);
        NIGRAN_VERIFY_OK(resolved);
        QCOMPARE(resolved->applied, 1);
        QCOMPARE(resolved->conflicts, 0);
        NIGRAN_VERIFY_OK(sync(b));
        NIGRAN_VERIFY_OK(sync(a));
        verifyConverged("after the resolution");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(loadPerson(*b.office, id).marks, QStringLiteral("scars on both hands"));
        for (SyncedOffice *office : { &a, &b }) {
            const QList<LocalConflict> seen = conflicts(*office->office);
            QCOMPARE(seen.size(), 1);
            QVERIFY2(!seen.first().open, "the conflict is still open at an office");
        }
        {
            auto tx = (*store)->begin();
            NIGRAN_VERIFY_OK(tx);
            auto row = (*tx)->row(QString::fromLatin1(Sync::ConflictEntity), atA.first().id);
            NIGRAN_VERIFY_OK(row);
            QVERIFY(row->has_value());
            auto conflict = Sync::MessageCodec::decodeConflict((*row)->body);
            NIGRAN_VERIFY_OK(conflict);
            QVERIFY2(!conflict->open, "the conflict is still open at the centre");
            QCOMPARE(conflict->resolvedByOffice, a.office->officeId());
        }
        QCOMPARE(Testing::auditCount(*a.office, "resolve"), 1);

        // 4. District scope: the other office holds only its own district's rows, and exactly the
        // centre's rows of that district; nothing of it reached PB-LHR.
        runOther(2);
        if (QTest::currentTestFailed())
            return;
        auto otherLines = Testing::centreRegisterLines(**store, OtherDistrict);
        NIGRAN_VERIFY_OK(otherLines);
        QVERIFY(!otherLines->isEmpty());
        QCOMPARE(agent.value(QStringLiteral("rows")).toLongLong(), otherLines->size());
        QCOMPARE(agent.value(QStringLiteral("digest")), Testing::digestOf(*otherLines));
        auto lines = Testing::centreRegisterLines(**store, District);
        NIGRAN_VERIFY_OK(lines);
        QSet<QString> districtIds;
        for (const QString &line : std::as_const(*lines))
            districtIds.insert(line.section(u' ', 1, 1));
        for (const QString &line : std::as_const(*otherLines)) {
            QCOMPARE(line.section(u' ', 2, 2), OtherDistrict);
            QVERIFY(!districtIds.contains(line.section(u' ', 1, 1)));
        }
        for (SyncedOffice *office : { &a, &b })
            QCOMPARE(
                Testing::count(*office->office, "SELECT count(*) FROM persons WHERE district = 'SD-HYD'"), 0);
        verifyConverged("at the end");
        if (QTest::currentTestFailed())
            return;

        store->reset();
        QVERIFY2(centre.stop(), qPrintable(centre.serverLog().right(2000)));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
