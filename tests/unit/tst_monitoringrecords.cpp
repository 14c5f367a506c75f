// MonitoringCodec: zone and alert records round-trip through CBOR; malformed bodies are refused with
// the key path; AlertRecord::idFor is a deterministic version-5-style UUID; severities per kind.

#include "../common/testsupport.h"

#include "monitoring/monitoringrecords.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Nigran::Models;

namespace {

QDateTime utc(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute, second, ms), QTimeZone::utc());
}

ZoneRecord circleZone()
{
    ZoneRecord record;
    record.id = QStringLiteral("0b7d3f38-2f5e-4c43-9d0e-000000000001");
    record.personId = QStringLiteral("person-1");
    record.orderId = QStringLiteral("order-1");
    record.label = QStringLiteral("school");
    record.editedBy = QStringLiteral("supervisor");
    record.zone = *Zone::create(QStringLiteral("zone-1"), 1, ZoneKind::Exclusion,
        QGeoCircle(QGeoCoordinate(31.5204123, 74.3587456), 250.5), 25.25, {}, 60);
    return record;
}

ZoneRecord polygonZone()
{
    ZoneRecord record;
    record.id = QStringLiteral("row-2");
    record.personId = QStringLiteral("person-1");
    record.orderId = QStringLiteral("order-1");
    record.label = QStringLiteral("home (curfew)");
    record.retired = true;
    record.editedBy = QStringLiteral("supervisor");
    record.reason = QStringLiteral("order varied by the court");
    const ZoneSchedule schedule({ { ZoneSchedule::EveryDay, 21 * 60, 6 * 60 },
        { ZoneSchedule::Saturday | ZoneSchedule::Sunday, 13 * 60 + 30, 15 * 60 } });
    record.zone = *Zone::create(QStringLiteral("zone-2"), 3, ZoneKind::Inclusion,
        QGeoPolygon({ QGeoCoordinate(31.50, 74.30), QGeoCoordinate(31.51, 74.30),
            QGeoCoordinate(31.51, 74.3123456789), QGeoCoordinate(31.50, 74.31) }),
        0, schedule, 300);
    return record;
}

AlertRecord sampleAlert()
{
    AlertRecord record;
    record.personId = QStringLiteral("person-1");
    record.orderId = QStringLiteral("order-1");
    record.alert.kind = AlertKind::ZoneEntry;
    record.alert.deviceId = QStringLiteral("TAG-SYN-1");
    record.alert.zoneId = QStringLiteral("zone-1");
    record.alert.zoneVersion = 2;
    record.alert.startedAt = utc(9, 0, 0, 125);
    record.alert.raisedAt = utc(9, 1);
    record.alert.evidence = { { 17, 4001, utc(9, 0, 0, 125) }, { 18, 0, utc(9, 1) } };
    record.id = AlertRecord::idFor(record.alert);
    record.state = AlertState::Closed;
    record.outcome = AlertOutcome::FalsePositive;
    record.notes
        = { { utc(9, 5), QStringLiteral("supervisor"), QStringLiteral("seen"), AlertState::Acknowledged },
              { utc(9, 30), QStringLiteral("supervisor"), QStringLiteral("GPS drift near the boundary"),
                  AlertState::Closed } };
    return record;
}

QCborMap mapOf(const QByteArray &body)
{
    return QCborValue::fromCbor(body).toMap();
}

QCborMap child(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toMap();
}

using Mutation = std::function<QByteArray()>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestMonitoringRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("circle, always, new") << 0;
        QTest::addRow("polygon, schedule across midnight, retired") << 1;
    }

    void zoneRoundTrip()
    {
        QFETCH(int, which);
        const ZoneRecord record = which == 0 ? circleZone() : polygonZone();
        const QByteArray body = MonitoringCodec::encode(record);
        auto decoded = MonitoringCodec::zoneRecordFromCbor(body);
        NIGRAN_VERIFY_OK(decoded);
        QVERIFY(*decoded == record);
        QCOMPARE(decoded->zone.schedule().windows(), record.zone.schedule().windows());
        QCOMPARE(decoded->zone.shape(), record.zone.shape());
        QCOMPARE(decoded->zone.bufferMetres(), record.zone.bufferMetres());
        // The decoded zone behaves like the original one.
        QCOMPARE(decoded->zone.signedDistance(31.505, 74.305), record.zone.signedDistance(31.505, 74.305));
        QCOMPARE(MonitoringCodec::encode(*decoded), body);
    }

    void zoneRecordsDiffer()
    {
        ZoneRecord other = circleZone();
        QVERIFY(other == circleZone());
        other.zone = *Zone::create(QStringLiteral("zone-1"), 1, ZoneKind::Exclusion,
            QGeoCircle(QGeoCoordinate(31.5204123, 74.3587456), 250.5), 25.25, {}, 61);
        QVERIFY(!(other == circleZone()));
        other = circleZone();
        other.label = QStringLiteral("park");
        QVERIFY(!(other == circleZone()));
    }

    void defaultZoneRecord()
    {
        const ZoneRecord record;
        QVERIFY(record.zone.id().isEmpty());
        QCOMPARE(record.zone.version(), 0);
    }

    void alertRoundTrip()
    {
        const AlertRecord record = sampleAlert();
        auto decoded = MonitoringCodec::alertRecordFromCbor(MonitoringCodec::encode(record));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, record);
        QCOMPARE(decoded->alert.startedAt.toMSecsSinceEpoch(), record.alert.startedAt.toMSecsSinceEpoch());
        QCOMPARE(decoded->notes.size(), 2);
        QCOMPARE(decoded->notes[1].text, QStringLiteral("GPS drift near the boundary"));
    }

    void alertWithNullTimes()
    {
        AlertRecord record = sampleAlert();
        record.alert.kind = AlertKind::DeviceOffline;
        record.alert.zoneId.clear();
        record.alert.zoneVersion = 0;
        record.alert.startedAt = {};
        record.alert.evidence.clear();
        record.notes.clear();
        record.state = AlertState::New;
        record.outcome = AlertOutcome::None;
        const QByteArray body = MonitoringCodec::encode(record);
        QVERIFY(!child(mapOf(body), "alert").contains(QLatin1String("startedAt")));
        auto decoded = MonitoringCodec::alertRecordFromCbor(body);
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, record);
        QVERIFY(decoded->alert.startedAt.isNull());
    }

    void malformed_data()
    {
        QTest::addColumn<bool>("isZone");
        QTest::addColumn<Mutation>("body");
        QTest::addColumn<QString>("path"); ///< must appear in the message

        const auto zone = [](std::function<void(QCborMap &)> change) {
            return Mutation([change] {
                QCborMap map = mapOf(MonitoringCodec::encode(circleZone()));
                change(map);
                return QCborValue(map).toCbor();
            });
        };
        const auto polygon = [](std::function<void(QCborMap &)> change) {
            return Mutation([change] {
                QCborMap map = mapOf(MonitoringCodec::encode(polygonZone()));
                change(map);
                return QCborValue(map).toCbor();
            });
        };
        const auto alert = [](std::function<void(QCborMap &)> change) {
            return Mutation([change] {
                QCborMap map = mapOf(MonitoringCodec::encode(sampleAlert()));
                change(map);
                return QCborValue(map).toCbor();
            });
        };
        const auto inZone = [](std::function<void(QCborMap &)> change) {
            return [change](QCborMap &map) {
                QCborMap nested = child(map, "zone");
                change(nested);
                map.insert(QLatin1String("zone"), nested);
            };
        };

        QTest::addRow("zone: not CBOR")
            << true << Mutation([] { return QByteArray("\xff\xfe", 2); }) << QStringLiteral("CBOR");
        QTest::addRow("zone: not a map") << true << Mutation([] {
            return QCborValue(QCborArray { 1, 2 }).toCbor();
        }) << QStringLiteral("map");
        QTest::addRow("zone: label missing")
            << true << zone([](QCborMap &m) { m.remove(QLatin1String("label")); }) << QStringLiteral("label");
        QTest::addRow("zone: retired not bool")
            << true << zone([](QCborMap &m) { m.insert(QLatin1String("retired"), 1); })
            << QStringLiteral("retired");
        QTest::addRow("zone: zone missing")
            << true << zone([](QCborMap &m) { m.remove(QLatin1String("zone")); }) << QStringLiteral("zone");
        QTest::addRow("zone: kind out of range")
            << true << zone(inZone([](QCborMap &z) { z.insert(QLatin1String("kind"), 7); }))
            << QStringLiteral("zone.kind");
        QTest::addRow("zone: latitude as text") << true << zone(inZone([](QCborMap &z) {
            QCborMap circle = child(z, "circle");
            circle.insert(QLatin1String("lat"), QStringLiteral("31.5"));
            z.insert(QLatin1String("circle"), circle);
        })) << QStringLiteral("zone.circle.lat");
        QTest::addRow("zone: latitude out of range") << true << zone(inZone([](QCborMap &z) {
            QCborMap circle = child(z, "circle");
            circle.insert(QLatin1String("lat"), 91.0);
            z.insert(QLatin1String("circle"), circle);
        })) << QStringLiteral("zone.circle.lat");
        QTest::addRow("zone: radius not finite") << true << zone(inZone([](QCborMap &z) {
            QCborMap circle = child(z, "circle");
            circle.insert(QLatin1String("radius"), qQNaN());
            z.insert(QLatin1String("circle"), circle);
        })) << QStringLiteral("zone.circle.radius");
        QTest::addRow("zone: zero radius (Zone::create refuses)") << true << zone(inZone([](QCborMap &z) {
            QCborMap circle = child(z, "circle");
            circle.insert(QLatin1String("radius"), 0.0);
            z.insert(QLatin1String("circle"), circle);
        })) << QStringLiteral("zone.circle");
        QTest::addRow("zone: both shapes") << true << zone(inZone([](QCborMap &z) {
            z.insert(QLatin1String("polygon"), QCborArray { QCborArray { 1.0, 2.0 } });
        })) << QStringLiteral("zone.circle");
        QTest::addRow("zone: no shape")
            << true << zone(inZone([](QCborMap &z) { z.remove(QLatin1String("circle")); }))
            << QStringLiteral("zone.circle");
        QTest::addRow("zone: vertex not a pair") << true << polygon(inZone([](QCborMap &z) {
            QCborArray ring = z.value(QLatin1String("polygon")).toArray();
            ring[1] = QCborArray { 31.5 };
            z.insert(QLatin1String("polygon"), ring);
        })) << QStringLiteral("zone.polygon[1]");
        QTest::addRow("zone: vertex longitude as text") << true << polygon(inZone([](QCborMap &z) {
            QCborArray ring = z.value(QLatin1String("polygon")).toArray();
            ring[2] = QCborArray { 31.5, QStringLiteral("east") };
            z.insert(QLatin1String("polygon"), ring);
        })) << QStringLiteral("zone.polygon[2][1]");
        QTest::addRow("zone: two vertices (Zone::create refuses)") << true << polygon(inZone([](QCborMap &z) {
            z.insert(QLatin1String("polygon"),
                QCborArray { QCborArray { 31.5, 74.3 }, QCborArray { 31.6, 74.3 } });
        })) << QStringLiteral("zone.polygon");
        QTest::addRow("zone: window start past midnight") << true << polygon(inZone([](QCborMap &z) {
            QCborArray windows = z.value(QLatin1String("schedule")).toArray();
            QCborMap window = windows.at(1).toMap();
            window.insert(QLatin1String("start"), 1440);
            windows[1] = window;
            z.insert(QLatin1String("schedule"), windows);
        })) << QStringLiteral("zone.schedule[1].start");
        QTest::addRow("zone: negative grace")
            << true << zone(inZone([](QCborMap &z) { z.insert(QLatin1String("grace"), -1); }))
            << QStringLiteral("zone.grace");

        QTest::addRow("alert: id missing")
            << false << alert([](QCborMap &m) { m.remove(QLatin1String("id")); }) << QStringLiteral("id");
        QTest::addRow("alert: state out of range")
            << false << alert([](QCborMap &m) { m.insert(QLatin1String("state"), 5); })
            << QStringLiteral("state");
        QTest::addRow("alert: outcome negative")
            << false << alert([](QCborMap &m) { m.insert(QLatin1String("outcome"), -1); })
            << QStringLiteral("outcome");
        QTest::addRow("alert: kind missing") << false << alert([](QCborMap &m) {
            QCborMap a = child(m, "alert");
            a.remove(QLatin1String("kind"));
            m.insert(QLatin1String("alert"), a);
        }) << QStringLiteral("alert.kind");
        QTest::addRow("alert: evidence time as text") << false << alert([](QCborMap &m) {
            QCborMap a = child(m, "alert");
            QCborArray evidence = a.value(QLatin1String("evidence")).toArray();
            QCborMap ref = evidence.at(1).toMap();
            ref.insert(QLatin1String("time"), QStringLiteral("09:01"));
            evidence[1] = ref;
            a.insert(QLatin1String("evidence"), evidence);
            m.insert(QLatin1String("alert"), a);
        }) << QStringLiteral("alert.evidence[1].time");
        QTest::addRow("alert: evidence item not a map") << false << alert([](QCborMap &m) {
            QCborMap a = child(m, "alert");
            a.insert(QLatin1String("evidence"), QCborArray { 3 });
            m.insert(QLatin1String("alert"), a);
        }) << QStringLiteral("alert.evidence[0]");
        QTest::addRow("alert: note state out of range") << false << alert([](QCborMap &m) {
            QCborArray notes = m.value(QLatin1String("notes")).toArray();
            QCborMap note = notes.at(1).toMap();
            note.insert(QLatin1String("state"), 9);
            notes[1] = note;
            m.insert(QLatin1String("notes"), notes);
        }) << QStringLiteral("notes[1].state");
        QTest::addRow("alert: notes not a list")
            << false << alert([](QCborMap &m) { m.insert(QLatin1String("notes"), QStringLiteral("x")); })
            << QStringLiteral("notes");
    }

    void malformed()
    {
        QFETCH(bool, isZone);
        QFETCH(Mutation, body);
        QFETCH(QString, path);
        const QByteArray bytes = body();
        const Error error = isZone ? MonitoringCodec::zoneRecordFromCbor(bytes).error()
                                   : MonitoringCodec::alertRecordFromCbor(bytes).error();
        QCOMPARE(error.code, ErrorCode::Corrupt);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(
            error.message.startsWith(isZone ? QStringLiteral("Zone record") : QStringLiteral("Alert record")),
            qPrintable(error.message));
    }

    void malformedIsNotAccepted()
    {
        // The unmutated bodies of the malformed table decode: the mutations are what fails.
        NIGRAN_VERIFY_OK(MonitoringCodec::zoneRecordFromCbor(MonitoringCodec::encode(circleZone())));
        NIGRAN_VERIFY_OK(MonitoringCodec::zoneRecordFromCbor(MonitoringCodec::encode(polygonZone())));
        NIGRAN_VERIFY_OK(MonitoringCodec::alertRecordFromCbor(MonitoringCodec::encode(sampleAlert())));
    }

    void idFor()
    {
        const Alert alert = sampleAlert().alert;
        const QString id = AlertRecord::idFor(alert);
        static const QRegularExpression uuidV5(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuidV5.match(id).hasMatch(), qPrintable(id));
        // Deterministic, and independent of what is not part of the identity.
        Alert same = alert;
        same.raisedAt = utc(10, 0);
        same.evidence.clear();
        same.startedAt = alert.startedAt.toTimeZone(QTimeZone(5 * 3600));
        QCOMPARE(AlertRecord::idFor(same), id);
        // The SHA-256 of "TAG-SYN-1|0|zone-1|2|<ms>", version and variant set: computed independently.
        QCOMPARE(id, QStringLiteral("%1").arg(expectedId(alert)));
        // Each part of the identity changes it.
        const std::function<void(Alert &)> changes[] = {
            [](Alert &a) { a.deviceId = QStringLiteral("TAG-SYN-2"); },
            [](Alert &a) { a.kind = AlertKind::ZoneExit; },
            [](Alert &a) { a.zoneId = QStringLiteral("zone-9"); },
            [](Alert &a) { a.zoneVersion = 3; },
            [](Alert &a) { a.startedAt = a.startedAt.addMSecs(1); },
        };
        QSet<QString> ids { id };
        for (const auto &change : changes) {
            Alert changed = alert;
            change(changed);
            ids.insert(AlertRecord::idFor(changed));
        }
        QCOMPARE(ids.size(), 6);
    }

    void severity_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addRow("zone entry") << int(AlertKind::ZoneEntry) << int(AlertSeverity::Critical);
        QTest::addRow("strap tamper") << int(AlertKind::StrapTamper) << int(AlertSeverity::Critical);
        QTest::addRow("zone exit") << int(AlertKind::ZoneExit) << int(AlertSeverity::High);
        QTest::addRow("curfew breach") << int(AlertKind::CurfewBreach) << int(AlertSeverity::High);
        QTest::addRow("signal lost") << int(AlertKind::SignalLost) << int(AlertSeverity::Medium);
        QTest::addRow("device offline") << int(AlertKind::DeviceOffline) << int(AlertSeverity::Medium);
        QTest::addRow("low battery") << int(AlertKind::LowBattery) << int(AlertSeverity::Low);
    }

    void severity()
    {
        QFETCH(int, kind);
        QFETCH(int, severity);
        QCOMPARE(int(AlertRecord::severityOf(AlertKind(kind))), severity);
        AlertRecord record;
        record.alert.kind = AlertKind(kind);
        QCOMPARE(int(record.severity()), severity);
        QVERIFY(!MonitoringNames::kindName(AlertKind(kind)).isEmpty());
    }

    void columns()
    {
        const AlertRecord alert = sampleAlert();
        QCOMPARE(MonitoringCodec::columns(alert),
            (QVariantList { QStringLiteral("person-1"), QStringLiteral("TAG-SYN-1"),
                QStringLiteral("2026-11-28T09:01:00.000Z"), int(AlertState::Closed),
                int(AlertSeverity::Critical) }));
        const ZoneRecord zone = polygonZone();
        QCOMPARE(MonitoringCodec::columns(zone),
            (QVariantList {
                QStringLiteral("person-1"), QStringLiteral("order-1"), QStringLiteral("zone-2"), 3 }));
        QCOMPARE(MonitoringCodec::rawTime(utc(9, 1).toTimeZone(QTimeZone(5 * 3600))),
            QStringLiteral("2026-11-28T09:01:00.000Z"));
    }

private:
    static QString expectedId(const Alert &alert)
    {
        const QByteArray identity = alert.deviceId.toUtf8() + '|' + QByteArray::number(int(alert.kind)) + '|'
            + alert.zoneId.toUtf8() + '|' + QByteArray::number(alert.zoneVersion) + '|'
            + QByteArray::number(alert.startedAt.toMSecsSinceEpoch());
        QByteArray hex = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).left(16).toHex();
        hex[12] = '5';
        const int variant = (QByteArray::fromHex(hex.mid(16, 2)).at(0) & 0x3F) | 0x80;
        hex.replace(16, 2, QByteArray::number(variant, 16).rightJustified(2, '0'));
        return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
            + hex.mid(16, 4) + '-' + hex.mid(20));
    }
};

QTEST_GUILESS_MAIN(TestMonitoringRecords)
#include "tst_monitoringrecords.moc"
