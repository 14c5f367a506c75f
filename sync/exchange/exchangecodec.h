#pragma once

#include "core/result.h"
#include "exchange/exchangemessages.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Nigran::Sync {

/// The CBOR form of the exchange documents (exchangemessages.h): one map with short text keys and a
/// document tag ("m"). The embedded protocol messages stay as they are (already compressed).
///
/// Decoding rejects anything else (another document, a newer format version, a missing or mistyped
/// field, more than MaxBatches batches or MaxPages pages) with ErrorCode::Corrupt and a translated
/// message naming the document and the field; it never crashes on any input.
class ExchangeCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::ExchangeCodec)

public:
    static constexpr int MaxBatches = 10000;
    static constexpr int MaxPages = 1000;

    [[nodiscard]] static QByteArray encode(const ExchangeRequest &request);
    [[nodiscard]] static QByteArray encode(const ExchangeReply &reply);
    [[nodiscard]] static Models::Result<ExchangeRequest> decodeRequest(const QByteArray &bytes);
    [[nodiscard]] static Models::Result<ExchangeReply> decodeReply(const QByteArray &bytes);
};

} // namespace Nigran::Sync
