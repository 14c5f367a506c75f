#include "exchange/centreexchange.h"

#include "centre/centreservice.h"
#include "exchange/exchangecodec.h"
#include "exchange/exchangeenvelope.h"
#include "pki/certificateauthority.h"
#include "pki/certificateidentity.h"
#include "pki/openssltypes.h"
#include "protocol/messagecodec.h"

#include <QFile>

#include <openssl/pem.h>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Models::fail(
            ErrorCode::Io, CentreExchange::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

Result<CentreExchange::Keys> CentreExchange::loadKeys(const QString &pkiDirectory)
{
    Keys keys;
    auto certificate = readFile(CertificateAuthority::caCertificatePath(pkiDirectory));
    if (!certificate)
        return tl::unexpected(certificate.error());
    auto key = readFile(CertificateAuthority::caKeyPath(pkiDirectory));
    if (!key)
        return tl::unexpected(key.error());
    auto crl = readFile(CertificateAuthority::crlPath(pkiDirectory));
    if (!crl)
        return tl::unexpected(crl.error());
    return Keys { *certificate, *key, *crl };
}

CentreExchange::CentreExchange(CentreService &service, Keys keys)
    : m_service(service)
    , m_keys(std::move(keys))
{ }

Result<CentreExchange::Outcome> CentreExchange::answer(const QByteArray &file, const QDateTime &now)
{
    if (file.size() > MaxFileBytes)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The exchange file is larger than %1 MB; it is not accepted.")
                .arg(MaxFileBytes / (1024 * 1024)));
    auto opened = ExchangeEnvelope::open(file, m_keys.caCertificatePem, m_keys.caKeyPem);
    if (!opened)
        return tl::unexpected(opened.error());
    NIGRAN_TRY(ExchangeEnvelope::verifyCertificate(
        opened->signerCertificatePem, m_keys.caCertificatePem, m_keys.crlPem, now));
    Ossl::Cert signer(
        PEM_read_bio_X509(Ossl::readBio(opened->signerCertificatePem).get(), nullptr, nullptr, nullptr));
    const std::optional<PeerIdentity> peer = signer ? CertificateIdentity::of(signer.get()) : std::nullopt;
    if (!peer || peer->kind != PeerIdentity::Kind::Office)
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The exchange file was not signed by an office certificate (it names no office and "
               "district)."));

    auto request = ExchangeCodec::decodeRequest(opened->content);
    if (!request)
        return tl::unexpected(request.error());
    // The scope is the certificate's; a file naming another office was not written by this one.
    if (request->officeId != peer->id || request->district != peer->district)
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The exchange file names office %1 but was signed by the certificate of office %2.")
                .arg(request->officeId, peer->id));

    Outcome outcome;
    outcome.officeId = peer->id;
    outcome.district = peer->district;
    outcome.serial = peer->serial;
    outcome.exchangeId = request->exchangeId;
    ExchangeReply reply;
    reply.exchangeId = request->exchangeId;
    reply.officeId = peer->id;
    reply.district = peer->district;
    reply.created = now.toUTC();

    auto handshake = m_service.handle(Endpoint::Handshake, *peer, request->handshake);
    if (!handshake)
        return tl::unexpected(handshake.error());
    reply.handshake = *handshake;
    qint64 size = handshake->size();
    for (const QByteArray &batch : std::as_const(request->batches)) {
        auto response = m_service.handle(Endpoint::Push, *peer, batch);
        if (!response)
            return tl::unexpected(response.error());
        reply.pushes << *response;
        size += response->size();
        ++outcome.batches;
    }

    qint64 cursor = request->cursor;
    for (int page = 0; page < request->maxPages; ++page) {
        auto response = m_service.pull(*peer, PullRequest { cursor, request->pageSize });
        if (!response)
            return tl::unexpected(response.error());
        const QByteArray encoded = MessageCodec::encode(*response);
        if (page > 0 && size + encoded.size() > m_maxReplyBytes) {
            outcome.hasMore = true; // the office exchanges again for the rest
            break;
        }
        reply.pages << ExchangePage { cursor, encoded };
        size += encoded.size();
        ++outcome.pages;
        outcome.rows += int(response->rows.size());
        outcome.hasMore = response->hasMore;
        cursor = response->nextCursor;
        if (!response->hasMore)
            break;
    }

    auto sealed = ExchangeEnvelope::seal(
        ExchangeCodec::encode(reply), m_keys.caCertificatePem, m_keys.caKeyPem, opened->signerCertificatePem);
    if (!sealed)
        return tl::unexpected(sealed.error());
    outcome.reply = *sealed;
    return outcome;
}

} // namespace Nigran::Sync
