// The tag vendors' batch format (sync/centre/vendorbatch.h): what parses, what is refused and how the
// refusal names the fix and the field.

#include "../common/testsupport.h"

#include "centre/vendorbatch.h"

#include <QTest>
#include <QTimeZone>

using namespace Nigran::Models;
using namespace Nigran::Sync;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(8, 30), QTimeZone::utc());

/// One valid fix object with `member` replaced by `value` (raw JSON), or removed when `value` is
/// empty.
QByteArray fixWith(const QByteArray &member = {}, const QByteArray &value = {})
{
    const QList<std::pair<QByteArray, QByteArray>> base {
        { "device", "\"TEST-TAG-001\"" },
        { "fixTime", "\"2026-11-28T08:00:00Z\"" },
        { "deviceTime", "\"2026-11-28T08:00:01.500Z\"" },
        { "lat", "31.5" },
        { "lon", "74.3" },
        { "accuracy", "8.5" },
        { "speed", "1.2" },
        { "source", "\"gps\"" },
        { "battery", "80" },
        { "strap", "\"closed\"" },
    };
    QByteArrayList parts;
    bool replaced = false;
    for (const auto &[name, json] : base) {
        if (name == member) {
            replaced = true;
            if (!value.isEmpty())
                parts << '"' + name + "\":" + value;
        } else {
            parts << '"' + name + "\":" + json;
        }
    }
    if (!replaced && !member.isEmpty())
        parts << '"' + member + "\":" + value;
    return '{' + parts.join(',') + '}';
}

QByteArray batchOf(const QByteArrayList &fixes)
{
    return "{\"fixes\":[" + fixes.join(',') + "]}";
}

} // namespace

class TestVendorBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryField()
    {
        const auto fixes = VendorBatch::parse(batchOf({ fixWith() }), Now);
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(fixes->size(), 1);
        const Fix &fix = fixes->first();
        QCOMPARE(fix.deviceId, QStringLiteral("TEST-TAG-001"));
        QCOMPARE(fix.fixTime, QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(fix.deviceTime, QDateTime(QDate(2026, 11, 28), QTime(8, 0, 1, 500), QTimeZone::utc()));
        QVERIFY(!fix.receivedTime.isValid()); // the centre sets it, never the vendor
        QCOMPARE(fix.latitude, 31.5);
        QCOMPARE(fix.longitude, 74.3);
        QCOMPARE(fix.accuracyMetres, 8.5);
        QCOMPARE(fix.speedMps, 1.2);
        QCOMPARE(fix.source, FixSource::Gps);
        QCOMPARE(fix.batteryPercent, 80);
        QCOMPARE(fix.strap, StrapState::Closed);
    }

    void optionalFieldsDefault_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QByteArray>("value"); // empty: left out
        QTest::addRow("no deviceTime") << QByteArray("deviceTime") << QByteArray();
        QTest::addRow("null deviceTime") << QByteArray("deviceTime") << QByteArray("null");
        QTest::addRow("no accuracy") << QByteArray("accuracy") << QByteArray();
        QTest::addRow("null accuracy") << QByteArray("accuracy") << QByteArray("null");
        QTest::addRow("no speed") << QByteArray("speed") << QByteArray();
        QTest::addRow("no source") << QByteArray("source") << QByteArray();
        QTest::addRow("no battery") << QByteArray("battery") << QByteArray();
        QTest::addRow("null battery") << QByteArray("battery") << QByteArray("null");
        QTest::addRow("no strap") << QByteArray("strap") << QByteArray();
    }
    void optionalFieldsDefault()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, value);
        const auto fixes = VendorBatch::parse(batchOf({ fixWith(member, value) }), Now);
        NIGRAN_VERIFY_OK(fixes);
        const Fix &fix = fixes->first();
        if (member == "deviceTime")
            QVERIFY(!fix.deviceTime.isValid());
        if (member == "accuracy")
            QVERIFY(!fix.hasAccuracy());
        if (member == "speed")
            QVERIFY(!fix.hasSpeed());
        if (member == "source")
            QCOMPARE(fix.source, FixSource::Gps);
        if (member == "battery")
            QVERIFY(!fix.hasBattery());
        if (member == "strap")
            QCOMPARE(fix.strap, StrapState::Unknown);
    }

    void enumValues_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        QTest::addRow("gps") << QByteArray("source") << QByteArray("\"gps\"") << int(FixSource::Gps);
        QTest::addRow("cell") << QByteArray("source") << QByteArray("\"cell\"") << int(FixSource::Cell);
        QTest::addRow("wifi") << QByteArray("source") << QByteArray("\"wifi\"") << int(FixSource::Wifi);
        QTest::addRow("closed") << QByteArray("strap") << QByteArray("\"closed\"") << int(StrapState::Closed);
        QTest::addRow("open") << QByteArray("strap") << QByteArray("\"open\"") << int(StrapState::Open);
        QTest::addRow("unknown") << QByteArray("strap") << QByteArray("\"unknown\"")
                                 << int(StrapState::Unknown);
    }
    void enumValues()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto fixes = VendorBatch::parse(batchOf({ fixWith(member, value) }), Now);
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(member == "source" ? int(fixes->first().source) : int(fixes->first().strap), expected);
    }

    /// Every field's bad values: the error names the fix and the field, and says what is wrong.
    void badFieldValues_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QByteArray>("value"); // empty: left out
        QTest::addColumn<QString>("message");

        QTest::addRow("device missing")
            << QByteArray("device") << QByteArray() << QStringLiteral("fixes[1].device: is required");
        QTest::addRow("device null") << QByteArray("device") << QByteArray("null")
                                     << QStringLiteral("fixes[1].device: is required");
        QTest::addRow("device number")
            << QByteArray("device") << QByteArray("17") << QStringLiteral("fixes[1].device: is required");
        QTest::addRow("device empty") << QByteArray("device") << QByteArray("\"\"")
                                      << QStringLiteral("fixes[1].device: must be 1 to 64");
        QTest::addRow("device space") << QByteArray("device") << QByteArray("\"TAG 1\"")
                                      << QStringLiteral("fixes[1].device: must be 1 to 64");
        QTest::addRow("device too long") << QByteArray("device") << '"' + QByteArray(65, 'A') + '"'
                                         << QStringLiteral("fixes[1].device: must be 1 to 64");
        QTest::addRow("device non-ascii") << QByteArray("device") << QByteArray("\"TAG-\xc3\xa9\"")
                                          << QStringLiteral("fixes[1].device: must be 1 to 64");

        QTest::addRow("fixTime missing")
            << QByteArray("fixTime") << QByteArray() << QStringLiteral("fixes[1].fixTime: is required");
        QTest::addRow("fixTime null")
            << QByteArray("fixTime") << QByteArray("null") << QStringLiteral("fixes[1].fixTime: is required");
        QTest::addRow("fixTime number") << QByteArray("fixTime") << QByteArray("1764316800")
                                        << QStringLiteral("fixes[1].fixTime: must be an RFC 3339 time");
        QTest::addRow("fixTime no zone") << QByteArray("fixTime") << QByteArray("\"2026-11-28T08:00:00\"")
                                         << QStringLiteral("fixes[1].fixTime: must be an RFC 3339 time");
        QTest::addRow("fixTime date only") << QByteArray("fixTime") << QByteArray("\"2026-11-28\"")
                                           << QStringLiteral("fixes[1].fixTime: must be an RFC 3339 time");
        QTest::addRow("fixTime 31 Nov") << QByteArray("fixTime") << QByteArray("\"2026-11-31T08:00:00Z\"")
                                        << QStringLiteral("fixes[1].fixTime: must be an RFC 3339 time");
        QTest::addRow("fixTime hour 24") << QByteArray("fixTime") << QByteArray("\"2026-11-28T24:00:00Z\"")
                                         << QStringLiteral("fixes[1].fixTime: must be an RFC 3339 time");
        QTest::addRow("fixTime before 2000")
            << QByteArray("fixTime") << QByteArray("\"1999-12-31T23:59:59Z\"")
            << QStringLiteral("fixes[1].fixTime: must not be before 2000");
        QTest::addRow("fixTime future") << QByteArray("fixTime") << QByteArray("\"2026-11-28T08:40:01Z\"")
                                        << QStringLiteral("fixes[1].fixTime: is more than 10 minutes after");
        QTest::addRow("fixTime future by offset")
            << QByteArray("fixTime") << QByteArray("\"2026-11-28T08:30:00-05:00\"")
            << QStringLiteral("fixes[1].fixTime: is more than 10 minutes after");

        QTest::addRow("deviceTime garbage")
            << QByteArray("deviceTime") << QByteArray("\"yesterday\"")
            << QStringLiteral("fixes[1].deviceTime: must be an RFC 3339 time");
        QTest::addRow("deviceTime number") << QByteArray("deviceTime") << QByteArray("0")
                                           << QStringLiteral("fixes[1].deviceTime: must be an RFC 3339 time");

        QTest::addRow("lat missing") << QByteArray("lat") << QByteArray()
                                     << QStringLiteral("fixes[1].lat: is required");
        QTest::addRow("lat null") << QByteArray("lat") << QByteArray("null")
                                  << QStringLiteral("fixes[1].lat: is required");
        QTest::addRow("lat string") << QByteArray("lat") << QByteArray("\"31.5\"")
                                    << QStringLiteral("fixes[1].lat: must be a number");
        QTest::addRow("lat above 90") << QByteArray("lat") << QByteArray("90.0001")
                                      << QStringLiteral("fixes[1].lat: must be between -90 and 90");
        QTest::addRow("lat below -90") << QByteArray("lat") << QByteArray("-91")
                                       << QStringLiteral("fixes[1].lat: must be between -90 and 90");
        QTest::addRow("lat huge") << QByteArray("lat") << QByteArray("1e300")
                                  << QStringLiteral("fixes[1].lat: must be between -90 and 90");
        QTest::addRow("lon missing") << QByteArray("lon") << QByteArray()
                                     << QStringLiteral("fixes[1].lon: is required");
        QTest::addRow("lon above 180") << QByteArray("lon") << QByteArray("180.5")
                                       << QStringLiteral("fixes[1].lon: must be between -180 and 180");
        QTest::addRow("lon below -180") << QByteArray("lon") << QByteArray("-181")
                                        << QStringLiteral("fixes[1].lon: must be between -180 and 180");
        QTest::addRow("lon bool") << QByteArray("lon") << QByteArray("true")
                                  << QStringLiteral("fixes[1].lon: must be a number");

        QTest::addRow("accuracy negative")
            << QByteArray("accuracy") << QByteArray("-1")
            << QStringLiteral("fixes[1].accuracy: must be between 0 and 100000");
        QTest::addRow("accuracy huge") << QByteArray("accuracy") << QByteArray("100001")
                                       << QStringLiteral("fixes[1].accuracy: must be between 0 and 100000");
        QTest::addRow("accuracy string") << QByteArray("accuracy") << QByteArray("\"8\"")
                                         << QStringLiteral("fixes[1].accuracy: must be a number");
        QTest::addRow("speed negative") << QByteArray("speed") << QByteArray("-0.5")
                                        << QStringLiteral("fixes[1].speed: must be between 0 and 300");
        QTest::addRow("speed too fast") << QByteArray("speed") << QByteArray("301")
                                        << QStringLiteral("fixes[1].speed: must be between 0 and 300");
        QTest::addRow("speed object")
            << QByteArray("speed") << QByteArray("{}") << QStringLiteral("fixes[1].speed: must be a number");

        QTest::addRow("source other")
            << QByteArray("source") << QByteArray("\"glonass\"")
            << QStringLiteral("fixes[1].source: must be \"gps\", \"cell\" or \"wifi\"");
        QTest::addRow("source upper case") << QByteArray("source") << QByteArray("\"GPS\"")
                                           << QStringLiteral("fixes[1].source: must be \"gps\"");
        QTest::addRow("source number")
            << QByteArray("source") << QByteArray("0") << QStringLiteral("fixes[1].source: must be \"gps\"");

        QTest::addRow("battery negative") << QByteArray("battery") << QByteArray("-1")
                                          << QStringLiteral("fixes[1].battery: must be between 0 and 100");
        QTest::addRow("battery over 100") << QByteArray("battery") << QByteArray("101")
                                          << QStringLiteral("fixes[1].battery: must be between 0 and 100");
        QTest::addRow("battery fraction") << QByteArray("battery") << QByteArray("80.5")
                                          << QStringLiteral("fixes[1].battery: must be a whole number");
        QTest::addRow("battery string") << QByteArray("battery") << QByteArray("\"80\"")
                                        << QStringLiteral("fixes[1].battery: must be a number");

        QTest::addRow("strap other") << QByteArray("strap") << QByteArray("\"cut\"")
                                     << QStringLiteral(
                                            "fixes[1].strap: must be \"closed\", \"open\" or \"unknown\"");
        QTest::addRow("strap bool") << QByteArray("strap") << QByteArray("false")
                                    << QStringLiteral("fixes[1].strap: must be \"closed\"");

        QTest::addRow("unknown member") << QByteArray("latitude") << QByteArray("31.5")
                                        << QStringLiteral("fixes[1].latitude: is not a field of a fix");
    }
    void badFieldValues()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, value);
        QFETCH(QString, message);
        // The bad fix is the second of three: its index is named, and nothing of the batch comes back.
        const auto fixes = VendorBatch::parse(batchOf({ fixWith(), fixWith(member, value), fixWith() }), Now);
        QVERIFY(!fixes);
        QCOMPARE(fixes.error().code, ErrorCode::InvalidInput);
        QVERIFY2(fixes.error().message.startsWith(message), qPrintable(fixes.error().message));
        QCOMPARE(fixes.error().fields.size(), 1);
        QCOMPARE(fixes.error().fields.first().field, message.section(QLatin1Char(':'), 0, 0));
    }

    void badBatches_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty body") << QByteArray() << QStringLiteral("batch: is not valid JSON");
        QTest::addRow("not json") << QByteArray("fixes=1") << QStringLiteral("batch: is not valid JSON");
        QTest::addRow("truncated") << batchOf({ fixWith() }).chopped(3)
                                   << QStringLiteral("batch: is not valid JSON");
        QTest::addRow("array") << QByteArray("[]") << QStringLiteral("batch: must be a JSON object");
        QTest::addRow("no fixes") << QByteArray("{}") << QStringLiteral("fixes: is required");
        QTest::addRow("fixes object") << QByteArray("{\"fixes\":{}}") << QStringLiteral("fixes: is required");
        QTest::addRow("no fix") << QByteArray("{\"fixes\":[]}")
                                << QStringLiteral("fixes: must hold 1 to 10000 fixes");
        QTest::addRow("other member") << QByteArray("{\"fixes\":[],\"vendor\":\"x\"}")
                                      << QStringLiteral("batch: \"vendor\" is not a field of a batch");
        QTest::addRow("empty member") << QByteArray("{\"\":1,\"fixes\":[]}")
                                      << QStringLiteral("batch: \"(empty)\" is not a field of a batch");
        QTest::addRow("control characters in a member")
            << QByteArray("{\"a\\nb\":1}") << QStringLiteral("batch: \"a?b\" is not a field of a batch");
        QTest::addRow("fix not object")
            << batchOf({ fixWith(), "17" }) << QStringLiteral("fixes[1]: must be an object");
        QByteArrayList tooMany;
        for (int i = 0; i <= VendorBatch::MaxFixes; ++i)
            tooMany << "{}";
        QTest::addRow("too many fixes")
            << batchOf(tooMany) << QStringLiteral("fixes: must hold 1 to 10000 fixes (it holds 10001)");
        QTest::addRow("too large") << QByteArray(VendorBatch::MaxBytes + 1, ' ')
                                   << QStringLiteral("batch: is larger than 4 MiB");
    }
    void badBatches()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto fixes = VendorBatch::parse(body, Now);
        QVERIFY(!fixes);
        QCOMPARE(fixes.error().code, ErrorCode::InvalidInput);
        QVERIFY2(fixes.error().message.startsWith(message), qPrintable(fixes.error().message));
    }

    void maximumBatch()
    {
        QByteArrayList many;
        for (int i = 0; i < VendorBatch::MaxFixes; ++i)
            many << fixWith();
        const QByteArray body = batchOf(many);
        QVERIFY(body.size() <= VendorBatch::MaxBytes);
        const auto fixes = VendorBatch::parse(body, Now);
        NIGRAN_VERIFY_OK(fixes);
        QCOMPARE(fixes->size(), VendorBatch::MaxFixes);
    }

    void times_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected"); // null: refused
        const auto at = [](int h, int m, int s, int ms = 0) {
            return QDateTime(QDate(2026, 11, 28), QTime(h, m, s, ms), QTimeZone::utc());
        };
        QTest::addRow("Z") << QByteArray("2026-11-28T08:00:00Z") << at(8, 0, 0);
        QTest::addRow("lower case") << QByteArray("2026-11-28t08:00:00z") << at(8, 0, 0);
        QTest::addRow("millis") << QByteArray("2026-11-28T08:00:00.250Z") << at(8, 0, 0, 250);
        QTest::addRow("one digit") << QByteArray("2026-11-28T08:00:00.5Z") << at(8, 0, 0, 500);
        QTest::addRow("nanos truncated") << QByteArray("2026-11-28T08:00:00.123456789Z") << at(8, 0, 0, 123);
        QTest::addRow("Pakistan time") << QByteArray("2026-11-28T13:00:00+05:00") << at(8, 0, 0);
        QTest::addRow("negative offset") << QByteArray("2026-11-28T03:30:00-04:30") << at(8, 0, 0);
        QTest::addRow("across midnight") << QByteArray("2026-11-29T01:00:00+05:00")
                                         << QDateTime(QDate(2026, 11, 28), QTime(20, 0), QTimeZone::utc());
        QTest::addRow("leap day") << QByteArray("2028-02-29T00:00:00Z")
                                  << QDateTime(QDate(2028, 2, 29), QTime(0, 0), QTimeZone::utc());
        QTest::addRow("no leap day") << QByteArray("2027-02-29T00:00:00Z") << QDateTime();
        QTest::addRow("month 13") << QByteArray("2026-13-01T00:00:00Z") << QDateTime();
        QTest::addRow("minute 60") << QByteArray("2026-11-28T08:60:00Z") << QDateTime();
        QTest::addRow("second 60") << QByteArray("2026-11-28T08:00:60Z") << QDateTime();
        QTest::addRow("space") << QByteArray("2026-11-28 08:00:00Z") << QDateTime();
        QTest::addRow("empty fraction") << QByteArray("2026-11-28T08:00:00.Z") << QDateTime();
        QTest::addRow("ten digits") << QByteArray("2026-11-28T08:00:00.1234567890Z") << QDateTime();
        QTest::addRow("short offset") << QByteArray("2026-11-28T08:00:00+05") << QDateTime();
        QTest::addRow("offset 0500") << QByteArray("2026-11-28T08:00:00+0500") << QDateTime();
        QTest::addRow("trailing") << QByteArray("2026-11-28T08:00:00Zx") << QDateTime();
        QTest::addRow("signed year") << QByteArray("+026-11-28T08:00:00Z") << QDateTime();
        QTest::addRow("empty") << QByteArray() << QDateTime();
    }
    void times()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = VendorBatch::parseTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.offsetFromUtc(), 0);
        }
    }

    void encodeParsesBack()
    {
        QList<Fix> fixes;
        for (int i = 0; i < 7; ++i) {
            Fix fix;
            fix.deviceId = QStringLiteral("TEST-TAG-%1").arg(i);
            fix.fixTime = Now.addMSecs(-i * 60'123);
            fix.deviceTime = i % 2 ? QDateTime() : fix.fixTime.addMSecs(900);
            fix.latitude = 24.860734 + i * 0.0001234567;
            fix.longitude = 67.001136 - i * 0.0007654321;
            fix.accuracyMetres = i % 3 ? 3.7 * i : -1;
            fix.speedMps = i % 4 ? 0.1 * i : -1;
            fix.source = FixSource(i % 3);
            fix.batteryPercent = i % 5 ? 100 - i : -1;
            fix.strap = StrapState(i % 3);
            fixes.append(fix);
        }
        const auto parsed = VendorBatch::parse(VendorBatch::encode(fixes), Now);
        NIGRAN_VERIFY_OK(parsed);
        QCOMPARE(*parsed, fixes);
    }

    void receipts()
    {
        const VendorBatch::Receipt receipt { 998, 2, Now.addMSecs(125) };
        const QByteArray json = VendorBatch::encodeReceipt(receipt);
        QCOMPARE(json,
            QByteArray("{\"accepted\":998,\"duplicates\":2,\"receivedAt\":\"2026-11-28T08:30:00.125Z\"}"));
        QCOMPARE(VendorBatch::decodeReceipt(json).value(), receipt);
        QVERIFY(!VendorBatch::decodeReceipt("fixes[1].lat: must be between -90 and 90\n"));
        QVERIFY(!VendorBatch::decodeReceipt("{\"accepted\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestVendorBatch)
#include "tst_vendorbatch.moc"
