#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Nigran::Sync {

/// What an office needs to talk to its centre, as read from the PKCS#12 bundle the centre issued
/// (OfficeBundle): its certificate and key, the centre's CA (the only one it trusts) and the URL.
struct OfficeCredentials
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; ///< sensitive: kept only in the encrypted office store
    QByteArray caCertificatePem;
    QUrl centreUrl;
    QString officeId; ///< from the certificate
    QString district; ///< from the certificate
    QDateTime expires; ///< UTC
};

} // namespace Nigran::Sync
