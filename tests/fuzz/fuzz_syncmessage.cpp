// libFuzzer target: the sync message decoder (MessageCodec) on arbitrary bytes. The first byte picks
// the message kind (low four bits; 8 and 9 are the fix pull messages, whose device blocks are decoded
// with FixCodec as the client does); with its top bit set the rest is compressed first, so the fuzzer
// also reaches the CBOR decoding behind the zstd frame. Every decoded message must encode and decode to
// itself.
#include "monitoring/fixcodec.h"
#include "protocol/messagecodec.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Nigran::Sync;

namespace {

template<typename Message, typename Decode> void roundTrip(const QByteArray &bytes, Decode decode)
{
    const auto decoded = decode(bytes);
    if (!decoded) {
        if (decoded.error().message.isEmpty())
            std::abort(); // every refusal must say what is wrong
        return;
    }
    const auto again = decode(MessageCodec::encode(*decoded));
    if (!again)
        std::abort();
}

/// Writes one seed per message kind, twice: as sent (compressed) and as the CBOR inside.
void writeSeeds(const QString &directory)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1764000000000, QTimeZone::utc());
    const WireRow row { QStringLiteral("persons"), QStringLiteral("0b7e0c1a-0000-4000-8000-000000000001"),
        QStringLiteral("PB-LHR"), 7, 42, QStringLiteral("OFF-1"), false,
        { QStringLiteral("9"), QVariant(), QDate(1990, 1, 2), true, qint64(3) },
        QByteArray("\xa1\x61\x6e\x01") };
    Nigran::Models::AuditEntry entry;
    entry.seq = 1;
    entry.at = at;
    entry.actor = QStringLiteral("admin");
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("persons");
    entry.entityId = row.id;
    entry.prevHash = QByteArray(32, 0);
    entry.hash = entry.computeHash();
    const QList<QByteArray> messages {
        MessageCodec::encode(HandshakeRequest { 1, 3, at, { 1, entry.hash } }),
        MessageCodec::encode(
            HandshakeResponse { 1, at, 5, QStringLiteral("OFF-1"), QStringLiteral("PB-LHR"), {} }),
        MessageCodec::encode(PushRequest { QStringLiteral("batch-1"), { entry }, { { row, 3, QString() } } }),
        MessageCodec::encode(PushResponse { QStringLiteral("batch-1"),
            { { row.entity, row.id, ItemStatus::Conflict, 9, QStringLiteral("c-1"), RejectReason::None,
                {} } },
            { 1, entry.hash } }),
        MessageCodec::encode(PullRequest { 12, 500 }),
        MessageCodec::encode(PullResponse { { row }, 7, true, MessageCodec::pageChecksum({ row }) }),
        MessageCodec::encodeConflict(ConflictRecord { row.entity, row.id, 7, 3, row, at, true, 0, {} }),
    };
    Nigran::Models::Fix fix;
    fix.deviceId = QStringLiteral("TAG-1");
    fix.fixTime = at;
    fix.receivedTime = at.addSecs(2);
    fix.latitude = 31.5204;
    fix.longitude = 74.3587;
    fix.accuracyMetres = 8.5;
    fix.batteryPercent = 80;
    const QList<std::pair<int, QByteArray>> fixMessages {
        { 8, MessageCodec::encode(FixPullRequest { 40, 90, { QStringLiteral("TAG-1") }, at, 500 }) },
        { 9,
            MessageCodec::encode(FixPullResponse {
                { { QStringLiteral("TAG-1"), Nigran::Models::FixCodec::encode({ fix, fix }) } }, 41, true,
                { QStringLiteral("TAG-1") }, at }) },
    };
    QDir().mkpath(directory);
    for (const auto &[kind, message] : fixMessages) {
        const auto inner = MessageCodec::decompress(message, {});
        const QList<QByteArray> seeds { char(kind) + message,
            char(kind | 0x80) + inner.value_or(QByteArray()) };
        for (int variant = 0; variant < seeds.size(); ++variant) {
            QFile file(QDir(directory).filePath(QStringLiteral("seed-%1-%2").arg(kind).arg(variant)));
            if (file.open(QIODevice::WriteOnly))
                file.write(seeds[variant]);
        }
    }
    for (int kind = 0; kind < messages.size(); ++kind) {
        const bool compressed = kind < 6;
        const auto inner = compressed ? MessageCodec::decompress(messages[kind], {}) : messages[kind];
        const QList<QByteArray> seeds { char(kind) + messages[kind],
            char(kind | 0x80) + inner.value_or(QByteArray()) };
        for (int variant = 0; variant < seeds.size(); ++variant) {
            QFile file(QDir(directory).filePath(QStringLiteral("seed-%1-%2").arg(kind).arg(variant)));
            if (file.open(QIODevice::WriteOnly))
                file.write(seeds[variant]);
        }
    }
}

} // namespace

/// NIGRAN_FUZZ_WRITE_SEEDS=<dir>: write the seed corpus (tests/fuzz/corpus/fuzz_syncmessage) and exit.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString directory = qEnvironmentVariable("NIGRAN_FUZZ_WRITE_SEEDS");
    if (!directory.isEmpty()) {
        writeSeeds(directory);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if ((data[0] & 0x80) != 0)
        bytes = MessageCodec::compress(bytes);
    switch (data[0] & 0x0f) {
    case 0:
        roundTrip<HandshakeRequest>(bytes, &MessageCodec::decodeHandshakeRequest);
        break;
    case 1:
        roundTrip<HandshakeResponse>(bytes, &MessageCodec::decodeHandshakeResponse);
        break;
    case 2:
        roundTrip<PushRequest>(bytes, &MessageCodec::decodePushRequest);
        break;
    case 3:
        roundTrip<PushResponse>(bytes, &MessageCodec::decodePushResponse);
        break;
    case 4:
        roundTrip<PullRequest>(bytes, &MessageCodec::decodePullRequest);
        break;
    case 5:
        roundTrip<PullResponse>(bytes, &MessageCodec::decodePullResponse);
        break;
    case 8:
        roundTrip<FixPullRequest>(bytes, &MessageCodec::decodeFixPullRequest);
        break;
    case 9: {
        roundTrip<FixPullResponse>(bytes, &MessageCodec::decodeFixPullResponse);
        if (const auto response = MessageCodec::decodeFixPullResponse(bytes)) {
            for (const DeviceFixes &device : response->devices) {
                const auto fixes = Nigran::Models::FixCodec::decode(device.block, device.deviceId);
                if (!fixes && fixes.error().message.isEmpty())
                    std::abort();
            }
        }
        break;
    }
    default:
        if (const auto conflict = MessageCodec::decodeConflict(bytes);
            !conflict && conflict.error().message.isEmpty())
            std::abort();
        break;
    }
    return 0;
}
