#include "security/securebytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>

namespace Nigran::Models {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{ }

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char *>(bytes.data()),
        reinterpret_cast<const unsigned char *>(bytes.data()) + bytes.size())
{ }

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (RAND_bytes(bytes.data(), int(size)) != 1)
        qFatal("RAND_bytes failed: no entropy available for key generation");
    return bytes;
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
    m_bytes.shrink_to_fit();
}

bool operator==(const SecureBytes &a, const SecureBytes &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace Nigran::Models
