#include "domain/sentence.h"
#include "rules/sentencecalculator.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace Nigran::Models;

namespace {

using Relation = SentenceComponent::Relation;
constexpr auto Concurrent = Relation::Concurrent;
constexpr auto Consecutive = Relation::Consecutive;
constexpr auto Death = SentenceKind::Death;
constexpr auto Life = SentenceKind::Life;
constexpr auto Rigorous = SentenceKind::Rigorous;
constexpr auto Simple = SentenceKind::Simple;

SentenceComponent part(
    const char *id, SentenceKind kind, Term term, Relation relation = Consecutive, const char *after = "")
{
    SentenceComponent component;
    component.id = QLatin1String(id);
    component.kind = kind;
    component.term = term;
    component.offenceSection = QStringLiteral("PPC 376");
    component.relation = relation;
    component.consecutiveTo = QLatin1String(after);
    return component;
}

SentenceComponent withFine(SentenceComponent component, qint64 rupees, Term defaultTerm, bool paid)
{
    component.fineRupees = rupees;
    component.defaultTerm = defaultTerm;
    component.finePaid = paid;
    return component;
}

Remission remission(QDate date, int days, bool excluded = false)
{
    return Remission { date, days, QStringLiteral("Home Department, Punjab"), excluded };
}

Sentence make(
    QDate start, QList<SentenceComponent> components, int credit = 0, QList<Remission> remissions = {})
{
    Sentence sentence;
    sentence.id = QStringLiteral("sentence-1");
    sentence.convictionId = QStringLiteral("conviction-1");
    sentence.startDate = start;
    sentence.components = std::move(components);
    sentence.preTrialCustodyDays = credit;
    sentence.remissions = std::move(remissions);
    return sentence;
}

/// Start 2025-03-01; 5 y, then 5 y consecutive to it, 1 y concurrent with an unpaid fine (6 m in default);
/// 30 days of credit; one remission of 60 days applied and one of 90 days excluded for sex offences.
Sentence worked()
{
    SentenceComponent third
        = withFine(part("c", Simple, { 1, 0, 0 }, Concurrent), 100000, { 0, 6, 0 }, false);
    third.offenceSection = QStringLiteral("PPC 377");
    return make(QDate(2025, 3, 1),
        { part("a", Rigorous, { 5, 0, 0 }), part("b", Rigorous, { 5, 0, 0 }, Consecutive, "a"), third }, 30,
        { remission(QDate(2027, 3, 23), 60), remission(QDate(2028, 3, 23), 90, true) });
}

} // namespace

class TestSentenceCalculator : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void ledgerShowsEveryStep();
    void ledgerText();
    void deathLedger();
    void reminderDates();
    void cborRoundTrip_data();
    void cborRoundTrip();
    void malformedCbor_data();
    void malformedCbor();
};

void TestSentenceCalculator::compute_data()
{
    QTest::addColumn<Sentence>("sentence");
    QTest::addColumn<QDate>("release"); // null: no release date (death)
    QTest::addColumn<QString>("errorField"); // empty: valid

    const QString valid;
    const QDate jan1st2024(2024, 1, 1);

    // Terms and their relations.
    QTest::addRow("single rigorous term")
        << make(QDate(2024, 3, 1), { part("a", Rigorous, { 5, 0, 0 }) }) << QDate(2029, 3, 1) << valid;
    QTest::addRow("simple term of months")
        << make(QDate(2023, 6, 15), { part("a", Simple, { 0, 6, 0 }) }) << QDate(2023, 12, 15) << valid;
    QTest::addRow("concurrent: longest governs") << make(QDate(2024, 1, 10),
        { part("a", Rigorous, { 3, 0, 0 }, Concurrent), part("b", Rigorous, { 7, 0, 0 }, Concurrent),
            part("c", Simple, { 2, 0, 0 }, Concurrent) })
                                                 << QDate(2031, 1, 10) << valid;
    QTest::addRow("consecutive terms add")
        << make(QDate(2024, 1, 10), { part("a", Rigorous, { 3, 0, 0 }), part("b", Rigorous, { 2, 0, 0 }) })
        << QDate(2029, 1, 10) << valid;
    // 2022-05-20, +1 y 6 m = 2023-11-20, +3 m = 2024-02-20, +10 d across 29 Feb = 2024-03-01.
    QTest::addRow("consecutive chain of three") << make(QDate(2020, 5, 20),
        { part("a", Rigorous, { 2, 0, 0 }), part("b", Rigorous, { 1, 6, 0 }),
            part("c", Simple, { 0, 3, 10 }) }) << QDate(2024, 3, 1)
                                                << valid;
    QTest::addRow("consecutive after the concurrent ones before it") << make(jan1st2024,
        { part("a", Rigorous, { 5, 0, 0 }, Concurrent), part("b", Rigorous, { 7, 0, 0 }, Concurrent),
            part("c", Rigorous, { 2, 0, 0 }) }) << QDate(2033, 1, 1) << valid;
    // c follows a (2026), not the aggregate (2029): 2026 + 4 y.
    QTest::addRow("consecutive to a named component") << make(jan1st2024,
        { part("a", Rigorous, { 2, 0, 0 }, Concurrent), part("b", Rigorous, { 5, 0, 0 }, Concurrent),
            part("c", Rigorous, { 4, 0, 0 }, Consecutive, "a") })
                                                      << QDate(2030, 1, 1) << valid;
    QTest::addRow("consecutive to a component listed later") << make(jan1st2024,
        { part("a", Rigorous, { 3, 0, 0 }, Consecutive, "b"), part("b", Rigorous, { 2, 0, 0 }, Concurrent) })
                                                             << QDate(2029, 1, 1) << valid;
    QTest::addRow("life counts 25 years")
        << make(QDate(2024, 7, 31), { part("a", Life, {}) }) << QDate(2049, 7, 31) << valid;
    QTest::addRow("life concurrent with a term") << make(QDate(2024, 7, 31),
        { part("a", Life, {}, Concurrent), part("b", Rigorous, { 10, 0, 0 }, Concurrent) })
                                                 << QDate(2049, 7, 31) << valid;
    QTest::addRow("life consecutive to a term")
        << make(QDate(2020, 1, 1), { part("a", Rigorous, { 10, 0, 0 }), part("b", Life, {}) })
        << QDate(2055, 1, 1) << valid;

    // Fines.
    QTest::addRow("unpaid fine adds the default term") << make(
        QDate(2024, 1, 15), { withFine(part("a", Rigorous, { 10, 0, 0 }), 1000000, { 0, 6, 0 }, false) })
                                                       << QDate(2034, 7, 15) << valid;
    QTest::addRow("paid fine adds nothing") << make(
        QDate(2024, 1, 15), { withFine(part("a", Rigorous, { 10, 0, 0 }), 1000000, { 0, 6, 0 }, true) })
                                            << QDate(2034, 1, 15) << valid;
    // Aggregate ends 2024-01-31; +1 m = 2024-02-29; +1 m = 2024-03-29.
    QTest::addRow("two unpaid fines follow the aggregate in turn") << make(QDate(2023, 1, 31),
        { withFine(part("a", Rigorous, { 1, 0, 0 }), 50000, { 0, 1, 0 }, false),
            withFine(part("b", Simple, { 0, 6, 0 }, Concurrent), 20000, { 0, 1, 0 }, false) })
                                                                   << QDate(2024, 3, 29) << valid;

    // Deductions.
    QTest::addRow("s.382-B credit") << make(jan1st2024, { part("a", Rigorous, { 10, 0, 0 }) }, 365)
                                    << QDate(2033, 1, 1) << valid;
    // 2034-01-01 − 150 days.
    QTest::addRow("remissions") << make(jan1st2024, { part("a", Rigorous, { 10, 0, 0 }) }, 0,
        { remission(QDate(2025, 3, 23), 90), remission(QDate(2026, 3, 23), 60) })
                                << QDate(2033, 8, 4) << valid;
    // 2029-03-15 − 245 days.
    QTest::addRow("credit and a remission") << make(
        QDate(2022, 3, 15), { part("a", Rigorous, { 7, 0, 0 }) }, 200, { remission(QDate(2024, 8, 14), 45) })
                                            << QDate(2028, 7, 13) << valid;
    QTest::addRow("remission excluded for sex offences is not applied")
        << make(jan1st2024, { part("a", Rigorous, { 10, 0, 0 }) }, 0,
               { remission(QDate(2025, 3, 23), 30), remission(QDate(2025, 8, 14), 90, true) })
        << QDate(2033, 12, 2) << valid;
    // 2024-01-01 + 6 m = 2024-07-01, 182 days later.
    QTest::addRow("credit equal to the term: released on the start date")
        << make(jan1st2024, { part("a", Simple, { 0, 6, 0 }) }, 182) << jan1st2024 << valid;

    // Calendar arithmetic.
    QTest::addRow("31 Jan + 1 m = 28 Feb")
        << make(QDate(2023, 1, 31), { part("a", Simple, { 0, 1, 0 }) }) << QDate(2023, 2, 28) << valid;
    QTest::addRow("31 Jan + 1 m = 29 Feb in a leap year")
        << make(QDate(2024, 1, 31), { part("a", Simple, { 0, 1, 0 }) }) << QDate(2024, 2, 29) << valid;
    QTest::addRow("leap day + 1 y = 28 Feb")
        << make(QDate(2024, 2, 29), { part("a", Rigorous, { 1, 0, 0 }) }) << QDate(2025, 2, 28) << valid;
    QTest::addRow("leap day + 4 y = 29 Feb")
        << make(QDate(2024, 2, 29), { part("a", Rigorous, { 4, 0, 0 }) }) << QDate(2028, 2, 29) << valid;
    QTest::addRow("days across a leap February")
        << make(QDate(2024, 2, 20), { part("a", Simple, { 0, 0, 15 }) }) << QDate(2024, 3, 6) << valid;
    QTest::addRow("days across a common February")
        << make(QDate(2023, 2, 20), { part("a", Simple, { 0, 0, 15 }) }) << QDate(2023, 3, 7) << valid;
    // 2024-02-29 + 1 y = 2025-02-28, + 1 m = 2025-03-28, + 1 d = 2025-03-29 (months first: 2025-03-30).
    QTest::addRow("years, then months, then days from a leap day")
        << make(QDate(2024, 2, 29), { part("a", Rigorous, { 1, 1, 1 }) }) << QDate(2025, 3, 29) << valid;
    // 2023-01-31 + 1 y = 2024-01-31, + 1 m = 2024-02-29 (months first: 2023-02-28 + 1 y = 2024-02-28).
    QTest::addRow("years before months from 31 Jan")
        << make(QDate(2023, 1, 31), { part("a", Rigorous, { 1, 1, 0 }) }) << QDate(2024, 2, 29) << valid;
    // 2023-01-30 + 1 m = 2023-02-28, + 1 d = 2023-03-01 (days first: 2023-01-31 + 1 m = 2023-02-28).
    QTest::addRow("months before days")
        << make(QDate(2023, 1, 30), { part("a", Rigorous, { 0, 1, 1 }) }) << QDate(2023, 3, 1) << valid;

    QTest::addRow("death: no release date") << make(
        jan1st2024, { part("a", Death, {}, Concurrent), part("b", Rigorous, { 10, 0, 0 }, Concurrent) })
                                            << QDate() << valid;

    // Invalid sentences.
    const QDate none;
    QTest::addRow("missing start date")
        << make(QDate(), { part("a", Rigorous, { 1, 0, 0 }) }) << none << QStringLiteral("startDate");
    QTest::addRow("no components") << make(jan1st2024, {}) << none << QStringLiteral("components");
    QTest::addRow("negative years") << make(jan1st2024, { part("a", Rigorous, { -1, 0, 0 }) }) << none
                                    << QStringLiteral("components[0].years");
    QTest::addRow("negative months in the second component")
        << make(jan1st2024, { part("a", Rigorous, { 1, 0, 0 }), part("b", Simple, { 0, -2, 0 }) }) << none
        << QStringLiteral("components[1].months");
    QTest::addRow("zero term") << make(jan1st2024, { part("a", Rigorous, {}) }) << none
                               << QStringLiteral("components[0].years");
    QTest::addRow("term too long") << make(jan1st2024, { part("a", Rigorous, { 10000, 0, 0 }) }) << none
                                   << QStringLiteral("components[0].years");
    QTest::addRow("default imprisonment without a fine")
        << make(jan1st2024, { withFine(part("a", Rigorous, { 1, 0, 0 }), 0, { 0, 6, 0 }, false) }) << none
        << QStringLiteral("components[0].defaultYears");
    QTest::addRow("unknown consecutiveTo") << make(
        jan1st2024, { part("a", Rigorous, { 1, 0, 0 }), part("b", Rigorous, { 1, 0, 0 }, Consecutive, "zz") })
                                           << none << QStringLiteral("components[1].consecutiveTo");
    QTest::addRow("concurrent component naming another") << make(
        jan1st2024, { part("a", Rigorous, { 1, 0, 0 }), part("b", Rigorous, { 1, 0, 0 }, Concurrent, "a") })
                                                         << none
                                                         << QStringLiteral("components[1].consecutiveTo");
    QTest::addRow("duplicate component id")
        << make(jan1st2024, { part("a", Rigorous, { 1, 0, 0 }), part("a", Rigorous, { 2, 0, 0 }) }) << none
        << QStringLiteral("components[1].id");
    QTest::addRow("cycle of two") << make(jan1st2024,
        { part("a", Rigorous, { 1, 0, 0 }, Consecutive, "b"),
            part("b", Rigorous, { 1, 0, 0 }, Consecutive, "a") })
                                  << none << QStringLiteral("components[0].consecutiveTo");
    QTest::addRow("component following itself")
        << make(jan1st2024, { part("a", Rigorous, { 1, 0, 0 }, Consecutive, "a") }) << none
        << QStringLiteral("components[0].consecutiveTo");
    // a follows c, c follows b, b follows the components before it (a).
    QTest::addRow("cycle through the components before")
        << make(jan1st2024,
               { part("a", Rigorous, { 1, 0, 0 }, Consecutive, "c"), part("b", Rigorous, { 1, 0, 0 }),
                   part("c", Rigorous, { 1, 0, 0 }, Consecutive, "b") })
        << none << QStringLiteral("components[0].consecutiveTo");
    QTest::addRow("negative credit") << make(jan1st2024, { part("a", Rigorous, { 1, 0, 0 }) }, -1) << none
                                     << QStringLiteral("preTrialCustodyDays");
    QTest::addRow("credit larger than the term") << make(jan1st2024, { part("a", Simple, { 0, 6, 0 }) }, 183)
                                                 << none << QStringLiteral("preTrialCustodyDays");
    QTest::addRow("credit and remissions larger than the term")
        << make(jan1st2024, { part("a", Simple, { 0, 6, 0 }) }, 100, { remission(QDate(2024, 3, 23), 90) })
        << none << QStringLiteral("remissions[0].days");
    QTest::addRow("remission of no days")
        << make(jan1st2024, { part("a", Simple, { 0, 6, 0 }) }, 0, { remission(QDate(2024, 3, 23), 0) })
        << none << QStringLiteral("remissions[0].days");
    QTest::addRow("remission without a date") << make(jan1st2024, { part("a", Simple, { 0, 6, 0 }) }, 0,
        { remission(QDate(), 10) }) << none << QStringLiteral("remissions[0].date");
}

void TestSentenceCalculator::compute()
{
    QFETCH(Sentence, sentence);
    QFETCH(QDate, release);
    QFETCH(QString, errorField);

    const Result<SentenceLedger> ledger = SentenceCalculator::compute(sentence);
    if (!errorField.isEmpty()) {
        QVERIFY(!ledger);
        QCOMPARE(ledger.error().code, ErrorCode::InvalidInput);
        QCOMPARE(ledger.error().fields.size(), 1);
        QCOMPARE(ledger.error().fields.first().field, errorField);
        QVERIFY(!ledger.error().fields.first().message.isEmpty());
        return;
    }
    QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().message));
    QCOMPARE(ledger->expectedRelease().has_value(), release.isValid());
    QCOMPARE(ledger->expectedRelease().value_or(QDate()), release);
    if (release.isValid()) {
        // The ledger balances: its day deltas lead from the start to the release.
        qint64 total = 0;
        for (const LedgerStep &step : ledger->steps())
            total += step.dayDelta;
        QCOMPARE(total, sentence.startDate.daysTo(release));
        QCOMPARE(ledger->steps().last().date, release);
    }
}

void TestSentenceCalculator::ledgerShowsEveryStep()
{
    const Result<SentenceLedger> ledger = SentenceCalculator::compute(worked());
    QVERIFY(ledger);

    struct Expected
    {
        const char *description;
        QDate date;
        int dayDelta;
    };
    // One step for the start, one per component, one per fine, one per deduction, one for the release.
    const QList<Expected> expected {
        { "Sentence starts on 2025-03-01", QDate(2025, 3, 1), 0 },
        { "Component 1 (rigorous, 5 y 0 m 0 d, PPC 376) from the sentence start: 2025-03-01 → 2030-03-01",
            QDate(2030, 3, 1), 1826 },
        { "Component 2 (rigorous, 5 y 0 m 0 d, PPC 376) consecutive to component 1: 2030-03-01 → 2035-03-01",
            QDate(2035, 3, 1), 1826 },
        { "Component 3 (simple, 1 y 0 m 0 d, PPC 377) concurrent: 2025-03-01 → 2026-03-01", QDate(2026, 3, 1),
            0 },
        { "Component 3: fine of Rs 100000 unpaid, imprisonment in default 0 y 6 m 0 d: 2035-03-01 → "
          "2035-09-01",
            QDate(2035, 9, 1), 184 },
        { "Credit for pre-trial custody under s.382-B CrPC, 30 day(s): 2035-09-01 → 2035-08-02",
            QDate(2035, 8, 2), -30 },
        { "Remission of 60 day(s) granted on 2027-03-23 by Home Department, Punjab: 2035-08-02 → 2035-06-03",
            QDate(2035, 6, 3), -60 },
        { "Remission of 90 day(s) granted on 2028-03-23 by Home Department, Punjab: not applied, it excludes "
          "sex "
          "offences",
            QDate(2035, 6, 3), 0 },
        { "Expected release: 2035-06-03", QDate(2035, 6, 3), 0 },
    };
    QCOMPARE(ledger->steps().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(ledger->steps().at(i).description, QString::fromUtf8(expected.at(i).description));
        QCOMPARE(ledger->steps().at(i).date, expected.at(i).date);
        QCOMPARE(ledger->steps().at(i).dayDelta, expected.at(i).dayDelta);
    }
    QCOMPARE(ledger->expectedRelease(), std::optional(QDate(2035, 6, 3)));
    QCOMPARE(ledger->aggregateDays(), 3652 + 184);
}

void TestSentenceCalculator::ledgerText()
{
    const Result<SentenceLedger> ledger = SentenceCalculator::compute(worked());
    QVERIFY(ledger);
    const QStringList lines = ledger->toText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.at(0), QStringLiteral("1. Sentence starts on 2025-03-01"));
    QCOMPARE(lines.at(2),
        QStringLiteral("3. Component 2 (rigorous, 5 y 0 m 0 d, PPC 376) consecutive to component 1: "
                       "2030-03-01 → 2035-03-01 (+1826 d)"));
    QCOMPARE(lines.at(5),
        QStringLiteral("6. Credit for pre-trial custody under s.382-B CrPC, 30 day(s): "
                       "2035-09-01 → 2035-08-02 (-30 d)"));
    QCOMPARE(lines.at(8), QStringLiteral("9. Expected release: 2035-06-03"));
}

void TestSentenceCalculator::deathLedger()
{
    const Result<SentenceLedger> ledger = SentenceCalculator::compute(
        make(QDate(2024, 1, 1), { part("a", Rigorous, { 10, 0, 0 }), part("b", Death, {}, Concurrent) }));
    QVERIFY(ledger);
    QVERIFY(!ledger->expectedRelease());
    QCOMPARE(ledger->steps().size(), 3);
    QCOMPARE(ledger->steps().at(1).description,
        QStringLiteral("Component 2 (death, PPC 376): a death sentence has no release date"));
    QCOMPARE(ledger->steps().at(2).description,
        QStringLiteral("No expected release date while a death sentence stands"));
    QVERIFY(ledger->reminderDates().isEmpty());
}

void TestSentenceCalculator::reminderDates()
{
    QCOMPARE(SentenceLedger::reminderDays(), QList<int>({ 90, 60, 30 }));
    const Result<SentenceLedger> ledger
        = SentenceCalculator::compute(make(QDate(2024, 1, 1), { part("a", Rigorous, { 10, 0, 0 }) }));
    QVERIFY(ledger);
    QCOMPARE(ledger->expectedRelease(), std::optional(QDate(2034, 1, 1)));
    QCOMPARE(ledger->reminderDates(),
        QList<QDate>({ QDate(2033, 10, 3), QDate(2033, 11, 2), QDate(2033, 12, 2) }));
}

void TestSentenceCalculator::cborRoundTrip_data()
{
    QTest::addColumn<Sentence>("sentence");

    Sentence full = worked();
    full.components << withFine(part("d", Life, {}, Consecutive, "b"), 1500000, { 1, 2, 3 }, true)
                    << part("e", Death, {}, Concurrent);
    full.remissions << remission(QDate(2030, 12, 31), 15);
    QTest::addRow("every field") << full;

    Sentence draft;
    draft.id = QStringLiteral("draft");
    QTest::addRow("empty draft") << draft;
}

void TestSentenceCalculator::cborRoundTrip()
{
    QFETCH(Sentence, sentence);
    const QByteArray bytes = QCborValue(toCbor(sentence)).toCbor();
    const QCborValue decoded = QCborValue::fromCbor(bytes);
    QVERIFY(decoded.isMap());
    const Result<Sentence> read = sentenceFromCbor(decoded.toMap());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QVERIFY(*read == sentence);
}

void TestSentenceCalculator::malformedCbor_data()
{
    QTest::addColumn<QCborMap>("map");
    QTest::addColumn<QString>("field");

    const QCborMap good = toCbor(worked());
    const auto withComponent = [&](const char *key, const QCborValue &value) {
        QCborArray components = good.value(QLatin1String("components")).toArray();
        QCborMap first = components.at(0).toMap();
        first.insert(QLatin1String(key), value);
        components[0] = first;
        QCborMap map = good;
        map.insert(QLatin1String("components"), components);
        return map;
    };
    const auto with = [&](const char *key, const QCborValue &value) {
        QCborMap map = good;
        map.insert(QLatin1String(key), value);
        return map;
    };
    const auto without = [&](const char *key) {
        QCborMap map = good;
        map.remove(QLatin1String(key));
        return map;
    };

    QTest::addRow("empty map") << QCborMap() << QStringLiteral("id");
    QTest::addRow("missing components") << without("components") << QStringLiteral("components");
    QTest::addRow("components not a list")
        << with("components", QStringLiteral("a, b")) << QStringLiteral("components");
    QTest::addRow("component not a map")
        << with("components", QCborArray { 42 }) << QStringLiteral("components[0]");
    QTest::addRow("unknown kind") << withComponent("kind", QStringLiteral("hanging"))
                                  << QStringLiteral("components[0].kind");
    QTest::addRow("unknown relation")
        << withComponent("relation", QStringLiteral("sometimes")) << QStringLiteral("components[0].relation");
    QTest::addRow("years as text") << withComponent("years", QStringLiteral("five"))
                                   << QStringLiteral("components[0].years");
    QTest::addRow("years beyond int")
        << withComponent("years", qint64(1) << 40) << QStringLiteral("components[0].years");
    QTest::addRow("finePaid as a number")
        << withComponent("finePaid", 1) << QStringLiteral("components[0].finePaid");
    QTest::addRow("impossible start date")
        << with("startDate", QStringLiteral("2023-02-29")) << QStringLiteral("startDate");
    QTest::addRow("start date with a time")
        << with("startDate", QStringLiteral("2024-01-01T00:00:00")) << QStringLiteral("startDate");
    QTest::addRow("credit as a float")
        << with("preTrialCustodyDays", 1.5) << QStringLiteral("preTrialCustodyDays");
    QCborArray remissions = good.value(QLatin1String("remissions")).toArray();
    QCborMap firstRemission = remissions.at(0).toMap();
    firstRemission.remove(QLatin1String("days"));
    remissions[0] = firstRemission;
    QTest::addRow("remission without days")
        << with("remissions", remissions) << QStringLiteral("remissions[0].days");
}

void TestSentenceCalculator::malformedCbor()
{
    QFETCH(QCborMap, map);
    QFETCH(QString, field);
    const Result<Sentence> sentence = sentenceFromCbor(map);
    QVERIFY(!sentence);
    QCOMPARE(sentence.error().code, ErrorCode::Corrupt);
    QVERIFY2(sentence.error().hasField(field), qPrintable(sentence.error().message));
    QVERIFY(sentence.error().message.contains(field));
}

QTEST_GUILESS_MAIN(TestSentenceCalculator)
#include "tst_sentencecalculator.moc"
