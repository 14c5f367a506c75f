#include "security/keywrapper.h"

#include <QElapsedTimer>
#include <QStringEncoder>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>
#include <numbers>

namespace Nigran::Models {

namespace {

constexpr int KekSize = 32; // AES-256

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

QByteArray randomBytes(qsizetype size)
{
    return SecureBytes::random(std::size_t(size)).view().toByteArray();
}

/// The first queued OpenSSL error, for a message; clears the queue.
QString openSslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_peek_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

/// The UTF-8 form of a password, never held outside wiped memory.
SecureBytes utf8(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBytes buffer(std::size_t(encoder.requiredSpace(text.size())));
    char *begin = reinterpret_cast<char *>(buffer.data());
    const char *end = encoder.appendToBuffer(begin, text);
    return SecureBytes(buffer.view().first(end - begin));
}

Result<SecureBytes> deriveKek(const QString &password, QByteArrayView salt, const KdfParams &params)
{
    if (!params.isValid())
        return fail(ErrorCode::InvalidInput, KeyWrapper::tr("The password hashing cost is out of range."));
    const SecureBytes secret = utf8(password);
    SecureBytes kek(KekSize);
    if (EVP_PBE_scrypt(reinterpret_cast<const char *>(secret.data()), secret.size(), bytes(salt),
            std::size_t(salt.size()), params.n, params.r, params.p, params.memoryBytes(), kek.data(),
            kek.size())
        != 1)
        return fail(
            ErrorCode::Crypto, KeyWrapper::tr("The password could not be hashed (%1).").arg(openSslError()));
    return kek;
}

enum class Direction
{
    Encrypt,
    Decrypt
};
enum class GcmOutcome
{
    Done,
    TagMismatch,
    Failed
};

/// AES-256-GCM over `input` into `output` (the same size). Encrypting writes the tag to `tag`;
/// decrypting checks `input` and `aad` against it.
GcmOutcome aes256Gcm(Direction direction, const SecureBytes &kek, QByteArrayView nonce, QByteArrayView aad,
    QByteArrayView input, unsigned char *output, unsigned char *tag)
{
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(
        EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    EVP_CIPHER_CTX *ctx = context.get();
    const int encrypt = direction == Direction::Encrypt ? 1 : 0;
    int length = 0;
    const bool ready = ctx && kek.size() == KekSize
        && EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1
        && EVP_CipherInit_ex(ctx, nullptr, nullptr, kek.data(), bytes(nonce), encrypt) == 1
        && EVP_CipherUpdate(ctx, nullptr, &length, bytes(aad), int(aad.size())) == 1
        && EVP_CipherUpdate(ctx, output, &length, bytes(input), int(input.size())) == 1
        && (encrypt || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, KeyWrapper::TagSize, tag) == 1);
    if (!ready)
        return GcmOutcome::Failed;
    if (EVP_CipherFinal_ex(ctx, output + length, &length) != 1)
        return encrypt ? GcmOutcome::Failed : GcmOutcome::TagMismatch;
    if (encrypt && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, KeyWrapper::TagSize, tag) != 1)
        return GcmOutcome::Failed;
    return GcmOutcome::Done;
}

} // namespace

KdfParams KdfParams::calibrate(int targetMs)
{
    const QString password = QStringLiteral("calibration only");
    const QByteArray salt(KeyWrapper::SaltSize, '\0');
    // Doubling n doubles the time; it brings the time closer to the target (on a log scale) while the
    // time is under target / sqrt(2).
    const double doubleBelowNs = targetMs * 1e6 / std::numbers::sqrt2;
    KdfParams params { CalibratedMinN, 8, 1 };
    while (params.n < MaxN) {
        QElapsedTimer timer;
        timer.start();
        if (!deriveKek(password, salt, params) || double(timer.nsecsElapsed()) >= doubleBelowNs)
            break;
        params.n *= 2;
    }
    return params;
}

bool KdfParams::isValid() const
{
    const bool powerOfTwo = (n & (n - 1)) == 0;
    return powerOfTwo && n >= MinN && n <= MaxN && r >= 1 && r <= 32 && p >= 1 && p <= 16
        && 128 * quint64(r) * n <= MaxMemoryBytes;
}

quint64 KdfParams::memoryBytes() const
{
    // OpenSSL's accounting: 128·r·(n + 2) for V plus 128·r·p for B.
    return 128 * quint64(r) * (n + 2 + p);
}

QByteArray KeyWrapper::randomSalt()
{
    return randomBytes(SaltSize);
}

Result<WrappedKey> KeyWrapper::wrap(const SecureBytes &key, const QString &password, const QByteArray &salt,
    const KdfParams &params, QByteArrayView aad)
{
    const auto kek = deriveKek(password, salt, params);
    if (!kek)
        return tl::unexpected(kek.error());
    WrappedKey wrapped { params, salt, randomBytes(NonceSize), QByteArray(qsizetype(key.size()), '\0'),
        QByteArray(TagSize, '\0') };
    if (aes256Gcm(Direction::Encrypt, *kek, wrapped.nonce, aad, key.view(),
            reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()),
            reinterpret_cast<unsigned char *>(wrapped.tag.data()))
        != GcmOutcome::Done)
        return fail(ErrorCode::Crypto, tr("The key could not be encrypted (%1).").arg(openSslError()));
    return wrapped;
}

Result<SecureBytes> KeyWrapper::unwrap(const WrappedKey &wrapped, const QString &password, QByteArrayView aad)
{
    const auto kek = deriveKek(password, wrapped.salt, wrapped.kdf);
    if (!kek)
        return tl::unexpected(kek.error());
    SecureBytes key(std::size_t(wrapped.ciphertext.size()));
    QByteArray tag = wrapped.tag; // OpenSSL takes the expected tag through a non-const pointer
    const GcmOutcome outcome = wrapped.nonce.size() != NonceSize || tag.size() != TagSize
        ? GcmOutcome::TagMismatch
        : aes256Gcm(Direction::Decrypt, *kek, wrapped.nonce, aad, wrapped.ciphertext, key.data(),
            reinterpret_cast<unsigned char *>(tag.data()));
    switch (outcome) {
    case GcmOutcome::Done:
        return key;
    case GcmOutcome::TagMismatch:
        return fail(ErrorCode::WrongKey, tr("The password is wrong or the wrapped key has been altered."));
    case GcmOutcome::Failed:
        break;
    }
    return fail(ErrorCode::Crypto, tr("The key could not be decrypted (%1).").arg(openSslError()));
}

WrappedKey KeyWrapper::decoy(const KdfParams &params, qsizetype keySize)
{
    return { params, randomSalt(), randomBytes(NonceSize), randomBytes(keySize), randomBytes(TagSize) };
}

} // namespace Nigran::Models
