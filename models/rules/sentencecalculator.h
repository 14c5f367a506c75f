#pragma once

#include "core/result.h"
#include "domain/sentence.h"
#include "rules/sentenceledger.h"

#include <QCoreApplication>
#include <QDate>

namespace Nigran::Models {

/// Sentence arithmetic (DOMAIN.md, "Sentence arithmetic"): the expected release date and its ledger.
///
/// How the date is found:
/// 1. Each component runs from its own start to its own end, and the end is found by calendar arithmetic
///    from the start (addTerm()), never by counting days, so "5 years" is five calendar years whichever
///    leap days fall in them. A concurrent component starts at the sentence start; a consecutive one
///    starts when the component it names in consecutiveTo ends, or, with consecutiveTo empty, when all
///    components listed before it have ended (at the sentence start for the first). Life counts as
///    LifeYears years (PPC s.57).
/// 2. The aggregate term ends with the last component to end.
/// 3. The imprisonment in default of each unpaid fine follows, in the order of the components, again
///    by calendar arithmetic.
/// 4. Only then are days taken off: the s.382-B CrPC credit, then each remission in the order of the
///    list. Remissions that exclude sex offences are recorded in the ledger but not applied.
/// Release is on the date so reached (a one-year term from 2024-03-01 ends on 2025-03-01). A death
/// sentence has no release date: the ledger says so and expectedRelease() is empty.
class SentenceCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::SentenceCalculator)

public:
    static constexpr int LifeYears = 25; ///< PPC s.57
    static constexpr int MaxTermPart = 9999; ///< the largest years, months or days a term may state

    SentenceCalculator() = delete;

    /// The ledger of `sentence`, or ErrorCode::InvalidInput naming each bad field ("startDate",
    /// "components[2].years", "components[1].consecutiveTo", "preTrialCustodyDays", "remissions[0].days").
    [[nodiscard]] static Result<SentenceLedger> compute(const Sentence &sentence);

    /// Calendar arithmetic: adds the years, then the months, then the days, each time clamping to the
    /// end of the month (2023-01-31 + 1 month = 2023-02-28; 2024-02-29 + 1 year = 2025-02-28).
    static QDate addTerm(QDate date, const Term &term);
};

} // namespace Nigran::Models
