// Screenshots of the client for the documentation, rendered offscreen with real fonts (Noto Sans,
// and Noto Nastaliq Urdu for Urdu): the main window, a person's profile (identity) and its sentence
// ledger, and the monitoring window (a synthetic tag's last day with its zones and alerts, an alert
// opened from the queue with its evidence, playback half-way with follow mode), in English and in
// Urdu (right to left). They are written to NIGRAN_SCREENSHOT_DIR when it
// is set; either way each grab must be non-empty and not one flat colour.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "map/alertlayer.h"
#include "map/mapview.h"
#include "map/tracklayer.h"
#include "monitoring/alertsqueueview.h"
#include "monitoring/monitoringwindow.h"
#include "monitoring/playbackbar.h"
#include "views/personprofileview.h"

#include "itemmodels/personlistmodel.h"
#include "monitoring/synthetictrack.h"
#include "services/monitoringservice.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <array>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

constexpr QSize WindowSize(1280, 800);

enum class Target
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

constexpr std::array rotation { Target::Draft, Target::Verified, Target::InCustody, Target::Released,
    Target::Returned, Target::Submitted, Target::InCustody, Target::Released, Target::NonCompliant,
    Target::Absconded, Target::Ended, Target::Verified };

bool releasedFamily(Target target)
{
    return target == Target::Released || target == Target::NonCompliant || target == Target::Absconded
        || target == Target::Ended;
}

/// Enters a complete case file (OfficeFixture) and moves the entry along the workflow.
QString enterPerson(OfficeFixture &fixture, int index, Target target, QDate today)
{
    Office &prosecutorOffice = fixture.session(QStringLiteral("prosecutor"));
    RegisterService prosecutor(prosecutorOffice);
    RegisterService supervisor(fixture.session(QStringLiteral("supervisor")));
    // People still held are released in the coming months, the others were released already.
    const QDate release = releasedFamily(target) ? today.addDays(-20 - (index * 37) % 600)
                                                 : today.addDays(5 + (index * 13) % 240);
    const QString id = fixture.enterCompleteCase(prosecutorOffice, index, release);
    const auto check = [&](const Result<> &result) {
        if (!result)
            qFatal("person %d: %s", index, qPrintable(result.error().message));
    };
    const auto checkId = [&](const Result<QString> &result) {
        if (!result)
            qFatal("person %d: %s", index, qPrintable(result.error().message));
    };
    if (target == Target::Draft)
        return id;
    if (target == Target::Returned) {
        check(
            supervisor.transition(id, RegisterStatus::Returned, QStringLiteral("Please check the sentence")));
        return id;
    }
    check(supervisor.transition(id, RegisterStatus::Verified, {}));
    if (target == Target::Verified)
        return id;
    if (target == Target::Submitted) {
        check(supervisor.transition(id, RegisterStatus::Submitted, {}));
        return id;
    }
    const QDate admitted = release.addYears(-3);
    checkId(prosecutor.recordCustody({ {}, id, CustodyKind::Admission, admitted,
        QStringLiteral("Specimen Central Jail"), QStringLiteral("Synthetic") }));
    check(supervisor.transition(id, RegisterStatus::InCustody, {}));
    if (target == Target::InCustody)
        return id;
    checkId(supervisor.recordCustody({ {}, id, CustodyKind::Release, release,
        QStringLiteral("Specimen Central Jail"), QStringLiteral("Synthetic") }));
    MonitoringOrder order;
    order.personId = id;
    order.startDate = release;
    order.endDate = release.addYears(5);
    order.deviceId = QStringLiteral("SYN-TAG-%1").arg(index, 5, 10, QLatin1Char('0'));
    order.reportingFrequencyDays = 30;
    order.status = MonitoringStatus::Active;
    checkId(supervisor.saveMonitoringOrder(order));
    check(supervisor.transition(id, RegisterStatus::ReleasedMonitored, {}));
    if (target == Target::NonCompliant)
        check(supervisor.transition(
            id, RegisterStatus::NonCompliant, QStringLiteral("Missed a reporting date")));
    else if (target == Target::Absconded)
        check(supervisor.transition(
            id, RegisterStatus::Absconded, QStringLiteral("Not found at the registered address")));
    else if (target == Target::Ended)
        check(supervisor.transition(
            id, RegisterStatus::Ended, QStringLiteral("Term expired"), EndReason::TermExpired));
    return id;
}

/// Lets posted layout and font changes settle before a grab.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OfficeFixture> m_fixture;
    std::unique_ptr<LanguageManager> m_languages;
    QString m_personId;
    QString m_monitoredId; ///< the person whose track the monitoring screenshots show
    QString m_shownAlert; ///< the alert opened in them

    /// A synthetic tag's last two days for the first monitored person, with the demo zones; the seed
    /// is the first whose last day has a zone event, so that the shots show alerts.
    void addMonitoringData()
    {
        Office &office = m_fixture->session(QStringLiteral("supervisor"));
        MonitoringService service(office);
        auto people = service.monitoredPeople();
        QVERIFY2(people && !people->isEmpty(), "no monitored people in the fixture");
        const MonitoredPerson person = people->constFirst();
        m_monitoredId = person.personId;
        const QDateTime now = m_fixture->clock().nowUtc();
        const QDateTime from = now.addSecs(-48 * 3600);
        std::optional<SyntheticTrack> track;
        for (quint64 seed = 1; seed < 400 && !track; ++seed) {
            SyntheticTrack candidate(person.deviceId, seed);
            for (const SyntheticTrack::Event &event : candidate.events(now.addSecs(-20 * 3600), now))
                if (event.kind == SyntheticTrack::EventKind::Excursion && event.end < now.addSecs(-3600))
                    track = candidate;
        }
        QVERIFY2(track, "no seed with an excursion on the last day");
        for (const Zone &zone : track->demoZones()) {
            ZoneRecord record;
            record.orderId = person.orderId;
            record.label = zone.kind() == ZoneKind::Inclusion ? QStringLiteral("home (curfew)")
                                                              : QStringLiteral("school");
            record.zone = zone;
            NIGRAN_VERIFY_OK(service.saveZone(record));
        }
        NIGRAN_VERIFY_OK(service.importFixes(person.orderId, track->fixes(from, now)));
        AlertQuery query;
        query.personId = person.personId;
        auto alerts = service.alerts(query);
        NIGRAN_VERIFY_OK(alerts);
        for (const AlertRecord &alert : *alerts)
            if (alert.alert.kind == AlertKind::ZoneEntry && alert.alert.raisedAt > now.addSecs(-24 * 3600))
                m_shownAlert = alert.id;
        QVERIFY2(!m_shownAlert.isEmpty(), "the excursion raised no alert");
        // Some triage history to show.
        NIGRAN_VERIFY_OK(service.triage(m_shownAlert, AlertState::Acknowledged, {}));
        NIGRAN_VERIFY_OK(
            service.addNote(m_shownAlert, QStringLiteral("Tag holder called; says he took a detour.")));
    }

    /// Checks the grab and writes it to NIGRAN_SCREENSHOT_DIR (when set) as `name`.png.
    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QImage image = widget->grab().toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size(), WindowSize);
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        QVERIFY2(varied, qPrintable(name + QStringLiteral(" is one flat colour")));
        const QString directory = qEnvironmentVariable("NIGRAN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));
        QVERIFY2(image.save(QDir(directory).filePath(name + QStringLiteral(".png"))), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            QFontDatabase::families().contains(QStringLiteral("Noto Sans")), "fonts-noto-core is missing");
        QVERIFY(QFontDatabase::families().contains(QLatin1String(LanguageManager::UrduFontFamily)));
        QApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
        // The language manager keeps the font it starts with for English.
        m_languages = std::make_unique<LanguageManager>();

        m_fixture = std::make_unique<OfficeFixture>();
        const QDate today = m_fixture->clock().nowUtc().toOffsetFromUtc(5 * 3600).date();
        for (int index = 0; index < 40; ++index) {
            const QString id = enterPerson(*m_fixture, index, rotation.at(index % rotation.size()), today);
            if (index == 2) // in custody, release ahead: the profile shown
                m_personId = id;
        }
        addMonitoringData();
    }

    void cleanupTestCase()
    {
        m_languages->setLanguage(Language::English);
        m_fixture.reset();
    }

    void screenshots_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("ur") << Language::Urdu;
    }

    void screenshots()
    {
        QFETCH(Language, language);
        m_languages->setLanguage(language);
        if (language == Language::Urdu)
            QVERIFY2(m_languages->hasCatalogue(), "the Urdu catalogue is not compiled into the test");
        const QString suffix = LanguageManager::code(language);
        const Qt::LayoutDirection direction = language == Language::Urdu ? Qt::RightToLeft : Qt::LeftToRight;

        MainWindow window(m_languages.get());
        window.setSession(m_fixture->session(QStringLiteral("supervisor")));
        window.resize(WindowSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.personModel()->rowCount(), 40);
        QCOMPARE(window.layoutDirection(), direction);
        window.personTable()->selectRow(2);
        shoot(&window, QStringLiteral("main-window-%1").arg(suffix));

        window.openProfile(m_personId);
        QCOMPARE(window.sessionWindows().size(), 1);
        auto *profile = qobject_cast<PersonProfileView *>(window.sessionWindows().constFirst());
        QVERIFY(profile);
        QVERIFY(profile->file());
        profile->resize(WindowSize);
        QVERIFY(QTest::qWaitForWindowExposed(profile));
        QCOMPARE(profile->layoutDirection(), direction);
        profile->tabs()->setCurrentIndex(PersonProfileView::IdentityTab);
        shoot(profile, QStringLiteral("profile-identity-%1").arg(suffix));
        profile->tabs()->setCurrentIndex(PersonProfileView::SentencesTab);
        QVERIFY(profile->ledgerList()->count() > 0);
        shoot(profile, QStringLiteral("sentence-ledger-%1").arg(suffix));
        window.clearSession();
    }

    void monitoringScreenshots_data() { screenshots_data(); }

    void monitoringScreenshots()
    {
        QFETCH(Language, language);
        m_languages->setLanguage(language);
        const QString suffix = LanguageManager::code(language);
        const Qt::LayoutDirection direction = language == Language::Urdu ? Qt::RightToLeft : Qt::LeftToRight;
        qint64 ticks = 0;
        MonitoringWindow window(m_fixture->session(QStringLiteral("supervisor")), m_languages.get(), nullptr,
            [&ticks] { return ticks; });
        window.resize(WindowSize);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), direction);
        QVERIFY(window.selectPerson(m_monitoredId));
        QVERIFY(window.fixes().size() > 100);
        QVERIFY(!window.alertLayer()->markers().isEmpty());
        shoot(&window, QStringLiteral("monitoring-track-%1").arg(suffix));

        // The alert opened from the queue: its evidence ringed, the zone outlined, its notes.
        QVERIFY(window.alertsQueue()->selectAlert(m_shownAlert));
        window.alertsQueue()->openSelected();
        QVERIFY(!window.alertLayer()->evidence().isEmpty());
        shoot(&window, QStringLiteral("monitoring-alert-%1").arg(suffix));

        // Playback at 300× half-way through the day's longest trip, following the offender.
        window.showLastDay();
        QVERIFY(window.alertLayer()->evidence().isEmpty());
        const TrackSegment *longest = nullptr;
        for (const TrackSegment &segment : window.segments())
            if (segment.kind == TrackSegment::Kind::Trip
                && (!longest || segment.start.secsTo(segment.end) > longest->start.secsTo(longest->end)))
                longest = &segment;
        QVERIFY(longest);
        window.playback()->setSpeed(300);
        window.playback()->seek(longest->start.addSecs(longest->start.secsTo(longest->end) / 2));
        window.mapView()->setZoom(14);
        window.setFollowing(true);
        window.playback()->play();
        ticks += 4000;
        window.playback()->tick();
        window.playback()->pause();
        QVERIFY(window.trackLayer()->cutOff() < window.to());
        shoot(&window, QStringLiteral("monitoring-playback-%1").arg(suffix));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
