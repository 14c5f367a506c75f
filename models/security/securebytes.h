#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace Nigran::Models {

/// Key material: move-only bytes that are wiped (OPENSSL_cleanse) when released.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    explicit SecureBytes(QByteArrayView bytes);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    /// A fresh buffer of cryptographically random bytes (RAND_bytes).
    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const
    {
        return { reinterpret_cast<const char *>(m_bytes.data()), qsizetype(size()) };
    }
    SecureBytes copy() const { return SecureBytes(view()); }
    void clear();

    friend bool operator==(const SecureBytes &a, const SecureBytes &b);

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace Nigran::Models
