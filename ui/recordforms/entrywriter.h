#pragma once

#include "core/result.h"
#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/person.h"
#include "domain/sentence.h"
#include "rules/sentenceledger.h"

namespace Nigran::Models {
class Office;
class RegisterService;
} // namespace Nigran::Models

namespace Nigran::Gui {

/// The records of a new register entry, as the New entry dialog collects them.
struct NewEntry
{
    Models::Person person;
    Models::CaseRecord caseRecord;
    Models::Charge charge;
    Models::Conviction conviction;
    Models::Sentence sentence;
};

struct SavedEntry
{
    QString personId;
    Models::SentenceLedger ledger;
};

/// Saves a new entry through RegisterService — person, case, charge, conviction, sentence — inside one
/// transaction, so that a failure at any record leaves the register as it was (no half-entered
/// person, no outbox or audit entries).
class EntryWriter
{
public:
    enum class Step
    {
        Person,
        Case,
        Charge,
        Conviction,
        Sentence,
    };

    /// On failure `failedStep` names the record that was refused.
    [[nodiscard]] static Models::Result<SavedEntry> save(Models::Office &office,
        Models::RegisterService &service, NewEntry entry, bool duplicatesAcknowledged, Step &failedStep);

    EntryWriter() = delete;
};

} // namespace Nigran::Gui
