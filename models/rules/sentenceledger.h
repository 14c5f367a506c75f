#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// One line of a sentence ledger.
struct LedgerStep
{
    /// Translated, e.g. "Component 2 (rigorous, 5 y 0 m 0 d, PPC 376) consecutive to component 1:
    /// 2030-03-01 → 2035-03-01".
    QString description;
    QDate date; ///< the date the step arrives at
    int dayDelta = 0; ///< days the step adds to (+) or takes off (−) the expected release

    friend bool operator==(const LedgerStep &, const LedgerStep &) = default;
};

/// The expected release date of a sentence with every step that leads to it, so that a prosecutor can
/// explain the date in court. Computed by SentenceCalculator. The day deltas of the steps add up to the
/// days from the sentence start to the expected release.
class SentenceLedger
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::SentenceLedger)

public:
    SentenceLedger() = default;
    SentenceLedger(QList<LedgerStep> steps, std::optional<QDate> expectedRelease, int aggregateDays);

    const QList<LedgerStep> &steps() const { return m_steps; }
    /// None while a death sentence stands.
    std::optional<QDate> expectedRelease() const { return m_expectedRelease; }
    /// Days from the sentence start to the end of the aggregate term, imprisonment in default of fines
    /// included, before credit and remissions (0 for a death sentence).
    int aggregateDays() const { return m_aggregateDays; }

    /// The numbered steps, one a line, with their day deltas.
    QString toText() const;

    /// Release-date reminders are due this many days before the release: {90, 60, 30}.
    static QList<int> reminderDays();
    /// The dates of those reminders, in the order of reminderDays(); none without a release date.
    QList<QDate> reminderDates() const;

private:
    QList<LedgerStep> m_steps;
    std::optional<QDate> m_expectedRelease;
    int m_aggregateDays = 0;
};

} // namespace Nigran::Models
