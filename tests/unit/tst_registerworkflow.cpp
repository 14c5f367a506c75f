// The register-entry state machine (DOMAIN.md "Workflows"): every pair of states, legal or not,
// who may take each step, and when a reason is required.

#include "../common/testsupport.h"

#include "rules/registerworkflow.h"

#include <QTest>

using namespace Nigran::Models;

namespace {

using S = RegisterStatus;

/// The legal steps, written out independently of RegisterWorkflow: (from, to, roles that may take it
/// as P/S/C letters, reason required).
struct Step
{
    S from;
    S to;
    const char *roles;
    bool needsReason;
};

const Step legalSteps[] = {
    { S::Draft, S::Verified, "S", false },
    { S::Draft, S::Returned, "SC", true },
    { S::Returned, S::Draft, "PS", false },
    { S::Returned, S::Verified, "S", false },
    { S::Verified, S::Submitted, "S", false },
    { S::Verified, S::Returned, "SC", true },
    { S::Submitted, S::Acknowledged, "C", false },
    { S::Submitted, S::Returned, "SC", true },
    { S::Verified, S::InCustody, "PS", false },
    { S::Submitted, S::InCustody, "PS", false },
    { S::Acknowledged, S::InCustody, "PS", false },
    { S::InCustody, S::ReleasedMonitored, "S", false },
    { S::ReleasedMonitored, S::NonCompliant, "S", true },
    { S::ReleasedMonitored, S::Absconded, "S", true },
    { S::NonCompliant, S::ReleasedMonitored, "S", true },
    { S::NonCompliant, S::Absconded, "S", true },
    { S::Absconded, S::InCustody, "PS", true },
    { S::Absconded, S::ReleasedMonitored, "S", true },
    { S::ReleasedMonitored, S::InCustody, "PS", true },
    { S::Acknowledged, S::Ended, "S", true },
    { S::InCustody, S::Ended, "S", true },
    { S::ReleasedMonitored, S::Ended, "S", true },
    { S::NonCompliant, S::Ended, "S", true },
    { S::Absconded, S::Ended, "S", true },
};

const std::pair<char, Role> roleLetters[] = {
    { 'P', Role::Prosecutor },
    { 'S', Role::DistrictSupervisor },
    { 'A', Role::OfficeAdministrator },
    { 'C', Role::CentreAnalyst },
    { 'U', Role::CentreAuditor },
};

} // namespace

class TestRegisterWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPairOfStates_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("roles");
        QTest::addColumn<bool>("needsReason");
        QTest::addColumn<bool>("legal");
        for (S from : RegisterWorkflow::allStatuses())
            for (S to : RegisterWorkflow::allStatuses()) {
                const auto step = std::find_if(std::begin(legalSteps), std::end(legalSteps),
                    [&](const Step &s) { return s.from == from && s.to == to; });
                const bool legal = step != std::end(legalSteps);
                QTest::addRow("%s -> %s", qPrintable(RegisterWorkflow::key(from)),
                    qPrintable(RegisterWorkflow::key(to)))
                    << int(from) << int(to) << QString::fromLatin1(legal ? step->roles : "")
                    << (legal && step->needsReason) << legal;
            }
    }

    void everyPairOfStates()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, roles);
        QFETCH(bool, needsReason);
        QFETCH(bool, legal);
        const QString reason = QStringLiteral("court order 12/2026");
        for (const auto &[letter, role] : roleLetters) {
            const auto withReason = RegisterWorkflow::check(S(from), S(to), role, reason);
            if (!legal) {
                QVERIFY(!withReason);
                QCOMPARE(withReason.error().code, ErrorCode::IllegalTransition);
                QVERIFY(!withReason.error().message.isEmpty());
                continue;
            }
            if (!roles.contains(QLatin1Char(letter))) {
                QVERIFY(!withReason);
                QCOMPARE(withReason.error().code, ErrorCode::PermissionDenied);
                continue;
            }
            NIGRAN_VERIFY_OK(withReason);
            const auto withoutReason = RegisterWorkflow::check(S(from), S(to), role, QStringLiteral("   "));
            QCOMPARE(bool(withoutReason), !needsReason);
            if (needsReason)
                QVERIFY(withoutReason.error().hasField(QStringLiteral("reason")));
            QVERIFY(RegisterWorkflow::nextStates(S(from), role).contains(S(to)));
        }
    }

    void endedIsFinal()
    {
        for (const auto &[letter, role] : roleLetters)
            QVERIFY(RegisterWorkflow::nextStates(S::Ended, role).isEmpty());
    }

    void keysRoundTrip()
    {
        for (S status : RegisterWorkflow::allStatuses()) {
            QCOMPARE(RegisterWorkflow::statusFromKey(RegisterWorkflow::key(status)), status);
            QVERIFY(!RegisterWorkflow::displayName(status).isEmpty());
        }
        QVERIFY(!RegisterWorkflow::statusFromKey(QStringLiteral("no-such-state")));
        for (EndReason reason : { EndReason::TermExpired, EndReason::AcquittedOnAppeal, EndReason::Deceased })
            QCOMPARE(RegisterWorkflow::endReasonFromKey(RegisterWorkflow::key(reason)), reason);
    }
};

QTEST_GUILESS_MAIN(TestRegisterWorkflow)
#include "tst_registerworkflow.moc"
