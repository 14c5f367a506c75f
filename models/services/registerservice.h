#pragma once

#include "core/result.h"
#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/custodyevent.h"
#include "domain/monitoringorder.h"
#include "domain/person.h"
#include "domain/sentence.h"
#include "rules/registerworkflow.h"
#include "rules/sentenceledger.h"
#include "services/personsummary.h"
#include "services/registerentry.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Nigran::Models {

class Office;

/// A person that may already be on the register.
struct DuplicateCandidate
{
    QString personId;
    QString reason; ///< translated: "same CNIC", "similar name and same date of birth"
};

/// One step of an entry's workflow history.
struct RegisterTransition
{
    QString id;
    QString personId;
    RegisterStatus from = RegisterStatus::Draft;
    RegisterStatus to = RegisterStatus::Draft;
    std::optional<EndReason> endReason;
    QString reason;
    QString actor;
    QDateTime at;
};

/// Everything the register holds about one person, as a profile shows it.
struct PersonFile
{
    Person person;
    RegisterStatus status = RegisterStatus::Draft;
    bool sealed = false;
    QList<CaseRecord> cases;
    QList<Charge> charges;
    QList<Conviction> convictions;
    QList<Sentence> sentences;
    QList<CustodyEvent> custody;
    QList<MonitoringOrder> monitoringOrders;
    QList<RegisterTransition> history;
    QDate expectedRelease;
};

/// The register's core API. Every call checks the signed-in user's role, validates its input,
/// and writes everything it changes in one transaction (rows, outbox, audit), or nothing.
class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RegisterService)

public:
    explicit RegisterService(Office &office);

    /// People who may be the same person: same CNIC or passport, or a close name with the same date of birth.
    [[nodiscard]] Result<QList<DuplicateCandidate>> findDuplicates(const Person &person);
    /// Creates a draft entry. Refused with ErrorCode::Duplicate while candidates exist and are not
    /// acknowledged.
    [[nodiscard]] Result<QString> createPerson(Person person, bool duplicatesAcknowledged = false);
    /// Edits a person. Past the draft stage this is a correction: a reason is required and the old
    /// value is kept as a revision.
    [[nodiscard]] Result<> updatePerson(const Person &person, const QString &reason = {});

    /// Creates a whole entry — person, case, charge, conviction, sentence — in one transaction:
    /// on any refusal nothing is written and `failedPart` (if given) names the refused record.
    [[nodiscard]] Result<CreatedRegisterEntry> createEntry(
        NewRegisterEntry entry, bool duplicatesAcknowledged, NewRegisterEntry::Part *failedPart = nullptr);

    [[nodiscard]] Result<QString> saveCase(
        const QString &personId, CaseRecord record, const QString &reason = {});
    [[nodiscard]] Result<QString> saveCharge(Charge charge, const QString &reason = {});
    [[nodiscard]] Result<QString> saveConviction(Conviction conviction, const QString &reason = {});
    /// Saves a sentence after computing its ledger; the person's expected release follows it.
    [[nodiscard]] Result<SentenceLedger> saveSentence(
        const QString &personId, Sentence sentence, const QString &reason = {});
    [[nodiscard]] Result<QString> recordCustody(CustodyEvent event);
    [[nodiscard]] Result<QString> saveMonitoringOrder(MonitoringOrder order);

    /// Moves an entry along the workflow (RegisterWorkflow); an acquittal on appeal seals it.
    [[nodiscard]] Result<> transition(const QString &personId, RegisterStatus to, const QString &reason,
        std::optional<EndReason> endReason = std::nullopt);
    /// Withdraws the entry from the register after acquittal on appeal: ended, sealed, kept for legal audit.
    [[nodiscard]] Result<> sealOnAcquittal(const QString &personId, const QString &reason);

    /// Opens a person's file. Every view is an audit entry.
    [[nodiscard]] Result<PersonFile> viewPerson(const QString &personId, const QString &purpose = {});
    /// Records that a report about a person (or the register, with an empty id) was exported, and where.
    /// Call before writing the file; exports are written only where the user chose.
    [[nodiscard]] Result<> recordExport(
        const QString &personId, const QString &report, const QString &destination);
    /// A page of the register list, ordered by normalised Latin name.
    [[nodiscard]] Result<QList<PersonSummary>> search(
        const PersonQuery &query, const std::optional<PersonPageKey> &after, int limit);
    [[nodiscard]] Result<qint64> count(const PersonQuery &query);
    /// count(), but counting no further than `cap` + 1 (which then means "more than `cap`"): cheap
    /// enough for every keystroke of a search over a register of a million.
    [[nodiscard]] Result<qint64> countUpTo(const PersonQuery &query, qint64 cap);
    /// The district codes that have people in the register (visible, unsealed entries), sorted.
    [[nodiscard]] Result<QStringList> districtsInRegister();

private:
    struct EntryState
    {
        RegisterStatus status;
        bool sealed;
        QString district;
    };
    [[nodiscard]] Result<EntryState> entryState(const QString &personId);
    /// Role, seal and reason checks for a change to a person's records, then the write (with a
    /// revision of the old body when it is a correction).
    [[nodiscard]] Result<> writeRecord(
        const RecordKind &kind, const QString &personId, const RecordWrite &row, const QString &reason);
    [[nodiscard]] Result<> writeTransition(const QString &personId, const EntryState &state,
        RegisterStatus to, const QString &reason, std::optional<EndReason> endReason, bool seal);
    [[nodiscard]] Result<> updateExpectedRelease(const QString &personId);

    Office &m_office;
};

} // namespace Nigran::Models
