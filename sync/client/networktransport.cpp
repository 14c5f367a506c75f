#include "client/networktransport.h"

#include "protocol/messagecodec.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::NetworkTransport)
};

} // namespace

Result<QSslConfiguration> NetworkTransport::sslConfiguration(const OfficeCredentials &credentials)
{
    if (!credentials.centreUrl.isValid() || credentials.centreUrl.scheme() != QLatin1String("https"))
        return Models::fail(ErrorCode::InvalidInput,
            Messages::tr("The centre address must be an https:// URL (office bundle: centre URL)."));
    const QList<QSslCertificate> own = QSslCertificate::fromData(credentials.certificatePem, QSsl::Pem);
    if (own.size() != 1 || own.first().isNull())
        return Models::fail(ErrorCode::InvalidInput,
            Messages::tr(
                "The office certificate in the office bundle cannot be read (office bundle: certificate)."));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        key = QSslKey(credentials.privateKeyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Models::fail(ErrorCode::InvalidInput,
            Messages::tr("The office key in the office bundle cannot be read (office bundle: private key)."));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(credentials.caCertificatePem, QSsl::Pem);
    if (ca.isEmpty() || ca.first().isNull())
        return Models::fail(ErrorCode::InvalidInput,
            Messages::tr(
                "The centre's CA certificate in the office bundle cannot be read (office bundle: CA)."));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3);
    config.setLocalCertificate(own.first());
    config.setPrivateKey(key);
    config.setCaCertificates(ca); // only the centre's CA: also turns off loading the system's roots
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

NetworkTransport::NetworkTransport(const OfficeCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_centreUrl(credentials.centreUrl)
    , m_ssl(sslConfiguration(credentials))
{
    m_manager.setStrictTransportSecurityEnabled(true);
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkTransport::~NetworkTransport() = default;

QUrl NetworkTransport::urlFor(Endpoint endpoint) const
{
    QUrl url = m_centreUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + endpointPath(endpoint));
    return url;
}

void NetworkTransport::exchange(Endpoint endpoint, const QByteArray &request, Reply reply)
{
    if (!m_ssl)
        return reply(tl::unexpected(m_ssl.error()));
    QNetworkRequest message(urlFor(endpoint));
    message.setSslConfiguration(*m_ssl);
    message.setTransferTimeout(int(m_timeout.count()));
    message.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/vnd.nigran.sync+cbor"));
    message.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("zstd"));
    message.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *pending = m_manager.post(message, request);
    // A response larger than any message may be is cut off rather than buffered.
    connect(pending, &QNetworkReply::downloadProgress, pending, [pending](qint64 received, qint64) {
        if (received > MessageCodec::MaxEncodedSize)
            pending->abort();
    });
    connect(pending, &QNetworkReply::finished, this, [pending, endpoint, reply = std::move(reply)] {
        pending->deleteLater();
        const int status = pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = pending->isOpen() ? pending->readAll() : QByteArray();
        if (pending->error() != QNetworkReply::NoError && status == 0)
            return reply(Models::fail(ErrorCode::Io,
                Messages::tr("The centre could not be reached (%1): %2")
                    .arg(endpointPath(endpoint), pending->errorString())));
        const QVariant announced = pending->header(QNetworkRequest::ContentLengthHeader);
        if (status == 200
            && (pending->error() != QNetworkReply::NoError
                || (announced.isValid() && announced.toLongLong() != body.size())))
            return reply(Models::fail(ErrorCode::Io,
                Messages::tr("The connection to the centre broke during its answer (%1, %2 of %3 bytes): %4")
                    .arg(endpointPath(endpoint))
                    .arg(body.size())
                    .arg(announced.isValid() ? announced.toLongLong() : -1)
                    .arg(pending->errorString())));
        if (status != 200)
            return reply(Models::fail(ErrorCode::Io,
                Messages::tr("The centre refused the request (%1, HTTP %2): %3")
                    .arg(endpointPath(endpoint))
                    .arg(status)
                    .arg(QString::fromUtf8(body.left(500)))));
        if (body.size() > MessageCodec::MaxEncodedSize)
            return reply(Models::fail(ErrorCode::Corrupt,
                Messages::tr("The centre's answer (%1) is larger than %2 bytes.")
                    .arg(endpointPath(endpoint))
                    .arg(MessageCodec::MaxEncodedSize)));
        reply(body);
    });
}

} // namespace Nigran::Sync
