// The office's HTTPS transport: its TLS configuration from a real office bundle (TLS 1.3 only, the
// centre's CA pinned, peer verification), unusable credentials refused with the part named, and
// asynchronous failures (no centre, a centre that never answers) reported within the timeout.

#include "../common/testsupport.h"

#include "client/networktransport.h"
#include "pki/certificateauthority.h"
#include "pki/officebundle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Sync;
using Nigran::Models::ErrorCode;
using Nigran::Models::Result;

class TestNetworkTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OfficeCredentials m_credentials;

    /// Runs one exchange to its end through the event loop; fails the test if it does not end in time.
    Result<QByteArray> exchangeOnce(NetworkTransport &transport, bool *answeredAtOnce = nullptr)
    {
        std::optional<Result<QByteArray>> outcome;
        transport.exchange(Endpoint::Handshake, QByteArray("request"),
            [&](Result<QByteArray> reply) { outcome = std::move(reply); });
        if (answeredAtOnce)
            *answeredAtOnce = outcome.has_value();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return Nigran::Models::fail(ErrorCode::Io, QStringLiteral("no reply at all"));
        return *outcome;
    }

private slots:
    void initTestCase()
    {
        auto ca = CertificateAuthority::init(
            m_dir.filePath(QStringLiteral("pki")), QUrl(QStringLiteral("https://127.0.0.1:1/")));
        NIGRAN_VERIFY_OK(ca);
        auto issued = ca->issueOffice(
            QStringLiteral("office-1"), QStringLiteral("PB-LHR"), QStringLiteral("bundle pw"));
        NIGRAN_VERIFY_OK(issued);
        auto credentials = OfficeBundle::read(issued->pkcs12, QStringLiteral("bundle pw"));
        NIGRAN_VERIFY_OK(credentials);
        m_credentials = *credentials;
    }

    void tlsConfigurationIsStrict()
    {
        auto config = NetworkTransport::sslConfiguration(m_credentials);
        NIGRAN_VERIFY_OK(config);
        QCOMPARE(config->protocol(), QSsl::TlsV1_3);
        QCOMPARE(config->peerVerifyMode(), QSslSocket::VerifyPeer);
        const QList<QSslCertificate> ca = QSslCertificate::fromData(m_credentials.caCertificatePem);
        QCOMPARE(config->caCertificates(), ca); // the centre's CA only, no system roots
        QCOMPARE(config->localCertificate(), QSslCertificate::fromData(m_credentials.certificatePem).first());
        QVERIFY(!config->privateKey().isNull());
    }

    void unusableCredentialsRefused_data()
    {
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("named");
        QTest::addRow("plain http") << 0 << QStringLiteral("centre URL");
        QTest::addRow("no URL") << 1 << QStringLiteral("centre URL");
        QTest::addRow("garbage certificate") << 2 << QStringLiteral("certificate");
        QTest::addRow("garbage key") << 3 << QStringLiteral("private key");
        QTest::addRow("no CA") << 4 << QStringLiteral("CA");
    }
    void unusableCredentialsRefused()
    {
        QFETCH(int, part);
        QFETCH(QString, named);
        OfficeCredentials credentials = m_credentials;
        switch (part) {
        case 0:
            credentials.centreUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
            break;
        case 1:
            credentials.centreUrl = QUrl();
            break;
        case 2:
            credentials.certificatePem
                = QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
            break;
        case 3:
            credentials.privateKeyPem = QByteArray("not a key");
            break;
        default:
            credentials.caCertificatePem.clear();
            break;
        }
        auto config = NetworkTransport::sslConfiguration(credentials);
        QVERIFY(!config);
        QCOMPARE(config.error().code, ErrorCode::InvalidInput);
        QVERIFY2(config.error().message.contains(named), qPrintable(config.error().message));
        // The transport reports it on every exchange, without touching the network.
        NetworkTransport transport(credentials);
        auto reply = exchangeOnce(transport);
        QVERIFY(!reply);
        QCOMPARE(reply.error().code, ErrorCode::InvalidInput);
    }

    void endpointUrls()
    {
        OfficeCredentials credentials = m_credentials;
        credentials.centreUrl = QUrl(QStringLiteral("https://centre.example:8443/nigran/"));
        NetworkTransport transport(credentials);
        QCOMPARE(transport.urlFor(Endpoint::Push),
            QUrl(QStringLiteral("https://centre.example:8443/nigran/v1/push")));
        QCOMPARE(transport.urlFor(Endpoint::Handshake).path(), QStringLiteral("/nigran/v1/handshake"));
        QCOMPARE(transport.urlFor(Endpoint::Pull).path(), QStringLiteral("/nigran/v1/pull"));
    }

    void noCentreIsAnAsynchronousError()
    {
        QTcpServer closed; // find a free port, then close it: nothing listens there
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        OfficeCredentials credentials = m_credentials;
        credentials.centreUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        NetworkTransport transport(credentials);
        bool answeredAtOnce = true;
        auto reply = exchangeOnce(transport, &answeredAtOnce);
        QVERIFY(!answeredAtOnce); // the caller (the UI) never waits in exchange()
        QVERIFY(!reply);
        QCOMPARE(reply.error().code, ErrorCode::Io);
    }

    void silentCentreTimesOut()
    {
        QTcpServer silent; // accepts the connection and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
        OfficeCredentials credentials = m_credentials;
        credentials.centreUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()));
        NetworkTransport transport(credentials);
        transport.setTimeout(std::chrono::milliseconds(500));
        QElapsedTimer timer;
        timer.start();
        auto reply = exchangeOnce(transport);
        QVERIFY(!reply);
        QCOMPARE(reply.error().code, ErrorCode::Io);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!held.isEmpty());
    }

    void plainHttpServerRefused()
    {
        // A server that answers in plain HTTP: the TLS handshake fails; nothing is accepted.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
        OfficeCredentials credentials = m_credentials;
        credentials.centreUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort()));
        NetworkTransport transport(credentials);
        transport.setTimeout(std::chrono::milliseconds(5000));
        auto reply = exchangeOnce(transport);
        QVERIFY(!reply);
        QCOMPARE(reply.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
