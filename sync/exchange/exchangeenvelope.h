#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Nigran::Sync {

/// The envelope of an exchange file (SYNC.md principle 12), with OpenSSL 3.0's CMS:
///
///   AuthEnvelopedData (AES-256-GCM, ECDH key agreement to the recipient certificate)
///     └ SignedData (SHA-256, the signer certificate included)
///         └ the exchange document (ExchangeCodec)
///
/// The office signs with its certificate and encrypts to the centre's CA certificate; the centre signs
/// its reply with the CA and encrypts it to the office certificate that signed the request. open()
/// checks that the signature matches the certificate the file carries; whether that certificate is
/// trusted is the caller's decision (verifyCertificate(), or a comparison with the pinned CA).
class ExchangeEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::ExchangeEnvelope)

public:
    /// The contents of an opened envelope.
    struct Opened
    {
        QByteArray content;
        QByteArray signerCertificatePem;
    };

    /// Signs `content` and encrypts the signed data to `recipientCertificatePem`; DER bytes.
    [[nodiscard]] static Models::Result<QByteArray> seal(const QByteArray &content,
        const QByteArray &signerCertificatePem, const QByteArray &signerKeyPem,
        const QByteArray &recipientCertificatePem);

    /// Decrypts with the recipient's key and checks the signature. Refused: bytes that are not such an
    /// envelope (Corrupt), an envelope for another recipient (PermissionDenied), a damaged or altered
    /// file or signature (Corrupt), anything but exactly one signer (Corrupt).
    [[nodiscard]] static Models::Result<Opened> open(const QByteArray &envelope,
        const QByteArray &recipientCertificatePem, const QByteArray &recipientKeyPem);

    /// Verifies a certificate against the CA and its CRL at `now`, for client use (an office or
    /// vendor certificate the CA issued). Refused (PermissionDenied) with the reason: revoked, expired,
    /// not yet valid, issued by another CA; a missing or stale CRL refuses too.
    [[nodiscard]] static Models::Result<> verifyCertificate(const QByteArray &certificatePem,
        const QByteArray &caCertificatePem, const QByteArray &crlPem, const QDateTime &now);

    /// Whether two PEM certificates are the same certificate.
    [[nodiscard]] static bool sameCertificate(const QByteArray &firstPem, const QByteArray &secondPem);
};

} // namespace Nigran::Sync
