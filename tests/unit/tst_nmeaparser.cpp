#include "monitoring/fiximport.h"
#include "monitoring/nmeaparser.h"

#include "../common/sampledir.h"
#include "../common/testsupport.h"

#include <QTest>

using namespace Nigran::Models;

namespace {

QByteArray sentence(const char *body)
{
    unsigned char sum = 0;
    for (const char *p = body; *p; ++p)
        sum ^= static_cast<unsigned char>(*p);
    return QByteArray("$") + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0')
        + "\r\n";
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestNmeaParser : public QObject
{
    Q_OBJECT

private slots:
    void ubloxLog();
    void sirfLogOverMidnight();
    void ggaOnlyRunRollsOverAtMidnight();
    void ggaBeforeFirstRmcIsDatedBack();
    void sentences_data();
    void sentences();
    void malformedFiles_data();
    void malformedFiles();
};

void TestNmeaParser::ubloxLog()
{
    const QString path = Nigran::Testing::monitoringSample(QStringLiteral("ublox-m8-lahore.nmea"));
    const Result<QList<Fix>> fixes = FixImport::importFile(path, QStringLiteral("TAG-0001"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 12); // 3 epochs without a fix skipped; RMC+GGA of an epoch merged
    const Fix &first = fixes->front();
    QCOMPARE(first.deviceId, QStringLiteral("TAG-0001"));
    QCOMPARE(first.fixTime, utc("2026-03-14T04:30:03Z"));
    QVERIFY(qAbs(first.latitude - 31.5204) < 1e-6);
    QVERIFY(qAbs(first.longitude - 74.3587) < 1e-6);
    QVERIFY(qAbs(first.accuracyMetres - 0.98 * Fix::HdopToMetres) < 1e-9);
    QVERIFY(qAbs(first.speedMps - 16.523 * 1852.0 / 3600.0) < 1e-9);
    QCOMPARE(first.source, FixSource::Gps);
    QCOMPARE(fixes->back().fixTime, utc("2026-03-14T04:30:14Z"));
    QVERIFY(fixes->back().longitude > first.longitude);
}

void TestNmeaParser::sirfLogOverMidnight()
{
    const QString path = Nigran::Testing::monitoringSample(QStringLiteral("sirf4-islamabad-midnight.nmea"));
    const Result<QList<Fix>> fixes = FixImport::importFile(path, QStringLiteral("TAG-0002"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 9); // the epoch at 23:59:59 has no fix
    QCOMPARE(fixes->at(0).fixTime, utc("2026-03-14T23:59:55Z"));
    QCOMPARE(fixes->at(3).fixTime, utc("2026-03-14T23:59:58Z"));
    QCOMPARE(fixes->at(4).fixTime, utc("2026-03-15T00:00:00Z"));
    QCOMPARE(fixes->at(8).fixTime, utc("2026-03-15T00:00:04Z"));
    QVERIFY(qAbs(fixes->at(0).accuracyMetres - 1.2 * Fix::HdopToMetres) < 1e-9); // from the GGA before
    QVERIFY(fixes->at(0).hasSpeed()); // from the RMC after
}

void TestNmeaParser::ggaOnlyRunRollsOverAtMidnight()
{
    const QString path = Nigran::Testing::monitoringSample(QStringLiteral("gga-rollover.nmea"));
    const Result<QList<Fix>> fixes = FixImport::importFile(path, QStringLiteral("TAG-0003"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 11);
    QCOMPARE(fixes->at(5).fixTime, utc("2026-03-15T23:59:59Z"));
    QCOMPARE(fixes->at(6).fixTime, utc("2026-03-16T00:00:01Z"));
    QCOMPARE(fixes->back().fixTime, utc("2026-03-16T00:00:09Z"));
}

void TestNmeaParser::ggaBeforeFirstRmcIsDatedBack()
{
    const QByteArray log = sentence("GPGGA,235958.00,3131.22400,N,07421.52200,E,1,08,1.0,210.0,M,-40.0,M,,")
        + sentence("GPGGA,000000.00,3131.22400,N,07421.52200,E,1,08,1.0,210.0,M,-40.0,M,,")
        + sentence("GPRMC,000001.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,A");
    const Result<QList<Fix>> fixes = NmeaParser::parse(log, QStringLiteral("x.nmea"), QStringLiteral("T"));
    NIGRAN_VERIFY_OK(fixes);
    QCOMPARE(fixes->size(), 3);
    QCOMPARE(fixes->at(0).fixTime, utc("2026-03-15T23:59:58Z"));
    QCOMPARE(fixes->at(1).fixTime, utc("2026-03-16T00:00:00Z"));
}

void TestNmeaParser::sentences_data()
{
    QTest::addColumn<QByteArray>("log");
    QTest::addColumn<int>("count"); // -1: an error
    QTest::addColumn<QString>("problem"); // part of the error message

    const QByteArray rmc = sentence("GPRMC,101010.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,A");
    QTest::addRow("rmc") << rmc << 1 << QString();
    QByteArray lowerHex = rmc;
    lowerHex.replace(lowerHex.indexOf('*') + 1, 2, lowerHex.mid(lowerHex.indexOf('*') + 1, 2).toLower());
    QTest::addRow("lower-case hex checksum") << lowerHex << 1 << QString();
    QByteArray damaged = rmc;
    damaged[10] = '9'; // one digit of the time changed in transit
    QTest::addRow("damaged digit") << damaged << -1 << QStringLiteral("adds up to");
    QTest::addRow("glonass and gnss talkers")
        << sentence("GLRMC,101010.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,A")
            + sentence("GNRMC,101011.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,A")
        << 2 << QString();
    QTest::addRow("status V skipped") << sentence("GPRMC,101010.00,V,,,,,,,160326,,,N") << 0 << QString();
    QTest::addRow("mode N skipped") << sentence(
        "GPRMC,101010.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,N")
                                    << 0 << QString();
    QTest::addRow("quality 0 skipped")
        << rmc + sentence("GPGGA,101011.00,,,,,0,00,99.99,,,,,,") << 1 << QString();
    QTest::addRow("empty speed and course")
        << sentence("GPRMC,101010.00,A,3131.22400,N,07421.52200,E,,,160326,,,A") << 1 << QString();
    QTest::addRow("proprietary and other sentences ignored")
        << sentence(
               "PUBX,00,101010.00,3131.22400,N,07421.52200,E,210.0,G3,2.1,2.0,0.1,0.0,0.0,,0.9,1.2,0.8,9,0,0")
            + sentence("GPVTG,,T,,M,0.1,N,0.2,K,A") + rmc
        << 1 << QString();
    QTest::addRow("gga dated by an RMC without a fix")
        << sentence("GPGGA,101009.00,3131.22400,N,07421.52200,E,1,08,1.0,210.0,M,-40.0,M,,")
            + sentence("GPRMC,101010.00,V,,,,,,,160326,,,N")
            + sentence("GPGGA,101011.00,3131.22400,N,07421.52200,E,1,08,1.0,210.0,M,-40.0,M,,")
        << 2 << QString();
    QTest::addRow("blank lines") << QByteArray("\r\n\r\n") + rmc + "\n\n" << 1 << QString();
    QTest::addRow("southern and western")
        << sentence("GPRMC,101010.00,A,3351.22400,S,15112.52200,W,0.1,0.0,160326,,,A") << 1 << QString();
    QTest::addRow("minutes 60") << sentence("GPRMC,101010.00,A,3160.00000,N,07421.52200,E,0.1,0.0,160326,,,A")
                                << -1 << QStringLiteral("latitude");
    QTest::addRow("latitude over 90")
        << sentence("GPRMC,101010.00,A,9100.00000,N,07421.52200,E,0.1,0.0,160326,,,A") << -1
        << QStringLiteral("latitude");
    QTest::addRow("bad hemisphere") << sentence(
        "GPRMC,101010.00,A,3131.22400,X,07421.52200,E,0.1,0.0,160326,,,A")
                                    << -1 << QStringLiteral("latitude");
    QTest::addRow("valid fix without position")
        << sentence("GPRMC,101010.00,A,,,,,0.1,0.0,160326,,,A") << -1 << QStringLiteral("latitude");
    QTest::addRow("bad date") << sentence("GPRMC,101010.00,A,3131.22400,N,07421.52200,E,0.1,0.0,310226,,,A")
                              << -1 << QStringLiteral("date");
    QTest::addRow("bad time") << sentence("GPRMC,106010.00,A,3131.22400,N,07421.52200,E,0.1,0.0,160326,,,A")
                              << -1 << QStringLiteral("time");
    QTest::addRow("too few fields") << sentence("GPRMC,101010.00,A,3131.22400,N") << -1
                                    << QStringLiteral("fields");
    QTest::addRow("no checksum") << QByteArray(
        "$GPRMC,101010.00,A,3131.22400,N,07421.52200,E,,,160326,,,A\r\n")
                                 << -1 << QStringLiteral("checksum");
    QTest::addRow("not a sentence") << QByteArray("hello\n") << -1 << QStringLiteral("'$'");
    QTest::addRow("gga only, no date")
        << sentence("GPGGA,101011.00,3131.22400,N,07421.52200,E,1,08,1.0,,,,,,") << -1
        << QStringLiteral("no valid RMC");
    QTest::addRow("too long") << sentence(QByteArray(200, 'A').prepend("GPTXT,").constData()) << -1
                              << QStringLiteral("characters long");
}

void TestNmeaParser::sentences()
{
    QFETCH(QByteArray, log);
    QFETCH(int, count);
    QFETCH(QString, problem);
    const Result<QList<Fix>> fixes = NmeaParser::parse(log, QStringLiteral("test.nmea"), QStringLiteral("T"));
    if (count >= 0) {
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(fixes->size(), count);
    } else {
        QVERIFY(!fixes);
        QCOMPARE(fixes.error().code, ErrorCode::InvalidInput);
        QVERIFY2(fixes.error().message.contains(problem), qPrintable(fixes.error().message));
        QVERIFY(fixes.error().message.startsWith(QStringLiteral("test.nmea, line ")));
    }
}

void TestNmeaParser::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    QTest::addRow("bad checksum") << QStringLiteral("bad-checksum.nmea") << 3 << QStringLiteral("checksum");
    QTest::addRow("truncated") << QStringLiteral("truncated.nmea") << 3 << QStringLiteral("truncated");
    QTest::addRow("bad coordinates") << QStringLiteral("bad-coordinates.nmea") << 3
                                     << QStringLiteral("latitude");
    QTest::addRow("non-monotonic") << QStringLiteral("non-monotonic.nmea") << 3 << QStringLiteral("earlier");
    QTest::addRow("binary garbage") << QStringLiteral("binary-garbage.nmea") << 3 << QStringLiteral("binary");
}

void TestNmeaParser::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const QString path = Nigran::Testing::monitoringSample(file);
    QVERIFY(!path.isEmpty());
    const Result<QList<Fix>> fixes = FixImport::importFile(path, QStringLiteral("T"));
    QVERIFY(!fixes); // nothing returned, not the good lines before the bad one
    QVERIFY2(fixes.error().message.startsWith(QStringLiteral("%1, line %2: ").arg(file).arg(line)),
        qPrintable(fixes.error().message));
    QVERIFY2(fixes.error().message.contains(problem), qPrintable(fixes.error().message));
}

QTEST_GUILESS_MAIN(TestNmeaParser)
#include "tst_nmeaparser.moc"
