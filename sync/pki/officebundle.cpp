#include "pki/officebundle.h"

#include "pki/certificateidentity.h"
#include "pki/openssltypes.h"

#include <openssl/pem.h>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Result;

namespace {

QByteArray toPem(X509 *certificate)
{
    const Ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return Ossl::bioBytes(bio.get());
}

QByteArray toPem(EVP_PKEY *key)
{
    const Ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return Ossl::bioBytes(bio.get());
}

} // namespace

Result<OfficeCredentials> OfficeBundle::read(
    const QByteArray &pkcs12, const QString &password, const QDateTime &now)
{
    const auto notABundle = [] {
        ERR_clear_error();
        return fail(ErrorCode::Corrupt,
            tr("The file is not a certificate bundle (PKCS#12): it is damaged, truncated or of another "
               "kind"));
    };
    if (pkcs12.isEmpty())
        return notABundle();
    const Ossl::Pkcs12 bundle(d2i_PKCS12_bio(Ossl::readBio(pkcs12).get(), nullptr));
    if (!bundle)
        return notABundle();
    const QByteArray passwordBytes = password.toUtf8();
    if (PKCS12_mac_present(bundle.get()) == 1
        && PKCS12_verify_mac(bundle.get(), passwordBytes.constData(), static_cast<int>(passwordBytes.size()))
            != 1) {
        ERR_clear_error();
        return fail(ErrorCode::WrongKey, tr("The password of the certificate bundle is wrong"));
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    if (PKCS12_parse(bundle.get(), passwordBytes.constData(), &rawKey, &rawCertificate, &rawChain) != 1)
        return notABundle();
    const Ossl::PKey key(rawKey);
    const Ossl::Cert certificate(rawCertificate);
    const Ossl::CertStack chain(rawChain);

    const auto identity = CertificateIdentity::of(certificate.get());
    if (!key || !certificate || !identity || identity->kind != PeerIdentity::Kind::Office)
        return fail(ErrorCode::InvalidInput,
            tr("The certificate bundle is not a Nigran office bundle (it names no office and district)"));
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return fail(
            ErrorCode::Corrupt, tr("The key in the certificate bundle does not match its certificate"));
    }

    X509 *ca = nullptr;
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i) {
        X509 *candidate = sk_X509_value(chain.get(), i);
        if (X509_check_issued(candidate, certificate.get()) == X509_V_OK
            && X509_verify(certificate.get(), X509_get0_pubkey(candidate)) == 1) {
            ca = candidate;
            break;
        }
    }
    ERR_clear_error();
    if (ca == nullptr)
        return fail(ErrorCode::InvalidInput,
            tr("The certificate bundle lacks the centre's CA certificate that signed the office "
               "certificate"));
    int aliasLength = 0;
    const unsigned char *alias = X509_alias_get0(ca, &aliasLength);
    const QUrl url = alias != nullptr
        ? QUrl(QString::fromUtf8(reinterpret_cast<const char *>(alias), aliasLength), QUrl::StrictMode)
        : QUrl();
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty())
        return fail(
            ErrorCode::InvalidInput, tr("The certificate bundle does not name the centre's https:// URL"));

    OfficeCredentials credentials;
    credentials.certificatePem = toPem(certificate.get());
    credentials.privateKeyPem = toPem(key.get());
    credentials.caCertificatePem = toPem(ca);
    credentials.centreUrl = url;
    credentials.officeId = identity->id;
    credentials.district = identity->district;
    credentials.expires = CertificateIdentity::notAfter(certificate.get());
    const QDateTime begins = CertificateIdentity::notBefore(certificate.get());
    if (!credentials.expires.isValid() || credentials.expires <= now)
        return fail(ErrorCode::InvalidInput,
            tr("The office certificate in the bundle expired on %1; ask the centre for a new bundle")
                .arg(credentials.expires.toString(Qt::ISODate)));
    if (!begins.isValid() || begins > now)
        return fail(ErrorCode::InvalidInput,
            tr("The office certificate in the bundle is valid only from %1; check this computer's clock")
                .arg(begins.toString(Qt::ISODate)));
    return credentials;
}

} // namespace Nigran::Sync
