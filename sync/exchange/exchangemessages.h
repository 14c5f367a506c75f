#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Nigran::Sync {

// The offline exchange (SYNC.md principle 12): an office with no link writes its sync requests into a
// file, the centre answers them into a reply file, and the office imports the reply. The requests and
// responses inside are the very messages of the network protocol (messages.h, encoded by MessageCodec),
// so the centre's idempotency by batch id and the office's acknowledgement and page checks apply
// unchanged. ExchangeCodec encodes these documents as CBOR; ExchangeEnvelope signs and encrypts them.

/// Version of the exchange document format; bumped on any incompatible change.
inline constexpr int ExchangeFormatVersion = 1;

/// The office's file: signed with the office certificate, encrypted to the centre's CA certificate.
struct ExchangeRequest
{
    int format = ExchangeFormatVersion;
    QString exchangeId; ///< random; the reply names it
    QString officeId; ///< as the office knows itself; the centre takes it from the signer certificate
    QString district;
    QDateTime created; ///< UTC
    QByteArray handshake; ///< encoded HandshakeRequest
    QList<QByteArray> batches; ///< encoded PushRequests, oldest first, byte for byte as frozen
    qint64 cursor = 0; ///< the office's pull cursor when the file was written
    int pageSize = 500; ///< rows per pull page
    int maxPages = 20; ///< pages the reply may hold at most
    friend bool operator==(const ExchangeRequest &, const ExchangeRequest &) = default;
};

/// One page of changes in a reply: the encoded PullResponse of the changes after `cursor`.
struct ExchangePage
{
    qint64 cursor = 0;
    QByteArray page;
    friend bool operator==(const ExchangePage &, const ExchangePage &) = default;
};

/// The centre's reply: signed by the centre's CA, encrypted to the office certificate that signed the
/// request.
struct ExchangeReply
{
    int format = ExchangeFormatVersion;
    QString exchangeId; ///< the request's
    QString officeId; ///< from the request's signer certificate
    QString district; ///< from the request's signer certificate
    QDateTime created; ///< UTC
    QByteArray handshake; ///< encoded HandshakeResponse
    QList<QByteArray> pushes; ///< encoded PushResponses, one per batch of the request, in order
    QList<ExchangePage> pages; ///< consecutive pages from the request's cursor
    friend bool operator==(const ExchangeReply &, const ExchangeReply &) = default;
};

} // namespace Nigran::Sync
