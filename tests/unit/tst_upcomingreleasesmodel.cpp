// Release-date reminders: who is due within 90/60/30 days of a date, the days left and the bucket,
// what a moving clock does to them, and which entries get no reminder. Every model runs under
// QAbstractItemModelTester.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "itemmodels/upcomingreleasesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace Nigran::Models;
using namespace Nigran::Testing;
using namespace std::chrono_literals;

class TestUpcomingReleasesModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr; ///< m_fixture's session
    Office *m_supervisor = nullptr; ///< m_fixture's session
    SyntheticRegister m_synthetic;
    QDate m_today;
    QMap<int, QString> m_byDaysLeft; ///< days from m_today to the expected release → person id

    /// A complete draft entry (person, case, charge, conviction, sentence) whose expected release is
    /// `release`: a three-year term that started three years before it.
    QString enterCompleteCase(qint64 index, QDate release)
    {
        return m_fixture->enterCompleteCase(*m_prosecutor, index, release);
    }

    /// (days left, bucket) of every row, in the model's order.
    static QList<std::pair<int, int>> daysAndBuckets(const UpcomingReleasesModel &model)
    {
        QList<std::pair<int, int>> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append({ model.index(row, 0).data(UpcomingReleasesModel::DaysLeftRole).toInt(),
                model.index(row, 0).data(UpcomingReleasesModel::BucketRole).toInt() });
        return rows;
    }

    /// Ten complete entries released from one day before today to 200 days after it, and three
    /// entries without a sentence (no expected release).
    void populate()
    {
        m_byDaysLeft.clear();
        qint64 index = 1;
        // Entered out of order, so that the order shown is the model's doing.
        for (const int days : { 61, -1, 30, 91, 0, 90, 31, 60, 10, 200 })
            m_byDaysLeft.insert(days, enterCompleteCase(index++, m_today.addDays(days)));
        m_fixture->addPeople(*m_prosecutor, 3, 100);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
        m_today = m_fixture->clock().nowUtc().date();
    }

    void bucketFor_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("bucket");
        QTest::addRow("overdue") << -1 << 0;
        QTest::addRow("today") << 0 << 30;
        QTest::addRow("30 days") << 30 << 30;
        QTest::addRow("31 days") << 31 << 60;
        QTest::addRow("60 days") << 60 << 60;
        QTest::addRow("61 days") << 61 << 90;
        QTest::addRow("90 days") << 90 << 90;
        QTest::addRow("91 days") << 91 << 0;
    }

    void bucketFor()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, bucket);
        QCOMPARE(UpcomingReleasesModel::bucketFor(daysLeft), bucket);
    }

    void listsReleasesDueWithinNinetyDays()
    {
        populate();
        RegisterService service(*m_prosecutor);
        UpcomingReleasesModel model(service);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &UpcomingReleasesModel::errorOccurred);
        model.load(m_today);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(model.referenceDate(), m_today);
        QCOMPARE(model.horizonDays(), 90);
        QCOMPARE(daysAndBuckets(model),
            (QList<std::pair<int, int>> {
                { 0, 30 }, { 10, 30 }, { 30, 30 }, { 31, 60 }, { 60, 60 }, { 61, 90 }, { 90, 90 } }));
        QCOMPARE(model.countInBucket(30), 3);
        QCOMPARE(model.countInBucket(60), 2);
        QCOMPARE(model.countInBucket(90), 2);

        // Row 3 is the person released in 31 days.
        QCOMPARE(model.personId(3), m_byDaysLeft.value(31));
        QCOMPARE(
            model.index(3, 0).data(UpcomingReleasesModel::PersonIdRole).toString(), m_byDaysLeft.value(31));
        QCOMPARE(model.index(3, UpcomingReleasesModel::DaysLeft).data().toInt(), 31);
        QCOMPARE(model.index(3, UpcomingReleasesModel::ExpectedRelease).data().toString(),
            m_today.addDays(31).toString(Qt::ISODate));
        QCOMPARE(
            model.index(3, 0).data(UpcomingReleasesModel::ExpectedReleaseRole).toDate(), m_today.addDays(31));
        const Person person = m_synthetic.person(7, OfficeFixture::District); // the 7th entered: 31 days
        QCOMPARE(model.index(3, UpcomingReleasesModel::NameLatin).data().toString(), person.nameLatin);
        QCOMPARE(model.index(3, UpcomingReleasesModel::NameUrdu).data().toString(), person.nameUrdu);
        QCOMPARE(model.index(3, UpcomingReleasesModel::Cnic).data().toString().remove(QLatin1Char('-')),
            *person.cnic);
        QCOMPARE(model.index(3, UpcomingReleasesModel::Status).data().toString(),
            RegisterWorkflow::displayName(RegisterStatus::Draft));
        QVERIFY(model.index(3, UpcomingReleasesModel::NameUrdu).data(Qt::TextAlignmentRole).toInt()
            & Qt::AlignRight);
        QCOMPARE(model.headerData(UpcomingReleasesModel::DaysLeft, Qt::Horizontal).toString(),
            QStringLiteral("Days left"));
    }

    void shorterWindows_data()
    {
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QList<int>>("daysLeft");
        QTest::addRow("30 days") << 30 << QList<int> { 0, 10, 30 };
        QTest::addRow("60 days") << 60 << QList<int> { 0, 10, 30, 31, 60 };
        QTest::addRow("today only") << 0 << QList<int> { 0 };
    }

    void shorterWindows()
    {
        populate();
        QFETCH(int, horizon);
        QFETCH(QList<int>, daysLeft);
        RegisterService service(*m_prosecutor);
        UpcomingReleasesModel model(service);
        const auto tester = testerFor(model);
        model.load(m_today, horizon);
        QList<int> shown;
        for (const auto &[days, bucket] : daysAndBuckets(model))
            shown << days;
        QCOMPARE(shown, daysLeft);
    }

    void followsTheClock()
    {
        populate();
        RegisterService service(*m_prosecutor);
        UpcomingReleasesModel model(service);
        const auto tester = testerFor(model);
        model.load(m_fixture->clock().nowUtc().date());
        QCOMPARE(model.rowCount(), 7);

        // 31 days later: the overdue and near ones are past, the 91- and 200-day ones come closer.
        m_fixture->clock().advance(24h * 31);
        model.load(m_fixture->clock().nowUtc().date());
        QCOMPARE(daysAndBuckets(model),
            (QList<std::pair<int, int>> { { 0, 30 }, { 29, 30 }, { 30, 30 }, { 59, 60 }, { 60, 60 } }));
        QCOMPARE(model.personId(4), m_byDaysLeft.value(91));

        // refresh() keeps the date: a new release inside the window appears.
        const QString added = enterCompleteCase(50, model.referenceDate().addDays(45));
        model.refresh();
        QCOMPARE(model.referenceDate(), m_today.addDays(31));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.personId(3), added);
        QCOMPARE(model.index(3, 0).data(UpcomingReleasesModel::BucketRole).toInt(), 60);
    }

    void endedAndSealedEntriesGetNoReminder()
    {
        populate();
        RegisterService supervisor(*m_supervisor);
        const QString ended = m_byDaysLeft.value(10);
        NIGRAN_VERIFY_OK(supervisor.transition(ended, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(ended, RegisterStatus::InCustody, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(ended, RegisterStatus::Ended,
            QStringLiteral("death certificate (specimen)"), EndReason::Deceased));
        const QString sealed = m_byDaysLeft.value(60);
        NIGRAN_VERIFY_OK(supervisor.transition(sealed, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(
            supervisor.sealOnAcquittal(sealed, QStringLiteral("Criminal Appeal 2/2026 (specimen) allowed")));
        const QString inCustody = m_byDaysLeft.value(30);
        NIGRAN_VERIFY_OK(supervisor.transition(inCustody, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(inCustody, RegisterStatus::InCustody, {}));

        UpcomingReleasesModel model(supervisor);
        const auto tester = testerFor(model);
        model.load(m_today);
        QList<int> shown;
        for (const auto &[days, bucket] : daysAndBuckets(model))
            shown << days;
        QCOMPARE(shown, (QList<int> { 0, 30, 31, 61, 90 }));
        QCOMPARE(model.index(1, 0).data(UpcomingReleasesModel::StatusRole).toInt(),
            int(RegisterStatus::InCustody));
        QCOMPARE(model.index(1, UpcomingReleasesModel::Status).data().toString(),
            RegisterWorkflow::displayName(RegisterStatus::InCustody));
    }

    void administratorGetsAnErrorAndNoRows()
    {
        populate();
        auto admin = m_fixture->signIn(QStringLiteral("admin"));
        RegisterService service(*admin);
        UpcomingReleasesModel model(service);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &UpcomingReleasesModel::errorOccurred);
        model.load(m_today);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpcomingReleasesModel)
#include "tst_upcomingreleasesmodel.moc"
