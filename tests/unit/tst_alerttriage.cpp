// The alert triage workflow (DOMAIN.md): every (from, to) pair of the five states, with the expected
// answer written out here independently of AlertTriage.

#include "services/alerttriage.h"

#include <QTest>

using namespace Nigran::Models;

class TestAlertTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allows_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        // Rows: from; columns: to, in the order N A C E X (New, Acknowledged, Contacted, Escalated,
        // Closed). '1' = allowed.
        const char *const names[] = { "new", "acknowledged", "contacted", "escalated", "closed" };
        const char *const table[] = {
            /* New          */ "01000", // acknowledge first; never straight to closed
            /* Acknowledged */ "00111", // contact, escalate without contact, or close (false positive)
            /* Contacted    */ "00011", // escalate or close
            /* Escalated    */ "00001", // only close
            /* Closed       */ "00000", // final
        };
        for (int from = 0; from < 5; ++from)
            for (int to = 0; to < 5; ++to) {
                const bool allowed = table[from][to] == '1';
                QTest::addRow("%s -> %s %s", names[from], names[to], allowed ? "allowed" : "refused")
                    << from << to << allowed;
            }
    }

    void allows()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(AlertTriage::allows(AlertState(from), AlertState(to)), allowed);
        QCOMPARE(AlertTriage::nextStates(AlertState(from)).contains(AlertState(to)), allowed);
    }

    void nextStatesInOrder()
    {
        QCOMPARE(AlertTriage::nextStates(AlertState::Acknowledged),
            (QList<AlertState> { AlertState::Contacted, AlertState::Escalated, AlertState::Closed }));
        QVERIFY(AlertTriage::nextStates(AlertState::Closed).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertTriage)
#include "tst_alerttriage.moc"
