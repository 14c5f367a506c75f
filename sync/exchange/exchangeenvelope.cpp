#include "exchange/exchangeenvelope.h"

#include "pki/certificateidentity.h"
#include "pki/openssltypes.h"

#include <openssl/cms.h>
#include <openssl/pem.h>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

using Cms = std::unique_ptr<CMS_ContentInfo, Ossl::Deleter<CMS_ContentInfo_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Ossl::Deleter<X509_STORE_CTX_free>>;

struct CrlStackDeleter
{
    void operator()(STACK_OF(X509_CRL) * stack) const { sk_X509_CRL_pop_free(stack, X509_CRL_free); }
};
using CrlStack = std::unique_ptr<STACK_OF(X509_CRL), CrlStackDeleter>;

struct SignerStackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); } // the certificates stay in the CMS
};
using SignerStack = std::unique_ptr<STACK_OF(X509), SignerStackDeleter>;

Ossl::Cert readCertificate(const QByteArray &pem)
{
    return Ossl::Cert(PEM_read_bio_X509(Ossl::readBio(pem).get(), nullptr, nullptr, nullptr));
}

Ossl::PKey readKey(const QByteArray &pem)
{
    return Ossl::PKey(PEM_read_bio_PrivateKey(Ossl::readBio(pem).get(), nullptr, nullptr, nullptr));
}

QByteArray certificatePem(X509 *certificate)
{
    Ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return Ossl::bioBytes(bio.get());
}

Result<QByteArray> der(CMS_ContentInfo *cms, const QString &what)
{
    Ossl::Bio out(BIO_new(BIO_s_mem()));
    if (!out || i2d_CMS_bio(out.get(), cms) != 1)
        return Models::fail(ErrorCode::Crypto,
            ExchangeEnvelope::tr("The %1 could not be encoded: %2").arg(what, Ossl::takeError()));
    return Ossl::bioBytes(out.get());
}

/// One DER-encoded CMS structure and nothing after it (d2i alone would ignore trailing bytes).
Cms parseWhole(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *end = data;
    Cms cms(d2i_CMS_ContentInfo(nullptr, &end, static_cast<long>(bytes.size())));
    if (cms && end != data + bytes.size())
        cms.reset();
    return cms;
}

/// Whether one of the envelope's recipients is `certificate` (key transport or key agreement).
bool addressedTo(CMS_ContentInfo *cms, X509 *certificate)
{
    STACK_OF(CMS_RecipientInfo) *recipients = CMS_get0_RecipientInfos(cms);
    for (int i = 0; i < sk_CMS_RecipientInfo_num(recipients); ++i) {
        CMS_RecipientInfo *info = sk_CMS_RecipientInfo_value(recipients, i);
        switch (CMS_RecipientInfo_type(info)) {
        case CMS_RECIPINFO_TRANS:
            if (CMS_RecipientInfo_ktri_cert_cmp(info, certificate) == 0)
                return true;
            break;
        case CMS_RECIPINFO_AGREE: {
            STACK_OF(CMS_RecipientEncryptedKey) *keys = CMS_RecipientInfo_kari_get0_reks(info);
            for (int k = 0; k < sk_CMS_RecipientEncryptedKey_num(keys); ++k) {
                if (CMS_RecipientEncryptedKey_cert_cmp(
                        sk_CMS_RecipientEncryptedKey_value(keys, k), certificate)
                    == 0)
                    return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return false;
}

} // namespace

Result<QByteArray> ExchangeEnvelope::seal(const QByteArray &content, const QByteArray &signerCertificatePem,
    const QByteArray &signerKeyPem, const QByteArray &recipientCertificatePem)
{
    ERR_clear_error();
    Ossl::Cert signer = readCertificate(signerCertificatePem);
    Ossl::PKey key = readKey(signerKeyPem);
    Ossl::Cert recipient = readCertificate(recipientCertificatePem);
    if (!signer || !key || !recipient)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The certificates or the key for signing and encrypting the exchange file cannot be read."));
    Ossl::Bio input = Ossl::readBio(content);
    Cms signedData(CMS_sign(signer.get(), key.get(), nullptr, input.get(), CMS_BINARY));
    if (!signedData)
        return Models::fail(
            ErrorCode::Crypto, tr("The exchange file could not be signed: %1").arg(Ossl::takeError()));
    auto signedBytes = der(signedData.get(), tr("signed exchange file"));
    if (!signedBytes)
        return tl::unexpected(signedBytes.error());

    Ossl::CertStack recipients(sk_X509_new_null());
    if (!recipients || sk_X509_push(recipients.get(), recipient.get()) == 0)
        return Models::fail(ErrorCode::Crypto, tr("Out of memory while encrypting the exchange file."));
    recipient.release(); // owned by the stack now
    Ossl::Bio signedInput = Ossl::readBio(*signedBytes);
    Cms enveloped(CMS_encrypt(recipients.get(), signedInput.get(), EVP_aes_256_gcm(), CMS_BINARY));
    if (!enveloped)
        return Models::fail(
            ErrorCode::Crypto, tr("The exchange file could not be encrypted: %1").arg(Ossl::takeError()));
    return der(enveloped.get(), tr("encrypted exchange file"));
}

Result<ExchangeEnvelope::Opened> ExchangeEnvelope::open(
    const QByteArray &envelope, const QByteArray &recipientCertificatePem, const QByteArray &recipientKeyPem)
{
    ERR_clear_error();
    Ossl::Cert recipient = readCertificate(recipientCertificatePem);
    Ossl::PKey key = readKey(recipientKeyPem);
    if (!recipient || !key)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The certificate or the key for decrypting the exchange file cannot be read."));

    Cms enveloped = parseWhole(envelope);
    const int type = enveloped ? OBJ_obj2nid(CMS_get0_type(enveloped.get())) : NID_undef;
    if (type != NID_id_smime_ct_authEnvelopedData && type != NID_pkcs7_enveloped) {
        ERR_clear_error();
        return Models::fail(ErrorCode::Corrupt,
            tr("The file is not a Nigran exchange file: it is not encrypted data (damaged, truncated or "
               "another kind of file)."));
    }
    Ossl::Bio decrypted(BIO_new(BIO_s_mem()));
    if (!decrypted)
        return Models::fail(ErrorCode::Crypto, tr("Out of memory while decrypting the exchange file."));
    if (!addressedTo(enveloped.get(), recipient.get())) {
        ERR_clear_error();
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The exchange file is encrypted for someone else: it was not written for this %1.")
                .arg(CertificateIdentity::of(recipient.get()) ? tr("office") : tr("centre")));
    }
    if (CMS_decrypt(enveloped.get(), key.get(), recipient.get(), nullptr, decrypted.get(), CMS_BINARY) != 1) {
        ERR_clear_error();
        return Models::fail(ErrorCode::Corrupt,
            tr("The exchange file cannot be decrypted: it was damaged or altered on the way."));
    }

    Cms signedData = parseWhole(Ossl::bioBytes(decrypted.get()));
    if (!signedData || OBJ_obj2nid(CMS_get0_type(signedData.get())) != NID_pkcs7_signed
        || sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(signedData.get())) != 1) {
        ERR_clear_error();
        return Models::fail(ErrorCode::Corrupt,
            tr("The exchange file does not hold data signed by exactly one certificate."));
    }
    Ossl::Bio content(BIO_new(BIO_s_mem()));
    if (!content
        || CMS_verify(signedData.get(), nullptr, nullptr, nullptr, content.get(),
               CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
            != 1) {
        ERR_clear_error();
        return Models::fail(ErrorCode::Corrupt,
            tr("The signature of the exchange file does not match its contents: the file was altered."));
    }
    SignerStack signers(CMS_get0_signers(signedData.get()));
    if (!signers || sk_X509_num(signers.get()) != 1)
        return Models::fail(
            ErrorCode::Corrupt, tr("The exchange file does not name the certificate that signed it."));
    return Opened { Ossl::bioBytes(content.get()), certificatePem(sk_X509_value(signers.get(), 0)) };
}

Result<> ExchangeEnvelope::verifyCertificate(const QByteArray &certificatePem,
    const QByteArray &caCertificatePem, const QByteArray &crlPem, const QDateTime &now)
{
    ERR_clear_error();
    Ossl::Cert certificate = readCertificate(certificatePem);
    Ossl::Cert authority = readCertificate(caCertificatePem);
    if (!certificate || !authority)
        return Models::fail(ErrorCode::InvalidInput, tr("A certificate to verify cannot be read."));
    Ossl::Crl crl(PEM_read_bio_X509_CRL(Ossl::readBio(crlPem).get(), nullptr, nullptr, nullptr));
    if (!crl) {
        ERR_clear_error();
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The centre's certificate revocation list cannot be read, so no certificate is accepted."));
    }
    const QString serial = CertificateIdentity::serialHex(certificate.get());

    Ossl::Store store(X509_STORE_new());
    CrlStack crls(sk_X509_CRL_new_null());
    StoreContext context(X509_STORE_CTX_new());
    if (!store || !crls || !context || X509_STORE_add_cert(store.get(), authority.get()) != 1
        || X509_STORE_set_flags(store.get(), X509_V_FLAG_CRL_CHECK | X509_V_FLAG_X509_STRICT) != 1
        || sk_X509_CRL_push(crls.get(), crl.get()) == 0)
        return Models::fail(
            ErrorCode::Crypto, tr("The certificate check could not be set up: %1").arg(Ossl::takeError()));
    crl.release(); // owned by the stack now
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1)
        return Models::fail(
            ErrorCode::Crypto, tr("The certificate check could not be set up: %1").arg(Ossl::takeError()));
    X509_STORE_CTX_set0_crls(context.get(), crls.get());
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT);
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), now.toSecsSinceEpoch());
    const int verified = X509_verify_cert(context.get());
    const int error = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    if (verified == 1)
        return {};
    switch (error) {
    case X509_V_ERR_CERT_REVOKED:
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The certificate %1 that signed the exchange file has been revoked.").arg(serial));
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The certificate %1 that signed the exchange file expired on %2.")
                .arg(serial, CertificateIdentity::notAfter(certificate.get()).toString(Qt::ISODate)));
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The certificate %1 that signed the exchange file is not valid before %2.")
                .arg(serial, CertificateIdentity::notBefore(certificate.get()).toString(Qt::ISODate)));
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The certificate %1 that signed the exchange file was not issued by this centre.")
                .arg(serial));
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The centre's certificate revocation list is missing, stale or not signed by the centre (%1); "
               "renew it with \"nigran-centre pki crl --renew\".")
                .arg(QString::fromLatin1(X509_verify_cert_error_string(error))));
    default:
        break;
    }
    return Models::fail(ErrorCode::PermissionDenied,
        tr("The certificate %1 that signed the exchange file is not accepted: %2.")
            .arg(serial, QString::fromLatin1(X509_verify_cert_error_string(error))));
}

bool ExchangeEnvelope::sameCertificate(const QByteArray &firstPem, const QByteArray &secondPem)
{
    Ossl::Cert first = readCertificate(firstPem);
    Ossl::Cert second = readCertificate(secondPem);
    ERR_clear_error();
    return first && second && X509_cmp(first.get(), second.get()) == 0;
}

} // namespace Nigran::Sync
