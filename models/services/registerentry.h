#pragma once

#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/person.h"
#include "domain/sentence.h"
#include "rules/sentenceledger.h"

namespace Nigran::Models {

/// The records of a new register entry, entered together: one conviction on one case.
struct NewRegisterEntry
{
    Person person;
    CaseRecord caseRecord;
    Charge charge;
    Conviction conviction;
    Sentence sentence;

    /// The part a refused entry failed on, in entry order.
    enum class Part
    {
        Person,
        Case,
        Charge,
        Conviction,
        Sentence
    };
};

struct CreatedRegisterEntry
{
    QString personId;
    SentenceLedger ledger;
};

} // namespace Nigran::Models
