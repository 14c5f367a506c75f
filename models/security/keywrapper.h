#pragma once

#include "core/result.h"
#include "security/securebytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Nigran::Models {

/// The cost of scrypt (RFC 7914) for one wrapped key; stored beside it.
struct KdfParams
{
    static constexpr quint64 MinN = quint64(1) << 10; ///< accepted at all (tests)
    static constexpr quint64 CalibratedMinN = quint64(1) << 14; ///< the floor for real keys
    static constexpr quint64 MaxN = quint64(1) << 20; ///< 1 GiB of memory at r = 8
    static constexpr quint64 MaxMemoryBytes = quint64(1) << 30;

    quint64 n = CalibratedMinN; ///< CPU/memory cost, a power of two
    quint32 r = 8; ///< block size
    quint32 p = 1; ///< parallelism

    /// Measures scrypt on this machine and returns the cost closest to `targetMs` (r = 8, p = 1,
    /// n a power of two from CalibratedMinN to MaxN). Takes about twice the target to run.
    static KdfParams calibrate(int targetMs = 500);
    /// A cheap cost (n = 2^10) so that tests run fast. Never for real keys.
    static KdfParams forTests() { return { MinN, 8, 1 }; }

    /// Whether the parameters are within the bounds this program accepts from a file.
    bool isValid() const;
    /// The memory scrypt needs for these parameters (its `maxmem`).
    quint64 memoryBytes() const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// A key encrypted under a password: what one key file entry holds. Nothing in it is secret.
struct WrappedKey
{
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray ciphertext;
    QByteArray tag;
};

/// Wraps a key with a password: scrypt derives a key-encryption key from the password, which
/// encrypts the key with AES-256-GCM. The associated data is authenticated but not stored: unwrapping
/// needs the same bytes, so an entry moved to another context (user, office) no longer opens.
class KeyWrapper
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::KeyWrapper)

public:
    static constexpr int SaltSize = 16;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    /// A fresh random salt for wrap().
    [[nodiscard]] static QByteArray randomSalt();

    /// Encrypts `key` under `password` with a fresh random nonce.
    [[nodiscard]] static Result<WrappedKey> wrap(const SecureBytes &key, const QString &password,
        const QByteArray &salt, const KdfParams &params, QByteArrayView aad);
    /// Decrypts a wrapped key. Fails with ErrorCode::WrongKey when the password is wrong or the entry
    /// or the associated data has been changed.
    [[nodiscard]] static Result<SecureBytes> unwrap(
        const WrappedKey &wrapped, const QString &password, QByteArrayView aad);

    /// An entry of random bytes that no password opens but that costs as much to try as a real one
    /// with the same parameters (so that an unknown login takes as long as a wrong password).
    [[nodiscard]] static WrappedKey decoy(const KdfParams &params, qsizetype keySize);
};

} // namespace Nigran::Models
