#pragma once

#include "core/result.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Nigran::Sync {

/// The wire format of the sync protocol (SYNC.md principle 10): each message is one CBOR map with
/// short text keys and a message tag ("m"), compressed as one zstd frame.
///
/// Decoding is a pure function of its input: it rejects empty, truncated, oversized (more than
/// MaxDecodedSize once decompressed), malformed and wrong-type input with ErrorCode::Corrupt and a
/// translated message naming the message and the field ("push request: items[2].row.version: must be
/// an integer"); it never crashes on any input.
///
/// Values: text → text string; integers → integer; bool → true/false; bytes → byte string; UTC times
/// → integer milliseconds since the epoch (null when invalid); an indexed column's QDate → tag 1004
/// (RFC 8943 full-date) over "YYYY-MM-DD".
class MessageCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::MessageCodec)

public:
    static constexpr qsizetype MaxEncodedSize = 32 * 1024 * 1024; ///< compressed, as received
    static constexpr qsizetype MaxDecodedSize = 64 * 1024 * 1024; ///< after decompression
    static constexpr int MaxPullLimit = 1000;
    static constexpr int MaxFixPullLimit = 50000; ///< fixes per FixPullResponse
    static constexpr int MaxHistoryDevices = 1000; ///< devices per FixPullRequest
    static constexpr int MaxDeviceIdLength = 64;
    static constexpr int MaxWindowDays = 3650;

    [[nodiscard]] static QByteArray encode(const HandshakeRequest &message);
    [[nodiscard]] static QByteArray encode(const HandshakeResponse &message);
    [[nodiscard]] static QByteArray encode(const PushRequest &message);
    [[nodiscard]] static QByteArray encode(const PushResponse &message);
    [[nodiscard]] static QByteArray encode(const PullRequest &message);
    [[nodiscard]] static QByteArray encode(const PullResponse &message);
    [[nodiscard]] static QByteArray encode(const FixPullRequest &message);
    [[nodiscard]] static QByteArray encode(const FixPullResponse &message);

    [[nodiscard]] static Models::Result<HandshakeRequest> decodeHandshakeRequest(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<HandshakeResponse> decodeHandshakeResponse(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<PushRequest> decodePushRequest(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<PushResponse> decodePushResponse(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<PullRequest> decodePullRequest(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<PullResponse> decodePullResponse(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<FixPullRequest> decodeFixPullRequest(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<FixPullResponse> decodeFixPullResponse(const QByteArray &bytes);

    /// The body of a ConflictEntity row: plain CBOR (row bodies are not compressed on their own).
    [[nodiscard]] static QByteArray encodeConflict(const ConflictRecord &conflict);
    [[nodiscard]] static Models::Result<ConflictRecord> decodeConflict(const QByteArray &body);

    /// SHA-256 over a canonical, length-prefixed encoding of every field of every row, in order.
    [[nodiscard]] static QByteArray pageChecksum(const QList<WireRow> &rows);

    /// zstd, one frame; decompress() stops at MaxDecodedSize.
    [[nodiscard]] static QByteArray compress(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<QByteArray> decompress(const QByteArray &bytes, const QString &where);
};

} // namespace Nigran::Sync
