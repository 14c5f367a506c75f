#pragma once

#include "core/result.h"
#include "server/peeridentity.h"
#include "server/reply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

namespace Nigran::Sync {

/// The centre's HTTPS server (cpp-httplib's SSLServer) with mutual TLS:
///
/// - TLS 1.3 only (minimum and maximum); a client certificate is required and verified against the
///   centre's CA only, with the CRL checked on every handshake. The CRL file of the PKI folder is
///   re-read (under a lock) at the first handshake after `pki revoke` rewrote it.
/// - The peer (PeerIdentity) is read from the verified certificate for every request. Office routes
///   refuse vendor certificates and vendor routes office ones (403).
/// - Limits: request body size, read/write timeouts, keep-alive count and timeout, worker threads.
/// - One JSON line per request on stderr: time, peer id, district, method, path, status, bytes in and
///   out, milliseconds; refused handshakes are logged with the verify error and the serial. Never
///   bodies or personal data.
/// - GET /v1/health (either kind of certificate) answers {"protocol":N,"peer":"<id>","kind":"…"}.
///
/// Usage: add routes, listen(), then run() or runUntilSignal() (SIGTERM/SIGINT: stop accepting,
/// finish the requests in flight, return).
class CentreServer
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreServer)

public:
    struct Settings
    {
        QString pkiDirectory; ///< holds server.pem, server.key, ca.pem, crl.pem (CertificateAuthority)
        QString host = QStringLiteral("127.0.0.1");
        int port = 0; ///< 0: any free port (listen() returns it)
        std::size_t maxRequestBytes = 32 * 1024 * 1024;
        int readTimeoutSeconds = 30;
        int writeTimeoutSeconds = 30;
        int keepAliveMaxCount = 100;
        int keepAliveTimeoutSeconds = 5;
        int threads = 8;
    };

    using Handler = std::function<Reply(const PeerIdentity &peer, const QByteArray &body)>;

    explicit CentreServer(Settings settings);
    ~CentreServer();
    Q_DISABLE_COPY_MOVE(CentreServer)

    /// A POST route for office certificates only.
    void addOfficeRoute(const QString &path, Handler handler);
    /// A POST route for vendor certificates only.
    void addVendorRoute(const QString &path, Handler handler);

    /// Loads the TLS material and binds; returns the port.
    [[nodiscard]] Models::Result<int> listen();
    /// Serves until stop() (from any thread).
    [[nodiscard]] Models::Result<> run();
    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns. Blocks those
    /// signals in the calling thread (and so in the server's threads).
    [[nodiscard]] Models::Result<> runUntilSignal();
    void stop();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Nigran::Sync
