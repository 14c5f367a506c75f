#pragma once

#include "server/peeridentity.h"

#include <QDateTime>
#include <QString>

#include <openssl/x509.h>

#include <optional>

namespace Nigran::Sync {

/// How a Nigran certificate names its holder, in one place for the CA that writes it, the bundle
/// reader and the centre's TLS server that read it.
///
/// An office certificate carries the SAN URIs `urn:nigran:office:<id>` and `urn:nigran:district:<code>`
/// (and CN=<id>, OU=<code> in its subject); a vendor certificate carries `urn:nigran:vendor:<id>`.
/// Both have the clientAuth extended key usage. Scope is only ever read from the SAN.
class CertificateIdentity
{
public:
    static inline const QString OfficeUriPrefix = QStringLiteral("urn:nigran:office:");
    static inline const QString DistrictUriPrefix = QStringLiteral("urn:nigran:district:");
    static inline const QString VendorUriPrefix = QStringLiteral("urn:nigran:vendor:");

    /// The identity in a certificate's SAN: an office with exactly one office id and one district, or
    /// a vendor with one vendor id and no district; nothing otherwise.
    [[nodiscard]] static std::optional<PeerIdentity> of(const X509 *certificate);
    /// The serial number as upper-case hex without leading zeros (as `pki revoke --serial` takes it).
    [[nodiscard]] static QString serialHex(const X509 *certificate);
    [[nodiscard]] static QDateTime notBefore(const X509 *certificate);
    [[nodiscard]] static QDateTime notAfter(const X509 *certificate);
    /// Office, district and vendor ids: 1–64 of A–Z a–z 0–9 . _ - (they go into URIs and file names).
    [[nodiscard]] static bool isValidId(const QString &id);
    /// A serial as the user typed it, normalised like serialHex() (case, leading zeros, "0x").
    [[nodiscard]] static QString normaliseSerial(const QString &serial);
};

} // namespace Nigran::Sync
