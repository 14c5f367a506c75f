#pragma once

#include "core/result.h"
#include "pki/certificatevalidity.h"
#include "pki/issuedcertificate.h"
#include "pki/openssltypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Nigran::Sync {

/// The centre's own certificate authority, kept in one folder:
///
///   ca.key / ca.pem          the CA's ECDSA P-256 key (0600) and self-signed certificate
///   server.key / server.pem  the centre's TLS key (0600) and certificate (SAN localhost, 127.0.0.1,
///                            the URL's host and the given host names), followed by the CA certificate
///   crl.pem                  the CRL, rewritten (atomically) on every revocation
///   pki.json                 the centre URL and the CRL number
///   issued.json              every issued certificate: serial, kind, id, district, validity, revoked
///
/// Office bundles are password-protected PKCS#12 files (OfficeBundle reads them) holding the office
/// certificate and key, the CA certificate, and the centre URL as the friendlyName of the CA
/// certificate's bag.
///
/// Mutating calls take a lock file in the folder, so two `pki` commands cannot interleave.
class CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CertificateAuthority)

public:
    static constexpr int CaDays = 3650;
    static constexpr int CrlDays = 30; ///< next-update of each CRL

    /// A freshly issued bundle and what was recorded about its certificate.
    struct Issued
    {
        QByteArray pkcs12;
        IssuedCertificate certificate;
    };

    /// Creates the CA, the server certificate, an empty CRL and the state files in `directory`
    /// (created if missing; refused if it already holds a CA).
    [[nodiscard]] static Models::Result<CertificateAuthority> init(const QString &directory,
        const QUrl &centreUrl, const QStringList &hostNames = {},
        const CertificateValidity &serverValidity = CertificateValidity::days());
    /// Opens an existing PKI folder.
    [[nodiscard]] static Models::Result<CertificateAuthority> open(const QString &directory);

    [[nodiscard]] Models::Result<Issued> issueOffice(const QString &officeId, const QString &district,
        const QString &password, const CertificateValidity &validity = CertificateValidity::days());
    [[nodiscard]] Models::Result<Issued> issueVendor(const QString &vendorId, const QString &password,
        const CertificateValidity &validity = CertificateValidity::days());
    /// Marks the certificate revoked and writes a new CRL. Revoking twice is not an error.
    [[nodiscard]] Models::Result<> revoke(const QString &serial);
    /// The current CRL, PEM.
    [[nodiscard]] Models::Result<QByteArray> crl() const;
    /// Writes a fresh CRL (new number, next-update CrlDays from now) with the current revocations.
    [[nodiscard]] Models::Result<> regenerateCrl();

    [[nodiscard]] QList<IssuedCertificate> issued() const { return m_issued; }
    [[nodiscard]] QUrl centreUrl() const { return m_centreUrl; }
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QByteArray caCertificatePem() const;

    static QString caCertificatePath(const QString &directory);
    static QString caKeyPath(const QString &directory);
    static QString serverCertificatePath(const QString &directory);
    static QString serverKeyPath(const QString &directory);
    static QString crlPath(const QString &directory);

private:
    CertificateAuthority() = default;

    [[nodiscard]] Models::Result<Issued> issueClient(IssuedCertificate::Kind kind, const QString &id,
        const QString &district, const QString &password, const CertificateValidity &validity);
    [[nodiscard]] Models::Result<> writeCrl();
    [[nodiscard]] Models::Result<> saveState() const;

    QString m_directory;
    QUrl m_centreUrl;
    qint64 m_crlNumber = 0;
    QList<IssuedCertificate> m_issued;
    Ossl::PKey m_caKey;
    Ossl::Cert m_caCertificate;
};

} // namespace Nigran::Sync
