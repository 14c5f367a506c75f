#include "services/registerservice.h"

#include "domain/namenormalizer.h"
#include "domain/recordcodec.h"
#include "domain/recordvalidator.h"
#include "rules/sentencecalculator.h"
#include "security/clock.h"
#include "services/office.h"
#include "services/personrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCborMap>
#include <QCborValue>

#include <algorithm>

namespace Nigran::Models {

namespace {

QByteArray encode(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

Result<QCborMap> decode(const QByteArray &body)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return fail(ErrorCode::Corrupt, RegisterService::tr("A stored record could not be read."));
    return value.toMap();
}

template<typename Record, typename Decoder>
Result<QList<Record>> decodeAll(const QList<StoredRecord> &rows, Decoder decoder)
{
    QList<Record> records;
    for (const StoredRecord &row : rows) {
        auto map = decode(row.body);
        if (!map)
            return tl::unexpected(map.error());
        auto record = decoder(*map);
        if (!record)
            return tl::unexpected(record.error());
        records << *record;
    }
    return records;
}

bool isDraftStage(RegisterStatus status)
{
    return status == RegisterStatus::Draft || status == RegisterStatus::Returned;
}

QCborMap transitionToCbor(const RegisterTransition &step)
{
    QCborMap map;
    map.insert(QStringLiteral("from"), RegisterWorkflow::key(step.from));
    map.insert(QStringLiteral("to"), RegisterWorkflow::key(step.to));
    if (step.endReason)
        map.insert(QStringLiteral("endReason"), RegisterWorkflow::key(*step.endReason));
    map.insert(QStringLiteral("reason"), step.reason);
    map.insert(QStringLiteral("actor"), step.actor);
    map.insert(QStringLiteral("at"), step.at.toString(Qt::ISODateWithMs));
    return map;
}

Result<RegisterTransition> transitionFromCbor(const QString &id, const QString &personId, const QCborMap &map)
{
    const auto from = RegisterWorkflow::statusFromKey(map.value(QStringLiteral("from")).toString());
    const auto to = RegisterWorkflow::statusFromKey(map.value(QStringLiteral("to")).toString());
    if (!from || !to)
        return fail(ErrorCode::Corrupt, RegisterService::tr("A stored workflow step could not be read."));
    return RegisterTransition { id, personId, *from, *to,
        RegisterWorkflow::endReasonFromKey(map.value(QStringLiteral("endReason")).toString()),
        map.value(QStringLiteral("reason")).toString(), map.value(QStringLiteral("actor")).toString(),
        QDateTime::fromString(map.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs) };
}

Result<> requireValid(const QList<FieldError> &problems)
{
    if (problems.isEmpty())
        return {};
    return fail(Error::invalid(problems));
}

QString ensureId(QString id)
{
    return id.isEmpty() ? RecordStore::newId() : id;
}

} // namespace

RegisterService::RegisterService(Office &office)
    : m_office(office)
{ }

Result<RegisterService::EntryState> RegisterService::entryState(const QString &personId)
{
    auto stmt = m_office.database().cached(
        "SELECT status, sealed, district FROM persons WHERE id = ? AND deleted = 0");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bindAll(personId);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no such person on the register."));
    EntryState state { RegisterWorkflow::statusFromKey((*stmt)->text(0)).value_or(RegisterStatus::Draft),
        (*stmt)->int64(1) != 0, (*stmt)->text(2) };
    return state;
}

Result<QList<DuplicateCandidate>> RegisterService::findDuplicates(const Person &person)
{
    NIGRAN_TRY(m_office.require(Action::ViewRecord));
    Database &db = m_office.database();
    QList<DuplicateCandidate> found;
    const auto add = [&](const QString &id, const QString &reason) {
        if (id != person.id
            && std::none_of(found.cbegin(), found.cend(), [&](const auto &c) { return c.personId == id; }))
            found << DuplicateCandidate { id, reason };
    };
    const auto collect = [&](std::string_view sql, const QVariant &value, const QString &reason) -> Result<> {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, value);
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                return {};
            add(stmt->text(0), reason);
        }
    };
    if (person.cnic)
        NIGRAN_TRY(
            collect("SELECT id FROM persons WHERE cnic = ? AND deleted = 0", *person.cnic, tr("same CNIC")));
    if (person.passport)
        NIGRAN_TRY(collect("SELECT id FROM persons WHERE passport = ? AND deleted = 0",
            person.passport->number, tr("same passport number")));
    if (person.birthDate.isValid()) {
        auto stmt
            = db.prepare("SELECT id, name_key, urdu_key FROM persons WHERE birth_date = ? AND deleted = 0");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bindAll(person.birthDate);
        const QString latin = NameNormalizer::searchKey(person.nameLatin);
        const QString urdu = NameNormalizer::urduKey(person.nameUrdu);
        const int tolerance = std::max<int>(2, int(latin.size()) / 6);
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return tl::unexpected(row.error());
            if (!*row)
                break;
            const bool closeLatin
                = !latin.isEmpty() && NameNormalizer::distance(latin, stmt->text(1)) <= tolerance;
            const bool sameUrdu = !urdu.isEmpty() && urdu == stmt->text(2);
            if (closeLatin || sameUrdu)
                add(stmt->text(0), tr("similar name and same date of birth"));
        }
    }
    return found;
}

Result<QString> RegisterService::createPerson(Person person, bool duplicatesAcknowledged)
{
    NIGRAN_TRY(m_office.require(Action::CreateRecord));
    person.id = ensureId(person.id);
    if (person.district.isEmpty())
        person.district = m_office.district();
    NIGRAN_TRY(requireValid(RecordValidator::validate(person)));
    auto duplicates = findDuplicates(person);
    if (!duplicates)
        return tl::unexpected(duplicates.error());
    if (!duplicates->isEmpty() && !duplicatesAcknowledged)
        return fail(ErrorCode::Duplicate,
            tr("%n person(s) already on the register may be the same person. Review them before creating "
               "a new entry.",
                nullptr, int(duplicates->size())));
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    NIGRAN_TRY(m_office.records().put(RecordKinds::person,
        PersonRepository::row(person, RegisterStatus::Draft, false), m_office.user().login,
        QStringLiteral("create"),
        duplicates->isEmpty() ? QString() : QStringLiteral("duplicates acknowledged")));
    NIGRAN_TRY(tx->commit());
    return person.id;
}

Result<CreatedRegisterEntry> RegisterService::createEntry(
    NewRegisterEntry entry, bool duplicatesAcknowledged, NewRegisterEntry::Part *failedPart)
{
    using Part = NewRegisterEntry::Part;
    Part part = Part::Person;
    auto created = [&]() -> Result<CreatedRegisterEntry> {
        auto tx = Transaction::begin(m_office.database());
        if (!tx)
            return tl::unexpected(tx.error());
        auto personId = createPerson(entry.person, duplicatesAcknowledged);
        if (!personId)
            return tl::unexpected(personId.error());
        part = Part::Case;
        auto caseId = saveCase(*personId, entry.caseRecord);
        if (!caseId)
            return tl::unexpected(caseId.error());
        part = Part::Charge;
        entry.charge.caseId = entry.conviction.caseId = *caseId;
        entry.charge.personId = entry.conviction.personId = *personId;
        if (auto chargeId = saveCharge(entry.charge); !chargeId)
            return tl::unexpected(chargeId.error());
        part = Part::Conviction;
        auto convictionId = saveConviction(entry.conviction);
        if (!convictionId)
            return tl::unexpected(convictionId.error());
        part = Part::Sentence;
        entry.sentence.convictionId = *convictionId;
        auto ledger = saveSentence(*personId, entry.sentence);
        if (!ledger)
            return tl::unexpected(ledger.error());
        NIGRAN_TRY(tx->commit());
        return CreatedRegisterEntry { *personId, *ledger };
    }();
    if (!created && failedPart)
        *failedPart = part;
    return created;
}

Result<> RegisterService::updatePerson(const Person &person, const QString &reason)
{
    auto state = entryState(person.id);
    if (!state)
        return tl::unexpected(state.error());
    NIGRAN_TRY(requireValid(RecordValidator::validate(person)));
    return writeRecord(
        RecordKinds::person, person.id, PersonRepository::row(person, state->status, state->sealed), reason);
}

Result<> RegisterService::writeRecord(
    const RecordKind &kind, const QString &personId, const RecordWrite &row, const QString &reason)
{
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        return fail(ErrorCode::Sealed, tr("This entry is sealed after acquittal and cannot be changed."));
    const bool draft = isDraftStage(state->status);
    NIGRAN_TRY(m_office.require(draft ? Action::EditDraft : Action::CorrectVerified));
    if (!draft && reason.trimmed().isEmpty())
        return fail(Error::invalid(
            { { QStringLiteral("reason"), tr("Reason: a change to a verified entry needs a reason.") } }));
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    auto existing = m_office.records().get(kind, row.id);
    if (!existing)
        return tl::unexpected(existing.error());
    const bool isUpdate = existing->has_value() && !(*existing)->deleted;
    if (isUpdate && !draft) {
        // A correction keeps the old value in history.
        QCborMap revision;
        revision.insert(QStringLiteral("entity"), QString::fromLatin1(kind.table));
        revision.insert(QStringLiteral("row"), row.id);
        revision.insert(QStringLiteral("before"), (*existing)->body);
        revision.insert(QStringLiteral("reason"), reason);
        NIGRAN_TRY(m_office.records().put(RecordKinds::revision,
            { RecordStore::newId(), state->district, { personId }, encode(revision) }, m_office.user().login,
            QStringLiteral("create"), row.id));
    }
    const QString action = !isUpdate ? QStringLiteral("create")
        : draft                      ? QStringLiteral("update")
                                     : QStringLiteral("correct");
    NIGRAN_TRY(m_office.records().put(kind, row, m_office.user().login, action, reason));
    return tx->commit();
}

Result<QString> RegisterService::saveCase(const QString &personId, CaseRecord record, const QString &reason)
{
    record.id = ensureId(record.id);
    NIGRAN_TRY(requireValid(RecordValidator::validate(record)));
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    NIGRAN_TRY(writeRecord(RecordKinds::caseRecord, personId,
        { record.id, state->district, { personId, PersonRepository::firKey(record.firNumber) },
            encode(toCbor(record)) },
        reason));
    return record.id;
}

Result<QString> RegisterService::saveCharge(Charge charge, const QString &reason)
{
    charge.id = ensureId(charge.id);
    NIGRAN_TRY(requireValid(RecordValidator::validate(charge, m_office.clock().nowUtc().date())));
    auto state = entryState(charge.personId);
    if (!state)
        return tl::unexpected(state.error());
    auto owningCase = m_office.records().get(RecordKinds::caseRecord, charge.caseId);
    if (!owningCase)
        return tl::unexpected(owningCase.error());
    if (!*owningCase || (*owningCase)->deleted)
        return fail(
            Error::invalid({ { QStringLiteral("caseId"), tr("Case: choose a case of this person.") } }));
    NIGRAN_TRY(writeRecord(RecordKinds::charge, charge.personId,
        { charge.id, state->district, { charge.personId, charge.caseId }, encode(toCbor(charge)) }, reason));
    return charge.id;
}

Result<QString> RegisterService::saveConviction(Conviction conviction, const QString &reason)
{
    conviction.id = ensureId(conviction.id);
    NIGRAN_TRY(requireValid(RecordValidator::validate(conviction)));
    auto state = entryState(conviction.personId);
    if (!state)
        return tl::unexpected(state.error());
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    NIGRAN_TRY(writeRecord(RecordKinds::conviction, conviction.personId,
        { conviction.id, state->district, { conviction.personId, conviction.caseId },
            encode(toCbor(conviction)) },
        reason));
    if (conviction.appealStatus == AppealStatus::Acquitted && !state->sealed)
        NIGRAN_TRY(
            sealOnAcquittal(conviction.personId, reason.isEmpty() ? tr("acquitted on appeal") : reason));
    NIGRAN_TRY(tx->commit());
    return conviction.id;
}

Result<SentenceLedger> RegisterService::saveSentence(
    const QString &personId, Sentence sentence, const QString &reason)
{
    sentence.id = ensureId(sentence.id);
    auto ledger = SentenceCalculator::compute(sentence);
    if (!ledger)
        return tl::unexpected(ledger.error());
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    NIGRAN_TRY(writeRecord(RecordKinds::sentence, personId,
        { sentence.id, state->district, { personId, sentence.convictionId }, encode(toCbor(sentence)) },
        reason));
    NIGRAN_TRY(updateExpectedRelease(personId));
    NIGRAN_TRY(tx->commit());
    return ledger;
}

Result<> RegisterService::updateExpectedRelease(const QString &personId)
{
    // Derived locally from the sentences (each side computes it with the same rules); not synced.
    auto rows = m_office.records().forPerson(RecordKinds::sentence, personId);
    if (!rows)
        return tl::unexpected(rows.error());
    auto sentences = decodeAll<Sentence>(*rows, sentenceFromCbor);
    if (!sentences)
        return tl::unexpected(sentences.error());
    QDate latest;
    for (const Sentence &sentence : *sentences) {
        auto ledger = SentenceCalculator::compute(sentence);
        if (ledger && ledger->expectedRelease() && (!latest.isValid() || *ledger->expectedRelease() > latest))
            latest = *ledger->expectedRelease();
    }
    auto stmt = m_office.database().cached("UPDATE persons SET expected_release = ? WHERE id = ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    return (*stmt)->bindAll(latest, personId).run();
}

Result<QString> RegisterService::recordCustody(CustodyEvent event)
{
    NIGRAN_TRY(
        m_office.require(event.kind == CustodyKind::Release ? Action::RecordRelease : Action::RecordCustody));
    event.id = ensureId(event.id);
    NIGRAN_TRY(requireValid(RecordValidator::validate(event)));
    auto state = entryState(event.personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        return fail(ErrorCode::Sealed, tr("This entry is sealed after acquittal and cannot be changed."));
    NIGRAN_TRY(m_office.records().put(RecordKinds::custodyEvent,
        { event.id, state->district, { event.personId }, encode(toCbor(event)) }, m_office.user().login,
        QStringLiteral("record")));
    return event.id;
}

Result<QString> RegisterService::saveMonitoringOrder(MonitoringOrder order)
{
    NIGRAN_TRY(m_office.require(Action::ManageMonitoring));
    order.id = ensureId(order.id);
    NIGRAN_TRY(requireValid(RecordValidator::validate(order)));
    auto state = entryState(order.personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        return fail(ErrorCode::Sealed, tr("This entry is sealed after acquittal and cannot be changed."));
    NIGRAN_TRY(m_office.records().put(RecordKinds::monitoringOrder,
        { order.id, state->district, { order.personId }, encode(toCbor(order)) }, m_office.user().login,
        QStringLiteral("save")));
    return order.id;
}

Result<> RegisterService::transition(
    const QString &personId, RegisterStatus to, const QString &reason, std::optional<EndReason> endReason)
{
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        return fail(ErrorCode::Sealed, tr("This entry is sealed after acquittal and cannot be changed."));
    if (to == RegisterStatus::Ended && endReason == EndReason::AcquittedOnAppeal)
        return sealOnAcquittal(personId, reason);
    NIGRAN_TRY(RegisterWorkflow::check(state->status, to, m_office.user().role, reason));
    if (to == RegisterStatus::Ended && !endReason)
        return fail(Error::invalid(
            { { QStringLiteral("endReason"), tr("End reason: please choose why the entry ends.") } }));
    return writeTransition(personId, *state, to, reason, endReason, false);
}

Result<> RegisterService::sealOnAcquittal(const QString &personId, const QString &reason)
{
    NIGRAN_TRY(m_office.require(Action::SealOnAcquittal));
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        return fail(ErrorCode::Sealed, tr("This entry is already sealed."));
    if (reason.trimmed().isEmpty())
        return fail(Error::invalid({ { QStringLiteral("reason"),
            tr("Reason: please give the appeal judgment that acquitted the person.") } }));
    return writeTransition(
        personId, *state, RegisterStatus::Ended, reason, EndReason::AcquittedOnAppeal, true);
}

Result<> RegisterService::writeTransition(const QString &personId, const EntryState &state, RegisterStatus to,
    const QString &reason, std::optional<EndReason> endReason, bool seal)
{
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    auto stored = m_office.records().get(RecordKinds::person, personId);
    if (!stored)
        return tl::unexpected(stored.error());
    auto map = decode((*stored)->body);
    if (!map)
        return tl::unexpected(map.error());
    auto person = personFromCbor(*map);
    if (!person)
        return tl::unexpected(person.error());
    const RegisterTransition step { RecordStore::newId(), personId, state.status, to, endReason, reason,
        m_office.user().login, m_office.clock().nowUtc() };
    NIGRAN_TRY(m_office.records().put(RecordKinds::transition,
        { step.id, state.district, { personId }, encode(transitionToCbor(step)) }, m_office.user().login,
        QStringLiteral("create")));
    const QString detail
        = QStringLiteral("%1 -> %2").arg(RegisterWorkflow::key(state.status), RegisterWorkflow::key(to));
    NIGRAN_TRY(m_office.records().put(RecordKinds::person, PersonRepository::row(*person, to, seal),
        m_office.user().login, seal ? QStringLiteral("seal") : QStringLiteral("transition"), detail));
    return tx->commit();
}

Result<PersonFile> RegisterService::viewPerson(const QString &personId, const QString &purpose)
{
    NIGRAN_TRY(m_office.require(Action::ViewRecord));
    auto state = entryState(personId);
    if (!state)
        return tl::unexpected(state.error());
    if (state->sealed)
        NIGRAN_TRY(m_office.require(Action::ViewSealedRecord));
    RecordStore &records = m_office.records();
    auto stored = records.get(RecordKinds::person, personId);
    if (!stored)
        return tl::unexpected(stored.error());
    auto personMap = decode((*stored)->body);
    if (!personMap)
        return tl::unexpected(personMap.error());
    auto person = personFromCbor(*personMap);
    if (!person)
        return tl::unexpected(person.error());

    PersonFile file;
    file.person = *person;
    file.status = state->status;
    file.sealed = state->sealed;
    const auto load = [&](const RecordKind &kind, auto &target, auto decoder) -> Result<> {
        auto rows = records.forPerson(kind, personId);
        if (!rows)
            return tl::unexpected(rows.error());
        using Record = typename std::decay_t<decltype(target)>::value_type;
        auto decoded = decodeAll<Record>(*rows, decoder);
        if (!decoded)
            return tl::unexpected(decoded.error());
        target = *decoded;
        return {};
    };
    NIGRAN_TRY(
        load(RecordKinds::caseRecord, file.cases, [](const QCborMap &m) { return caseRecordFromCbor(m); }));
    NIGRAN_TRY(load(RecordKinds::charge, file.charges, [](const QCborMap &m) { return chargeFromCbor(m); }));
    NIGRAN_TRY(load(
        RecordKinds::conviction, file.convictions, [](const QCborMap &m) { return convictionFromCbor(m); }));
    NIGRAN_TRY(load(RecordKinds::sentence, file.sentences, sentenceFromCbor));
    NIGRAN_TRY(load(
        RecordKinds::custodyEvent, file.custody, [](const QCborMap &m) { return custodyEventFromCbor(m); }));
    NIGRAN_TRY(load(RecordKinds::monitoringOrder, file.monitoringOrders,
        [](const QCborMap &m) { return monitoringOrderFromCbor(m); }));
    auto transitions = records.forPerson(RecordKinds::transition, personId);
    if (!transitions)
        return tl::unexpected(transitions.error());
    for (const StoredRecord &row : *transitions) {
        auto map = decode(row.body);
        if (!map)
            return tl::unexpected(map.error());
        auto step = transitionFromCbor(row.id, personId, *map);
        if (!step)
            return tl::unexpected(step.error());
        file.history << *step;
    }
    auto release = m_office.database().cached("SELECT expected_release FROM persons WHERE id = ?");
    if (!release)
        return tl::unexpected(release.error());
    (*release)->bindAll(personId);
    if ((*release)->step().value_or(false))
        file.expectedRelease = (*release)->date(0);
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("view"),
        QString::fromLatin1(RecordKinds::person.table), personId, purpose));
    return file;
}

Result<> RegisterService::recordExport(
    const QString &personId, const QString &report, const QString &destination)
{
    NIGRAN_TRY(m_office.require(Action::ExportReport));
    if (!personId.isEmpty()) {
        auto state = entryState(personId);
        if (!state)
            return tl::unexpected(state.error());
        if (state->sealed)
            NIGRAN_TRY(m_office.require(Action::ViewSealedRecord));
    }
    return m_office.audit()
        .append(m_office.user().login, QStringLiteral("export"), QStringLiteral("persons"), personId,
            QStringLiteral("%1 -> %2").arg(report, destination))
        .map([](const AuditEntry &) {});
}

Result<QList<PersonSummary>> RegisterService::search(
    const PersonQuery &query, const std::optional<PersonPageKey> &after, int limit)
{
    NIGRAN_TRY(m_office.require(query.includeSealed ? Action::ViewSealedRecord : Action::ViewRecord));
    return PersonRepository::search(m_office.database(), query, after, limit);
}

Result<qint64> RegisterService::count(const PersonQuery &query)
{
    NIGRAN_TRY(m_office.require(query.includeSealed ? Action::ViewSealedRecord : Action::ViewRecord));
    return PersonRepository::count(m_office.database(), query);
}

Result<qint64> RegisterService::countUpTo(const PersonQuery &query, qint64 cap)
{
    NIGRAN_TRY(m_office.require(query.includeSealed ? Action::ViewSealedRecord : Action::ViewRecord));
    return PersonRepository::countUpTo(m_office.database(), query, cap);
}

Result<QStringList> RegisterService::districtsInRegister()
{
    NIGRAN_TRY(m_office.require(Action::ViewRecord));
    return PersonRepository::districts(m_office.database());
}

} // namespace Nigran::Models
