// kill -9 of a syncing office (SYNC.md principle 4): a real `nigran-centre serve` process (SQLite
// store), a FaultProxy in front of it, and tests/tools/office_agent as the office. Each round the agent
// makes a few random edits (committed locally, printed as it commits them) and syncs through the
// proxy; the test kills it with SIGKILL, either
//   - between the centre's commit of its push and the agent's acknowledgement: the proxy holds every
//     response once the agent says it sends a push, the test waits until the centre has stored the
//     batch, then kills (the agent restarts with that batch pending and must resend it byte for byte),
//   - or at a random moment of its run (editing, handshake, push, acknowledgement, pull).
// After the rounds the agent restarts and syncs cleanly: every edit it ever printed is at the centre,
// the office and the centre hold identical rows, and nothing was applied twice — the centre handed
// out exactly as many versions as the office's acknowledgements report applied, stored exactly one
// batch per acknowledged batch, and holds no conflict (a batch applied twice would conflict with
// itself).

#include "../common/centreprocess.h"
#include "../common/faultproxy.h"
#include "../common/syncfixture.h"
#include "../common/testsupport.h"

#include "centre/centrestorefactory.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QTest>

#include <random>

using namespace Nigran;
using Nigran::Testing::AgentProcess;
using Nigran::Testing::CentreProcess;
using Nigran::Testing::FaultPlan;
using Nigran::Testing::FaultProxy;

namespace {

const QString District = QStringLiteral("PB-RWP");

struct PrintedEdit
{
    QString id;
    qint64 hlc = 0;
    QString kind;
};

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    CentreProcess m_centre;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;
    QString m_officeDir;
    QString m_officeId;
    std::optional<CentreProcess::Bundle> m_bundle;
    QString m_passwordFile;

    QString centreDb() const { return m_centre.workDirectory() + QStringLiteral("/centre.db"); }

    /// Batches the centre has stored for the office (it answers a retry of one of them from memory).
    qint64 centreBatches()
    {
        auto db = Models::Database::openUnencrypted(centreDb(), { .create = false, .readOnly = true });
        if (!db)
            return -1;
        auto stmt = db->prepare("SELECT count(*) FROM centre_batches WHERE office_id = ?");
        if (!stmt)
            return -1;
        stmt->bindAll(m_officeId);
        return stmt->step().value_or(false) ? stmt->int64(0) : -1;
    }

    QStringList agentArguments(int edits, quint32 seed, qint64 indexBase, bool viaProxy, bool digest) const
    {
        QStringList arguments { QStringLiteral("run"), QStringLiteral("--dir"), m_officeDir,
            QStringLiteral("--edits"), QString::number(edits), QStringLiteral("--seed"),
            QString::number(seed), QStringLiteral("--index-base"), QString::number(indexBase),
            QStringLiteral("--whole-store"), QStringLiteral("--bundle"), m_bundle->path,
            QStringLiteral("--bundle-password-file"), m_passwordFile, QStringLiteral("--timeout-ms"),
            QStringLiteral("10000"), QStringLiteral("--trace") };
        if (viaProxy)
            arguments << QStringLiteral("--via")
                      << QStringLiteral("https://127.0.0.1:%1").arg(m_proxy->port());
        if (digest)
            arguments << QStringLiteral("--digest");
        return arguments;
    }

    /// Whether the office holds a frozen batch not yet acknowledged (read while no agent runs).
    bool officeHasPendingBatch()
    {
        auto office = Testing::openOffice(m_officeDir);
        return office && (*office)->database().queryInt("SELECT count(*) FROM sync_batches").value_or(0) > 0;
    }

    static void collectEdits(const AgentProcess &agent, QList<PrintedEdit> &edits)
    {
        for (const QString &line : agent.lines()) {
            const QStringList parts = line.split(u' ');
            if (parts.size() == 5 && parts.at(0) == QLatin1String("edit"))
                edits << PrintedEdit { parts.at(3), parts.at(4).toLongLong(), parts.at(1) };
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!CentreProcess::centreBinary().isEmpty(), "NIGRAN_CENTRE is not set (run through ctest)");
        QVERIFY2(QFileInfo(AgentProcess::binary()).isExecutable(),
            qPrintable(QStringLiteral("%1 is missing (NIGRAN_TEST_TOOLS)").arg(AgentProcess::binary())));
        QVERIFY2(m_centre.initPki(), qPrintable(m_centre.errorString()));
        m_centre.setServeArguments({ QStringLiteral("--timeout-s"), QStringLiteral("5") });
        QVERIFY2(m_centre.start(), qPrintable(m_centre.errorString()));

        m_officeDir = m_dir.filePath(QStringLiteral("office"));
        AgentProcess create;
        QVERIFY(create.start({ QStringLiteral("create"), QStringLiteral("--dir"), m_officeDir,
            QStringLiteral("--district"), District }));
        QCOMPARE(create.finish(), 0);
        m_officeId = create.value(QStringLiteral("office"));
        QVERIFY(!m_officeId.isEmpty());
        m_bundle = m_centre.issueOffice(m_officeId, District);
        QVERIFY2(m_bundle, qPrintable(m_centre.errorString()));
        m_passwordFile = m_dir.filePath(QStringLiteral("bundle-password"));
        QVERIFY(Testing::writeAll(m_passwordFile, m_bundle->password.toUtf8()));

        m_proxy
            = std::make_unique<FaultProxy>(QHostAddress::LocalHost, quint16(m_centre.port()), FaultPlan {});
        QVERIFY(m_proxy->listen() != 0);
    }

    void killedBetweenCommitAndAcknowledgementLosesAndDoublesNothing()
    {
        const quint32 baseSeed = qEnvironmentVariableIsSet("NIGRAN_SEED")
            ? quint32(qEnvironmentVariableIntValue("NIGRAN_SEED"))
            : 20261128u;
        std::mt19937 random(baseSeed);
        qInfo("seed %u (set NIGRAN_SEED to repeat)", baseSeed);

        constexpr int WantedHeldKills = 16;
        constexpr int WantedRandomKills = 16;
        constexpr int MaxRounds = 120;
        int heldKills = 0, randomKills = 0, finishedBeforeKill = 0, rounds = 0;
        QList<PrintedEdit> printed;
        QElapsedTimer elapsed;
        elapsed.start();

        for (; rounds < MaxRounds && (heldKills < WantedHeldKills || randomKills < WantedRandomKills);
             ++rounds) {
            const bool held
                = heldKills < WantedHeldKills && (randomKills >= WantedRandomKills || rounds % 2 == 0);
            const int edits = std::uniform_int_distribution<int>(1, 3)(random);
            FaultPlan plan;
            plan.seed = random();
            plan.latencyMs = held ? 25 : 8;
            plan.latencyJitterMs = 10;
            m_proxy->setPlan(plan);
            m_proxy->holdDownstream(false);

            const bool pendingBefore = held && officeHasPendingBatch();
            AgentProcess agent;
            QVERIFY(agent.start(agentArguments(edits, random(), 1000 * (rounds + 1), true, false)));
            const QString context = QStringLiteral("seed %1, round %2 (%3)")
                                        .arg(baseSeed)
                                        .arg(rounds)
                                        .arg(held ? QStringLiteral("held") : QStringLiteral("random"));
            if (held) {
                // The push is frozen and committed locally before "send /v1/push" is printed.
                if (!agent.waitForLine(QStringLiteral("send /v1/push"), 30000)) {
                    agent.finish();
                    collectEdits(agent, printed);
                    QFAIL(qPrintable(context + QStringLiteral(": the agent never pushed: ")
                        + agent.lines().join(u'\n') + agent.errorOutput()));
                }
                m_proxy->holdDownstream(true);
                const qint64 before = centreBatches();
                // Wait until the centre has committed the batch (its response is held in the proxy). A
                // batch left pending by an earlier kill is answered from the centre's memory: nothing new
                // is stored, so give the answer time to reach the proxy.
                QElapsedTimer waited;
                waited.start();
                const auto centreHasIt
                    = [&] { return centreBatches() > before || (pendingBefore && waited.elapsed() > 400); };
                QDeadlineTimer deadline(15000);
                while (!centreHasIt() && !deadline.hasExpired() && agent.isRunning())
                    QTest::qWait(5);
                const bool acknowledged = agent.hasLine(QStringLiteral("reply /v1/push ok"));
                if (centreHasIt() && agent.isRunning() && !acknowledged) {
                    agent.kill();
                    ++heldKills;
                } else {
                    agent.kill();
                    ++finishedBeforeKill;
                }
            } else {
                QTest::qWait(std::uniform_int_distribution<int>(0, 900)(random));
                if (agent.isRunning()) {
                    agent.kill();
                    ++randomKills;
                } else {
                    const int code = agent.finish();
                    QVERIFY2(code == 0,
                        qPrintable(
                            context + QStringLiteral(": agent exit %1: ").arg(code) + agent.errorOutput()));
                    ++finishedBeforeKill;
                }
            }
            m_proxy->holdDownstream(false);
            collectEdits(agent, printed);
        }
        QVERIFY2(heldKills >= WantedHeldKills && randomKills >= WantedRandomKills,
            qPrintable(QStringLiteral("only %1 held and %2 random kills in %3 rounds")
                           .arg(heldKills)
                           .arg(randomKills)
                           .arg(rounds)));

        // Restart, sync cleanly (straight to the centre), twice: the second run only carries the audit
        // entries of the first.
        AgentProcess last;
        for (int pass = 0; pass < 2; ++pass) {
            QVERIFY(last.start(agentArguments(0, 1, 0, false, true)));
            const int code = last.finish();
            QVERIFY2(code == 0,
                qPrintable(QStringLiteral("final sync: exit %1\n%2\n%3")
                               .arg(code)
                               .arg(last.lines().join(u'\n'), last.errorOutput())));
        }
        QCOMPARE(last.value(QStringLiteral("outbox")), QStringLiteral("0"));
        QCOMPARE(last.value(QStringLiteral("pending-batches")), QStringLiteral("0"));
        QCOMPARE(last.value(QStringLiteral("conflicts")), QStringLiteral("0"));

        auto store = Sync::openCentreStore(QStringLiteral("sqlite:") + centreDb());
        NIGRAN_VERIFY_OK(store);
        auto centreLines = Testing::centreRegisterLines(**store, District);
        NIGRAN_VERIFY_OK(centreLines);

        // Identical data: the agent's digest is the centre's, and row by row (the office read here).
        {
            auto office = Testing::openOffice(m_officeDir);
            NIGRAN_VERIFY_OK(office);
            auto officeLines = Testing::officeRegisterLines(**office);
            NIGRAN_VERIFY_OK(officeLines);
            QCOMPARE(*officeLines, *centreLines);
        }
        QCOMPARE(last.value(QStringLiteral("digest")), Testing::digestOf(*centreLines));

        // Nothing lost: every edit any agent printed as committed is at the centre, at that revision or
        // a later one.
        QHash<QString, qint64> centreHlc;
        QSet<QString> centreDeleted;
        for (const QString &line : std::as_const(*centreLines)) {
            const QStringList parts = line.split(u' ');
            if (parts.at(0) == QLatin1String("persons")) {
                centreHlc.insert(parts.at(1), parts.at(4).mid(1).toLongLong());
                if (parts.at(6) == QLatin1String("d1"))
                    centreDeleted.insert(parts.at(1));
            }
        }
        QVERIFY(!printed.isEmpty());
        for (const PrintedEdit &edit : std::as_const(printed)) {
            QVERIFY2(centreHlc.contains(edit.id), qPrintable(QStringLiteral("edit of %1 lost").arg(edit.id)));
            QVERIFY2(centreHlc.value(edit.id) >= edit.hlc,
                qPrintable(QStringLiteral("the centre holds an older revision of %1").arg(edit.id)));
            if (edit.kind == QLatin1String("delete"))
                QVERIFY2(centreDeleted.contains(edit.id),
                    qPrintable(QStringLiteral("tombstone of %1 lost").arg(edit.id)));
        }

        // Nothing doubled: one centre version per change the office was told was applied, one stored
        // batch per acknowledged batch, no conflict.
        auto highest = Testing::centreMaxVersion(**store, { District });
        NIGRAN_VERIFY_OK(highest);
        QCOMPARE(*highest, last.value(QStringLiteral("push-applied")).toLongLong());
        QCOMPARE(centreBatches(), last.value(QStringLiteral("push-acks")).toLongLong());
        for (const QString &line : std::as_const(*centreLines))
            QVERIFY2(!line.startsWith(QLatin1String("sync_conflicts")), qPrintable(line));

        qInfo("%d rounds in %lld ms: %d kills between the centre's commit and the acknowledgement, %d kills "
              "at random moments, %d runs finished first; %lld edits printed, %lld rows, %lld versions, %lld "
              "batches; proxy: %s",
            rounds, elapsed.elapsed(), heldKills, randomKills, finishedBeforeKill, qint64(printed.size()),
            qint64(centreLines->size()), *highest, centreBatches(), qPrintable(m_proxy->stats().summary()));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        QVERIFY2(m_centre.stop(), qPrintable(m_centre.serverLog().right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
