#include "server/centreserver.h"

#include "pki/certificateauthority.h"
#include "pki/certificateidentity.h"
#include "pki/openssltypes.h"
#include "protocol/protocolversion.h"

// The Debian build of cpp-httplib is a compiled library built with these options (cpp-httplib.pc);
// the header must see the same ones.
#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
#define CPPHTTPLIB_OPENSSL_SUPPORT
#endif
#ifndef CPPHTTPLIB_ZLIB_SUPPORT
#define CPPHTTPLIB_ZLIB_SUPPORT
#endif
#ifndef CPPHTTPLIB_BROTLI_SUPPORT
#define CPPHTTPLIB_BROTLI_SUPPORT
#endif
#include <httplib.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <mutex>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <thread>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Result;

namespace {

struct CrlStackDeleter
{
    void operator()(STACK_OF(X509_CRL) * stack) const { sk_X509_CRL_pop_free(stack, X509_CRL_free); }
};
using CrlStack = std::shared_ptr<STACK_OF(X509_CRL)>;

std::mutex logMutex;

/// Writes one JSON line to stderr.
void logLine(QJsonObject fields)
{
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    const std::lock_guard lock(logMutex);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

std::optional<PeerIdentity> peerOf(const httplib::Request &request)
{
    if (request.ssl == nullptr)
        return std::nullopt;
    // SSL_get0_peer_certificate does not take a reference; the connection outlives the request.
    return CertificateIdentity::of(SSL_get0_peer_certificate(request.ssl));
}

QString kindName(PeerIdentity::Kind kind)
{
    return kind == PeerIdentity::Kind::Office ? QStringLiteral("office") : QStringLiteral("vendor");
}

thread_local std::chrono::steady_clock::time_point requestStart;

} // namespace

class CentreServer::Private
{
public:
    explicit Private(Settings settings)
        : m_settings(std::move(settings))
    { }

    /// The CRLs the next handshake checks against: re-read when crl.pem changed on disk.
    CrlStack currentCrls()
    {
        const std::lock_guard lock(m_crlMutex);
        struct stat info = {};
        const QByteArray path = QFile::encodeName(CertificateAuthority::crlPath(m_settings.pkiDirectory));
        if (::stat(path.constData(), &info) == 0
            && (info.st_ino != m_crlInode || info.st_size != m_crlSize
                || info.st_mtim.tv_sec != m_crlMtime.tv_sec || info.st_mtim.tv_nsec != m_crlMtime.tv_nsec
                || !m_crls)) {
            if (auto fresh = loadCrl(path)) {
                m_crls = std::move(fresh);
                m_crlInode = info.st_ino;
                m_crlSize = info.st_size;
                m_crlMtime = info.st_mtim;
                logLine({ { QStringLiteral("event"), QStringLiteral("crl-loaded") },
                    { QStringLiteral("revoked"),
                        std::max(0,
                            sk_X509_REVOKED_num(
                                X509_CRL_get_REVOKED(sk_X509_CRL_value(m_crls.get(), 0)))) } });
            }
        }
        return m_crls;
    }

    /// Parses and checks a CRL file (signed by the CA); nothing if it is unusable, so the last good
    /// CRL stays in force.
    CrlStack loadCrl(const QByteArray &path)
    {
        QFile file(QFile::decodeName(path));
        if (!file.open(QIODevice::ReadOnly)) {
            logLine({ { QStringLiteral("event"), QStringLiteral("crl-unreadable") } });
            return nullptr;
        }
        const QByteArray bytes = file.readAll();
        Ossl::Crl crl(PEM_read_bio_X509_CRL(Ossl::readBio(bytes).get(), nullptr, nullptr, nullptr));
        if (!crl || X509_CRL_verify(crl.get(), X509_get0_pubkey(m_caCertificate.get())) != 1) {
            ERR_clear_error();
            logLine({ { QStringLiteral("event"), QStringLiteral("crl-rejected") } });
            return nullptr;
        }
        CrlStack stack(sk_X509_CRL_new_null(), CrlStackDeleter());
        if (!stack || sk_X509_CRL_push(stack.get(), crl.get()) == 0)
            return nullptr;
        crl.release();
        return stack;
    }

    /// OpenSSL's certificate verification, with the current CRL (SSL_CTX_set_cert_verify_callback).
    static int verifyCertificate(X509_STORE_CTX *context, void *argument)
    {
        auto *self = static_cast<Private *>(argument);
        const CrlStack crls = self->currentCrls();
        X509_STORE_CTX_set0_crls(context, crls.get());
        const int verified = X509_verify_cert(context);
        X509_STORE_CTX_set0_crls(context, nullptr);
        if (verified != 1) {
            const int error = X509_STORE_CTX_get_error(context);
            X509 *certificate = X509_STORE_CTX_get0_cert(context);
            logLine({ { QStringLiteral("event"), QStringLiteral("tls-refused") },
                { QStringLiteral("error"), QString::fromLatin1(X509_verify_cert_error_string(error)) },
                { QStringLiteral("serial"),
                    certificate != nullptr ? CertificateIdentity::serialHex(certificate) : QString() } });
        }
        return verified;
    }

    /// Logs every fatal alert the server sends (refused handshakes: no certificate, unknown CA,
    /// expired, revoked, protocol version).
    static void logAlert(const SSL *, int where, int value)
    {
        if ((where & SSL_CB_ALERT) == 0 || (where & SSL_CB_WRITE) == 0 || (value >> 8) != SSL3_AL_FATAL)
            return;
        const int code = value & 0xff;
        // OpenSSL 3.0 has no text for the TLS 1.3 alert 116.
        const QString text = code == 116 ? QStringLiteral("certificate required")
                                         : QString::fromLatin1(SSL_alert_desc_string_long(value));
        logLine({ { QStringLiteral("event"), QStringLiteral("tls-alert") }, { QStringLiteral("alert"), text },
            { QStringLiteral("code"), code } });
    }

    bool setupContext(SSL_CTX &context)
    {
        const QByteArray chainPath
            = QFile::encodeName(CertificateAuthority::serverCertificatePath(m_settings.pkiDirectory));
        const QByteArray keyPath
            = QFile::encodeName(CertificateAuthority::serverKeyPath(m_settings.pkiDirectory));
        if (SSL_CTX_set_min_proto_version(&context, TLS1_3_VERSION) != 1
            || SSL_CTX_set_max_proto_version(&context, TLS1_3_VERSION) != 1
            || SSL_CTX_use_certificate_chain_file(&context, chainPath.constData()) != 1
            || SSL_CTX_use_PrivateKey_file(&context, keyPath.constData(), SSL_FILETYPE_PEM) != 1
            || SSL_CTX_check_private_key(&context) != 1) {
            m_setupError = Ossl::takeError();
            return false;
        }
        X509_STORE *store = X509_STORE_new();
        if (store == nullptr || X509_STORE_add_cert(store, m_caCertificate.get()) != 1
            || X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_X509_STRICT) != 1) {
            X509_STORE_free(store);
            m_setupError = Ossl::takeError();
            return false;
        }
        SSL_CTX_set_cert_store(&context, store); // the context owns it now
        STACK_OF(X509_NAME) *clientCas = sk_X509_NAME_new_null();
        sk_X509_NAME_push(clientCas, X509_NAME_dup(X509_get_subject_name(m_caCertificate.get())));
        SSL_CTX_set_client_CA_list(&context, clientCas);
        SSL_CTX_set_verify(&context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        SSL_CTX_set_cert_verify_callback(&context, &Private::verifyCertificate, this);
        SSL_CTX_set_info_callback(&context, &Private::logAlert);
        SSL_CTX_set_session_cache_mode(&context, SSL_SESS_CACHE_OFF);
        SSL_CTX_set_num_tickets(&context, 0); // every connection runs a full handshake with the CRL
        return true;
    }

    void route(const QString &path, std::optional<PeerIdentity::Kind> kind, Handler handler, bool isGet)
    {
        auto wrapped = [kind, handler = std::move(handler)](
                           const httplib::Request &request, httplib::Response &response) {
            const auto peer = peerOf(request);
            if (!peer || (kind && peer->kind != *kind)) {
                const QByteArray message = !peer
                    ? QByteArrayLiteral("no Nigran identity in the client certificate\n")
                    : *kind == PeerIdentity::Kind::Office
                    ? QByteArrayLiteral("this endpoint needs an office certificate\n")
                    : QByteArrayLiteral("this endpoint needs a vendor certificate\n");
                response.status = 403;
                response.set_content(message.constData(), static_cast<std::size_t>(message.size()),
                    "text/plain; charset=utf-8");
                return;
            }
            Reply reply;
            try {
                reply = handler(*peer, QByteArray::fromStdString(request.body));
            } catch (const std::exception &) {
                reply = Reply::text(QByteArrayLiteral("internal error\n"), 500);
            }
            response.status = reply.status;
            response.set_content(reply.body.constData(), static_cast<std::size_t>(reply.body.size()),
                reply.contentType.toStdString());
        };
        const std::string pattern = path.toStdString();
        if (isGet)
            m_server->Get(pattern, std::move(wrapped));
        else
            m_server->Post(pattern, std::move(wrapped));
    }

    Settings m_settings;
    Ossl::Cert m_caCertificate;
    QString m_setupError;
    std::unique_ptr<httplib::SSLServer> m_server;
    struct PendingRoute
    {
        QString path;
        std::optional<PeerIdentity::Kind> kind;
        Handler handler;
        bool isGet = false;
    };
    QList<PendingRoute> m_routes;
    bool m_listening = false;

    std::mutex m_crlMutex;
    CrlStack m_crls;
    ino_t m_crlInode = 0;
    off_t m_crlSize = -1;
    struct timespec m_crlMtime = {};
};

CentreServer::CentreServer(Settings settings)
    : d(std::make_unique<Private>(std::move(settings)))
{
    d->m_routes.append({ QStringLiteral("/v1/health"), std::nullopt,
        [](const PeerIdentity &peer, const QByteArray &) {
            return Reply::json(QJsonDocument(
                QJsonObject { { QStringLiteral("protocol"), ProtocolVersion },
                    { QStringLiteral("peer"), peer.id }, { QStringLiteral("kind"), kindName(peer.kind) } })
                                   .toJson(QJsonDocument::Compact));
        },
        true });
}

CentreServer::~CentreServer()
{
    stop();
}

void CentreServer::addOfficeRoute(const QString &path, Handler handler)
{
    d->m_routes.append({ path, PeerIdentity::Kind::Office, std::move(handler), false });
}

void CentreServer::addVendorRoute(const QString &path, Handler handler)
{
    d->m_routes.append({ path, PeerIdentity::Kind::Vendor, std::move(handler), false });
}

Result<int> CentreServer::listen()
{
    const QString directory = d->m_settings.pkiDirectory;
    QFile caFile(CertificateAuthority::caCertificatePath(directory));
    if (!caFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            tr("Cannot read the CA certificate %1: %2").arg(caFile.fileName(), caFile.errorString()));
    d->m_caCertificate.reset(
        PEM_read_bio_X509(Ossl::readBio(caFile.readAll()).get(), nullptr, nullptr, nullptr));
    if (!d->m_caCertificate)
        return fail(ErrorCode::Corrupt, tr("The CA certificate %1 is damaged").arg(caFile.fileName()));
    if (!d->currentCrls())
        return fail(ErrorCode::Corrupt,
            tr("The CRL %1 is missing, damaged or not signed by the CA; run \"pki crl\" to write a new one")
                .arg(CertificateAuthority::crlPath(directory)));

    d->m_server
        = std::make_unique<httplib::SSLServer>([this](SSL_CTX &context) { return d->setupContext(context); });
    if (!d->m_server->is_valid())
        return fail(ErrorCode::Crypto,
            tr("Cannot set up TLS with the server certificate and key in %1: %2")
                .arg(directory, d->m_setupError));

    const Settings &settings = d->m_settings;
    auto &server = *d->m_server;
    server.set_payload_max_length(settings.maxRequestBytes);
    server.set_tcp_nodelay(true); // small request/response exchanges: no Nagle delay per request
    server.set_read_timeout(settings.readTimeoutSeconds, 0);
    server.set_write_timeout(settings.writeTimeoutSeconds, 0);
    server.set_keep_alive_max_count(static_cast<std::size_t>(settings.keepAliveMaxCount));
    server.set_keep_alive_timeout(settings.keepAliveTimeoutSeconds);
    const std::size_t threads = static_cast<std::size_t>(std::max(1, settings.threads));
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        requestStart = std::chrono::steady_clock::now();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - requestStart);
        const auto peer = peerOf(request);
        logLine({ { QStringLiteral("peer"), peer ? peer->id : QString() },
            { QStringLiteral("district"), peer ? peer->district : QString() },
            { QStringLiteral("method"), QString::fromStdString(request.method) },
            { QStringLiteral("path"), QString::fromStdString(request.path) },
            { QStringLiteral("status"), response.status },
            { QStringLiteral("in"), static_cast<qint64>(request.body.size()) },
            { QStringLiteral("out"), static_cast<qint64>(response.body.size()) },
            { QStringLiteral("ms"), static_cast<double>(elapsed.count()) / 1000.0 } });
    });
    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
            response.status = 500;
            response.set_content("internal error\n", "text/plain; charset=utf-8");
        });
    for (auto &pending : d->m_routes)
        d->route(pending.path, pending.kind, pending.handler, pending.isGet);

    const std::string host = settings.host.toStdString();
    int port = settings.port;
    if (port == 0)
        port = server.bind_to_any_port(host);
    else if (!server.bind_to_port(host, port))
        port = -1;
    if (port <= 0)
        return fail(ErrorCode::Io,
            tr("Cannot listen on %1:%2 (in use, or not an address of this machine)")
                .arg(settings.host)
                .arg(settings.port));
    d->m_listening = true;
    logLine({ { QStringLiteral("event"), QStringLiteral("listening") },
        { QStringLiteral("host"), settings.host }, { QStringLiteral("port"), port } });
    return port;
}

Result<> CentreServer::run()
{
    if (!d->m_listening)
        return fail(ErrorCode::Io, tr("The centre server is not listening; call listen() first"));
    const bool ok = d->m_server->listen_after_bind();
    d->m_listening = false;
    logLine({ { QStringLiteral("event"), QStringLiteral("stopped") } });
    if (!ok)
        return fail(ErrorCode::Io, tr("The centre server stopped with an error"));
    return {};
}

Result<> CentreServer::runUntilSignal()
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::atomic<bool> finished = false;
    std::thread waiter([&] {
        int received = 0;
        sigwait(&stopSignals, &received);
        if (!finished) {
            logLine({ { QStringLiteral("event"), QStringLiteral("shutdown") },
                { QStringLiteral("signal"),
                    received == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT") } });
            stop();
        }
    });
    auto result = run();
    finished = true;
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return result;
}

void CentreServer::stop()
{
    if (d->m_server)
        d->m_server->stop();
}

} // namespace Nigran::Sync
