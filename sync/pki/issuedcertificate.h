#pragma once

#include <QDateTime>
#include <QString>

namespace Nigran::Sync {

/// One certificate the centre's CA issued, as recorded in the PKI folder (issued.json).
struct IssuedCertificate
{
    enum class Kind
    {
        Server,
        Office,
        Vendor,
    };
    QString serial; ///< upper-case hex (CertificateIdentity::serialHex)
    Kind kind = Kind::Office;
    QString id; ///< office or vendor id; the first host name for the server certificate
    QString district; ///< offices only
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    bool revoked = false;
    QDateTime revokedAt; ///< UTC; invalid unless revoked
    friend bool operator==(const IssuedCertificate &, const IssuedCertificate &) = default;

    /// The kind's key in issued.json, bundle names and the centre's status output.
    static QString kindKey(Kind kind)
    {
        switch (kind) {
        case Kind::Server:
            return QStringLiteral("server");
        case Kind::Office:
            return QStringLiteral("office");
        case Kind::Vendor:
            return QStringLiteral("vendor");
        }
        return {};
    }
};

} // namespace Nigran::Sync
