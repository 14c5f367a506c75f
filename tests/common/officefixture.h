#pragma once

// A real office store in a temporary folder with one user per district role, and what tests of
// the register do with it: sign in, enter complete case files, count what was written
// (header-only).

#include "security/clock.h"
#include "security/keywrapper.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"
#include "store/database.h"
#include "store/recordkind.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace Nigran::Testing {

class OfficeFixture
{
public:
    static inline const QString District = QStringLiteral("PB-LHR");
    static inline const QString Password = QStringLiteral("correct horse battery");

    explicit OfficeFixture(QString directory = {})
        : m_clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()))
        , m_directory(directory.isEmpty() ? m_tmp.path() + QStringLiteral("/office") : std::move(directory))
    {
        using namespace Nigran::Models;
        auto admin = Office::create(m_directory,
            { District, QStringLiteral("District Public Prosecutor, Specimen Office"),
                QStringLiteral("admin"), QStringLiteral("Admin Namoona"), Password },
            KdfParams::forTests(), m_clock);
        if (!admin)
            qFatal("cannot create office: %s", qPrintable(admin.error().message));
        for (const auto &[login, role] : { std::pair { "prosecutor", Role::Prosecutor },
                 std::pair { "supervisor", Role::DistrictSupervisor } }) {
            const auto added = (*admin)->addUser(
                { QString::fromLatin1(login), QStringLiteral("%1 Namoona").arg(QString::fromLatin1(login)),
                    role, true },
                Password);
            if (!added)
                qFatal("cannot add user: %s", qPrintable(added.error().message));
        }
    }

    QString directory() const { return m_directory; }
    Nigran::Models::ManualClock &clock() { return m_clock; }

    std::unique_ptr<Nigran::Models::Office> signIn(const QString &login)
    {
        auto office = Nigran::Models::Office::unlock(
            m_directory, login, Password, Nigran::Models::KdfParams::forTests(), m_clock);
        if (!office)
            qFatal("cannot sign in: %s", qPrintable(office.error().message));
        return std::move(*office);
    }

    /// `login` signed in on first use and kept open as long as the fixture: its sessions close before
    /// the office's folder is removed. For a session the test closes itself, use signIn().
    Nigran::Models::Office &session(const QString &login)
    {
        std::unique_ptr<Nigran::Models::Office> &office = m_sessions[login];
        if (!office)
            office = signIn(login);
        return *office;
    }

    /// Creates `count` synthetic people as the prosecutor, each with a case file; returns their ids.
    QStringList addPeople(Nigran::Models::Office &prosecutorOffice, int count, qint64 firstIndex = 0)
    {
        using namespace Nigran::Models;
        RegisterService service(prosecutorOffice);
        SyntheticRegister synthetic;
        QStringList ids;
        for (qint64 i = firstIndex; i < firstIndex + count; ++i) {
            auto id = service.createPerson(synthetic.person(i, District));
            if (!id)
                qFatal("cannot create person: %s", qPrintable(id.error().message));
            ids << *id;
        }
        return ids;
    }

    /// Enters a complete draft entry as the prosecutor: person, case, charge, conviction and sentence
    /// (the synthetic case file of `index`); returns the person's id. With a valid `release`, the
    /// sentence is a three-year term that started three years before it, so that the entry's expected
    /// release is that day.
    QString enterCompleteCase(Nigran::Models::Office &prosecutorOffice, qint64 index, QDate release = {})
    {
        using namespace Nigran::Models;
        RegisterService service(prosecutorOffice);
        SyntheticRegister synthetic;
        auto id = service.createPerson(synthetic.person(index, District));
        if (!id)
            qFatal("cannot create person: %s", qPrintable(id.error().message));
        SyntheticCaseFile file = synthetic.caseFile(index, *id, District);
        if (release.isValid()) {
            const QDate start = release.addYears(-3);
            file.caseRecord.firDate = start.addDays(-200);
            file.caseRecord.statusHistory = { { file.caseRecord.firDate, CaseStatus::FirRegistered, {} } };
            file.conviction.judgmentDate = start;
            file.sentence.startDate = start;
            file.sentence.preTrialCustodyDays = 0;
            SentenceComponent &component = file.sentence.components.first();
            component.term = { 3, 0, 0 };
            component.fineRupees = 0;
            component.defaultTerm = {};
        }
        auto caseId = service.saveCase(*id, file.caseRecord);
        if (!caseId)
            qFatal("cannot save case: %s", qPrintable(caseId.error().message));
        file.charge.caseId = *caseId;
        file.conviction.caseId = *caseId;
        if (const auto charge = service.saveCharge(file.charge); !charge)
            qFatal("cannot save charge: %s", qPrintable(charge.error().message));
        auto convictionId = service.saveConviction(file.conviction);
        if (!convictionId)
            qFatal("cannot save conviction: %s", qPrintable(convictionId.error().message));
        file.sentence.convictionId = *convictionId;
        const auto ledger = service.saveSentence(*id, file.sentence);
        if (!ledger)
            qFatal("cannot save sentence: %s", qPrintable(ledger.error().message));
        if (release.isValid() && ledger->expectedRelease() != release)
            qFatal("the entry is released on another day");
        return *id;
    }

private:
    QTemporaryDir m_tmp;
    Nigran::Models::ManualClock m_clock;
    QString m_directory;
    /// Last, so that the sessions close before the clock and the folder go.
    std::map<QString, std::unique_ptr<Nigran::Models::Office>> m_sessions;
};

/// The number `sql` selects (a count), or -1 when the query fails.
inline qint64 count(Nigran::Models::Office &office, std::string_view sql)
{
    return office.database().queryInt(sql).value_or(-1);
}

/// How many audit entries `office` holds for `action` ("login", "add-user", …), or -1.
inline qint64 auditCount(Nigran::Models::Office &office, const char *action)
{
    auto stmt = office.database().prepare("SELECT count(*) FROM audit_log WHERE action = ?");
    stmt->bindAll(QString::fromLatin1(action));
    return stmt->step().value_or(false) ? stmt->int64(0) : -1;
}

/// What a save writes: rows in the record tables, outbox entries and audit entries. A save that
/// fails must leave all three as they were.
struct WriteCounts
{
    qint64 rows, outbox, audit;
    friend bool operator==(const WriteCounts &, const WriteCounts &) = default;
};

inline WriteCounts writeCounts(Nigran::Models::Office &office)
{
    qint64 rows = 0;
    for (const Nigran::Models::RecordKind *kind : Nigran::Models::RecordKinds::all)
        rows += count(office, std::string("SELECT count(*) FROM ") + kind->table);
    return { rows, count(office, "SELECT count(*) FROM outbox"),
        count(office, "SELECT count(*) FROM audit_log") };
}

} // namespace Nigran::Testing
