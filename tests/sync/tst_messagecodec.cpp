// The sync wire format: every message survives a round trip; malformed, truncated, oversized and
// wrong-type input is refused with the field named; random bytes never crash the decoder.

#include "../common/testsupport.h"

#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Nigran::Sync;
using Nigran::Models::AuditEntry;
using Nigran::Models::AuditHead;
using Nigran::Models::ErrorCode;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute, 0, 123), QTimeZone::utc());
}

WireRow sampleRow(int index)
{
    return { QStringLiteral("persons"),
        QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0')),
        QStringLiteral("PB-LHR"), 40 + index, (qint64(1) << 40) + index,
        QStringLiteral("office-%1").arg(index), index % 2 == 1,
        { QStringLiteral("9110112345671"), QVariant(), QStringLiteral("Ali Namoona"), QStringLiteral(""),
            QStringLiteral("ali namoona"), QString(), QDate(1980, 2, 29), QStringLiteral("draft"), false,
            QVariant(qlonglong(-7)), 2.5, QByteArray("\x00\x01", 2) },
        QByteArray("\xa1\x61\x61\x01", 4) };
}

AuditEntry sampleAudit(qint64 seq, const QByteArray &prev)
{
    AuditEntry entry { seq, at(9, int(seq)), QStringLiteral("prosecutor"), QStringLiteral("update"),
        QStringLiteral("persons"), QStringLiteral("row-%1").arg(seq), QStringLiteral("status"), prev, {} };
    entry.hash = entry.computeHash();
    return entry;
}

PushRequest samplePush()
{
    PushRequest push;
    push.batchId = QStringLiteral("batch-1");
    push.auditEntries = { sampleAudit(1, QByteArray(32, '\0')) };
    push.auditEntries << sampleAudit(2, push.auditEntries.first().hash);
    push.items = { { sampleRow(1), 0, {} }, { sampleRow(2), 17, QStringLiteral("conflict-9") } };
    return push;
}

bool sameAudit(const AuditEntry &a, const AuditEntry &b)
{
    return a.seq == b.seq && a.at == b.at && a.actor == b.actor && a.action == b.action
        && a.entity == b.entity && a.entityId == b.entityId && a.detail == b.detail
        && a.prevHash == b.prevHash && a.hash == b.hash;
}

/// The CBOR map of a message, for tests that tamper with it.
QCborMap mapOf(const QByteArray &encoded)
{
    return QCborValue::fromCbor(MessageCodec::decompress(encoded, QStringLiteral("test")).value()).toMap();
}

QByteArray repack(const QCborMap &map)
{
    return MessageCodec::compress(QCborValue(map).toCbor());
}

} // namespace

class TestMessageCodec : public QObject
{
    Q_OBJECT

private slots:
    void handshakeRoundTrip()
    {
        const HandshakeRequest request { ProtocolVersion, 3, at(10), { 12, QByteArray(32, 'h') } };
        auto decoded = MessageCodec::decodeHandshakeRequest(MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, request);

        const HandshakeResponse response { ProtocolVersion, at(10, 1), -60123, QStringLiteral("office-1"),
            QStringLiteral("PB-LHR"), AuditHead::genesis() };
        auto back = MessageCodec::decodeHandshakeResponse(MessageCodec::encode(response));
        NIGRAN_VERIFY_OK(back);
        QCOMPARE(*back, response);
    }

    void invalidTimeRoundTrip()
    {
        const HandshakeRequest request { ProtocolVersion, 3, QDateTime(), AuditHead::genesis() };
        auto decoded = MessageCodec::decodeHandshakeRequest(MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(decoded);
        QVERIFY(!decoded->clientTime.isValid());
    }

    void pushRoundTrip()
    {
        const PushRequest push = samplePush();
        auto decoded = MessageCodec::decodePushRequest(MessageCodec::encode(push));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->batchId, push.batchId);
        QCOMPARE(decoded->items, push.items);
        QCOMPARE(decoded->auditEntries.size(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(sameAudit(decoded->auditEntries.at(i), push.auditEntries.at(i)));
        // Column types come back as they went (a date stays a date, null stays null).
        QCOMPARE(decoded->items.first().row.columns.at(6).metaType().id(), int(QMetaType::QDate));
        QVERIFY(!decoded->items.first().row.columns.at(1).isValid());
        QVERIFY(!decoded->items.first().row.columns.at(3).toString().isNull()); // empty text stays text
        QCOMPARE(decoded->items.first().row.columns.at(3).metaType().id(), int(QMetaType::QString));

        const PushResponse response { QStringLiteral("batch-1"),
            { { QStringLiteral("persons"), QStringLiteral("a"), ItemStatus::Applied, 41, {},
                  RejectReason::None, {} },
                { QStringLiteral("cases"), QStringLiteral("b"), ItemStatus::Conflict, 7,
                    QStringLiteral("c-1"), RejectReason::None, {} },
                { QStringLiteral("cases"), QStringLiteral("c"), ItemStatus::Rejected, 0, {},
                    RejectReason::OutOfScope, QStringLiteral("district") } },
            { 2, QByteArray(32, 'x') } };
        auto back = MessageCodec::decodePushResponse(MessageCodec::encode(response));
        NIGRAN_VERIFY_OK(back);
        QCOMPARE(*back, response);
    }

    void pullRoundTrip()
    {
        const PullRequest request { 1234, 500 };
        auto decoded = MessageCodec::decodePullRequest(MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, request);

        PullResponse response;
        for (int i = 0; i < 5; ++i)
            response.rows << sampleRow(i);
        response.nextCursor = 44;
        response.hasMore = true;
        response.checksum = MessageCodec::pageChecksum(response.rows);
        auto back = MessageCodec::decodePullResponse(MessageCodec::encode(response));
        NIGRAN_VERIFY_OK(back);
        QCOMPARE(*back, response);
        QCOMPARE(MessageCodec::pageChecksum(back->rows), response.checksum);
    }

    void conflictRoundTrip()
    {
        ConflictRecord conflict { QStringLiteral("persons"), QStringLiteral("row-1"), 9, 4, sampleRow(3),
            at(11), false, 12, QStringLiteral("office-2") };
        auto decoded = MessageCodec::decodeConflict(MessageCodec::encodeConflict(conflict));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, conflict);
    }

    void checksumCoversEveryField_data()
    {
        QTest::addColumn<int>("field");
        const char *names[] = { "entity", "id", "district", "version", "hlc", "origin", "deleted", "column",
            "column type", "body", "order" };
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::addRow("%s", names[i]) << i;
    }
    void checksumCoversEveryField()
    {
        QFETCH(int, field);
        QList<WireRow> rows { sampleRow(1), sampleRow(2) };
        const QByteArray before = MessageCodec::pageChecksum(rows);
        WireRow &row = rows.first();
        switch (field) {
        case 0:
            row.entity = QStringLiteral("cases");
            break;
        case 1:
            row.id += u'x';
            break;
        case 2:
            row.district = QStringLiteral("SD-KHI");
            break;
        case 3:
            ++row.version;
            break;
        case 4:
            ++row.hlc;
            break;
        case 5:
            row.origin += u'x';
            break;
        case 6:
            row.deleted = !row.deleted;
            break;
        case 7:
            row.columns[2] = QStringLiteral("Other Namoona");
            break;
        case 8:
            row.columns[9] = QStringLiteral("-7");
            break;
        case 9:
            row.body.append('\0');
            break;
        default:
            std::swap(rows[0], rows[1]);
            break;
        }
        QVERIFY(MessageCodec::pageChecksum(rows) != before);
    }

    void malformedRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named"); // what the message must name

        const QByteArray push = MessageCodec::encode(samplePush());
        const QCborMap pushMap = mapOf(push);
        auto edited = [&](const std::function<void(QCborMap &)> &edit) {
            QCborMap map = pushMap;
            edit(map);
            return repack(map);
        };
        auto editedItem = [&](const std::function<void(QCborMap &)> &edit) {
            return edited([&](QCborMap &map) {
                QCborArray items = map.value(QStringLiteral("i")).toArray();
                QCborMap item = items.at(1).toMap();
                QCborMap row = item.value(QStringLiteral("r")).toMap();
                edit(row);
                item.insert(QStringLiteral("r"), row);
                items[1] = item;
                map.insert(QStringLiteral("i"), items);
            });
        };

        QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::addRow("not zstd") << QByteArray("hello, centre") << QStringLiteral("zstd");
        QTest::addRow("truncated") << push.left(push.size() - 5) << QStringLiteral("truncated");
        QTest::addRow("trailing bytes") << push + QByteArray("xyz") << QStringLiteral("after");
        QTest::addRow("not CBOR") << MessageCodec::compress(QByteArray("\xff\xff\xff", 3))
                                  << QStringLiteral("CBOR");
        QTest::addRow("truncated CBOR")
            << MessageCodec::compress(QCborValue(pushMap).toCbor().chopped(3)) << QStringLiteral("CBOR");
        QTest::addRow("not a map") << MessageCodec::compress(QCborValue(42).toCbor())
                                   << QStringLiteral("not a map");
        QTest::addRow("oversized") << MessageCodec::compress(QByteArray(MessageCodec::MaxDecodedSize + 1,
            'a')) << QStringLiteral("more than");
        QTest::addRow("other message")
            << MessageCodec::encode(PullRequest { 1, 10 }) << QStringLiteral("m: ");
        QTest::addRow("no tag") << edited([](QCborMap &m) { m.remove(QStringLiteral("m")); })
                                << QStringLiteral("m: missing");
        QTest::addRow("batch id missing")
            << edited([](QCborMap &m) { m.remove(QStringLiteral("b")); }) << QStringLiteral("b: missing");
        QTest::addRow("batch id empty")
            << edited([](QCborMap &m) { m.insert(QStringLiteral("b"), QString()); })
            << QStringLiteral("b: must not be empty");
        QTest::addRow("items not a list") << edited([](QCborMap &m) { m.insert(QStringLiteral("i"), 3); })
                                          << QStringLiteral("i: must be a list");
        QTest::addRow("item not a map")
            << edited([](QCborMap &m) { m.insert(QStringLiteral("i"), QCborArray { QStringLiteral("x") }); })
            << QStringLiteral("i[0]: must be a map");
        QTest::addRow("version is text")
            << editedItem([](QCborMap &r) { r.insert(QStringLiteral("v"), QStringLiteral("1")); })
            << QStringLiteral("i[1].r.v: must be an integer");
        QTest::addRow("negative version")
            << editedItem([](QCborMap &r) { r.insert(QStringLiteral("v"), -1); })
            << QStringLiteral("i[1].r.v: must be from 0");
        QTest::addRow("deleted not bool") << editedItem([](QCborMap &r) { r.insert(QStringLiteral("x"), 1); })
                                          << QStringLiteral("i[1].r.x: must be true or false");
        QTest::addRow("body is text")
            << editedItem([](QCborMap &r) { r.insert(QStringLiteral("b"), QStringLiteral("x")); })
            << QStringLiteral("i[1].r.b: must be bytes");
        QTest::addRow("column is a map")
            << editedItem([](QCborMap &r) { r.insert(QStringLiteral("c"), QCborArray { QCborMap() }); })
            << QStringLiteral("i[1].r.c[0]");
        QTest::addRow("bad column date") << editedItem([](QCborMap &r) {
            r.insert(
                QStringLiteral("c"), QCborArray { QCborValue(QCborTag(1004), QStringLiteral("2026-02-30")) });
        }) << QStringLiteral("i[1].r.c[0]: must be a date");
        QTest::addRow("audit time is text") << edited([](QCborMap &m) {
            QCborArray audit = m.value(QStringLiteral("a")).toArray();
            QCborMap entry = audit.at(0).toMap();
            entry.insert(QStringLiteral("t"), QStringLiteral("yesterday"));
            audit[0] = entry;
            m.insert(QStringLiteral("a"), audit);
        }) << QStringLiteral("a[0].t: must be an integer");
        QTest::addRow("audit seq zero") << edited([](QCborMap &m) {
            QCborArray audit = m.value(QStringLiteral("a")).toArray();
            QCborMap entry = audit.at(1).toMap();
            entry.insert(QStringLiteral("s"), 0);
            audit[1] = entry;
            m.insert(QStringLiteral("a"), audit);
        }) << QStringLiteral("a[1].s: must be from 1");
    }
    void malformedRejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        auto decoded = MessageCodec::decodePushRequest(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
        QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
        QVERIFY2(decoded.error().message.contains(QStringLiteral("push request")),
            qPrintable(decoded.error().message));
    }

    void pullLimitBounded_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("zero") << 0 << false;
        QTest::addRow("one") << 1 << true;
        QTest::addRow("max") << MessageCodec::MaxPullLimit << true;
        QTest::addRow("over max") << MessageCodec::MaxPullLimit + 1 << false;
        QTest::addRow("negative") << -5 << false;
    }
    void pullLimitBounded()
    {
        QFETCH(int, limit);
        QFETCH(bool, accepted);
        auto decoded = MessageCodec::decodePullRequest(MessageCodec::encode(PullRequest { 0, limit }));
        QCOMPARE(bool(decoded), accepted);
        if (!accepted)
            QVERIFY2(
                decoded.error().message.contains(QStringLiteral("l: ")), qPrintable(decoded.error().message));
    }

    void fixPullRoundTrip()
    {
        const FixPullRequest request { 8123, 30, { QStringLiteral("TAG-1"), QStringLiteral("TAG-2") }, at(6),
            5000 };
        auto decoded = MessageCodec::decodeFixPullRequest(MessageCodec::encode(request));
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(*decoded, request);

        const FixPullRequest plain; // defaults: no history, no time
        auto decodedPlain = MessageCodec::decodeFixPullRequest(MessageCodec::encode(plain));
        NIGRAN_VERIFY_OK(decodedPlain);
        QCOMPARE(*decodedPlain, plain);

        const FixPullResponse response { { { QStringLiteral("TAG-1"), QByteArray("\x01\x02\x03", 3) },
                                             { QStringLiteral("TAG-2"), QByteArray(1000, '\x7f') } },
            99, true, { QStringLiteral("TAG-1") }, at(7, 30) };
        auto back = MessageCodec::decodeFixPullResponse(MessageCodec::encode(response));
        NIGRAN_VERIFY_OK(back);
        QCOMPARE(*back, response);

        const FixPullResponse empty;
        auto backEmpty = MessageCodec::decodeFixPullResponse(MessageCodec::encode(empty));
        NIGRAN_VERIFY_OK(backEmpty);
        QCOMPARE(*backEmpty, empty);
        QVERIFY(!backEmpty->historyNext.isValid());
    }

    void fixPullRequestMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named");
        const QCborMap good
            = mapOf(MessageCodec::encode(FixPullRequest { 5, 90, { QStringLiteral("TAG-1") }, at(1), 100 }));
        auto edited = [&](const char *key, const QCborValue &value) {
            QCborMap map = good;
            if (value.isUndefined())
                map.remove(QString::fromLatin1(key));
            else
                map.insert(QString::fromLatin1(key), value);
            return repack(map);
        };
        QTest::addRow("another message")
            << MessageCodec::encode(PullRequest { 1, 10 }) << QStringLiteral("m: ");
        QTest::addRow("cursor missing") << edited("c", QCborValue()) << QStringLiteral("c: missing");
        QTest::addRow("cursor negative") << edited("c", -1) << QStringLiteral("c: must be from 0");
        QTest::addRow("window zero") << edited("w", 0) << QStringLiteral("w: must be from 1 to 3650");
        QTest::addRow("window too long") << edited("w", 3651) << QStringLiteral("w: must be from 1 to 3650");
        QTest::addRow("limit zero") << edited("l", 0) << QStringLiteral("l: must be from 1");
        QTest::addRow("limit over max")
            << edited("l", MessageCodec::MaxFixPullLimit + 1) << QStringLiteral("l: must be from 1");
        QTest::addRow("devices not a list")
            << edited("hd", QStringLiteral("TAG-1")) << QStringLiteral("hd: must be a list");
        QTest::addRow("device not text") << edited("hd", QCborArray { QStringLiteral("TAG-1"), 7 })
                                         << QStringLiteral("hd[1]: must be text");
        QTest::addRow("device empty") << edited("hd", QCborArray { QString() })
                                      << QStringLiteral("hd[0]: must have 1 to 64 characters");
        QTest::addRow("device too long") << edited("hd", QCborArray { QString(65, u'x') })
                                         << QStringLiteral("hd[0]: must have 1 to 64 characters");
        QTest::addRow("device twice") << edited("hd", QCborArray { QStringLiteral("A"), QStringLiteral("A") })
                                      << QStringLiteral("hd[1]: is named twice");
        QCborArray many;
        for (int i = 0; i <= MessageCodec::MaxHistoryDevices; ++i)
            many.append(QStringLiteral("TAG-%1").arg(i));
        QTest::addRow("too many devices")
            << edited("hd", many) << QStringLiteral("hd: must have at most 1000");
        QTest::addRow("history without a time")
            << edited("hf", QCborValue(QCborValue::Null)) << QStringLiteral("hf: must be a time");
        QTest::addRow("history time is text")
            << edited("hf", QStringLiteral("2026-11-28")) << QStringLiteral("hf: must be an integer");
    }
    void fixPullRequestMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        auto decoded = MessageCodec::decodeFixPullRequest(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
        QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
        QVERIFY2(decoded.error().message.contains(QStringLiteral("fix pull request")),
            qPrintable(decoded.error().message));
    }

    void fixPullResponseMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("named");
        const QCborMap good = mapOf(MessageCodec::encode(
            FixPullResponse { { { QStringLiteral("TAG-1"), QByteArray("\x01\x00", 2) },
                                  { QStringLiteral("TAG-2"), QByteArray("\x01\x00", 2) } },
                10, false, {}, {} }));
        auto edited = [&](const char *key, const QCborValue &value) {
            QCborMap map = good;
            if (value.isUndefined())
                map.remove(QString::fromLatin1(key));
            else
                map.insert(QString::fromLatin1(key), value);
            return repack(map);
        };
        auto device = [](const QCborValue &id, const QCborValue &block) {
            QCborMap map;
            if (!id.isUndefined())
                map.insert(QStringLiteral("i"), id);
            if (!block.isUndefined())
                map.insert(QStringLiteral("b"), block);
            return map;
        };
        const QByteArray block("\x01\x00", 2);
        QTest::addRow("a fix pull request")
            << MessageCodec::encode(FixPullRequest {}) << QStringLiteral("m: is another message");
        QTest::addRow("devices missing") << edited("d", QCborValue()) << QStringLiteral("d: missing");
        QTest::addRow("device not a map")
            << edited("d", QCborArray { 1 }) << QStringLiteral("d[0]: must be a map");
        QTest::addRow("device id missing")
            << edited("d", QCborArray { device(QCborValue(), block) }) << QStringLiteral("d[0].i: missing");
        QTest::addRow("device id empty") << edited("d", QCborArray { device(QString(), block) })
                                         << QStringLiteral("d[0].i: must have 1 to 64");
        QTest::addRow("block is text")
            << edited("d", QCborArray { device(QStringLiteral("T"), QStringLiteral("x")) })
            << QStringLiteral("d[0].b: must be bytes");
        QTest::addRow("block empty") << edited("d", QCborArray { device(QStringLiteral("T"), QByteArray()) })
                                     << QStringLiteral("d[0].b: must not be empty");
        QTest::addRow("device twice") << edited(
            "d", QCborArray { device(QStringLiteral("T"), block), device(QStringLiteral("T"), block) })
                                      << QStringLiteral("d[1].i: is named twice");
        QTest::addRow("cursor negative") << edited("n", -3) << QStringLiteral("n: must be from 0");
        QTest::addRow("more not bool") << edited("m+", 1) << QStringLiteral("m+: must be true or false");
        QTest::addRow("history done not a list") << edited("hd", 1) << QStringLiteral("hd: must be a list");
        QTest::addRow("history next is text")
            << edited("hn", QStringLiteral("soon")) << QStringLiteral("hn: must be an integer");
    }
    void fixPullResponseMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, named);
        auto decoded = MessageCodec::decodeFixPullResponse(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corrupt);
        QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
        QVERIFY2(decoded.error().message.contains(QStringLiteral("fix pull response")),
            qPrintable(decoded.error().message));
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator random(20261128);
        const QByteArray valid = MessageCodec::encode(samplePush());
        const QByteArray cbor = QCborValue(mapOf(valid)).toCbor();
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            switch (round % 3) {
            case 0: // pure noise
                bytes.resize(random.bounded(1, 300));
                for (char &c : bytes)
                    c = char(random.bounded(256));
                break;
            case 1: // a valid message with bytes flipped
                bytes = valid;
                for (int i = 0; i < 1 + random.bounded(4); ++i)
                    bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
                break;
            default: // valid compression around damaged CBOR
                QByteArray damaged = cbor;
                for (int i = 0; i < 1 + random.bounded(4); ++i)
                    damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
                bytes = MessageCodec::compress(damaged.left(random.bounded(1, int(damaged.size()) + 1)));
                break;
            }
            refused += MessageCodec::decodePushRequest(bytes) ? 0 : 1;
            refused += MessageCodec::decodePullResponse(bytes) ? 0 : 1;
            refused += MessageCodec::decodeHandshakeRequest(bytes) ? 0 : 1;
            (void)MessageCodec::decodeConflict(bytes);
            (void)MessageCodec::decodeFixPullRequest(bytes);
            (void)MessageCodec::decodeFixPullResponse(bytes);
        }
        // Nearly all of it is refused (a flipped byte inside a text value can still decode).
        QVERIFY(refused > 3 * 3000 * 9 / 10);
    }

    void compactOnTheWire()
    {
        PullResponse response;
        for (int i = 0; i < 200; ++i)
            response.rows << sampleRow(i);
        const QByteArray encoded = MessageCodec::encode(response);
        const QByteArray cbor = MessageCodec::decompress(encoded, QStringLiteral("test")).value();
        qInfo("200 sample rows: %lld bytes CBOR, %lld bytes on the wire (%.1f per row)", qint64(cbor.size()),
            qint64(encoded.size()), double(encoded.size()) / 200);
        QVERIFY2(encoded.size() * 3 < cbor.size(),
            qPrintable(QStringLiteral("%1 of %2").arg(encoded.size()).arg(cbor.size())));
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "tst_messagecodec.moc"
