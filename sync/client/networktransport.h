#pragma once

#include "client/synctransport.h"
#include "core/result.h"
#include "pki/officecredentials.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

namespace Nigran::Sync {

/// The office's HTTPS transport to its centre (SECURITY.md, in transit): mutual TLS 1.3 only with the
/// office's certificate and key, the centre's CA as the only trusted root (pinned; no system store),
/// peer verification, a transfer timeout on every request and no way to ignore TLS errors.
/// Asynchronous: exchange() returns at once and the reply comes from the event loop.
class NetworkTransport final : public QObject, public SyncTransport
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 60000 };

    /// Fails (naming the part) when the credentials' certificate, key, CA or URL is unusable.
    [[nodiscard]] static Models::Result<QSslConfiguration> sslConfiguration(
        const OfficeCredentials &credentials);

    /// An unusable configuration is reported by every exchange().
    explicit NetworkTransport(const OfficeCredentials &credentials, QObject *parent = nullptr);
    ~NetworkTransport() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    /// The URL of one endpoint: the centre URL with the endpoint's path.
    QUrl urlFor(Endpoint endpoint) const;

    void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) override;

private:
    QNetworkAccessManager m_manager;
    QUrl m_centreUrl;
    Models::Result<QSslConfiguration> m_ssl;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Nigran::Sync
