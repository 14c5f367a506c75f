// The register list model: keyset paging (first page, fetchMore until the end), order, search by
// name / CNIC / Urdu prefix, status and release filters, sealed entries, sorting, refresh, and the
// administrator who may not read case data. Every model runs under QAbstractItemModelTester.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "domain/namenormalizer.h"
#include "itemmodels/personlistmodel.h"
#include "services/personrepository.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

constexpr int LargeRegister = 450;

/// The row counts a view sees: after every reset and after every insertion.
class RowCountRecorder
{
public:
    explicit RowCountRecorder(QAbstractItemModel &model)
    {
        QObject::connect(&model, &QAbstractItemModel::modelReset, &m_context,
            [this, &model] { m_counts << model.rowCount(); });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &m_context,
            [this, &model] { m_counts << model.rowCount(); });
    }
    QList<int> counts() const { return m_counts; }
    void clear() { m_counts.clear(); }

private:
    QObject m_context;
    QList<int> m_counts;
};

QStringList personIds(const PersonListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.personId(row);
    return ids;
}

} // namespace

class TestPersonListModel : public QObject
{
    Q_OBJECT

private:
    // A register of LargeRegister synthetic draft entries, shared and never changed.
    std::unique_ptr<OfficeFixture> m_largeFixture;
    std::unique_ptr<Office> m_large;
    // A fresh office per test, for tests that change the register.
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr; ///< m_fixture's session
    Office *m_supervisor = nullptr; ///< m_fixture's session
    SyntheticRegister m_synthetic;

    /// A complete draft entry (person, case, charge, conviction, sentence) whose expected release is
    /// `release`: a three-year term that started three years before it.
    QString enterCompleteCase(qint64 index, QDate release)
    {
        return m_fixture->enterCompleteCase(*m_prosecutor, index, release);
    }

    /// The indexes of the large register's people whose name (as the service reads it) starts with `text`.
    QSet<QString> expectedCnicsForNamePrefix(const QString &text, bool urdu) const
    {
        QSet<QString> cnics;
        const QString key = urdu ? NameNormalizer::urduKey(text) : NameNormalizer::searchKey(text);
        for (qint64 i = 0; i < LargeRegister; ++i) {
            const Person person = m_synthetic.person(i, OfficeFixture::District);
            const QString name = urdu ? NameNormalizer::urduKey(person.nameUrdu)
                                      : NameNormalizer::searchKey(person.nameLatin);
            if (name.startsWith(key))
                cnics.insert(*person.cnic);
        }
        return cnics;
    }

    static QSet<QString> cnicDigits(const QAbstractItemModel &model)
    {
        QSet<QString> digits;
        for (const QString &text : columnTexts(model, PersonListModel::Cnic))
            digits.insert(QString(text).remove(QLatin1Char('-')));
        return digits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_largeFixture = std::make_unique<OfficeFixture>();
        m_large = m_largeFixture->signIn(QStringLiteral("prosecutor"));
        m_largeFixture->addPeople(*m_large, LargeRegister);
    }

    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
    }

    void loadsOnePageAtATimeUntilTheEnd()
    {
        RegisterService service(*m_large);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        QCOMPARE(model.pageSize(), PersonListModel::DefaultPageSize);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        model.setQuery({});
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), LargeRegister);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), LargeRegister);

        // Every person once, ordered by normalised name (ties by id): the keyset pages neither skip
        // nor repeat a row where many people share a name.
        const QStringList ids = personIds(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), LargeRegister);
        for (int row = 0; row < model.rowCount(); ++row) {
            const PersonSummary person = model.summary(row).value();
            QCOMPARE(person.sortKey, NameNormalizer::searchKey(person.nameLatin));
            QCOMPARE(model.index(row, PersonListModel::NameLatin).data().toString(), person.nameLatin);
            if (row > 0) {
                const PersonSummary previous = model.summary(row - 1).value();
                QVERIFY2(std::pair(previous.sortKey, previous.id) < std::pair(person.sortKey, person.id),
                    qPrintable(QStringLiteral("row %1 is out of order").arg(row)));
            }
        }
        QCOMPARE(model.totalCount().value(), qint64(LargeRegister));

        // A refresh starts again from the first page.
        model.refresh();
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(personIds(model), ids.mid(0, 200));
    }

    void pagesUntilTheEnd_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<int>>("counts");
        QTest::addRow("200 per page") << 200 << QList<int> { 200, 400, 450 };
        QTest::addRow("last page full") << 150 << QList<int> { 150, 300, 450 };
        QTest::addRow("one page holds all") << 1000 << QList<int> { 450 };
        QTest::addRow("one per page") << 1 << [] {
            QList<int> counts;
            for (int i = 1; i <= LargeRegister; ++i)
                counts << i;
            return counts;
        }();
    }

    void pagesUntilTheEnd()
    {
        QFETCH(int, pageSize);
        QFETCH(QList<int>, counts);
        RegisterService service(*m_large);
        PersonListModel model(service);
        model.setPageSize(pageSize);
        RowCountRecorder recorder(model);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &PersonListModel::errorOccurred);

        model.setQuery({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(recorder.counts(), counts);
        const QStringList ids = personIds(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), LargeRegister);

        // Re-queried with a filter that matches everyone: the same pages again.
        recorder.clear();
        PersonQuery everyone;
        everyone.district = OfficeFixture::District;
        model.setQuery(everyone);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(recorder.counts(), counts);
        QCOMPARE(personIds(model), ids);
        QCOMPARE(errors.count(), 0);
    }

    // The window: scrolling keeps the rows of at most maxLoadedPages() pages; a row of a dropped
    // page reads its page again (one keyset seek from the row before it) and is the same row.
    void windowKeepsFewPagesAndReloadsDroppedOnes_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("maxPages");
        QTest::addRow("7 per page, 2 kept") << 7 << 2;
        QTest::addRow("50 per page, 3 kept") << 50 << 3;
        QTest::addRow("1 per page, 1 kept") << 1 << 1;
        QTest::addRow("64 per page, 4 kept") << 64 << 4;
        QTest::addRow("window larger than the list") << 100 << 10;
    }

    void windowKeepsFewPagesAndReloadsDroppedOnes()
    {
        QFETCH(int, pageSize);
        QFETCH(int, maxPages);
        RegisterService service(*m_large);

        // The reference: the same list with every page kept.
        PersonListModel whole(service);
        whole.setPageSize(pageSize);
        whole.setMaxLoadedPages(0);
        whole.setQuery({});
        while (whole.canFetchMore({}))
            whole.fetchMore({});
        const QStringList expected = personIds(whole);
        QCOMPARE(expected.size(), LargeRegister);
        QCOMPARE(whole.loadedPageCount(), (LargeRegister + pageSize - 1) / pageSize);

        PersonListModel model(service);
        QCOMPARE(model.maxLoadedPages(), PersonListModel::DefaultMaxLoadedPages);
        model.setPageSize(pageSize);
        model.setMaxLoadedPages(maxPages);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &PersonListModel::errorOccurred);
        model.setQuery({});
        // Scrolling down as a view does: fetch, then read the rows that came in.
        QStringList scrolled;
        for (;;) {
            for (int row = int(scrolled.size()); row < model.rowCount(); ++row)
                scrolled << model.index(row, 0).data(PersonListModel::PersonIdRole).toString();
            QVERIFY2(model.loadedPageCount() <= maxPages,
                qPrintable(QStringLiteral("%1 pages kept").arg(model.loadedPageCount())));
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), LargeRegister);
        QCOMPARE(scrolled, expected);

        // Back up to the top and down again: dropped pages are read again, rows unchanged.
        QStringList backwards;
        for (int row = model.rowCount() - 1; row >= 0; --row)
            backwards.prepend(model.personId(row));
        QCOMPARE(backwards, expected);
        QCOMPARE(personIds(model), expected);
        QVERIFY(model.loadedPageCount() <= maxPages);
        // (QAbstractItemModelTester also reads rows far from the new ones, e.g. the first.)
        const int pages = (LargeRegister + pageSize - 1) / pageSize;
        if (pages > maxPages)
            QVERIFY(model.pageReloadCount() >= pages - maxPages);
        else
            QCOMPARE(model.pageReloadCount(), 0);
        // Jumping about (as a scroll bar drag does) still gives the right rows.
        for (const int row : { 0, LargeRegister - 1, LargeRegister / 2, 1, LargeRegister / 3 })
            QCOMPARE(model.summary(row).value().id, expected.at(row));
        QCOMPARE(errors.count(), 0);
    }

    // The count a search shows is bounded: exact up to the cap, cap + 1 for "more than".
    void boundedCountStopsAfterTheCap_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("cap 0") << qint64(0) << qint64(1);
        QTest::addRow("cap 10") << qint64(10) << qint64(11);
        QTest::addRow("one under the total") << qint64(LargeRegister - 1) << qint64(LargeRegister);
        QTest::addRow("exactly the total") << qint64(LargeRegister) << qint64(LargeRegister);
        QTest::addRow("default cap") << PersonListModel::CountCap << qint64(LargeRegister);
    }

    void boundedCountStopsAfterTheCap()
    {
        QFETCH(qint64, cap);
        QFETCH(qint64, expected);
        RegisterService service(*m_large);
        QCOMPARE(service.countUpTo({}, cap).value(), expected);
        PersonListModel model(service);
        model.setQuery({});
        QCOMPARE(model.boundedCount(cap).value(), expected);
        // A filter applies to the bounded count as to the exact one.
        PersonQuery nobody;
        nobody.district = QStringLiteral("NOWHERE");
        model.setQuery(nobody);
        QCOMPARE(model.boundedCount(cap).value(), qint64(0));
        QCOMPARE(service.countUpTo(nobody, cap).value(), qint64(0));
    }

    // Every page after the first is two index seeks (the rest of the current key, then the keys
    // after it); SQLite 3.15 scanned the range for the former `(k > ? OR (k = ? AND id > ?))`.
    void laterPagesAreIndexSeeks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PersonOrder>("order");
        QTest::addColumn<QString>("index");
        QTest::addRow("whole list by name")
            << QString() << PersonOrder::Name << QStringLiteral("persons_name");
        QTest::addRow("whole list by Urdu name")
            << QString() << PersonOrder::UrduName << QStringLiteral("persons_urdu");
        QTest::addRow("Latin name prefix")
            << QStringLiteral("latin") << PersonOrder::Name << QStringLiteral("persons_name");
        QTest::addRow("Urdu name prefix")
            << QStringLiteral("urdu") << PersonOrder::Name << QStringLiteral("persons_urdu");
    }

    void laterPagesAreIndexSeeks()
    {
        QFETCH(QString, text);
        QFETCH(PersonOrder, order);
        QFETCH(QString, index);
        PersonQuery query;
        query.order = order;
        if (!text.isEmpty()) {
            // The first three letters of a name in the register, so that the prefix matches many.
            const auto someone = PersonRepository::search(m_large->database(), query, std::nullopt, 1);
            NIGRAN_VERIFY_OK(someone);
            QVERIFY(!someone->isEmpty());
            query.text
                = (text == QLatin1String("urdu") ? someone->first().nameUrdu : someone->first().nameLatin)
                      .left(3);
        }
        query.order = order;
        Database &db = m_large->database();
        const auto first = PersonRepository::search(db, query, std::nullopt, 5);
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->size(), 5);
        const PersonPageKey after { first->last().sortKey, first->last().id };
        const auto plan = PersonRepository::queryPlan(db, query, after);
        NIGRAN_VERIFY_OK(plan);
        QCOMPARE(plan->size(), 2);
        for (const QString &line : *plan) {
            QVERIFY2(line.contains(QStringLiteral("SEARCH")) && line.contains(index), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("TEMP B-TREE")), qPrintable(line));
        }
        QVERIFY2(plan->at(0).contains(QStringLiteral("=? AND id>?")), qPrintable(plan->at(0)));
        QVERIFY2(plan->at(1).contains(QStringLiteral(">?")), qPrintable(plan->at(1)));

        // And the two seeks together page exactly like one ordered query: no row skipped or repeated.
        const auto whole = PersonRepository::search(db, query, std::nullopt, LargeRegister);
        NIGRAN_VERIFY_OK(whole);
        QList<PersonSummary> paged = *first;
        for (;;) {
            const auto next = PersonRepository::search(
                db, query, PersonPageKey { paged.last().sortKey, paged.last().id }, 3);
            NIGRAN_VERIFY_OK(next);
            paged += *next;
            if (next->size() < 3)
                break;
        }
        QCOMPARE(paged.size(), whole->size());
        for (int row = 0; row < paged.size(); ++row)
            QCOMPARE(paged[row].id, whole->at(row).id);
    }

    // The district filter's entries: the districts with visible people, found in one pass.
    void districtsInRegister()
    {
        RegisterService service(*m_large);
        QCOMPARE(service.districtsInRegister().value(), QStringList { OfficeFixture::District });
        RegisterService empty(*m_prosecutor);
        QCOMPARE(empty.districtsInRegister().value(), QStringList());
        m_fixture->enterCompleteCase(*m_prosecutor, 1);
        QCOMPARE(empty.districtsInRegister().value(), QStringList { OfficeFixture::District });
    }

    void findsByPrefix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        const Person first = m_synthetic.person(0, OfficeFixture::District);
        const Person other = m_synthetic.person(7, OfficeFixture::District);
        QTest::addRow("Latin name prefix, lower case")
            << first.nameLatin.left(4).toLower() << QStringLiteral("latin");
        QTest::addRow("Latin name prefix, other name")
            << other.nameLatin.left(3).toUpper() << QStringLiteral("latin");
        QTest::addRow("Urdu name prefix") << first.nameUrdu.left(3) << QStringLiteral("urdu");
        QTest::addRow("CNIC digits") << QStringLiteral("9000000001") << QStringLiteral("cnic");
        QTest::addRow("CNIC with a dash") << QStringLiteral("90000-00000") << QStringLiteral("cnic");
    }

    void findsByPrefix()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QSet<QString> expected;
        if (kind == QLatin1String("cnic")) {
            const QString digits = QString(text).remove(QLatin1Char('-'));
            for (qint64 i = 0; i < LargeRegister; ++i) {
                if (SyntheticRegister::cnic(i).startsWith(digits))
                    expected.insert(SyntheticRegister::cnic(i));
            }
        } else {
            expected = expectedCnicsForNamePrefix(text, kind == QLatin1String("urdu"));
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < LargeRegister);

        RegisterService service(*m_large);
        PersonListModel model(service);
        model.setPageSize(7); // several pages even for a short result
        const auto tester = testerFor(model);
        PersonQuery query;
        query.text = text;
        model.setQuery(query);
        QCOMPARE(model.query().text, text);
        QCOMPARE(model.rowCount(), qMin(7, int(expected.size())));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(cnicDigits(model), expected);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(model.totalCount().value(), qint64(expected.size()));
    }

    void showsFormattedColumnsAndRoles()
    {
        RegisterService service(*m_large);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        PersonQuery query;
        query.text = SyntheticRegister::cnic(42);
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        const Person person = m_synthetic.person(42, OfficeFixture::District);
        const QString cnic = *person.cnic;
        QCOMPARE(model.index(0, PersonListModel::Cnic).data().toString(),
            QStringLiteral("%1-%2-%3").arg(cnic.left(5), cnic.mid(5, 7), cnic.right(1)));
        QCOMPARE(model.index(0, PersonListModel::NameLatin).data().toString(), person.nameLatin);
        QCOMPARE(model.index(0, PersonListModel::NameUrdu).data().toString(), person.nameUrdu);
        QCOMPARE(model.index(0, PersonListModel::District).data().toString(), OfficeFixture::District);
        QCOMPARE(model.index(0, PersonListModel::Status).data().toString(),
            RegisterWorkflow::displayName(RegisterStatus::Draft));
        QCOMPARE(model.index(0, PersonListModel::ExpectedRelease).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(PersonListModel::StatusRole).toInt(), int(RegisterStatus::Draft));
        QCOMPARE(model.index(0, 0).data(PersonListModel::SealedRole).toBool(), false);
        QVERIFY(!model.index(0, 0).data(PersonListModel::ExpectedReleaseRole).toDate().isValid());
        QCOMPARE(model.index(0, 3).data(PersonListModel::PersonIdRole).toString(), model.personId(0));
        QVERIFY(!model.personId(0).isEmpty());
        QVERIFY(model.personId(1).isEmpty());

        const int urduAlignment
            = model.index(0, PersonListModel::NameUrdu).data(Qt::TextAlignmentRole).toInt();
        QVERIFY(urduAlignment & Qt::AlignRight);
        QVERIFY(urduAlignment & Qt::AlignAbsolute); // stays right-aligned in a right-to-left layout
        QVERIFY(!model.index(0, PersonListModel::NameLatin).data(Qt::TextAlignmentRole).isValid());

        QSet<QString> headers;
        for (int column = 0; column < PersonListModel::ColumnCount; ++column)
            headers.insert(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers.size(), int(PersonListModel::ColumnCount));
        QVERIFY(!headers.contains(QString()));
        QCOMPARE(model.headerData(PersonListModel::Cnic, Qt::Horizontal).toString(), QStringLiteral("CNIC"));
    }

    void sortsByIndexedColumns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addRow("Latin name") << int(PersonListModel::NameLatin);
        QTest::addRow("Urdu name") << int(PersonListModel::NameUrdu);
        QTest::addRow("CNIC") << int(PersonListModel::Cnic);
        QTest::addRow("expected release") << int(PersonListModel::ExpectedRelease);
    }

    void sortsByIndexedColumns()
    {
        QFETCH(int, column);
        // People with and without an expected release, in the small office.
        const QDate today = m_fixture->clock().nowUtc().date();
        enterCompleteCase(1, today.addDays(300));
        enterCompleteCase(2, today.addDays(20));
        enterCompleteCase(3, today.addDays(150));
        m_fixture->addPeople(*m_prosecutor, 5, 10);

        RegisterService service(*m_prosecutor);
        PersonListModel model(service);
        model.setPageSize(3);
        const auto tester = testerFor(model);
        model.setQuery({});
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 3);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.query().order, PersonListModel::orderForColumn(column).value());
        QCOMPARE(model.rowCount(), 8);

        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            const PersonSummary person = model.summary(row).value();
            switch (column) {
            case PersonListModel::NameLatin:
                keys << NameNormalizer::searchKey(person.nameLatin);
                break;
            case PersonListModel::NameUrdu:
                keys << NameNormalizer::urduKey(person.nameUrdu);
                break;
            case PersonListModel::Cnic:
                keys << person.cnic;
                break;
            default:
                keys << model.index(row, PersonListModel::ExpectedRelease).data().toString();
                break;
            }
        }
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QVERIFY(keys.first() != keys.last());
        if (column == PersonListModel::ExpectedRelease)
            QCOMPARE(keys.mid(5),
                (QStringList { today.addDays(20).toString(Qt::ISODate),
                    today.addDays(150).toString(Qt::ISODate), today.addDays(300).toString(Qt::ISODate) }));

        // A column without an index leaves the order as it was.
        model.sort(PersonListModel::District);
        QCOMPARE(model.sortColumn(), column);
        model.sort(PersonListModel::Status, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), column);
    }

    void filtersByStatus()
    {
        const QDate today = m_fixture->clock().nowUtc().date();
        const QString verified = enterCompleteCase(1, today.addDays(100));
        const QString alsoVerified = enterCompleteCase(2, today.addDays(200));
        enterCompleteCase(3, today.addDays(300));
        m_fixture->addPeople(*m_prosecutor, 4, 10);
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.transition(verified, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(alsoVerified, RegisterStatus::Verified, {}));

        RegisterService service(*m_prosecutor);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        PersonQuery query;
        query.status = RegisterStatus::Verified;
        model.setQuery(query);
        const QStringList ids = personIds(model);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), (QSet<QString> { verified, alsoVerified }));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(
                model.index(row, 0).data(PersonListModel::StatusRole).toInt(), int(RegisterStatus::Verified));
            QCOMPARE(model.index(row, PersonListModel::Status).data().toString(),
                RegisterWorkflow::displayName(RegisterStatus::Verified));
        }

        query.status = RegisterStatus::Draft;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 5);
    }

    void filtersByReleaseWindow()
    {
        const QDate today = m_fixture->clock().nowUtc().date();
        enterCompleteCase(1, today.addDays(-10));
        const QString soon = enterCompleteCase(2, today.addDays(10));
        const QString later = enterCompleteCase(3, today.addDays(60));
        enterCompleteCase(4, today.addDays(61));
        m_fixture->addPeople(*m_prosecutor, 3, 10); // no sentence: no expected release

        RegisterService service(*m_prosecutor);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        PersonQuery query;
        query.releaseFrom = today;
        query.releaseTo = today.addDays(60);
        model.setQuery(query);
        QCOMPARE(personIds(model), (QStringList { soon, later })); // both ends of the window included
        QCOMPARE(model.index(0, PersonListModel::ExpectedRelease).data().toString(),
            today.addDays(10).toString(Qt::ISODate));
        QCOMPARE(model.index(1, 0).data(PersonListModel::ExpectedReleaseRole).toDate(), today.addDays(60));
        QCOMPARE(model.totalCount().value(), qint64(2));

        query.releaseFrom = {};
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 3);
    }

    void hidesSealedEntries()
    {
        const QDate today = m_fixture->clock().nowUtc().date();
        const QString sealed = enterCompleteCase(1, today.addDays(100));
        const QString open = enterCompleteCase(2, today.addDays(200));
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.transition(sealed, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(
            supervisor.sealOnAcquittal(sealed, QStringLiteral("Criminal Appeal 1/2026 (specimen) allowed")));

        RegisterService prosecutor(*m_prosecutor);
        PersonListModel model(prosecutor);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &PersonListModel::errorOccurred);
        model.setQuery({});
        QCOMPARE(personIds(model), QStringList { open });
        PersonQuery byName;
        byName.text = m_synthetic.person(1, OfficeFixture::District).nameLatin;
        model.setQuery(byName);
        QVERIFY(!personIds(model).contains(sealed));

        // Only a role that may see sealed entries gets them, marked as sealed.
        PersonQuery sealedToo;
        sealedToo.includeSealed = true;
        model.setQuery(sealedToo);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount(), 0);

        PersonListModel supervisorModel(supervisor);
        const auto supervisorTester = testerFor(supervisorModel);
        supervisorModel.setQuery(sealedToo);
        QCOMPARE(supervisorModel.rowCount(), 2);
        const int row = personIds(supervisorModel).indexOf(sealed);
        QVERIFY(row >= 0);
        QVERIFY(supervisorModel.index(row, 0).data(PersonListModel::SealedRole).toBool());
        QVERIFY(supervisorModel.index(row, PersonListModel::Status)
                    .data()
                    .toString()
                    .startsWith(RegisterWorkflow::displayName(RegisterStatus::Ended)));
        QVERIFY(!supervisorModel.index(1 - row, 0).data(PersonListModel::SealedRole).toBool());
    }

    void refreshShowsNewPeople()
    {
        m_fixture->addPeople(*m_prosecutor, 3);
        RegisterService service(*m_prosecutor);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        PersonQuery query;
        query.text = QStringLiteral("9");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount().value(), qint64(3));
        m_fixture->addPeople(*m_prosecutor, 2, 3);
        QCOMPARE(model.rowCount(), 3);
        model.refresh();
        QCOMPARE(model.query().text, QStringLiteral("9")); // the query is kept
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.totalCount().value(), qint64(5)); // counted again after the refresh
    }

    void administratorGetsAnErrorAndAnEmptyList()
    {
        m_fixture->addPeople(*m_prosecutor, 3);
        auto admin = m_fixture->signIn(QStringLiteral("admin"));
        RegisterService service(*admin);
        PersonListModel model(service);
        const auto tester = testerFor(model);
        QSignalSpy errors(&model, &PersonListModel::errorOccurred);
        model.setQuery({});
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.sort(PersonListModel::Cnic);
        QCOMPARE(errors.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount().error().code, ErrorCode::PermissionDenied);

        // The error is the administrator's: the prosecutor's list of the same office is whole.
        RegisterService prosecutor(*m_prosecutor);
        PersonListModel prosecutorModel(prosecutor);
        prosecutorModel.setQuery({});
        QCOMPARE(prosecutorModel.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPersonListModel)
#include "tst_personlistmodel.moc"
