#include "monitoring/fixcodec.h"
#include "monitoring/synthetictrack.h"

#include "../common/testsupport.h"

#include <QTest>

#include <cmath>

using namespace Nigran::Models;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 16), QTime(3, 0), Qt::UTC);
const QString Device = QStringLiteral("TAG-9100");

Fix fix(qint64 ms, double lat, double lon)
{
    Fix f;
    f.deviceId = Device;
    f.fixTime = Start.addMSecs(ms);
    f.latitude = lat;
    f.longitude = lon;
    return f;
}

Fix full(qint64 ms, double lat, double lon)
{
    Fix f = fix(ms, lat, lon);
    f.deviceTime = f.fixTime.addMSecs(-1234);
    f.receivedTime = f.fixTime.addSecs(17);
    f.accuracyMetres = 6.4;
    f.speedMps = 12.5;
    f.source = FixSource::Wifi;
    f.batteryPercent = 87;
    f.strap = StrapState::Open;
    return f;
}

/// What the encoding keeps of a fix: 10⁻⁷ degree, 0.1 m, 1 cm/s, 1 ms.
Fix quantised(Fix f)
{
    f.id = 0;
    f.latitude = double(std::llround(f.latitude * 1e7)) / 1e7;
    f.longitude = double(std::llround(f.longitude * 1e7)) / 1e7;
    if (f.hasAccuracy())
        f.accuracyMetres = double(std::llround(f.accuracyMetres * 10)) / 10;
    if (f.hasSpeed())
        f.speedMps = double(std::llround(f.speedMps * 100)) / 100;
    return f;
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

/// A hand-made block: version 1, count, then each fix's bytes as given.
QByteArray block(quint64 count, const QByteArray &body)
{
    QByteArray out(1, char(FixCodec::FormatVersion));
    putVarint(out, count);
    return out + body;
}

/// The bytes of one minimal fix: flags, battery, time, lat, lon deltas.
QByteArray minimalFix(quint8 flags, quint8 battery, qint64 dms, qint64 dlat, qint64 dlon)
{
    QByteArray out;
    out.append(char(flags));
    out.append(char(battery));
    putVarint(out, zigzag(dms));
    putVarint(out, zigzag(dlat));
    putVarint(out, zigzag(dlon));
    return out;
}

} // namespace

class TestFixCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QList<Fix>>("fixes");
        QTest::addRow("empty") << QList<Fix>();
        QTest::addRow("every field") << QList<Fix> { full(0, 31.5204, 74.3587),
            full(60'000, 31.5211, 74.3599) };
        QTest::addRow("no optional field") << QList<Fix> { fix(0, 24.8607, 67.0011) };
        QTest::addRow("below the resolution") << QList<Fix> { [] {
            Fix f = full(1, 33.68440004, 73.04790006);
            f.accuracyMetres = 4.26;
            f.speedMps = 1.234;
            return f;
        }() };
        QTest::addRow("zero accuracy and speed") << QList<Fix> { [] {
            Fix f = fix(0, 30.1575, 71.5249);
            f.accuracyMetres = 0;
            f.speedMps = 0;
            f.batteryPercent = 0;
            return f;
        }() };
        QTest::addRow("out of order, backwards in time and space")
            << QList<Fix> { fix(600'000, 34.0151, 71.5249), fix(0, 25.3960, 68.3578),
                   fix(0, 25.3960, 68.3578) };
        QTest::addRow("the corners of the world")
            << QList<Fix> { fix(0, 90, 180), fix(1, -90, -180), fix(2, 0, 0), fix(3, -33.8688, 151.2093) };
        QTest::addRow("before the epoch and device time far off") << QList<Fix> { [] {
            Fix f = full(0, 31.5, 74.3);
            f.fixTime = QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40, 123), Qt::UTC);
            f.deviceTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // a tag's reset clock
            return f;
        }() };
        QTest::addRow("a synthetic day") << SyntheticTrack(Device, 3).fixes(Start, Start.addDays(1));
    }

    void roundTrip()
    {
        QFETCH(QList<Fix>, fixes);
        const QByteArray bytes = FixCodec::encode(fixes);
        const auto decoded = FixCodec::decode(bytes, Device);
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->size(), fixes.size());
        for (qsizetype i = 0; i < fixes.size(); ++i) {
            const Fix expected = quantised(fixes[i]);
            const Fix &actual = (*decoded)[i];
            QCOMPARE(actual.deviceId, Device);
            QCOMPARE(actual.fixTime.toMSecsSinceEpoch(), expected.fixTime.toMSecsSinceEpoch());
            QCOMPARE(actual.fixTime.timeSpec(), Qt::UTC);
            QCOMPARE(actual.deviceTime.isValid(), expected.deviceTime.isValid());
            QCOMPARE(actual.deviceTime, expected.deviceTime);
            QCOMPARE(actual.receivedTime, expected.receivedTime);
            QCOMPARE(actual.latitude, expected.latitude);
            QCOMPARE(actual.longitude, expected.longitude);
            QCOMPARE(actual.accuracyMetres, expected.accuracyMetres);
            QCOMPARE(actual.speedMps, expected.speedMps);
            QCOMPARE(actual.source, expected.source);
            QCOMPARE(actual.strap, expected.strap);
            QCOMPARE(actual.batteryPercent, expected.batteryPercent);
            QCOMPARE(actual, expected);
        }
        // Decoding what was decoded and encoded again gives the same bytes.
        QCOMPARE(FixCodec::encode(*decoded), bytes);
    }

    void resolution()
    {
        // Half a unit of the resolution is where rounding turns; within it positions differ by < 1.2 cm.
        const Fix f = full(0, 31.52040004999, 74.35870005001);
        const auto decoded = FixCodec::decode(FixCodec::encode({ f }), Device);
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->first().latitude, 31.52040000);
        QCOMPARE(decoded->first().longitude, 74.35870010);
        QVERIFY(std::abs(decoded->first().latitude - f.latitude) <= 0.5e-7);
    }

    void compact()
    {
        const auto fixes = SyntheticTrack(Device, 5).fixes(Start, Start.addDays(7));
        const QByteArray bytes = FixCodec::encode(fixes);
        const double perFix = double(bytes.size()) / double(fixes.size());
        qInfo("%lld fixes, %.1f bytes a fix", qlonglong(fixes.size()), perFix);
        QVERIFY2(perFix < 18, qPrintable(QString::number(perFix)));
    }

    void values_clampedToWhatDecodes()
    {
        Fix f = full(0, 31.5, 74.3);
        f.accuracyMetres = 1e12;
        f.speedMps = std::numeric_limits<double>::infinity();
        f.batteryPercent = 250;
        const auto decoded = FixCodec::decode(FixCodec::encode({ f }), Device);
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->first().accuracyMetres, 1e7);
        QCOMPARE(decoded->first().speedMps, 1e6);
        QCOMPARE(decoded->first().batteryPercent, 100);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray one = minimalFix(0, 255, 1000, 315204000, 743587000);
        QTest::addRow("empty") << QByteArray() << QStringLiteral("Fix block: empty");
        QTest::addRow("unknown version")
            << QByteArray("\x02\x00", 2) << QStringLiteral("Fix block, byte 1: unknown format version 2");
        QTest::addRow("count cut off")
            << QByteArray("\x01\x80", 2) << QStringLiteral("Fix block, byte 2: cut off (the fix count)");
        QTest::addRow("count the bytes cannot hold")
            << block(1000, one) << QStringLiteral("Fix block, byte 3: 1000 fixes cannot fit in 17 bytes");
        QTest::addRow("count over the maximum")
            << block(quint64(FixCodec::MaxFixes) + 1, QByteArray(8, 0)) << QStringLiteral("cannot fit");
        QTest::addRow("count near 2^64")
            << block(~quint64(0), QByteArray(8, 0)) << QStringLiteral("cannot fit");
        QTest::addRow("second fix cut off after flags")
            << block(2, one + QByteArray(3, 0))
            << QStringLiteral("Fix block, fix 2 (byte 19): cut off (position out of range)");
        QTest::addRow("fix cut off in a varint")
            << block(1, one.left(one.size() - 1))
            << QStringLiteral("Fix block, fix 1 (byte 15): cut off (position out of range)");
        QTest::addRow("unknown source") << block(1, minimalFix(3, 255, 0, 0, 0))
                                        << QStringLiteral("fix 1 (byte 4): unknown source or strap state");
        QTest::addRow("unknown strap")
            << block(1, minimalFix(3 << 2, 255, 0, 0, 0)) << QStringLiteral("unknown source or strap state");
        QTest::addRow("battery 101") << block(1, minimalFix(0, 101, 0, 0, 0))
                                     << QStringLiteral("fix 1 (byte 4): battery above 100 %");
        QTest::addRow("latitude beyond 90")
            << block(1, minimalFix(0, 50, 0, 900000001, 0))
            << QStringLiteral("Fix block, fix 1 (byte 11): position out of range");
        QTest::addRow("second longitude beyond -180")
            << block(2, minimalFix(0, 50, 0, 0, -1799999999) + minimalFix(0, 50, 0, 0, -2))
            << QStringLiteral("Fix block, fix 2 (byte 16): position out of range");
        QTest::addRow("time beyond 10,000 years")
            << block(1, minimalFix(0, 50, qint64(400'000) * 365 * 24 * 3600 * 1000, 0, 0))
            << QStringLiteral("Fix block, fix 1 (byte 12): bad fix time");
        QByteArray longVarint = block(1, QByteArray("\x00\x32", 2) + QByteArray(11, char(0x80)));
        QTest::addRow("varint of eleven bytes") << longVarint << QStringLiteral("bad fix time");
        QTest::addRow("accuracy flag without accuracy") << block(
            1, minimalFix(1 << 6, 50, 0, 0, 0)) << QStringLiteral("fix 1 (byte 7): cut off (bad accuracy)");
        QByteArray hugeAccuracy = minimalFix(1 << 6, 50, 0, 0, 0);
        putVarint(hugeAccuracy, 100'000'001);
        QTest::addRow("accuracy too large") << block(1, hugeAccuracy) << QStringLiteral("bad accuracy");
        QTest::addRow("speed flag without speed")
            << block(1, minimalFix(1 << 7, 50, 0, 0, 0)) << QStringLiteral("bad speed");
        QTest::addRow("device time flag without it")
            << block(1, minimalFix(1 << 4, 50, 0, 0, 0)) << QStringLiteral("bad device time");
        QTest::addRow("received time flag without it")
            << block(1, minimalFix(1 << 5, 50, 0, 0, 0)) << QStringLiteral("bad received time");
        QTest::addRow("bytes after the last fix") << block(
            1, one + QByteArray(1, 0)) << QStringLiteral("Fix block, byte 16: bytes after the last fix");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto decoded = FixCodec::decode(bytes, Device);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
        QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
    }

    /// Every prefix of a block is refused (never read as fewer fixes), and every single damaged byte
    /// is either refused or decodes to something that encodes back to the same bytes.
    void truncatedAndDamaged()
    {
        QList<Fix> fixes;
        for (int i = 0; i < 20; ++i)
            fixes << full(i * 60'000, 31.52 + i * 1e-4, 74.35 - i * 1e-4);
        fixes[3].accuracyMetres = -1;
        fixes[5].deviceTime = QDateTime();
        const QByteArray bytes = FixCodec::encode(fixes);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const auto decoded = FixCodec::decode(QByteArrayView(bytes).first(n), Device);
            QVERIFY2(!decoded, qPrintable(QStringLiteral("prefix of %1 bytes").arg(n)));
            QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
        }
        int refused = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (const quint8 x : { quint8(0x01), quint8(0x80), quint8(0xff) }) {
                QByteArray damaged = bytes;
                damaged[i] = char(quint8(damaged[i]) ^ x);
                const auto decoded = FixCodec::decode(damaged, Device);
                if (!decoded) {
                    ++refused;
                    QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
                    continue;
                }
                const auto again = FixCodec::decode(FixCodec::encode(*decoded), Device);
                NIGRAN_VERIFY_OK(again);
                QCOMPARE(*again, *decoded);
            }
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestFixCodec)
#include "tst_fixcodec.moc"
