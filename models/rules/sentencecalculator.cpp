#include "rules/sentencecalculator.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

namespace Nigran::Models {

namespace {

using Relation = SentenceComponent::Relation;
using Components = QList<SentenceComponent>;
using Ids = QHash<QString, qsizetype>; ///< component id → index of its first occurrence

// Users count components and remissions from 1; field names count from 0 ("components[0].years").
QString number(qsizetype index)
{
    return QString::number(index + 1);
}

QString field(const char *list, qsizetype index, const char *key)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(key));
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

int daysBetween(QDate from, QDate to)
{
    return static_cast<int>(from.daysTo(to));
}

Term servedTerm(const SentenceComponent &component)
{
    return component.kind == SentenceKind::Life ? Term { SentenceCalculator::LifeYears, 0, 0 }
                                                : component.term;
}

Ids indexById(const Components &components)
{
    Ids ids;
    for (qsizetype i = components.size() - 1; i >= 0; --i) {
        if (!components.at(i).id.isEmpty())
            ids.insert(components.at(i).id, i);
    }
    return ids;
}

/// The components `index` follows: it starts when the last of them ends, or at the sentence start.
QList<qsizetype> follows(const Components &components, const Ids &ids, qsizetype index)
{
    const SentenceComponent &component = components.at(index);
    if (component.relation == Relation::Concurrent)
        return {};
    if (!component.consecutiveTo.isEmpty())
        return { ids.value(component.consecutiveTo) };
    QList<qsizetype> before(index);
    std::iota(before.begin(), before.end(), 0);
    return before;
}

// --- validation

void checkTerm(const Term &term, qsizetype index, const std::array<const char *, 3> &keys,
    const QString &message, QList<FieldError> &problems)
{
    const std::array parts { term.years, term.months, term.days };
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (parts[p] < 0 || parts[p] > SentenceCalculator::MaxTermPart) {
            problems << FieldError { field("components", index, keys[p]),
                message.arg(number(index), QString::number(SentenceCalculator::MaxTermPart),
                    QLatin1String(keys[p])) };
        }
    }
}

QList<FieldError> fieldProblems(const Sentence &sentence)
{
    QList<FieldError> problems;
    if (!sentence.startDate.isValid())
        problems << FieldError { QStringLiteral("startDate"),
            SentenceCalculator::tr("The start date of the sentence is missing.") };
    if (sentence.components.isEmpty())
        problems << FieldError { QStringLiteral("components"),
            SentenceCalculator::tr("The sentence has no components.") };
    for (qsizetype i = 0; i < sentence.components.size(); ++i) {
        const SentenceComponent &component = sentence.components.at(i);
        checkTerm(component.term, i, { "years", "months", "days" },
            SentenceCalculator::tr(
                "Component %1: each part of the term must be between 0 and %2 (field: %3)."),
            problems);
        const bool isTermSentence
            = component.kind == SentenceKind::Rigorous || component.kind == SentenceKind::Simple;
        if (isTermSentence && component.term.isZero())
            problems << FieldError { field("components", i, "years"),
                SentenceCalculator::tr("Component %1: the term of imprisonment must be longer than zero.")
                    .arg(number(i)) };
        if (component.fineRupees < 0)
            problems << FieldError { field("components", i, "fineRupees"),
                SentenceCalculator::tr("Component %1: the fine cannot be negative.").arg(number(i)) };
        checkTerm(component.defaultTerm, i, { "defaultYears", "defaultMonths", "defaultDays" },
            SentenceCalculator::tr(
                "Component %1: each part of the imprisonment in default of the fine must be "
                "between 0 and %2 (field: %3)."),
            problems);
        if (component.fineRupees == 0 && !component.defaultTerm.isZero())
            problems << FieldError {
                field("components", i, "defaultYears"),
                SentenceCalculator::tr("Component %1: imprisonment in default needs a fine.").arg(number(i))
            };
    }
    if (sentence.preTrialCustodyDays < 0)
        problems << FieldError { QStringLiteral("preTrialCustodyDays"),
            SentenceCalculator::tr("The credit for pre-trial custody (s.382-B CrPC) cannot be negative.") };
    for (qsizetype i = 0; i < sentence.remissions.size(); ++i) {
        const Remission &remission = sentence.remissions.at(i);
        if (!remission.date.isValid())
            problems << FieldError { field("remissions", i, "date"),
                SentenceCalculator::tr("Remission %1: the date is missing.").arg(number(i)) };
        if (remission.days < 1)
            problems << FieldError { field("remissions", i, "days"),
                SentenceCalculator::tr("Remission %1: the days must be at least 1.").arg(number(i)) };
    }
    return problems;
}

QList<FieldError> referenceProblems(const Components &components, const Ids &ids)
{
    QList<FieldError> problems;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const SentenceComponent &component = components.at(i);
        if (!component.id.isEmpty() && ids.value(component.id) != i)
            problems << FieldError { field("components", i, "id"),
                SentenceCalculator::tr("Component %1 has the same id as component %2.")
                    .arg(number(i), number(ids.value(component.id))) };
        if (component.consecutiveTo.isEmpty())
            continue;
        if (component.relation == Relation::Concurrent)
            problems << FieldError { field("components", i, "consecutiveTo"),
                SentenceCalculator::tr("Component %1 is concurrent, so it cannot follow another component.")
                    .arg(number(i)) };
        else if (!ids.contains(component.consecutiveTo))
            problems << FieldError { field("components", i, "consecutiveTo"),
                SentenceCalculator::tr(
                    "Component %1 follows \"%2\", which is not a component of this sentence.")
                    .arg(number(i), component.consecutiveTo) };
    }
    return problems;
}

enum class Mark
{
    Unseen,
    OnPath,
    Done
};

/// Depth first: appends `index` to `order` after everything it follows. Returns the cycle met on the
/// way, each component followed by the one it follows, or nothing.
QList<qsizetype> visit(const Components &components, const Ids &ids, qsizetype index, QList<Mark> &marks,
    QList<qsizetype> &path, QList<qsizetype> &order)
{
    if (marks.at(index) == Mark::Done)
        return {};
    if (marks.at(index) == Mark::OnPath)
        return path.mid(path.indexOf(index));
    marks[index] = Mark::OnPath;
    path << index;
    for (qsizetype before : follows(components, ids, index)) {
        if (QList<qsizetype> cycle = visit(components, ids, before, marks, path, order); !cycle.isEmpty())
            return cycle;
    }
    path.removeLast();
    marks[index] = Mark::Done;
    order << index;
    return {};
}

/// Fills `order` so that every component comes after those it follows; returns a cycle if there is one.
QList<qsizetype> findOrder(const Components &components, const Ids &ids, QList<qsizetype> &order)
{
    QList<Mark> marks(components.size(), Mark::Unseen);
    QList<qsizetype> path;
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (QList<qsizetype> cycle = visit(components, ids, i, marks, path, order); !cycle.isEmpty())
            return cycle;
    }
    return {};
}

FieldError cycleProblem(const Components &components, const Ids &ids, QList<qsizetype> cycle)
{
    // Following "the components before it" only leads backwards, so a cycle has a component that
    // names one listed after it (or itself): that consecutiveTo is the one to correct.
    const auto namesLater = [&](qsizetype i) {
        return !components.at(i).consecutiveTo.isEmpty() && ids.value(components.at(i).consecutiveTo) >= i;
    };
    const auto culprit = std::find_if(cycle.begin(), cycle.end(), namesLater);
    Q_ASSERT(culprit != cycle.end());
    std::rotate(cycle.begin(), culprit, cycle.end());
    QStringList chain;
    for (qsizetype i : std::as_const(cycle))
        chain << number(i);
    chain << number(cycle.first());
    const qsizetype index = cycle.first();
    return FieldError { field("components", index, "consecutiveTo"),
        SentenceCalculator::tr("Component %1 cannot follow component %2: the consecutive chain %3 "
                               "is a cycle.")
            .arg(number(index), number(ids.value(components.at(index).consecutiveTo)),
                chain.join(QStringLiteral(" → "))) };
}

/// The order in which the component ends can be computed, or every problem found.
Result<QList<qsizetype>> validate(const Sentence &sentence, const Ids &ids)
{
    QList<FieldError> problems = fieldProblems(sentence);
    const QList<FieldError> references = referenceProblems(sentence.components, ids);
    problems << references;
    QList<qsizetype> order;
    if (references.isEmpty()) {
        if (const QList<qsizetype> cycle = findOrder(sentence.components, ids, order); !cycle.isEmpty())
            problems << cycleProblem(sentence.components, ids, cycle);
    }
    if (!problems.isEmpty())
        return fail(Error::invalid(std::move(problems)));
    return order;
}

// --- arithmetic

QDate startOf(const Sentence &sentence, const Ids &ids, const QList<QDate> &ends, qsizetype index)
{
    QDate start = sentence.startDate;
    for (qsizetype before : follows(sentence.components, ids, index))
        start = std::max(start, ends.at(before));
    return start;
}

QList<QDate> endDates(const Sentence &sentence, const Ids &ids, const QList<qsizetype> &order)
{
    QList<QDate> ends(sentence.components.size());
    for (qsizetype i : order)
        ends[i] = SentenceCalculator::addTerm(
            startOf(sentence, ids, ends, i), servedTerm(sentence.components.at(i)));
    return ends;
}

// --- ledger text

QString termText(const Term &term)
{
    return SentenceCalculator::tr("%1 y %2 m %3 d")
        .arg(QString::number(term.years), QString::number(term.months), QString::number(term.days));
}

QString kindText(SentenceKind kind)
{
    switch (kind) {
    case SentenceKind::Death:
        return SentenceCalculator::tr("death");
    case SentenceKind::Life:
        return SentenceCalculator::tr("life");
    case SentenceKind::Rigorous:
        return SentenceCalculator::tr("rigorous");
    case SentenceKind::Simple:
        return SentenceCalculator::tr("simple");
    }
    Q_UNREACHABLE();
}

QString sectionText(const SentenceComponent &component)
{
    return component.offenceSection.isEmpty() ? SentenceCalculator::tr("section not recorded")
                                              : component.offenceSection; // a catalogue code, e.g. "PPC 376"
}

QString relationText(const Components &components, const Ids &ids, qsizetype index)
{
    const SentenceComponent &component = components.at(index);
    if (component.relation == Relation::Concurrent)
        return SentenceCalculator::tr("concurrent");
    if (!component.consecutiveTo.isEmpty())
        return SentenceCalculator::tr("consecutive to component %1")
            .arg(number(ids.value(component.consecutiveTo)));
    return index == 0 ? SentenceCalculator::tr("from the sentence start")
                      : SentenceCalculator::tr("consecutive to the components before it");
}

/// "<what>: <from> → <to>"
QString spanText(const QString &what, QDate from, QDate to)
{
    return SentenceCalculator::tr("%1: %2 → %3").arg(what, dateText(from), dateText(to));
}

LedgerStep startStep(QDate start)
{
    return LedgerStep { SentenceCalculator::tr("Sentence starts on %1").arg(dateText(start)), start, 0 };
}

// --- ledgers

SentenceLedger deathLedger(const Sentence &sentence)
{
    QList<LedgerStep> steps { startStep(sentence.startDate) };
    for (qsizetype i = 0; i < sentence.components.size(); ++i) {
        const SentenceComponent &component = sentence.components.at(i);
        if (component.kind != SentenceKind::Death)
            continue;
        const QString text
            = SentenceCalculator::tr("Component %1 (death, %2): a death sentence has no release date")
                  .arg(number(i), sectionText(component));
        steps << LedgerStep { text, sentence.startDate, 0 };
    }
    steps << LedgerStep { SentenceCalculator::tr("No expected release date while a death sentence stands"),
        {}, 0 };
    return SentenceLedger(std::move(steps), std::nullopt, 0);
}

Result<SentenceLedger> termLedger(const Sentence &sentence, const Ids &ids, const QList<qsizetype> &order)
{
    const Components &components = sentence.components;
    const QDate start = sentence.startDate;
    const QList<QDate> ends = endDates(sentence, ids, order);

    // The aggregate: each step moves the end to the latest component end so far.
    QList<LedgerStep> steps { startStep(start) };
    QDate end = start;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const SentenceComponent &component = components.at(i);
        const Term term = servedTerm(component);
        const QString what = SentenceCalculator::tr("Component %1 (%2, %3, %4) %5")
                                 .arg(number(i), kindText(component.kind),
                                     component.kind == SentenceKind::Life
                                         ? SentenceCalculator::tr("%1 per PPC s.57").arg(termText(term))
                                         : termText(term),
                                     sectionText(component), relationText(components, ids, i));
        const QDate later = std::max(end, ends.at(i));
        steps << LedgerStep { spanText(what, startOf(sentence, ids, ends, i), ends.at(i)), ends.at(i),
            daysBetween(end, later) };
        end = later;
    }

    // Imprisonment in default of unpaid fines follows the aggregate.
    for (qsizetype i = 0; i < components.size(); ++i) {
        const SentenceComponent &component = components.at(i);
        if (component.fineRupees == 0)
            continue;
        const QString fine = QString::number(component.fineRupees);
        if (component.finePaid) {
            steps << LedgerStep { SentenceCalculator::tr(
                                      "Component %1: fine of Rs %2 paid, no imprisonment in default")
                                      .arg(number(i), fine),
                end, 0 };
        } else if (component.defaultTerm.isZero()) {
            steps << LedgerStep { SentenceCalculator::tr(
                                      "Component %1: fine of Rs %2 unpaid, no imprisonment in "
                                      "default was ordered")
                                      .arg(number(i), fine),
                end, 0 };
        } else {
            const QDate later = SentenceCalculator::addTerm(end, component.defaultTerm);
            const QString what
                = SentenceCalculator::tr("Component %1: fine of Rs %2 unpaid, imprisonment in default %3")
                      .arg(number(i), fine, termText(component.defaultTerm));
            steps << LedgerStep { spanText(what, end, later), later, daysBetween(end, later) };
            end = later;
        }
    }

    const qint64 aggregateDays = start.daysTo(end);
    if (!std::in_range<int>(aggregateDays))
        return fail(Error::invalid({ FieldError {
            QStringLiteral("components"), SentenceCalculator::tr("The aggregate term is too long.") } }));

    // Deductions come last, in days, and may at most bring the release back to the start date.
    QDate release = end;
    const auto deduct = [&](int days, const QString &what) {
        const QDate earlier = release.addDays(-days);
        steps << LedgerStep { spanText(what, release, earlier), earlier, -days };
        release = earlier;
    };
    const int credit = sentence.preTrialCustodyDays;
    if (credit > aggregateDays)
        return fail(Error::invalid({ FieldError { QStringLiteral("preTrialCustodyDays"),
            SentenceCalculator::tr(
                "The credit for pre-trial custody (%1 days) is more than the term (%2 days).")
                .arg(credit)
                .arg(aggregateDays) } }));
    if (credit > 0)
        deduct(credit,
            SentenceCalculator::tr(
                "Credit for pre-trial custody under s.382-B CrPC, %n day(s)", nullptr, credit));
    for (qsizetype i = 0; i < sentence.remissions.size(); ++i) {
        const Remission &remission = sentence.remissions.at(i);
        const QString what
            = SentenceCalculator::tr("Remission of %n day(s) granted on %1 by %2", nullptr, remission.days)
                  .arg(dateText(remission.date), remission.authority);
        const int left = daysBetween(start, release);
        if (remission.excludedForSexOffences) {
            steps << LedgerStep {
                SentenceCalculator::tr("%1: not applied, it excludes sex offences").arg(what), release, 0
            };
        } else if (remission.days > left) {
            return fail(Error::invalid({ FieldError { field("remissions", i, "days"),
                SentenceCalculator::tr(
                    "Remission %1 (%2 days) is more than the %3 days left of the term after the "
                    "earlier deductions.")
                    .arg(number(i), QString::number(remission.days), QString::number(left)) } }));
        } else {
            deduct(remission.days, what);
        }
    }

    steps << LedgerStep { SentenceCalculator::tr("Expected release: %1").arg(dateText(release)), release, 0 };
    return SentenceLedger(std::move(steps), release, static_cast<int>(aggregateDays));
}

} // namespace

Result<SentenceLedger> SentenceCalculator::compute(const Sentence &sentence)
{
    const Ids ids = indexById(sentence.components);
    const Result<QList<qsizetype>> order = validate(sentence, ids);
    if (!order)
        return fail(order.error());
    const bool hasDeath = std::any_of(sentence.components.cbegin(), sentence.components.cend(),
        [](const SentenceComponent &c) { return c.kind == SentenceKind::Death; });
    if (hasDeath)
        return deathLedger(sentence);
    return termLedger(sentence, ids, *order);
}

QDate SentenceCalculator::addTerm(QDate date, const Term &term)
{
    // QDate::addYears and QDate::addMonths clamp to the last day of the resulting month.
    return date.addYears(term.years).addMonths(term.months).addDays(term.days);
}

} // namespace Nigran::Models
