#pragma once

#include "core/result.h"
#include "pki/officecredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Nigran::Sync {

/// Reads the password-protected PKCS#12 bundle the centre issues to an office
/// (CertificateAuthority::issueOffice): the office certificate and key, the centre's CA certificate,
/// and the centre URL, which travels as the friendlyName of the CA certificate's bag.
///
/// Refused, with a translated message saying what is wrong: bytes that are not PKCS#12 (garbage,
/// truncated), a wrong password (ErrorCode::WrongKey), a PKCS#12 file that is not a Nigran office
/// bundle (no office/district SAN, e.g. a vendor bundle or someone else's certificate), a bundle
/// without the CA certificate that signed the office certificate or without the centre URL, and an
/// expired or not yet valid certificate.
class OfficeBundle
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::OfficeBundle)

public:
    [[nodiscard]] static Models::Result<OfficeCredentials> read(const QByteArray &pkcs12,
        const QString &password, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Nigran::Sync
