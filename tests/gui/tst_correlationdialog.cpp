// The crime-scene correlation dialog on a synthetic scene with a known answer: one monitored person
// with fixes inside the scene during the window (present), one far away throughout (excluded), one
// with no fixes at all (could have been: no data). The scene set by typing and by clicking the map;
// the run in the background; the results table (sortable); the evidence of the selected row on the
// map; the PDF export, audited.

#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "map/mapview.h"
#include "map/scenelayer.h"
#include "monitoring/correlationdialog.h"

#include "domain/monitoringorder.h"
#include "monitoring/crimescenecorrelator.h"
#include "services/monitoringservice.h"
#include "services/registerservice.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QGeoCoordinate SceneCentre(31.5204, 74.3587);
const QDateTime WindowStart(QDate(2026, 3, 4), QTime(15, 0), QTimeZone::utc()); // 20:00 PKT

struct ThreeMonitored : MonitoredOffice
{
    ThreeMonitored()
        : MonitoredOffice({ QStringLiteral("SYN-TAG-0010"), QStringLiteral("SYN-TAG-0011"),
            QStringLiteral("SYN-TAG-0012") }) // near, far, no fixes
    {
        // Near: a fix a minute from an hour before the window to an hour after it, 40 m from the
        // centre. Far: the same, 20 km away.
        for (int i = 0; i < 2; ++i) {
            QList<Fix> fixes;
            const QGeoCoordinate at = SceneCentre.atDistanceAndAzimuth(i == 0 ? 40 : 20'000, 45);
            for (int minute = -60; minute <= 180; ++minute) {
                Fix fix;
                fix.deviceId = people[i].deviceId;
                fix.fixTime = WindowStart.addSecs(60 * minute);
                fix.latitude = at.latitude();
                fix.longitude = at.longitude();
                fix.accuracyMetres = 8;
                fixes << fix;
            }
            if (auto imported = service->importFixes(people[i].orderId, fixes); !imported)
                qFatal("cannot import: %s", qPrintable(imported.error().message));
        }
    }
};

CrimeScene knownScene()
{
    return { SceneCentre.latitude(), SceneCentre.longitude(), 150, WindowStart,
        WindowStart.addSecs(2 * 3600) };
}

int rowOf(CorrelationDialog &dialog, const QString &deviceId)
{
    for (int row = 0; row < dialog.resultsTable()->rowCount(); ++row)
        if (const CorrelationResult *result = dialog.resultAt(row);
            result && result->subject.deviceId == deviceId)
            return row;
    return -1;
}

/// With NIGRAN_SCREENSHOT_DIR set, the widget is saved there as a PNG to be checked by eye.
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("NIGRAN_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QTest::qWait(100); // widgets added to a visible layout show on the next turn of the event loop
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestCorrelationDialog : public QObject
{
    Q_OBJECT

private slots:
    void knownSceneClassification();
    void sceneFromTheForm();
    void invalidSceneShowsError();
};

void TestCorrelationDialog::knownSceneClassification()
{
    ThreeMonitored data;
    CorrelationDialog dialog(*data.service, *data.office);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setScene(knownScene());
    QSignalSpy done(&dialog, &CorrelationDialog::correlated);
    dialog.run();
    QVERIFY(done.wait(120000));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.results().size(), 3);

    const int near = rowOf(dialog, data.people[0].deviceId);
    const int far = rowOf(dialog, data.people[1].deviceId);
    const int none = rowOf(dialog, data.people[2].deviceId);
    QVERIFY(near >= 0 && far >= 0 && none >= 0);
    QCOMPARE(dialog.resultAt(near)->presence, ScenePresence::Present);
    QCOMPARE(dialog.resultAt(far)->presence, ScenePresence::Excluded);
    QCOMPARE(dialog.resultAt(none)->presence, ScenePresence::CouldHaveBeen);
    QCOMPARE(dialog.resultAt(none)->reason, PresenceReason::NoData);
    QTableWidget *table = dialog.resultsTable();
    QCOMPARE(table->item(near, CorrelationDialog::PersonColumn)->text(), data.people[0].displayName);
    QCOMPARE(table->item(near, CorrelationDialog::PresenceColumn)->text(),
        CrimeSceneCorrelator::presenceName(ScenePresence::Present));
    QCOMPARE(table->item(far, CorrelationDialog::ReasonColumn)->text(),
        CrimeSceneCorrelator::reasonText(PresenceReason::TooFar));
    QVERIFY(std::abs(dialog.resultAt(near)->closestMetres - 40) < 5);
    QCOMPARE(table->item(far, CorrelationDialog::DistanceColumn)->text(), QStringLiteral("20.0 km"));

    // Sorted by distance: nearest first, "no fix" last.
    table->sortByColumn(CorrelationDialog::DistanceColumn, Qt::AscendingOrder);
    QCOMPARE(dialog.resultAt(0)->subject.deviceId, data.people[0].deviceId);
    QCOMPARE(dialog.resultAt(1)->subject.deviceId, data.people[1].deviceId);
    QCOMPARE(dialog.resultAt(2)->subject.deviceId, data.people[2].deviceId);

    // Selecting a row shows its evidence on the map, around the scene.
    table->selectRow(0);
    screenshot(&dialog, QStringLiteral("correlation"));
    const QList<Fix> evidence = dialog.sceneLayer()->evidence();
    QVERIFY(!evidence.isEmpty());
    QCOMPARE(evidence.size(), dialog.resultAt(0)->evidence.size());
    for (const Fix &fix : evidence) {
        QVERIFY(fix.fixTime >= knownScene().from && fix.fixTime <= knownScene().to);
        QVERIFY(SceneCentre.distanceTo(QGeoCoordinate(fix.latitude, fix.longitude)) < 150);
    }
    QVERIFY(dialog.mapView()->viewport().visibleGeo().contains(SceneCentre));
    table->clearSelection();
    QVERIFY(dialog.sceneLayer()->evidence().isEmpty());

    // Export: the PDF is written and audited.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("correlation.pdf"));
    const qint64 exports = auditCount(*data.office, "export");
    NIGRAN_VERIFY_OK(dialog.exportPdf(path, Language::English));
    QVERIFY(QFileInfo(path).size() > 10'000);
    QCOMPARE(auditCount(*data.office, "export"), exports + 1);
}

void TestCorrelationDialog::sceneFromTheForm()
{
    ThreeMonitored data;
    CorrelationDialog dialog(*data.service, *data.office);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setScene(knownScene());
    // The window in the form is Pakistan time.
    const CrimeScene scene = dialog.scene();
    QCOMPARE(scene.from, WindowStart);
    QCOMPARE(scene.to, WindowStart.addSecs(2 * 3600));
    QCOMPARE(scene.radiusMetres, 150.0);
    // A click on the map moves the centre there; a drag pans and does not.
    MapView *map = dialog.mapView();
    const QPointF at(map->width() / 2.0 + 40, map->height() / 2.0 - 30);
    const QGeoCoordinate expected = map->viewport().toGeo(at);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QVERIFY(std::abs(dialog.scene().latitude - expected.latitude()) < 1e-4);
    QVERIFY(std::abs(dialog.scene().longitude - expected.longitude()) < 1e-4);
    QVERIFY(dialog.sceneLayer()->centre().distanceTo(expected) < 20);
}

void TestCorrelationDialog::invalidSceneShowsError()
{
    ThreeMonitored data;
    CorrelationDialog dialog(*data.service, *data.office);
    CrimeScene reversed = knownScene();
    std::swap(reversed.from, reversed.to);
    dialog.setScene(reversed);
    QSignalSpy done(&dialog, &CorrelationDialog::correlated);
    dialog.run();
    QVERIFY(done.wait(120000));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.results().isEmpty());
    QCOMPARE(dialog.resultsTable()->rowCount(), 0);
}

QTEST_MAIN(TestCorrelationDialog)
#include "tst_correlationdialog.moc"
