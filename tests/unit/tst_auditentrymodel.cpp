// The audit entry model: a record's own history (creation, views, transitions), the whole log page
// by page, who may see which, and local-time display. Every model runs under QAbstractItemModelTester.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "itemmodels/auditentrymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

QList<qint64> seqs(const QAbstractItemModel &model)
{
    QList<qint64> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(AuditEntryModel::SeqRole).toLongLong();
    return values;
}

} // namespace

class TestAuditEntryModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr; ///< m_fixture's session
    Office *m_supervisor = nullptr; ///< m_fixture's session

    /// A complete draft entry: person, case, charge, conviction and sentence.
    QString enterCompleteCase(qint64 index) { return m_fixture->enterCompleteCase(*m_prosecutor, index); }

    qint64 logSize(Office &office) { return office.audit().entries(0, 1000000).value().size(); }

private Q_SLOTS:
    void initTestCase()
    {
        // Pakistan Standard Time (UTC+5, no DST) as a POSIX rule: needs no time zone database.
        qputenv("TZ", "PKT-5");
        tzset();
    }

    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
    }

    void showsTheHistoryOfOneRecord()
    {
        const QString id = enterCompleteCase(1);
        const QString other = enterCompleteCase(2);
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.viewPerson(id, QStringLiteral("verification")));
        NIGRAN_VERIFY_OK(supervisor.viewPerson(other, QStringLiteral("verification")));
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::InCustody, {}));

        // The prosecutor may not read the whole log, but may read a record's own history.
        AuditEntryModel model(*m_prosecutor);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &AuditEntryModel::errorOccurred);
        model.loadForRecord(QStringLiteral("persons"), id);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(model.scope(), AuditEntryModel::Scope::Record);
        QVERIFY(!model.canFetchMore({}));

        QStringList actions;
        for (int row = 0; row < model.rowCount(); ++row)
            actions << model.index(row, 0).data(AuditEntryModel::ActionKeyRole).toString();
        QCOMPARE(actions.first(), QStringLiteral("create"));
        QCOMPARE(actions.count(QStringLiteral("view")), 1); // the other person's view is not here
        QCOMPARE(actions.count(QStringLiteral("transition")), 2);
        QVERIFY(actions.indexOf(QStringLiteral("view")) < actions.indexOf(QStringLiteral("transition")));
        QCOMPARE(columnTexts(model, AuditEntryModel::EntityIdColumn), QStringList(model.rowCount(), id));
        QCOMPARE(columnTexts(model, AuditEntryModel::EntityColumn).count(QStringLiteral("persons")),
            model.rowCount());

        const QList<qint64> order = seqs(model);
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY(order.at(i - 1) < order.at(i));

        const int view = int(actions.indexOf(QStringLiteral("view")));
        QCOMPARE(
            model.index(view, AuditEntryModel::ActorColumn).data().toString(), QStringLiteral("supervisor"));
        QCOMPARE(model.index(view, AuditEntryModel::DetailColumn).data().toString(),
            QStringLiteral("verification"));
        QCOMPARE(
            model.index(view, AuditEntryModel::ActionColumn).data().toString(), QStringLiteral("Viewed"));
        const int lastTransition = int(actions.lastIndexOf(QStringLiteral("transition")));
        QCOMPARE(model.index(lastTransition, AuditEntryModel::ActionColumn).data().toString(),
            QStringLiteral("Status changed"));
        QCOMPARE(model.index(lastTransition, AuditEntryModel::DetailColumn).data().toString(),
            QStringLiteral("%1 -> %2")
                .arg(RegisterWorkflow::key(RegisterStatus::Verified),
                    RegisterWorkflow::key(RegisterStatus::InCustody)));
        QCOMPARE(
            model.index(0, AuditEntryModel::ActorColumn).data().toString(), QStringLiteral("prosecutor"));
        QCOMPARE(model.index(0, AuditEntryModel::SeqColumn).data().toLongLong(), order.first());
        QCOMPARE(model.entry(0)->seq, order.first());
        QVERIFY(!model.entry(model.rowCount()));

        // A new view of the record shows up on refresh.
        NIGRAN_VERIFY_OK(supervisor.viewPerson(id, QStringLiteral("second look")));
        const int before = model.rowCount();
        model.refresh();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(before, AuditEntryModel::DetailColumn).data().toString(),
            QStringLiteral("second look"));
    }

    void showsTimesInLocalTime()
    {
        const QString id = enterCompleteCase(3);
        AuditEntryModel model(*m_supervisor);
        const auto tester = testerFor(model);
        model.loadForRecord(QStringLiteral("persons"), id);
        QVERIFY(model.rowCount() > 0);
        // The fixture's clock stands at 09:00 UTC: 14:00 in Pakistan.
        QCOMPARE(model.index(0, AuditEntryModel::TimeColumn).data().toString(),
            QStringLiteral("2026-11-28 14:00:00"));
        QCOMPARE(model.index(0, 0).data(AuditEntryModel::TimestampRole).toDateTime(),
            QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()));
        QSet<QString> headers;
        for (int column = 0; column < AuditEntryModel::ColumnCount; ++column)
            headers.insert(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers.size(), int(AuditEntryModel::ColumnCount));
    }

    void wholeLogNeedsTheAuditRight_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("prosecutor") << QStringLiteral("prosecutor") << false;
        QTest::addRow("district supervisor") << QStringLiteral("supervisor") << true;
        QTest::addRow("office administrator") << QStringLiteral("admin") << true;
    }

    void wholeLogNeedsTheAuditRight()
    {
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        enterCompleteCase(4);
        auto office = m_fixture->signIn(login);
        AuditEntryModel model(*office);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &AuditEntryModel::errorOccurred);
        model.loadAll();
        QCOMPARE(errors.count(), allowed ? 0 : 1);
        QCOMPARE(model.rowCount() > 0, allowed);
        if (!allowed) {
            QVERIFY(!errors.first().first().toString().isEmpty());
            QVERIFY(!model.canFetchMore({}));
        }
    }

    void wholeLogLoadsPageByPage()
    {
        enterCompleteCase(5);
        enterCompleteCase(6);
        const qint64 total = logSize(*m_supervisor);
        QVERIFY(total > 12);

        AuditEntryModel model(*m_supervisor);
        model.setPageSize(5);
        const auto tester = testerFor(model);
        model.loadAll();
        QCOMPARE(model.scope(), AuditEntryModel::Scope::All);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), total);

        // The whole chain in order, each entry once.
        const QList<qint64> order = seqs(model);
        for (qsizetype i = 0; i < order.size(); ++i)
            QCOMPARE(order.at(i), qint64(i + 1));

        // New entries appear after a refresh, which starts again at the first page.
        m_fixture->addPeople(*m_prosecutor, 1, 50);
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), logSize(*m_supervisor));
        QVERIFY(model.rowCount() > total);

        model.clear();
        QCOMPARE(model.scope(), AuditEntryModel::Scope::None);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void actionNamesFallBackToTheKey()
    {
        QCOMPARE(AuditEntryModel::actionDisplayName(QStringLiteral("seal")), QStringLiteral("Sealed"));
        QCOMPARE(AuditEntryModel::actionDisplayName(QStringLiteral("future-action")),
            QStringLiteral("future-action"));
    }
};

QTEST_GUILESS_MAIN(TestAuditEntryModel)
#include "tst_auditentrymodel.moc"
