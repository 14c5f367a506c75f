// Role × action matrix (SECURITY.md): each role tries each action through the core API.
// The expected answers are written out here, independently of AccessPolicy, so a wrong policy fails.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "services/monitoringservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

/// Entries in every state an action needs, created by the supervisor.
struct Entries
{
    QString draft, verified, submitted, inCustody, released, sealed;
    QString alert; ///< a new alert of the released entry's monitoring order
};

} // namespace

class TestAccessMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture; ///< the template office, built once
    Entries m_entries;
    QTemporaryDir m_copies;
    int m_copyCount = 0;
    qint64 m_next = 100;

    QString newEntry(
        Office &supervisor, QList<RegisterStatus> path, const QString &reason = QStringLiteral("r"))
    {
        RegisterService service(supervisor);
        auto id = service.createPerson(SyntheticRegister().person(m_next++, OfficeFixture::District));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        for (RegisterStatus to : path)
            if (!service.transition(*id, to, reason))
                qFatal("setup transition failed");
        return *id;
    }

    /// Performs `action` as the signed-in user; returns the core's answer.
    Result<> perform(Office &office, Action action)
    {
        RegisterService service(office);
        const auto plain = [](const auto &result) -> Result<> {
            if (!result)
                return tl::unexpected(result.error());
            return {};
        };
        switch (action) {
        case Action::ViewRecord:
            return plain(service.viewPerson(m_entries.draft));
        case Action::ViewSealedRecord:
            return plain(service.viewPerson(m_entries.sealed));
        case Action::CreateRecord:
            return plain(service.createPerson(SyntheticRegister().person(m_next++, OfficeFixture::District)));
        case Action::EditDraft: {
            Person edited = SyntheticRegister().person(0, OfficeFixture::District);
            edited.id = m_entries.draft;
            return service.updatePerson(edited);
        }
        case Action::CorrectVerified: {
            Person edited = SyntheticRegister().person(1, OfficeFixture::District);
            edited.id = m_entries.verified;
            return service.updatePerson(edited, QStringLiteral("typo"));
        }
        case Action::VerifyEntry:
            return service.transition(m_entries.draft, RegisterStatus::Verified, {});
        case Action::ReturnEntry:
            return service.transition(
                m_entries.draft, RegisterStatus::Returned, QStringLiteral("incomplete"));
        case Action::SubmitEntry:
            return service.transition(m_entries.verified, RegisterStatus::Submitted, {});
        case Action::AcknowledgeEntry:
            return service.transition(m_entries.submitted, RegisterStatus::Acknowledged, {});
        case Action::RecordCustody:
            return plain(service.recordCustody({ {}, m_entries.verified, CustodyKind::Admission,
                QDate(2026, 1, 5), QStringLiteral("Central Jail (Sample)"), {} }));
        case Action::RecordRelease:
            return plain(service.recordCustody({ {}, m_entries.inCustody, CustodyKind::Release,
                QDate(2026, 1, 5), QStringLiteral("Central Jail (Sample)"), {} }));
        case Action::ManageMonitoring:
            return plain(service.saveMonitoringOrder({ {}, m_entries.released, QDate(2026, 2, 1),
                QDate(2031, 2, 1), false, QStringLiteral("TAG-SYN-1"), 30, MonitoringStatus::Active }));
        case Action::ReviewMonitoring:
            return plain(MonitoringService(office).alert(m_entries.alert));
        case Action::TriageAlert:
            return MonitoringService(office).triage(m_entries.alert, AlertState::Acknowledged, {});
        case Action::ChangeCompliance:
            return service.transition(
                m_entries.released, RegisterStatus::NonCompliant, QStringLiteral("missed"));
        case Action::EndEntry:
            return service.transition(m_entries.inCustody, RegisterStatus::Ended,
                QStringLiteral("died in custody"), EndReason::Deceased);
        case Action::SealOnAcquittal:
            return service.sealOnAcquittal(m_entries.verified, QStringLiteral("Appeal 1/2026 allowed"));
        case Action::ExportReport:
            return service.recordExport(
                m_entries.draft, QStringLiteral("register extract"), QStringLiteral("/tmp/x.pdf"));
        case Action::ManageUsers:
            return office.addUser(
                { QStringLiteral("newuser"), QStringLiteral("New Namoona"), Role::Prosecutor, true },
                OfficeFixture::Password);
        case Action::ResetPassword:
            return office.resetPassword(
                QStringLiteral("prosecutor"), QStringLiteral("another long password"));
        case Action::ViewAuditLog:
            return plain(office.readAuditLog(1, 10));
        case Action::VerifyAuditChain:
            return plain(office.verifyAuditChain());
        }
        return fail(ErrorCode::Database, QStringLiteral("action not covered by the test"));
    }

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        // P = prosecutor, S = district supervisor, A = office administrator, C = centre analyst, U = centre
        // auditor
        struct Row
        {
            Action action;
            const char *allowedFor;
        };
        const Row rows[] = {
            { Action::ViewRecord, "PSCU" },
            { Action::ViewSealedRecord, "SU" },
            { Action::CreateRecord, "PS" },
            { Action::EditDraft, "PS" },
            { Action::CorrectVerified, "PS" },
            { Action::VerifyEntry, "S" },
            { Action::ReturnEntry, "SC" },
            { Action::SubmitEntry, "S" },
            { Action::AcknowledgeEntry, "C" },
            { Action::RecordCustody, "PS" },
            { Action::RecordRelease, "S" },
            { Action::ManageMonitoring, "S" },
            { Action::ReviewMonitoring, "SC" },
            { Action::TriageAlert, "S" },
            { Action::ChangeCompliance, "S" },
            { Action::EndEntry, "S" },
            { Action::SealOnAcquittal, "S" },
            { Action::ExportReport, "PSC" },
            { Action::ManageUsers, "A" },
            { Action::ResetPassword, "A" },
            { Action::ViewAuditLog, "SAU" },
            { Action::VerifyAuditChain, "AU" },
        };
        const std::pair<char, const char *> roles[] = {
            { 'P', "prosecutor" },
            { 'S', "supervisor" },
            { 'A', "admin" },
            { 'C', "analyst" },
            { 'U', "auditor" },
        };
        QCOMPARE(std::size(rows), std::size_t(RoleNames::allActions().size()));
        for (const Row &row : rows)
            for (const auto &[letter, login] : roles)
                QTest::addRow("%s may %s %s", login, QByteArray(row.allowedFor).contains(letter) ? "" : "not",
                    qPrintable(RoleNames::key(row.action)))
                    << QString::fromLatin1(login) << int(row.action)
                    << QByteArray(row.allowedFor).contains(letter);
    }

    void initTestCase()
    {
        m_fixture = std::make_unique<OfficeFixture>();
        {
            auto admin = m_fixture->signIn(QStringLiteral("admin"));
            NIGRAN_VERIFY_OK(admin->addUser(
                { QStringLiteral("analyst"), QStringLiteral("Analyst Namoona"), Role::CentreAnalyst, true },
                OfficeFixture::Password));
            NIGRAN_VERIFY_OK(admin->addUser(
                { QStringLiteral("auditor"), QStringLiteral("Auditor Namoona"), Role::CentreAuditor, true },
                OfficeFixture::Password));
        }
        auto supervisor = m_fixture->signIn(QStringLiteral("supervisor"));
        using S = RegisterStatus;
        m_entries.draft = newEntry(*supervisor, {});
        m_entries.verified = newEntry(*supervisor, { S::Verified });
        m_entries.submitted = newEntry(*supervisor, { S::Verified, S::Submitted });
        m_entries.inCustody = newEntry(*supervisor, { S::Verified, S::InCustody });
        m_entries.released = newEntry(*supervisor, { S::Verified, S::InCustody, S::ReleasedMonitored });
        m_entries.sealed = newEntry(*supervisor, { S::Verified });
        NIGRAN_VERIFY_OK(
            RegisterService(*supervisor).sealOnAcquittal(m_entries.sealed, QStringLiteral("Appeal")));
        // A monitoring order with a device and a new alert of it (as the centre would send it).
        auto orderId
            = RegisterService(*supervisor)
                  .saveMonitoringOrder({ {}, m_entries.released, QDate(2026, 2, 1), QDate(2031, 2, 1), false,
                      QStringLiteral("TAG-SYN-9"), 30, MonitoringStatus::Active });
        NIGRAN_VERIFY_OK(orderId);
        AlertRecord alert;
        alert.personId = m_entries.released;
        alert.orderId = *orderId;
        alert.alert.kind = AlertKind::StrapTamper;
        alert.alert.deviceId = QStringLiteral("TAG-SYN-9");
        alert.alert.startedAt = alert.alert.raisedAt = m_fixture->clock().nowUtc();
        alert.id = m_entries.alert = AlertRecord::idFor(alert.alert);
        NIGRAN_VERIFY_OK(supervisor->records().put(RecordKinds::alert,
            { alert.id, OfficeFixture::District, MonitoringCodec::columns(alert),
                MonitoringCodec::encode(alert) },
            QStringLiteral("supervisor"), QStringLiteral("create")));
    }

    void matrix()
    {
        QFETCH(QString, login);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        // Each row works on its own copy of the template office, so rows cannot influence each other.
        const QString copy = m_copies.filePath(QString::number(++m_copyCount));
        QVERIFY(QDir().mkpath(copy));
        for (const QString &file :
            { Office::databasePath(m_fixture->directory()), Office::keyFilePath(m_fixture->directory()) })
            QVERIFY(QFile::copy(file, QDir(copy).filePath(QFileInfo(file).fileName())));
        auto unlocked
            = Office::unlock(copy, login, OfficeFixture::Password, KdfParams::forTests(), m_fixture->clock());
        NIGRAN_VERIFY_OK(unlocked);
        Office *office = unlocked->get();
        const qint64 auditBefore = office->database().queryInt("SELECT count(*) FROM audit_log").value();
        const Result<> answer = perform(*office, Action(action));
        if (allowed) {
            NIGRAN_VERIFY_OK(answer);
            QVERIFY(office->database().queryInt("SELECT count(*) FROM audit_log").value() > auditBefore);
        } else {
            QVERIFY2(!answer, "a refused action went through");
            QCOMPARE(answer.error().code, ErrorCode::PermissionDenied);
            QVERIFY(answer.error().message.contains(RoleNames::displayName(office->user().role)));
            QCOMPARE(office->database().queryInt("SELECT count(*) FROM audit_log").value(), auditBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_accessmatrix.moc"
