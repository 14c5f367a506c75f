#pragma once

// Owning smart pointers for the OpenSSL objects the PKI and the centre's TLS server use, and a helper
// that turns OpenSSL's error queue into text for errors and logs (no key material ever goes in).

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Nigran::Sync::Ossl {

template<auto FreeFunction> struct Deleter
{
    template<typename T> void operator()(T *pointer) const { FreeFunction(pointer); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Crl = std::unique_ptr<X509_CRL, Deleter<X509_CRL_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using AsnInteger = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER_free>>;
using AsnTime = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Names = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

struct CertStackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackDeleter>;

/// A memory BIO reading `bytes` (which must outlive it).
inline Bio readBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

/// Everything written to a memory BIO so far.
inline QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

/// The oldest error on OpenSSL's queue as text (the queue is cleared), or `fallback` if it is empty.
inline QString takeError(const QString &fallback = QStringLiteral("unknown OpenSSL error"))
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return fallback;
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace Nigran::Sync::Ossl
