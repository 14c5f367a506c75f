#include "monitoring/fiximport.h"
#include "monitoring/gpxparser.h"

#include "../common/sampledir.h"
#include "../common/testsupport.h"

#include <QTest>

using namespace Nigran::Models;

class TestGpxParser : public QObject
{
    Q_OBJECT

private slots:
    void phoneLogger();
    void documents_data();
    void documents();
    void malformedFiles_data();
    void malformedFiles();
};

void TestGpxParser::phoneLogger()
{
    const Result<QList<Fix>> fixes = FixImport::importFile(
        Nigran::Testing::monitoringSample(QStringLiteral("gpslogger-lahore.gpx")), QStringLiteral("TAG-7"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 6); // both segments; the waypoint is not a fix
    const Fix &first = fixes->front();
    QCOMPARE(first.deviceId, QStringLiteral("TAG-7"));
    QCOMPARE(first.fixTime, QDateTime(QDate(2026, 3, 14), QTime(5, 0), Qt::UTC));
    QVERIFY(qAbs(first.latitude - 31.5204) < 1e-7);
    QCOMPARE(first.accuracyMetres, 4.0); // the extension wins over hdop
    QCOMPARE(first.speedMps, 0.7);
    QCOMPARE(first.batteryPercent, 80);
    QCOMPARE(first.strap, StrapState::Closed);
    QCOMPARE(fixes->back().fixTime, QDateTime(QDate(2026, 3, 14), QTime(5, 5), Qt::UTC));
}

void TestGpxParser::documents_data()
{
    QTest::addColumn<QByteArray>("gpx");
    QTest::addColumn<int>("count"); // -1: error
    QTest::addColumn<QString>("problem");
    const QByteArray head
        = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
          "<trk><trkseg>\n";
    const QByteArray tail = "</trkseg></trk></gpx>\n";
    QTest::addRow("minimal") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T05:00:00Z</time></trkpt>\n"
            + tail << 1 << QString();
    QTest::addRow("offset time") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T10:00:00+05:00</time></trkpt>\n"
            + tail << 1 << QString();
    QTest::addRow("hdop") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T05:00:00Z</time><hdop>2</hdop></trkpt>\n"
            + tail << 1 << QString();
    QTest::addRow("no tracks") << QByteArray("<gpx version=\"1.1\"><wpt lat=\"1\" lon=\"2\"/></gpx>") << 0
                               << QString();
    QTest::addRow("no time") << head + "<trkpt lat=\"33.7\" lon=\"73.05\"></trkpt>\n" + tail << -1
                             << QStringLiteral("no <time>");
    QTest::addRow("local time") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T05:00:00</time></trkpt>\n"
            + tail << -1 << QStringLiteral("zone");
    QTest::addRow("lon out of range")
        << head + "<trkpt lat=\"33.7\" lon=\"273.05\"><time>2026-03-14T05:00:00Z</time></trkpt>\n" + tail
        << -1 << QStringLiteral("lon");
    QTest::addRow("missing lat") << head + "<trkpt lon=\"73.05\"><time>2026-03-14T05:00:00Z</time></trkpt>\n"
            + tail << -1 << QStringLiteral("lat");
    QTest::addRow("backwards") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T05:00:00Z</time></trkpt>\n"
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T04:59:00Z</time></trkpt>\n"
            + tail << -1 << QStringLiteral("earlier");
    QTest::addRow("not gpx") << QByteArray("<kml></kml>") << -1 << QStringLiteral("<gpx>");
    QTest::addRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"aaaa\">]><gpx/>")
                         << -1 << QStringLiteral("DTD");
    QTest::addRow("bad battery") << head
            + "<trkpt lat=\"33.7\" lon=\"73.05\"><time>2026-03-14T05:00:00Z</time>"
            + "<extensions><battery>140</battery></extensions></trkpt>\n"
            + tail << -1 << QStringLiteral("battery");
}

void TestGpxParser::documents()
{
    QFETCH(QByteArray, gpx);
    QFETCH(int, count);
    QFETCH(QString, problem);
    const Result<QList<Fix>> fixes = GpxParser::parse(gpx, QStringLiteral("t.gpx"), QStringLiteral("T"));
    if (count >= 0) {
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(fixes->size(), count);
        if (count > 0) {
            QCOMPARE(fixes->front().fixTime, QDateTime(QDate(2026, 3, 14), QTime(5, 0), Qt::UTC));
            QCOMPARE(fixes->front().fixTime.timeSpec(), Qt::UTC);
        }
    } else {
        QVERIFY(!fixes);
        QVERIFY2(fixes.error().message.startsWith(QStringLiteral("t.gpx, line ")),
            qPrintable(fixes.error().message));
        QVERIFY2(fixes.error().message.contains(problem), qPrintable(fixes.error().message));
    }
}

void TestGpxParser::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::addRow("bad time") << QStringLiteral("gpx-bad-time.gpx") << QStringLiteral("ISO 8601");
    QTest::addRow("truncated") << QStringLiteral("gpx-truncated.gpx") << QStringLiteral("XML");
    QTest::addRow("bad lat") << QStringLiteral("gpx-bad-lat.gpx") << QStringLiteral("lat");
}

void TestGpxParser::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    const Result<QList<Fix>> fixes
        = FixImport::importFile(Nigran::Testing::monitoringSample(file), QStringLiteral("T"));
    QVERIFY(!fixes);
    QVERIFY2(fixes.error().message.startsWith(file + QStringLiteral(", line ")),
        qPrintable(fixes.error().message));
    QVERIFY2(fixes.error().message.contains(problem), qPrintable(fixes.error().message));
}

QTEST_GUILESS_MAIN(TestGpxParser)
#include "tst_gpxparser.moc"
