#include "recordforms/entrywriter.h"

#include "services/office.h"
#include "services/registerservice.h"
#include "store/transaction.h"

namespace Nigran::Gui {

using namespace Nigran::Models;

Result<SavedEntry> EntryWriter::save(
    Office &office, RegisterService &service, NewEntry entry, bool duplicatesAcknowledged, Step &failedStep)
{
    failedStep = Step::Person;
    // Each service call is atomic on its own; the outer transaction makes the five one unit.
    auto tx = Transaction::begin(office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    auto personId = service.createPerson(entry.person, duplicatesAcknowledged);
    if (!personId)
        return tl::unexpected(personId.error());

    failedStep = Step::Case;
    auto caseId = service.saveCase(*personId, entry.caseRecord);
    if (!caseId)
        return tl::unexpected(caseId.error());

    failedStep = Step::Charge;
    entry.charge.caseId = *caseId;
    entry.charge.personId = *personId;
    if (auto chargeId = service.saveCharge(entry.charge); !chargeId)
        return tl::unexpected(chargeId.error());

    failedStep = Step::Conviction;
    entry.conviction.caseId = *caseId;
    entry.conviction.personId = *personId;
    auto convictionId = service.saveConviction(entry.conviction);
    if (!convictionId)
        return tl::unexpected(convictionId.error());

    failedStep = Step::Sentence;
    entry.sentence.convictionId = *convictionId;
    auto ledger = service.saveSentence(*personId, entry.sentence);
    if (!ledger)
        return tl::unexpected(ledger.error());
    NIGRAN_TRY(tx->commit());
    return SavedEntry { *personId, *ledger };
}

} // namespace Nigran::Gui
