// The register's core service: the full entry workflow, corrections, duplicates, sealing, and that
// a failed save writes nothing.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "store/database.h"

#include <QTest>

using namespace Nigran::Models;
using namespace Nigran::Testing;

class TestRegisterService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    Office *m_prosecutor = nullptr; ///< m_fixture's session
    Office *m_supervisor = nullptr; ///< m_fixture's session
    SyntheticRegister m_synthetic;

    /// A complete draft entry: person, case, charge, conviction and sentence.
    QString enterCompleteCase(qint64 index) { return m_fixture->enterCompleteCase(*m_prosecutor, index); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        m_prosecutor = &m_fixture->session(QStringLiteral("prosecutor"));
        m_supervisor = &m_fixture->session(QStringLiteral("supervisor"));
    }

    void completeEntryHasItsReleaseDate()
    {
        RegisterService service(*m_prosecutor);
        Person person = m_synthetic.person(1, OfficeFixture::District);
        auto id = service.createPerson(person);
        NIGRAN_VERIFY_OK(id);
        CaseRecord caseRecord;
        caseRecord.firNumber = QStringLiteral("77/2023/SYN");
        caseRecord.firDate = QDate(2023, 1, 10);
        caseRecord.policeStation = QStringLiteral("Specimen Police Station");
        caseRecord.district = OfficeFixture::District;
        caseRecord.court = QStringLiteral("Special Court (Sample)");
        auto caseId = service.saveCase(*id, caseRecord);
        NIGRAN_VERIFY_OK(caseId);
        NIGRAN_VERIFY_OK(service.saveCharge({ {}, *caseId, *id, QStringLiteral("PPC 376"),
            VictimAgeBand::Adult, Gender::Female, Relationship::Acquaintance }));
        auto convictionId = service.saveConviction(
            { {}, *caseId, *id, QDate(2024, 1, 31), QStringLiteral("Special Court (Sample)"),
                { QStringLiteral("PPC 376") }, AppealStatus::None, true });
        NIGRAN_VERIFY_OK(convictionId);
        Sentence sentence;
        sentence.convictionId = *convictionId;
        sentence.startDate = QDate(2024, 1, 31);
        SentenceComponent component;
        component.id = QStringLiteral("1");
        component.kind = SentenceKind::Rigorous;
        component.term = { 10, 1, 0 };
        sentence.components = { component };
        sentence.preTrialCustodyDays = 10;
        auto ledger = service.saveSentence(*id, sentence);
        NIGRAN_VERIFY_OK(ledger);
        // 31 Jan 2024 + 10 y = 31 Jan 2034; + 1 m = 28 Feb 2034 (clamped); − 10 days = 18 Feb 2034.
        QCOMPARE(ledger->expectedRelease().value(), QDate(2034, 2, 18));

        auto file = service.viewPerson(*id, QStringLiteral("test"));
        NIGRAN_VERIFY_OK(file);
        QCOMPARE(file->person.nameLatin, person.nameLatin);
        QCOMPARE(file->cases.size(), 1);
        QCOMPARE(file->charges.size(), 1);
        QCOMPARE(file->convictions.size(), 1);
        QCOMPARE(file->sentences.size(), 1);
        QCOMPARE(file->expectedRelease, QDate(2034, 2, 18));
        QCOMPARE(file->status, RegisterStatus::Draft);
        QCOMPARE(count(*m_prosecutor,
                     "SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'persons'"),
            1);
        QVERIFY(m_prosecutor->audit().verify()->intact);
    }

    void workflowRunsToReleaseAndIsAudited()
    {
        const QString id = enterCompleteCase(2);
        RegisterService supervisor(*m_supervisor);
        RegisterService prosecutor(*m_prosecutor);
        QCOMPARE(prosecutor.transition(id, RegisterStatus::Verified, {}).error().code,
            ErrorCode::PermissionDenied);
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::Verified, {}));
        QCOMPARE(supervisor.transition(id, RegisterStatus::ReleasedMonitored, {}).error().code,
            ErrorCode::IllegalTransition);
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::InCustody, {}));
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::ReleasedMonitored, {}));
        const auto nonCompliant = supervisor.transition(id, RegisterStatus::NonCompliant, {});
        QCOMPARE(nonCompliant.error().code, ErrorCode::InvalidInput);
        QVERIFY(nonCompliant.error().hasField(QStringLiteral("reason")));
        NIGRAN_VERIFY_OK(
            supervisor.transition(id, RegisterStatus::NonCompliant, QStringLiteral("missed reporting")));
        auto file = supervisor.viewPerson(id);
        NIGRAN_VERIFY_OK(file);
        QCOMPARE(file->status, RegisterStatus::NonCompliant);
        QCOMPARE(file->history.size(), 4);
        QCOMPARE(file->history.last().reason, QStringLiteral("missed reporting"));
        QCOMPARE(file->history.last().actor, QStringLiteral("supervisor"));
        QCOMPARE(count(*m_supervisor, "SELECT count(*) FROM audit_log WHERE action = 'transition'"), 4);
    }

    void correctionOfVerifiedEntryNeedsReasonAndKeepsOldValue()
    {
        const QString id = enterCompleteCase(3);
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::Verified, {}));
        RegisterService prosecutor(*m_prosecutor);
        Person person = prosecutor.viewPerson(id)->person;
        const QString oldName = person.nameLatin;
        person.nameLatin = QStringLiteral("Zarqoon Namoona Corrected");
        const auto withoutReason = prosecutor.updatePerson(person);
        QVERIFY(!withoutReason);
        QVERIFY(withoutReason.error().hasField(QStringLiteral("reason")));
        QCOMPARE(prosecutor.viewPerson(id)->person.nameLatin, oldName);
        NIGRAN_VERIFY_OK(prosecutor.updatePerson(person, QStringLiteral("spelling in judgment")));
        QCOMPARE(prosecutor.viewPerson(id)->person.nameLatin, person.nameLatin);
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM revisions"), 1);
        QCOMPARE(count(*m_prosecutor, "SELECT count(*) FROM audit_log WHERE action = 'correct'"), 1);
    }

    void invalidInputSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("missing Latin name") << QStringLiteral("nameLatin");
        QTest::addRow("CNIC too short") << QStringLiteral("cnic");
        QTest::addRow("birth date in the future") << QStringLiteral("birthDate");
    }

    void invalidInputSavesNothing()
    {
        QFETCH(QString, field);
        Person person = m_synthetic.person(4, OfficeFixture::District);
        if (field == QLatin1String("nameLatin"))
            person.nameLatin.clear();
        else if (field == QLatin1String("cnic"))
            person.cnic = QStringLiteral("12345");
        else
            person.birthDate = QDate(2099, 1, 1);
        const WriteCounts before = writeCounts(*m_prosecutor);
        const auto created = RegisterService(*m_prosecutor).createPerson(person);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().hasField(field), qPrintable(created.error().message));
        QVERIFY(!created.error().message.isEmpty());
        QCOMPARE(writeCounts(*m_prosecutor), before);
    }

    void failedMultiRecordSaveWritesNothing()
    {
        // An acquittal recorded with a conviction seals the entry in the same transaction; when the
        // seal is refused (the prosecutor may not seal), the conviction must not be saved either.
        const QString id = enterCompleteCase(5);
        RegisterService prosecutor(*m_prosecutor);
        const PersonFile file = prosecutor.viewPerson(id).value();
        const WriteCounts before = writeCounts(*m_prosecutor);
        Conviction appeal = file.convictions.first();
        appeal.id.clear();
        appeal.appealStatus = AppealStatus::Acquitted;
        appeal.isFinal = true;
        const auto saved = prosecutor.saveConviction(appeal);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(writeCounts(*m_prosecutor), before);
    }

    void wholeEntryIsSavedOrNothing()
    {
        RegisterService service(*m_prosecutor);
        const SyntheticCaseFile file = m_synthetic.caseFile(12, {}, OfficeFixture::District);
        NewRegisterEntry entry { m_synthetic.person(12, OfficeFixture::District), file.caseRecord,
            file.charge, file.conviction, file.sentence };
        entry.sentence.components.clear(); // refused at the last record
        const WriteCounts before = writeCounts(*m_prosecutor);
        NewRegisterEntry::Part failed = NewRegisterEntry::Part::Person;
        const auto refused = service.createEntry(entry, false, &failed);
        QVERIFY(!refused);
        QCOMPARE(failed, NewRegisterEntry::Part::Sentence);
        QCOMPARE(writeCounts(*m_prosecutor), before);

        entry.sentence = file.sentence;
        const auto created = service.createEntry(entry, false, &failed);
        NIGRAN_VERIFY_OK(created);
        const PersonFile saved = service.viewPerson(created->personId).value();
        QCOMPARE(saved.cases.size(), 1);
        QCOMPARE(saved.charges.size(), 1);
        QCOMPARE(saved.convictions.size(), 1);
        QCOMPARE(saved.sentences.size(), 1);
        QCOMPARE(saved.expectedRelease, created->ledger.expectedRelease().value());
    }

    void duplicatesMustBeAcknowledged()
    {
        RegisterService service(*m_prosecutor);
        const Person original = m_synthetic.person(6, OfficeFixture::District);
        NIGRAN_VERIFY_OK(service.createPerson(original));

        Person sameCnic = m_synthetic.person(7, OfficeFixture::District);
        sameCnic.cnic = original.cnic;
        QCOMPARE(service.findDuplicates(sameCnic)->size(), 1);
        QCOMPARE(service.createPerson(sameCnic).error().code, ErrorCode::Duplicate);

        Person similarName = m_synthetic.person(8, OfficeFixture::District);
        similarName.nameLatin = original.nameLatin + QStringLiteral("h"); // one letter off
        similarName.birthDate = original.birthDate;
        QCOMPARE(service.findDuplicates(similarName)->size(), 1);
        QCOMPARE(service.createPerson(similarName).error().code, ErrorCode::Duplicate);
        NIGRAN_VERIFY_OK(service.createPerson(similarName, true));

        Person differentPerson = m_synthetic.person(9, OfficeFixture::District);
        differentPerson.birthDate = original.birthDate;
        differentPerson.nameLatin = QStringLiteral("Completely Other Namoona");
        differentPerson.nameUrdu.clear();
        QVERIFY(service.findDuplicates(differentPerson)->isEmpty());
    }

    void acquittalSealsTheEntry()
    {
        const QString id = enterCompleteCase(10);
        RegisterService supervisor(*m_supervisor);
        NIGRAN_VERIFY_OK(supervisor.transition(id, RegisterStatus::Verified, {}));
        NIGRAN_VERIFY_OK(supervisor.sealOnAcquittal(id, QStringLiteral("Criminal Appeal 12/2026 allowed")));
        RegisterService prosecutor(*m_prosecutor);
        QCOMPARE(prosecutor.viewPerson(id).error().code, ErrorCode::PermissionDenied);
        QVERIFY(prosecutor.search({}, std::nullopt, 100)->isEmpty());
        PersonQuery sealedToo;
        sealedToo.includeSealed = true;
        QCOMPARE(supervisor.search(sealedToo, std::nullopt, 100)->size(), 1);
        auto file = supervisor.viewPerson(id, QStringLiteral("legal audit"));
        NIGRAN_VERIFY_OK(file);
        QVERIFY(file->sealed);
        QCOMPARE(file->status, RegisterStatus::Ended);
        Person person = file->person;
        person.marks = QStringLiteral("changed");
        QCOMPARE(supervisor.updatePerson(person, QStringLiteral("x")).error().code, ErrorCode::Sealed);
        QCOMPARE(supervisor.transition(id, RegisterStatus::InCustody, QStringLiteral("x")).error().code,
            ErrorCode::Sealed);
    }

    void searchFindsByNameCnicUrduAndFir()
    {
        const QString id = enterCompleteCase(11);
        RegisterService service(*m_prosecutor);
        const Person person = service.viewPerson(id)->person;
        const auto find = [&](const QString &text) {
            PersonQuery query;
            query.text = text;
            return service.search(query, std::nullopt, 10).value();
        };
        QCOMPARE(find(person.nameLatin.left(4).toLower()).size(), 1);
        QCOMPARE(find(person.cnic->left(7)).size(), 1);
        QCOMPARE(find(person.nameUrdu.left(3)).size(), 1);
        QCOMPARE(find(m_synthetic.caseFile(11, id, OfficeFixture::District).caseRecord.firNumber).size(), 1);
        QVERIFY(find(QStringLiteral("nobody at all")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegisterService)
#include "tst_registerservice.moc"
