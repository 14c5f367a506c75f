// Screenshots of the client for the documentation, rendered offscreen with real fonts (Noto Sans,
// and Noto Nastaliq Urdu for Urdu): the main window, a person's profile (identity) and its sentence
// ledger, in English and in Urdu (right to left). They are written to NIGRAN_SCREENSHOT_DIR when it
// is set; either way each grab must be non-empty and not one flat colour.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "views/personprofileview.h"

#include "itemmodels/personlistmodel.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QListWidget>
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
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
