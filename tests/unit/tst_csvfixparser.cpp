#include "monitoring/csvfixparser.h"
#include "monitoring/fiximport.h"

#include "../common/sampledir.h"
#include "../common/testsupport.h"

#include <QTest>

using namespace Nigran::Models;

class TestCsvFixParser : public QObject
{
    Q_OBJECT

private slots:
    void gpsLoggerLayout();
    void documentedColumnsWithQuotes();
    void rows_data();
    void rows();
    void malformedFiles_data();
    void malformedFiles();
};

void TestCsvFixParser::gpsLoggerLayout()
{
    const Result<QList<Fix>> fixes
        = FixImport::importFile(Nigran::Testing::monitoringSample(QStringLiteral("gpslogger-islamabad.csv")),
            QStringLiteral("TAG-9"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 5);
    QCOMPARE(fixes->front().deviceId, QStringLiteral("TAG-9"));
    QCOMPARE(fixes->front().accuracyMetres, 6.0);
    QCOMPARE(fixes->front().speedMps, 1.4);
    QCOMPARE(fixes->front().batteryPercent, 90);
    QVERIFY(qAbs(fixes->front().latitude - 33.6844) < 1e-7);
    QCOMPARE(fixes->at(1).fixTime, QDateTime(QDate(2026, 3, 14), QTime(5, 0, 30), Qt::UTC));
}

void TestCsvFixParser::documentedColumnsWithQuotes()
{
    const Result<QList<Fix>> fixes = FixImport::importFile(
        Nigran::Testing::monitoringSample(QStringLiteral("nigran-columns.csv")), QStringLiteral("OTHER"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 4); // the quoted notes span two lines each
    QCOMPARE(fixes->front().deviceId, QStringLiteral("TAG-0042"));
    QCOMPARE(fixes->front().speedMps, 1.0); // 3.6 km/h
    QCOMPARE(fixes->at(2).source, FixSource::Cell);
    QCOMPARE(fixes->at(3).strap, StrapState::Open);
    QCOMPARE(fixes->at(0).deviceTime, fixes->at(0).fixTime);
}

void TestCsvFixParser::rows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("problem"); // for count -1: the error starts "t.csv, line N:" with problem
    QTest::addRow("minimal") << QByteArray("fix_time,lat,lon\n2026-03-14T05:00:00Z,31.5,74.3\n") << 1
                             << QString();
    QTest::addRow("bom, crlf, any order and case")
        << QByteArray("\xEF\xBB\xBFLON,Lat,Time\r\n74.3,31.5,2026-03-14T05:00:00Z\r\n") << 1 << QString();
    QTest::addRow("blank lines") << QByteArray("fix_time,lat,lon\n\n2026-03-14T05:00:00Z,31.5,74.3\n\n") << 1
                                 << QString();
    QTest::addRow("quoted values") << QByteArray(
        "fix_time,lat,lon\n\"2026-03-14T05:00:00Z\",\"31.5\",\"74.3\"\n")
                                   << 1 << QString();
    QTest::addRow("empty optional") << QByteArray(
        "fix_time,lat,lon,battery,accuracy\n2026-03-14T05:00:00Z,31.5,74.3,,\n")
                                    << 1 << QString();
    QTest::addRow("header only") << QByteArray("fix_time,lat,lon\n") << 0 << QString();
    QTest::addRow("empty file") << QByteArray() << -1 << QStringLiteral("line 1: the file is empty");
    QTest::addRow("missing column") << QByteArray("fix_time,lat\n2026-03-14T05:00:00Z,31.5\n") << -1
                                    << QStringLiteral("line 1: the first row must name");
    QTest::addRow("duplicate column")
        << QByteArray("fix_time,lat,lon,latitude\n") << -1 << QStringLiteral("line 1: the column");
    QTest::addRow("short row") << QByteArray("fix_time,lat,lon\n2026-03-14T05:00:00Z,31.5\n") << -1
                               << QStringLiteral("line 2: the row has 2 fields");
    QTest::addRow("no zone") << QByteArray("fix_time,lat,lon\n2026-03-14 05:00:00,31.5,74.3\n") << -1
                             << QStringLiteral("line 2: fix_time");
    QTest::addRow("bad lon") << QByteArray("fix_time,lat,lon\n2026-03-14T05:00:00Z,31.5,east\n") << -1
                             << QStringLiteral("line 2: lon");
    QTest::addRow("bad source") << QByteArray(
        "fix_time,lat,lon,source\n2026-03-14T05:00:00Z,31.5,74.3,radar\n")
                                << -1 << QStringLiteral("line 2: source");
    QTest::addRow("text after quote") << QByteArray("fix_time,lat,lon\n\"2026-03-14T05:00:00Z\"x,31.5,74.3\n")
                                      << -1 << QStringLiteral("line 2: a quote");
    QTest::addRow("line after multi-line field") << QByteArray(
        "fix_time,lat,lon,note\n2026-03-14T05:00:00Z,31.5,74.3,\"a\nb\"\n2026-03-14T05:01:00Z,x,74.3,\n")
                                                 << -1 << QStringLiteral("line 4: lat");
    QTest::addRow("binary") << QByteArray("fix_time,lat,lon\n2026-03-14T05:00:00Z,31.5,74.3\n\x01\x00\x02",
        51) << -1 << QStringLiteral("line 3: the file contains binary");
}

void TestCsvFixParser::rows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, count);
    QFETCH(QString, problem);
    const Result<QList<Fix>> fixes = CsvFixParser::parse(csv, QStringLiteral("t.csv"), QStringLiteral("T"));
    if (count >= 0) {
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(fixes->size(), count);
        if (count > 0) {
            QCOMPARE(fixes->front().latitude, 31.5);
            QCOMPARE(fixes->front().deviceId, QStringLiteral("T"));
        }
    } else {
        QVERIFY(!fixes);
        QVERIFY2(fixes.error().message.startsWith(QStringLiteral("t.csv, ") + problem),
            qPrintable(fixes.error().message));
    }
}

void TestCsvFixParser::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::addRow("bad lat") << QStringLiteral("csv-bad-lat.csv") << 6 << QStringLiteral("lat");
    QTest::addRow("unclosed quote") << QStringLiteral("csv-unclosed-quote.csv") << 6
                                    << QStringLiteral("quote");
    QTest::addRow("missing columns") << QStringLiteral("csv-missing-columns.csv") << 1
                                     << QStringLiteral("fix_time");
    QTest::addRow("non-monotonic") << QStringLiteral("csv-non-monotonic.csv") << 4
                                   << QStringLiteral("earlier");
}

void TestCsvFixParser::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const Result<QList<Fix>> fixes
        = FixImport::importFile(Nigran::Testing::monitoringSample(file), QStringLiteral("T"));
    QVERIFY(!fixes);
    QVERIFY2(fixes.error().message.startsWith(QStringLiteral("%1, line %2: ").arg(file).arg(line)),
        qPrintable(fixes.error().message));
    QVERIFY2(fixes.error().message.contains(problem), qPrintable(fixes.error().message));
}

QTEST_GUILESS_MAIN(TestCsvFixParser)
#include "tst_csvfixparser.moc"
