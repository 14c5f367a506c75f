#include "demooffice.h"

#include "backgroundtask.h"
#include "kdfprovider.h"

#include "client/credentialstore.h"
#include "monitoring/synthetictrack.h"
#include "pki/officebundle.h"
#include "security/clock.h"
#include "security/keyfile.h"
#include "services/monitoringservice.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <optional>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

/// The statuses the demo spreads its people over, in rotation.
enum class DemoStatus
{
    Draft,
    Returned,
    Verified,
    Submitted,
    InCustody,
    Released,
    NonCompliant,
    Absconded,
    Ended,
};

constexpr DemoStatus rotation[] = {
    DemoStatus::Draft,
    DemoStatus::Verified,
    DemoStatus::InCustody,
    DemoStatus::Released,
    DemoStatus::Returned,
    DemoStatus::Released,
    DemoStatus::Submitted,
    DemoStatus::InCustody,
    DemoStatus::Draft,
    DemoStatus::Released,
    DemoStatus::NonCompliant,
    DemoStatus::Absconded,
    DemoStatus::Ended,
};

/// The synthetic tracks of the demo's tags: SyntheticTrack(device id, DemoTagSeed) in Lahore (the demo
/// district). `nigran-centre simulate-tags` moves DEMO-TAG-xxxxx with the same seed and city, so the
/// zones below are where those tags go.
constexpr quint64 DemoTagSeed = 2026;
constexpr int DemoTagCity = 0; // SyntheticTrack::cities()[0]: Lahore

/// The demo zones SyntheticTrack proposes for a tag (a home curfew inclusion zone with a night
/// schedule and an exclusion zone), on the person's order, with the zone ids SyntheticTrack gives them.
Result<> addDemoZones(
    MonitoringService &monitoring, const QString &personId, const QString &orderId, const QString &deviceId)
{
    SyntheticTrack::Settings settings;
    settings.cityIndex = DemoTagCity;
    const SyntheticTrack track(deviceId, DemoTagSeed, settings);
    for (const Zone &zone : track.demoZones()) {
        const bool home = zone.kind() == ZoneKind::Inclusion;
        ZoneRecord record { .id = {},
            .personId = personId,
            .orderId = orderId,
            .label = home ? DemoOffice::tr("home (curfew 21:00–06:00)") : DemoOffice::tr("exclusion zone"),
            .retired = false,
            .editedBy = {},
            .reason = {},
            .zone = zone };
        NIGRAN_TRY(monitoring.saveZone(record));
    }
    return {};
}

/// Enters one person with a full case file as the prosecutor and moves the entry along the
/// workflow as the supervisor.
Result<> enterPerson(RegisterService &prosecutor, RegisterService &supervisor, MonitoringService &monitoring,
    const SyntheticRegister &synthetic, qint64 index, DemoStatus target)
{
    auto id = prosecutor.createPerson(synthetic.person(index, DemoOffice::District), true);
    if (!id)
        return tl::unexpected(id.error());
    SyntheticCaseFile file = synthetic.caseFile(index, *id, DemoOffice::District);
    auto caseId = prosecutor.saveCase(*id, file.caseRecord);
    if (!caseId)
        return tl::unexpected(caseId.error());
    file.charge.caseId = *caseId;
    file.conviction.caseId = *caseId;
    // SyntheticRegister places some judgments up to ~100 days after "today"; a judgment (and the
    // custody that follows it) must lie in the past.
    const QDate latestJudgment = QDate::currentDate().addDays(-1 - index % 60);
    if (file.conviction.judgmentDate > latestJudgment) {
        file.conviction.judgmentDate = latestJudgment;
        file.sentence.startDate = latestJudgment;
    }
    NIGRAN_TRY(prosecutor.saveCharge(file.charge));
    auto convictionId = prosecutor.saveConviction(file.conviction);
    if (!convictionId)
        return tl::unexpected(convictionId.error());
    file.sentence.convictionId = *convictionId;
    NIGRAN_TRY(prosecutor.saveSentence(*id, file.sentence));

    const QString demoReason = DemoOffice::tr("Demonstration data");
    switch (target) {
    case DemoStatus::Draft:
        return {};
    case DemoStatus::Returned:
        return supervisor.transition(*id, RegisterStatus::Returned,
            DemoOffice::tr("Demonstration: please check the sentence details"));
    default:
        break;
    }
    NIGRAN_TRY(supervisor.transition(*id, RegisterStatus::Verified, {}));
    if (target == DemoStatus::Verified)
        return {};
    if (target == DemoStatus::Submitted)
        return supervisor.transition(*id, RegisterStatus::Submitted, {});

    const QDate admitted = file.conviction.judgmentDate;
    NIGRAN_TRY(prosecutor.recordCustody(
        { {}, *id, CustodyKind::Admission, admitted, QStringLiteral("Specimen Central Jail"), demoReason }));
    NIGRAN_TRY(supervisor.transition(*id, RegisterStatus::InCustody, {}));
    if (target == DemoStatus::InCustody)
        return {};

    const QDate today = QDate::currentDate();
    const QDate released = std::clamp(today.addDays(-30 - index % 700), admitted.addDays(1), today);
    NIGRAN_TRY(supervisor.recordCustody(
        { {}, *id, CustodyKind::Release, released, QStringLiteral("Specimen Central Jail"), demoReason }));
    MonitoringOrder order;
    order.personId = *id;
    order.startDate = released;
    order.endDate = released.addYears(5);
    order.deviceId = QStringLiteral("DEMO-TAG-%1").arg(index, 5, 10, QLatin1Char('0'));
    order.reportingFrequencyDays = 30;
    order.status = MonitoringStatus::Active;
    auto orderId = supervisor.saveMonitoringOrder(order);
    if (!orderId)
        return tl::unexpected(orderId.error());
    NIGRAN_TRY(addDemoZones(monitoring, *id, *orderId, order.deviceId));
    NIGRAN_TRY(supervisor.transition(*id, RegisterStatus::ReleasedMonitored, {}));
    switch (target) {
    case DemoStatus::NonCompliant:
        return supervisor.transition(
            *id, RegisterStatus::NonCompliant, DemoOffice::tr("Demonstration: missed a reporting date"));
    case DemoStatus::Absconded:
        return supervisor.transition(*id, RegisterStatus::Absconded,
            DemoOffice::tr("Demonstration: not found at the registered address"));
    case DemoStatus::Ended:
        return supervisor.transition(*id, RegisterStatus::Ended,
            DemoOffice::tr("Demonstration: term expired"), EndReason::TermExpired);
    default:
        return {};
    }
}

} // namespace

QString DemoOffice::directoryIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("demo"));
}

Result<> DemoOffice::create(
    const QString &directory, int people, const KdfParams &kdf, const Clock &clock, const Progress &progress)
{
    {
        auto admin = Office::create(directory,
            { District, tr("District Public Prosecutor, Lahore (DEMO, synthetic data)"), AdminLogin,
                tr("Demo Administrator"), Password },
            kdf, clock);
        if (!admin)
            return tl::unexpected(admin.error());
        NIGRAN_TRY(
            (*admin)->addUser({ ProsecutorLogin, tr("Demo Prosecutor"), Role::Prosecutor, true }, Password));
        NIGRAN_TRY((*admin)->addUser(
            { SupervisorLogin, tr("Demo Supervisor (DPP)"), Role::DistrictSupervisor, true }, Password));
        (*admin)->recordLock();
    }
    auto prosecutorOffice = Office::unlock(directory, ProsecutorLogin, Password, kdf, clock);
    if (!prosecutorOffice)
        return tl::unexpected(prosecutorOffice.error());
    auto supervisorOffice = Office::unlock(directory, SupervisorLogin, Password, kdf, clock);
    if (!supervisorOffice)
        return tl::unexpected(supervisorOffice.error());
    RegisterService prosecutor(**prosecutorOffice);
    RegisterService supervisor(**supervisorOffice);
    MonitoringService monitoring(**supervisorOffice);
    const SyntheticRegister synthetic(2026, QDate::currentDate());
    for (int index = 0; index < people; ++index) {
        NIGRAN_TRY(enterPerson(
            prosecutor, supervisor, monitoring, synthetic, index, rotation[index % std::size(rotation)]));
        if (progress)
            progress(index + 1, people);
    }
    (*prosecutorOffice)->recordLock();
    (*supervisorOffice)->recordLock();
    return {};
}

Result<> DemoOffice::createWithProgress(const QString &directory, int people, const Clock &clock)
{
    QProgressDialog dialog(
        tr("Creating the demonstration office with %n synthetic person(s)…", nullptr, people), QString(), 0,
        people);
    dialog.setWindowTitle(tr("Nigran demo"));
    dialog.setCancelButton(nullptr);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAccessibleName(tr("Demo office progress"));
    dialog.show();

    std::atomic<int> done { 0 };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] { dialog.setValue(done.load()); });
    poll.start(100);

    QEventLoop loop;
    std::optional<Result<>> outcome;
    const auto worker = runInBackground(
        &loop,
        [&, directory, people] {
            return create(
                directory, people, KdfProvider::params(), clock, [&](int count, int) { done.store(count); });
        },
        [&](Result<> result) {
            outcome = std::move(result);
            loop.quit();
        });
    loop.exec();
    if (worker)
        worker->wait();
    return outcome.value_or(Result<>());
}

Result<QString> DemoOffice::officeId(const QString &directory)
{
    auto keyFile = KeyFile::load(Office::keyFilePath(directory));
    if (!keyFile)
        return tl::unexpected(keyFile.error());
    return keyFile->officeId();
}

Result<bool> DemoOffice::enrolIfNeeded(
    const QString &directory, const QByteArray &bundle, const QString &bundlePassword, const Clock &clock)
{
    auto office = Office::unlock(directory, AdminLogin, Password, KdfProvider::params(), clock);
    if (!office)
        return tl::unexpected(office.error());
    auto enrolled = Sync::CredentialStore::isEnrolled(**office);
    if (!enrolled)
        return tl::unexpected(enrolled.error());
    if (*enrolled)
        return false;
    auto credentials = Sync::OfficeBundle::read(bundle, bundlePassword, clock.nowUtc());
    if (!credentials)
        return tl::unexpected(credentials.error());
    NIGRAN_TRY(Sync::CredentialStore::enrol(**office, *credentials));
    return true;
}

QString DemoOffice::credentialsNotice(const QString &directory)
{
    return tr(
        "Nigran DEMO office: synthetic data only. Every person in it is fictional (surname \"Namoona\", "
        "CNICs starting with 9, FIR numbers ending in /SYN).\n"
        "  folder:   %1\n"
        "  logins:   %2 (office administrator), %3 (prosecutor), %4 (district supervisor)\n"
        "  password: %5 (the same for all three; a published demo password, never for real data)\n")
        .arg(QDir::toNativeSeparators(directory), AdminLogin, ProsecutorLogin, SupervisorLogin, Password);
}

} // namespace Nigran::Gui
