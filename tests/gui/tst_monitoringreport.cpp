// The monitoring PDF reports: a track and compliance report of a synthetic offender's day (zones,
// alerts raised by importing the fixes, one of them triaged and closed) and a crime-scene correlation
// report of known results, each written as a real PDF, read back with pdftotext (poppler-utils) for
// the texts a court needs, with a sane page count; the export audited before the file exists; the
// map image rendered offscreen with the scene and track at known pixels; English and Urdu.

#include "../common/monitoringfixture.h"
#include "../common/officefixture.h"
#include "../common/pixelcheck.h"
#include "../common/testsupport.h"

#include "languagemanager.h"
#include "map/scenelayer.h"
#include "reports/monitoringreport.h"

#include "domain/monitoringorder.h"
#include "monitoring/synthetictrack.h"
#include "services/monitoringservice.h"
#include "services/registerservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Gui;
using namespace Nigran::Models;
using namespace Nigran::Testing;

namespace {

const QString Device = QStringLiteral("SYN-TAG-0003");
const QTimeZone Pkt(5 * 3600);

/// Output of a poppler tool, or a null string when it is not installed or fails.
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()) + QLatin1Char(' ');
}

/// The widest image embedded in the PDF (pdfimages -list), in pixels; -1 when none.
int widestImage(const QString &path)
{
    const QStringList lines = runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path })
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int widest = -1;
    for (const QString &line : lines.mid(2)) { // two header lines
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        if (columns.size() > 4)
            widest = std::max(widest, columns[3].toInt());
    }
    return widest;
}

int pageCount(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), { path });
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The text of the PDF with runs of white space made one space (pdftotext wraps table cells).
QString pdfText(const QString &path)
{
    // Without the invisible direction marks the reports put around numbers (BidiText).
    static const QRegularExpression marks(QStringLiteral("[\u200E\u200F\u2066-\u2069]"));
    return runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") })
        .remove(marks)
        .replace(QChar(0xFB01), QStringLiteral("fi")) // ligatures
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .simplified();
}

QString pkt(const QDateTime &utc)
{
    return utc.toTimeZone(Pkt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 exportAudits(Office &office, const QString &report)
{
    auto stmt = office.database().prepare(
        "SELECT count(*) FROM audit_log WHERE action = 'export' AND detail LIKE ?");
    if (!stmt)
        return -1;
    stmt->bindAll(QStringLiteral("%") + report + QStringLiteral("%"));
    return stmt->step().value_or(false) ? stmt->int64(0) : -1;
}

/// With NIGRAN_KEEP_REPORTS set, a copy of the report is kept there to be checked by eye.
void keep(const QString &path, const QString &name)
{
    const QString folder = qEnvironmentVariable("NIGRAN_KEEP_REPORTS");
    if (!folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(name));
        QFile::copy(path, QDir(folder).filePath(name));
    }
}

Fix fixAt(double lat, double lon, const QDateTime &time, double accuracy = 8)
{
    Fix fix;
    fix.deviceId = Device;
    fix.fixTime = time;
    fix.latitude = lat;
    fix.longitude = lon;
    fix.accuracyMetres = accuracy;
    return fix;
}

} // namespace

class TestMonitoringReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trackReport_data();
    void trackReport();
    void correlationReport();
    void mapImageShowsSceneAndTrack();
    void noDestinationWritesNothing();
};

void TestMonitoringReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestMonitoringReport::trackReport_data()
{
    QTest::addColumn<Language>("language");
    QTest::addRow("English") << Language::English;
    QTest::addRow("Urdu") << Language::Urdu;
}

void TestMonitoringReport::trackReport()
{
    QFETCH(Language, language);
    MonitoredOffice office({ Device });
    // A synthetic week with events, its demo zones on the order and the alerts the import raises.
    const SyntheticTrack synthetic(Device, 7);
    const QDateTime from(QDate(2026, 3, 1), QTime(19, 0), QTimeZone::utc()); // midnight PKT
    const QDateTime to = from.addDays(7);
    const QList<Fix> fixes = synthetic.fixes(from, to);
    QVERIFY(fixes.size() > 1000);
    for (const Zone &zone : synthetic.demoZones()) {
        auto created = Zone::create(QString(), 1, zone.kind(), zone.shape(), zone.bufferMetres(),
            zone.schedule(), zone.graceSeconds());
        NIGRAN_VERIFY_OK(created);
        ZoneRecord record { .id = {},
            .personId = office.person.personId,
            .orderId = office.person.orderId,
            .label
            = zone.kind() == ZoneKind::Inclusion ? QStringLiteral("home curfew") : QStringLiteral("school"),
            .retired = false,
            .editedBy = {},
            .reason = {},
            .zone = *created };
        NIGRAN_VERIFY_OK(office.service->saveZone(record));
    }
    NIGRAN_VERIFY_OK(office.service->importFixes(office.person.orderId, fixes));
    AlertQuery query;
    query.personId = office.person.personId;
    query.openOnly = false;
    auto alerts = office.service->alerts(query);
    NIGRAN_VERIFY_OK(alerts);
    auto zones = office.service->zones(office.person.orderId);
    NIGRAN_VERIFY_OK(zones);
    QCOMPARE(zones->size(), 2);

    QList<Zone> zoneShapes;
    QList<Alert> alertList;
    for (const ZoneRecord &zone : *zones)
        zoneShapes << zone.zone;
    for (const AlertRecord &alert : *alerts)
        alertList << alert.alert;
    const QImage map = MonitoringReport::renderMap(QSize(1600, 1200), fixes, zoneShapes, alertList);
    QCOMPARE(map.size(), QSize(1600, 1200));
    if (const QString folder = qEnvironmentVariable("NIGRAN_KEEP_REPORTS"); !folder.isEmpty())
        map.save(QDir(folder).filePath(QStringLiteral("track-map.png")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("track.pdf"));
    RegisterService audit(*office.office);
    const qint64 auditsBefore = exportAudits(*office.office, MonitoringReport::trackReportName());
    NIGRAN_VERIFY_OK(MonitoringReport::writeTrackReport(audit, path, ReportHeader::forOffice(*office.office),
        office.person, from, to, fixes, *alerts, *zones, map, language));
    QVERIFY(widestImage(path) >= 1500); // the map image is in it, at print resolution
    QCOMPARE(exportAudits(*office.office, MonitoringReport::trackReportName()), auditsBefore + 1);
    keep(path,
        language == Language::Urdu ? QStringLiteral("track-report-ur.pdf")
                                   : QStringLiteral("track-report.pdf"));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 2 && pages <= 40, qPrintable(QString::number(pages)));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(Device), qPrintable(text.left(2000)));
    QVERIFY(text.contains(office.person.displayName));
    QVERIFY(text.contains(QStringLiteral("home curfew")));
    QVERIFY(text.contains(pkt(from)));
    if (language == Language::English) {
        QVERIFY(text.contains(QStringLiteral("Electronic monitoring: track and compliance")));
        QVERIFY(text.contains(QStringLiteral("CONFIDENTIAL")));
        QVERIFY(text.contains(QStringLiteral("Compliance")));
        QVERIFY(text.contains(QStringLiteral("Fixes %1").arg(fixes.size())));
        QVERIFY(text.contains(QStringLiteral("Alerts (%1)").arg(alerts->size())));
        if (alerts->isEmpty())
            QVERIFY(text.contains(QStringLiteral("No alert was raised")));
        else
            QVERIFY(text.contains(QStringLiteral("%1 alert(s) were raised").arg(alerts->size())));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    }
}

void TestMonitoringReport::correlationReport()
{
    MonitoredOffice office({ Device });
    const QDateTime from(QDate(2026, 3, 4), QTime(15, 0), QTimeZone::utc());
    const CrimeScene scene { 31.5204, 74.3587, 150, from, from.addSecs(2 * 3600) };
    CorrelationResult present;
    present.subject = { office.person.personId, Device };
    present.presence = ScenePresence::Present;
    present.reason = PresenceReason::FixInside;
    present.closestMetres = 12;
    present.evidence
        = { fixAt(31.5205, 74.3587, from.addSecs(600)), fixAt(31.5204, 74.3588, from.addSecs(660)) };
    CorrelationResult excluded;
    excluded.subject
        = { QStringLiteral("00000000-0000-4000-8000-000000000099"), QStringLiteral("SYN-TAG-0099") };
    excluded.presence = ScenePresence::Excluded;
    excluded.reason = PresenceReason::TooFar;
    excluded.closestMetres = 18'400;
    excluded.evidence = { fixAt(31.6, 74.5, from.addSecs(30)) };
    CorrelationResult could;
    could.subject
        = { QStringLiteral("00000000-0000-4000-8000-000000000098"), QStringLiteral("SYN-TAG-0098") };
    could.presence = ScenePresence::CouldHaveBeen;
    could.reason = PresenceReason::GapReachable;
    could.closestMetres = 2'500;
    could.evidence = { fixAt(31.54, 74.36, from.addSecs(-60)), fixAt(31.54, 74.36, from.addSecs(3000)) };

    const QImage map
        = MonitoringReport::renderMap(QSize(1200, 900), {}, {}, {}, scene, present.evidence + could.evidence);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("correlation.pdf"));
    RegisterService audit(*office.office);
    NIGRAN_VERIFY_OK(
        MonitoringReport::writeCorrelationReport(audit, path, ReportHeader::forOffice(*office.office), scene,
            { excluded, present, could }, map, { office.person }, Language::English));
    QCOMPARE(exportAudits(*office.office, MonitoringReport::correlationReportName()), 1);
    QVERIFY(widestImage(path) >= 1000);
    keep(path, QStringLiteral("correlation-report.pdf"));
    const int pages = pageCount(path);
    QVERIFY2(pages >= 1 && pages <= 10, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Crime-scene correlation")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("31.52040, 74.35870")));
    QVERIFY(text.contains(QStringLiteral("150 m")));
    QVERIFY(text.contains(pkt(scene.from)));
    QVERIFY(text.contains(pkt(scene.to)));
    QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("1/1/1")),
        qPrintable(text.left(1500)));
    QVERIFY(text.contains(office.person.displayName));
    QVERIFY(text.contains(QStringLiteral("Could have been present")));
    QVERIFY(text.contains(QStringLiteral("Excluded")));
    QVERIFY(text.contains(QStringLiteral("18.4 km")));
    // Every evidence fix with its time and position.
    for (const Fix &fix : present.evidence + could.evidence + excluded.evidence) {
        QVERIFY2(text.contains(pkt(fix.fixTime)), qPrintable(pkt(fix.fixTime)));
        QVERIFY(text.contains(
            QStringLiteral("%1, %2").arg(fix.latitude, 0, 'f', 5).arg(fix.longitude, 0, 'f', 5)));
    }
    // Present comes first, then could have been, then excluded.
    const qsizetype evidenceAt = text.indexOf(QStringLiteral("Evidence"));
    QVERIFY(evidenceAt > 0);
    const qsizetype presentAt
        = text.indexOf(office.person.displayName + QStringLiteral(" — Present"), evidenceAt);
    const qsizetype couldAt = text.indexOf(QStringLiteral("— Could have been present"), evidenceAt);
    const qsizetype excludedAt = text.indexOf(QStringLiteral("— Excluded"), evidenceAt);
    QVERIFY(presentAt > 0 && couldAt > presentAt && excludedAt > couldAt);
}

void TestMonitoringReport::mapImageShowsSceneAndTrack()
{
    const QDateTime t0(QDate(2026, 3, 4), QTime(15, 0), QTimeZone::utc());
    const CrimeScene scene { 31.5204, 74.3587, 300, t0, t0.addSecs(3600) };
    const QImage plain = MonitoringReport::renderMap(QSize(800, 600), {}, {}, {}, std::nullopt);
    const QImage withScene = MonitoringReport::renderMap(QSize(800, 600), {}, {}, {}, scene);
    // The scene is centred: the cross at its centre in the scene's colour.
    QVERIFY2(colourDistance(withScene.pixelColor(400, 300), SceneLayer::sceneColour()) < 40,
        qPrintable(withScene.pixelColor(400, 300).name()));
    // The circle's fill tints the pixels inside it, not those far outside.
    const QColor inside = withScene.pixelColor(400 + 20, 300 + 20);
    const QColor outside = withScene.pixelColor(5, 5);
    QVERIFY(colourDistance(inside, outside) > 10);
    QVERIFY(plain != withScene);

    // A straight east–west track through the scene: its pixels differ from the map without it.
    QList<Fix> track;
    for (int i = 0; i <= 20; ++i)
        track << fixAt(31.5204, 74.3487 + 0.001 * i, t0.addSecs(60 * i));
    const QImage withTrack = MonitoringReport::renderMap(QSize(800, 600), track, {}, {}, scene);
    int changed = 0;
    for (int x = 100; x < 700; x += 10)
        changed += colourDistance(withTrack.pixelColor(x, 300), withScene.pixelColor(x, 300)) > 40 ? 1 : 0;
    QVERIFY2(changed > 30, qPrintable(QString::number(changed)));
}

void TestMonitoringReport::noDestinationWritesNothing()
{
    MonitoredOffice office({ Device });
    RegisterService audit(*office.office);
    const qint64 before = auditCount(*office.office, "export");
    const auto none = MonitoringReport::writeTrackReport(audit, QString(),
        ReportHeader::forOffice(*office.office), office.person, {}, {}, {}, {}, {}, QImage());
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::InvalidInput);
    QTemporaryDir dir;
    const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const auto io = MonitoringReport::writeCorrelationReport(
        audit, unwritable, ReportHeader::forOffice(*office.office), {}, {}, QImage());
    QVERIFY(!io);
    QCOMPARE(io.error().code, ErrorCode::Io);
    QVERIFY(!QFileInfo::exists(unwritable));
    QCOMPARE(auditCount(*office.office, "export"), before);
}

QTEST_MAIN(TestMonitoringReport)
#include "tst_monitoringreport.moc"
