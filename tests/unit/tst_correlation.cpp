// Crime-scene correlation on a constructed scene with a known answer: one subject per class and
// reason, and the boundaries between them (exactly at the radius, accuracy just reaching, a gap just
// long enough or just too short, the window's edges, no data, far away).

#include "../common/testsupport.h"

#include "monitoring/crimescenecorrelator.h"
#include "monitoring/fixstore.h"
#include "monitoring/geo.h"
#include "monitoring/synthetictrack.h"
#include "security/securebytes.h"
#include "store/database.h"
#include "store/migrator.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>
#include <optional>

using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

/// The scene: 200 m around a point in Lahore, 10:00–12:00 UTC.
constexpr double SceneLat = 31.5204;
constexpr double SceneLon = 74.3587;
/// Positions are built on the codec's 10⁻⁷ degree grid so that stored fixes are exactly where the test
/// put them: `north(k)` is k grid steps due north of the scene.
double north(qint64 k)
{
    return double(std::llround(SceneLat * 1e7) + k) / 1e7;
}
/// About 200 m: exactly the distance of the grid point 17,986 steps north.
const double Radius = Geo::distanceMetres(north(17986), SceneLon, SceneLat, SceneLon);
const QDateTime WindowStart = QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC);
constexpr qint64 WindowSeconds = 7200;
/// Subjects' fixes run from 90 min before the window to 90 min after it unless a case says otherwise.
constexpr qint64 SpanFrom = -5400;
constexpr qint64 SpanTo = WindowSeconds + 5400;
constexpr double Speed = 120 / 3.6; // the correlator's default

Fix fixAt(const QString &device, qint64 t, double east, double north, double accuracy = 5)
{
    Fix f;
    f.deviceId = device;
    f.fixTime = WindowStart.addSecs(t);
    f.latitude = SceneLat;
    f.longitude = SceneLon;
    Geo::offsetMetres(f.latitude, f.longitude, east, north);
    f.accuracyMetres = accuracy;
    f.batteryPercent = 70;
    f.strap = StrapState::Closed;
    return f;
}

double distanceToScene(const Fix &f)
{
    return Geo::distanceMetres(f.latitude, f.longitude, SceneLat, SceneLon);
}

/// A fix `k` grid steps due north of the scene.
Fix onGrid(const QString &device, qint64 t, qint64 k, double accuracy)
{
    Fix f = fixAt(device, t, 0, 0, accuracy);
    f.latitude = north(k);
    f.longitude = double(std::llround(SceneLon * 1e7)) / 1e7;
    return f;
}

/// Every minute over [from, to) seconds after the window's start at a fixed place.
QList<Fix> still(
    const QString &device, qint64 from, qint64 to, double east, double north, double accuracy = 5)
{
    QList<Fix> out;
    for (qint64 t = from; t < to; t += 60)
        out << fixAt(device, t, east, north, accuracy);
    return out;
}

struct Case
{
    QString device;
    QList<Fix> fixes;
};

/// The subjects. Names say what each is built to show; the expected answers are in the _data rows.
QList<Case> cases()
{
    QList<Case> all;
    const auto add = [&](const char *device, QList<Fix> fixes) {
        all.append({ QString::fromLatin1(device), std::move(fixes) });
    };
    add("inside", still(QStringLiteral("inside"), SpanFrom, SpanTo, 0, 50));
    {
        // Far all along except one fix exactly at the radius (no accuracy given) in the window.
        QList<Fix> fixes = still(QStringLiteral("at-radius"), SpanFrom, SpanTo, 0, 5000);
        fixes.append(onGrid(QStringLiteral("at-radius"), 1830, 17986, -1));
        add("at-radius", fixes);
    }
    {
        // One centimetre outside, accuracy 0, all along: never reaches.
        QList<Fix> fixes;
        for (qint64 t = SpanFrom; t < SpanTo; t += 60)
            fixes << onGrid(QStringLiteral("just-outside"), t, 17987, 0);
        add("just-outside", fixes);
    }
    add("accuracy-reaches", still(QStringLiteral("accuracy-reaches"), SpanFrom, SpanTo, 0, 260, 70));
    add("accuracy-short", still(QStringLiteral("accuracy-short"), SpanFrom, SpanTo, 0, 260, 59));
    {
        // Driving east at 10 m/s through the scene, a fix a minute, none within 300 m of it.
        QList<Fix> fixes;
        for (qint64 t = SpanFrom; t < SpanTo; t += 60)
            fixes << fixAt(QStringLiteral("drives-through"), t, -300 + 10.0 * double(t - 3600), 0);
        add("drives-through", fixes);
    }
    {
        // 10 km north; a gap of 590 s (from 2,940 s) in the window: 2 × 9,795 m at 33.3 m/s takes
        // 587.7 s. The other gap is 585 s.
        QList<Fix> fixes = still(QStringLiteral("gap-long-enough"), SpanFrom, 3000, 0, 10000)
            + still(QStringLiteral("gap-long-enough"), 2940 + 590, SpanTo, 0, 10000);
        add("gap-long-enough", fixes);
        fixes = still(QStringLiteral("gap-too-short"), SpanFrom, 3000, 0, 10000)
            + still(QStringLiteral("gap-too-short"), 2940 + 585, SpanTo, 0, 10000);
        add("gap-too-short", fixes);
    }
    {
        // 10 km north, then a 660 s gap, then 10 km south: through the scene in time (the ellipse).
        QList<Fix> fixes = still(QStringLiteral("gap-north-to-south"), SpanFrom, 3000, 0, 10000)
            + still(QStringLiteral("gap-north-to-south"), 3600, SpanTo, 0, -10000);
        add("gap-north-to-south", fixes);
    }
    {
        // 5 km north; a gap from 20 min before the window to 5 min into it: reachable at its start.
        QList<Fix> fixes = still(QStringLiteral("gap-over-start"), SpanFrom, -1200, 0, 5000)
            + still(QStringLiteral("gap-over-start"), 300, SpanTo, 0, 5000);
        add("gap-over-start", fixes);
        // The same gap ending 5 min before the window: nothing in the window.
        fixes = still(QStringLiteral("gap-before"), SpanFrom, -1500, 0, 5000)
            + still(QStringLiteral("gap-before"), -300, SpanTo, 0, 5000);
        add("gap-before", fixes);
    }
    add("no-data", {});
    add("data-stops-near", still(QStringLiteral("data-stops-near"), SpanFrom, 3600, 0, 2000));
    add("data-starts-far", still(QStringLiteral("data-starts-far"), 3600, SpanTo, 0, 200'000));
    {
        QList<Fix> fixes;
        for (qint64 t = SpanFrom; t < -1800; t += 60)
            fixes << fixAt(QStringLiteral("karachi-until-before"), t, 0, 0);
        for (Fix &f : fixes) {
            f.latitude = 24.8607;
            f.longitude = 67.0011;
        }
        add("karachi-until-before", fixes);
        fixes.clear();
        for (qint64 t = SpanFrom; t < SpanTo; t += 60) {
            Fix f = fixAt(QStringLiteral("karachi-all-day"), t, 0, 0);
            f.latitude = 24.8607 + double(t) * 1e-6;
            f.longitude = 67.0011;
            fixes << f;
        }
        add("karachi-all-day", fixes);
    }
    {
        QList<Fix> fixes = still(QStringLiteral("inside-at-window-end"), SpanFrom, WindowSeconds, 0, 5000);
        fixes << fixAt(QStringLiteral("inside-at-window-end"), WindowSeconds, 0, 0);
        add("inside-at-window-end",
            fixes + still(QStringLiteral("inside-at-window-end"), WindowSeconds + 60, SpanTo, 0, 5000));
        fixes = still(QStringLiteral("inside-at-window-start"), SpanFrom, 0, 0, 5000);
        fixes << fixAt(QStringLiteral("inside-at-window-start"), 0, 30, 0);
        add("inside-at-window-start",
            fixes + still(QStringLiteral("inside-at-window-start"), 60, SpanTo, 0, 5000));
    }
    // Inside only 10 min after the window (after a gap), far during it.
    add("inside-after-window",
        still(QStringLiteral("inside-after-window"), SpanFrom, WindowSeconds + 61, 0, 5000)
            + still(QStringLiteral("inside-after-window"), WindowSeconds + 600, SpanTo, 0, 0));
    // Inside until 10 min before the window (then a gap), far during it.
    add("inside-before-window",
        still(QStringLiteral("inside-before-window"), SpanFrom, -599, 0, 0)
            + still(QStringLiteral("inside-before-window"), -60, SpanTo, 0, 5000));
    add("one-km-away", still(QStringLiteral("one-km-away"), SpanFrom, SpanTo, 1000, 0));
    {
        // 5 km north, a fix every 300 s (gapSeconds: no gap) or every 301 s (a gap each time; there
        // and back takes 2 × 4,795 m / 33.3 m/s = 287.7 s).
        QList<Fix> fixes;
        for (qint64 t = SpanFrom; t < SpanTo; t += 300)
            fixes << fixAt(QStringLiteral("every-300-s"), t, 0, 5000);
        add("every-300-s", fixes);
        fixes.clear();
        for (qint64 t = SpanFrom; t < SpanTo; t += 301)
            fixes << fixAt(QStringLiteral("every-301-s"), t, 0, 5000);
        add("every-301-s", fixes);
    }
    return all;
}

} // namespace

class TestCorrelation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixStore> m_store;
    QHash<QString, CorrelationResult> m_results;
    QHash<QString, QList<Fix>> m_fixes;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("scene.db")),
            SecureBytes::random(Database::KeySize), { .create = true });
        NIGRAN_VERIFY_OK(db);
        m_db = std::make_unique<Database>(std::move(*db));
        NIGRAN_VERIFY_OK(Migrator::migrate(*m_db));
        m_store = std::make_unique<FixStore>(*m_db);
        QList<CorrelationSubject> subjects;
        QList<Fix> everything;
        for (const Case &c : cases()) {
            subjects.append({ QStringLiteral("person-") + c.device, c.device });
            everything += c.fixes;
            m_fixes.insert(c.device, c.fixes);
        }
        NIGRAN_VERIFY_OK(m_store->add(everything));
        CrimeSceneCorrelator correlator(*m_store);
        const auto results = correlator.correlate(
            { SceneLat, SceneLon, Radius, WindowStart, WindowStart.addSecs(WindowSeconds) }, subjects);
        NIGRAN_VERIFY_OK(results);
        QCOMPARE(results->size(), subjects.size());
        for (qsizetype i = 0; i < results->size(); ++i) {
            QCOMPARE((*results)[i].subject.personId, subjects[i].personId); // in the order given
            m_results.insert(subjects[i].deviceId, (*results)[i]);
        }
    }

    void classification_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<ScenePresence>("presence");
        QTest::addColumn<PresenceReason>("reason");
        QTest::addColumn<int>("evidence"); // number of fixes given as evidence
        using P = ScenePresence;
        using R = PresenceReason;
        QTest::addRow("a fix inside") << QStringLiteral("inside") << P::Present << R::FixInside << 10;
        QTest::addRow("a fix exactly at the radius")
            << QStringLiteral("at-radius") << P::Present << R::FixInside << 1;
        QTest::addRow("1 cm outside without accuracy")
            << QStringLiteral("just-outside") << P::Excluded << R::TooFar << 10;
        QTest::addRow("accuracy circle reaches")
            << QStringLiteral("accuracy-reaches") << P::CouldHaveBeen << R::AccuracyOverlaps << 10;
        QTest::addRow("accuracy circle 1 m short")
            << QStringLiteral("accuracy-short") << P::Excluded << R::TooFar << 10;
        QTest::addRow("track passes between fixes")
            << QStringLiteral("drives-through") << P::CouldHaveBeen << R::TrackPasses << 2;
        QTest::addRow("gap just long enough")
            << QStringLiteral("gap-long-enough") << P::CouldHaveBeen << R::GapReachable << 2;
        QTest::addRow("gap just too short")
            << QStringLiteral("gap-too-short") << P::Excluded << R::TooFar << 10;
        QTest::addRow("gap from one side to the other")
            << QStringLiteral("gap-north-to-south") << P::CouldHaveBeen << R::GapReachable << 2;
        QTest::addRow("gap over the window's start")
            << QStringLiteral("gap-over-start") << P::CouldHaveBeen << R::GapReachable << 2;
        QTest::addRow("gap before the window")
            << QStringLiteral("gap-before") << P::Excluded << R::TooFar << 10;
        QTest::addRow("no data") << QStringLiteral("no-data") << P::CouldHaveBeen << R::NoData << 0;
        QTest::addRow("data stops in the window, near")
            << QStringLiteral("data-stops-near") << P::CouldHaveBeen << R::NoData << 1;
        QTest::addRow("data starts in the window, 200 km away")
            << QStringLiteral("data-starts-far") << P::Excluded << R::TooFar << 10;
        QTest::addRow("in Karachi until before the window")
            << QStringLiteral("karachi-until-before") << P::Excluded << R::TooFar << 1;
        QTest::addRow("in Karachi all day")
            << QStringLiteral("karachi-all-day") << P::Excluded << R::TooFar << 10;
        QTest::addRow("inside at the window's end")
            << QStringLiteral("inside-at-window-end") << P::Present << R::FixInside << 1;
        QTest::addRow("inside at the window's start")
            << QStringLiteral("inside-at-window-start") << P::Present << R::FixInside << 1;
        QTest::addRow("inside only after the window")
            << QStringLiteral("inside-after-window") << P::Excluded << R::TooFar << 10;
        QTest::addRow("inside only before the window")
            << QStringLiteral("inside-before-window") << P::Excluded << R::TooFar << 10;
        QTest::addRow("1 km away all along")
            << QStringLiteral("one-km-away") << P::Excluded << R::TooFar << 10;
        QTest::addRow("fixes 300 s apart are no gap")
            << QStringLiteral("every-300-s") << P::Excluded << R::TooFar << 10;
        QTest::addRow("fixes 301 s apart leave gaps")
            << QStringLiteral("every-301-s") << P::CouldHaveBeen << R::GapReachable << 2;
    }

    void classification()
    {
        QFETCH(QString, device);
        QFETCH(ScenePresence, presence);
        QFETCH(PresenceReason, reason);
        QFETCH(int, evidence);
        QVERIFY(m_results.contains(device));
        const CorrelationResult &r = m_results[device];
        QCOMPARE(r.subject.deviceId, device);
        QCOMPARE(int(r.reason), int(reason));
        QCOMPARE(int(r.presence), int(presence));
        QCOMPARE(r.evidence.size(), evidence);
        const QDateTime windowEnd = WindowStart.addSecs(WindowSeconds);
        for (const Fix &f : r.evidence)
            QCOMPARE(f.deviceId, device);
        switch (reason) {
        case PresenceReason::FixInside:
            for (const Fix &f : r.evidence) {
                QVERIFY(distanceToScene(f) <= Radius);
                QVERIFY(f.fixTime >= WindowStart && f.fixTime <= windowEnd);
            }
            QVERIFY(r.closestMetres >= 0 && r.closestMetres <= Radius);
            break;
        case PresenceReason::AccuracyOverlaps:
            for (const Fix &f : r.evidence)
                QVERIFY(distanceToScene(f) - f.accuracyMetres <= Radius);
            break;
        case PresenceReason::TrackPasses:
        case PresenceReason::GapReachable: {
            // The fixes either side, in time order, with nothing stored between them.
            const Fix &p = r.evidence[0];
            const Fix &q = r.evidence[1];
            QVERIFY(p.fixTime < q.fixTime);
            QVERIFY(q.fixTime >= WindowStart && p.fixTime <= windowEnd);
            for (const Fix &f : m_fixes[device])
                QVERIFY(f.fixTime <= p.fixTime || f.fixTime >= q.fixTime);
            const double seconds = p.fixTime.secsTo(q.fixTime);
            if (reason == PresenceReason::GapReachable) {
                QVERIFY(seconds > 300);
                QVERIFY((distanceToScene(p) + distanceToScene(q) - 2 * Radius - p.accuracyMetres
                            - q.accuracyMetres)
                        / Speed
                    <= seconds);
            } else {
                QVERIFY(seconds <= 300);
            }
            break;
        }
        case PresenceReason::NoData:
            break;
        case PresenceReason::TooFar:
            // Closest first, and none of them close enough.
            for (qsizetype i = 0; i < r.evidence.size(); ++i) {
                QVERIFY(distanceToScene(r.evidence[i]) > Radius);
                if (i > 0)
                    QVERIFY(distanceToScene(r.evidence[i - 1]) <= distanceToScene(r.evidence[i]));
            }
            break;
        }
        QVERIFY(!CrimeSceneCorrelator::reasonText(reason).isEmpty());
        QVERIFY(!CrimeSceneCorrelator::presenceName(presence).isEmpty());
    }

    void closestDistance()
    {
        QCOMPARE(m_results[QStringLiteral("no-data")].closestMetres, -1.0);
        QVERIFY(qAbs(m_results[QStringLiteral("one-km-away")].closestMetres - 1000) < 1);
        QVERIFY(qAbs(m_results[QStringLiteral("inside")].closestMetres - 50) < 1);
        QVERIFY(m_results[QStringLiteral("karachi-all-day")].closestMetres > 900'000);
        QCOMPARE(m_results[QStringLiteral("karachi-until-before")].closestMetres, -1.0);
    }

    /// A slower plausible speed turns the just-long-enough gap into an exclusion; a longer look-around
    /// sees the fix before the "data starts" subject's window.
    void settingsMatter()
    {
        CrimeSceneCorrelator::Settings slower;
        slower.maxSpeedMps = 30;
        CrimeSceneCorrelator correlator(*m_store, slower);
        const auto results = correlator.correlate(
            { SceneLat, SceneLon, Radius, WindowStart, WindowStart.addSecs(WindowSeconds) },
            { { QStringLiteral("p1"), QStringLiteral("gap-long-enough") },
                { QStringLiteral("p2"), QStringLiteral("gap-north-to-south") } });
        NIGRAN_VERIFY_OK(results);
        QCOMPARE(int(results->at(0).presence), int(ScenePresence::Excluded));
        QCOMPARE(int(results->at(1).presence), int(ScenePresence::CouldHaveBeen)); // 660 s × 30 m/s ≥ 19.6 km
    }

    /// Synthetic offenders over a week: a scene at one offender's exclusion zone during a known
    /// excursion finds that offender present; the offenders of another city are excluded.
    void syntheticScene()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("synthetic.db")),
            SecureBytes::random(Database::KeySize), { .create = true });
        NIGRAN_VERIFY_OK(db);
        NIGRAN_VERIFY_OK(Migrator::migrate(*db));
        FixStore store(*db);
        const QDateTime from = QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::UTC);
        const QDateTime to = from.addDays(28);
        QList<CorrelationSubject> subjects;
        std::optional<SyntheticTrack::Event> excursion;
        for (int i = 0; i < 12; ++i) {
            SyntheticTrack::Settings settings;
            settings.cityIndex = i < 9 ? 0 : 1; // Lahore, then Karachi
            const SyntheticTrack track(
                QStringLiteral("TAG-93%1").arg(i, 2, 10, QLatin1Char('0')), 11, settings);
            NIGRAN_VERIFY_OK(store.add(track.fixes(from, to)));
            subjects.append({ QStringLiteral("P%1").arg(i), track.deviceId() });
            if (i == 0)
                for (const auto &e : track.events(from, to))
                    if (!excursion && e.kind == SyntheticTrack::EventKind::Excursion)
                        excursion = e;
        }
        QVERIFY2(excursion, "offender 0 makes an excursion in four weeks");
        SyntheticTrack::Settings lahore;
        lahore.cityIndex = 0;
        const SyntheticTrack first(QStringLiteral("TAG-9300"), 11, lahore);
        CrimeSceneCorrelator correlator(store);
        const auto results
            = correlator.correlate({ first.exclusionLatitude(), first.exclusionLongitude(),
                                       SyntheticTrack::ExclusionZoneRadiusMetres,
                                       excursion->start.addSecs(-600), excursion->end.addSecs(600) },
                subjects);
        NIGRAN_VERIFY_OK(results);
        QCOMPARE(int(results->at(0).presence), int(ScenePresence::Present));
        QVERIFY(results->at(0).evidence.size() >= 2);
        for (int i = 9; i < 12; ++i) {
            QCOMPARE(int(results->at(i).presence), int(ScenePresence::Excluded));
            QVERIFY(results->at(i).closestMetres > 900'000);
        }
        // A day later at the same place and time of day nobody was there (the zone is kept clear).
        const auto dayAfter
            = correlator.correlate({ first.exclusionLatitude(), first.exclusionLongitude(),
                                       SyntheticTrack::ExclusionZoneRadiusMetres, excursion->start.addDays(1),
                                       excursion->end.addDays(1) },
                subjects.mid(0, 1));
        NIGRAN_VERIFY_OK(dayAfter);
        QVERIFY(dayAfter->at(0).presence != ScenePresence::Present);
    }

    void invalidScenes_data()
    {
        QTest::addColumn<double>("radius");
        QTest::addColumn<qint64>("windowSeconds");
        QTest::addColumn<QString>("field");
        QTest::addRow("radius 0") << 0.0 << qint64(3600) << QStringLiteral("radius");
        QTest::addRow("radius above 50 km") << 50'001.0 << qint64(3600) << QStringLiteral("radius");
        QTest::addRow("empty window") << 100.0 << qint64(0) << QStringLiteral("window");
        QTest::addRow("reversed window") << 100.0 << qint64(-60) << QStringLiteral("window");
        QTest::addRow("window over 31 days") << 100.0 << qint64(31 * 86400 + 1) << QStringLiteral("window");
    }

    void invalidScenes()
    {
        QFETCH(double, radius);
        QFETCH(qint64, windowSeconds);
        QFETCH(QString, field);
        CrimeSceneCorrelator correlator(*m_store);
        const auto results = correlator.correlate(
            { SceneLat, SceneLon, radius, WindowStart, WindowStart.addSecs(windowSeconds) }, {});
        QVERIFY(!results);
        QCOMPARE(results.error().code, ErrorCode::InvalidInput);
        QVERIFY(results.error().hasField(field));
        // The longest window allowed and the largest radius are fine.
        QVERIFY(
            correlator.correlate({ SceneLat, SceneLon, 50'000, WindowStart, WindowStart.addDays(31) }, {}));
    }
};

QTEST_GUILESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
