// The TLS table of SECURITY.md against a running `nigran-centre serve`: each kind of connection
// attempt with its expected result, through Qt (explicit QSslConfiguration, never ignoreSslErrors)
// and through the openssl s_client and curl command-line clients.

#include "protocol/messagecodec.h"
#include "protocol/messages.h"
#include "server/centreserver.h"

#include "../common/centreprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <thread>

using namespace Nigran;
using Nigran::Testing::CentreProcess;

namespace {

enum class Client
{
    ValidOffice,
    NoCertificate,
    OtherCa,
    Expired,
    Revoked,
    Tls12Only,
    PlainHttp,
    VendorOnOfficeRoute,
};

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
};

Outcome fetch(const QUrl &url, const std::optional<QSslConfiguration> &tls, const QByteArray &method,
    const QByteArray &body = {})
{
    QNetworkAccessManager manager; // one per attempt: no connection or session is reused
    QNetworkRequest request(url);
    if (tls)
        request.setSslConfiguration(*tls);
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    QNetworkReply *reply = method == "GET" ? manager.get(request) : manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Outcome outcome;
    outcome.error = reply->error();
    outcome.errorString = reply->errorString();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.body = reply->readAll();
    delete reply;
    return outcome;
}

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

ToolResult runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

} // namespace

class TestTlsTable : public QObject
{
    Q_OBJECT

private:
    CentreProcess m_centre;
    CentreProcess m_otherCentre; // another CA, never started
    std::optional<CentreProcess::Bundle> m_office;
    std::optional<CentreProcess::Bundle> m_expired;
    std::optional<CentreProcess::Bundle> m_revoked;
    std::optional<CentreProcess::Bundle> m_vendor;
    std::optional<CentreProcess::Bundle> m_otherCa;
    QByteArray m_ca;

    /// The certificate and key of a bundle as PEM files for the command-line clients.
    QStringList pemFiles(const CentreProcess::Bundle &bundle, const QString &name)
    {
        const QString certificate = m_centre.workDirectory() + QStringLiteral("/%1.crt").arg(name);
        const QString key = m_centre.workDirectory() + QStringLiteral("/%1.key").arg(name);
        QFile out(certificate);
        if (!QFile::exists(certificate)) {
            out.open(QIODevice::WriteOnly);
            out.write(bundle.certificate.toPem());
            out.close();
            QFile keyOut(key);
            keyOut.open(QIODevice::WriteOnly);
            keyOut.write(bundle.key.toPem());
        }
        return { certificate, key };
    }

    std::optional<QSslConfiguration> configurationFor(Client client)
    {
        QSslConfiguration configuration;
        switch (client) {
        case Client::ValidOffice:
            return m_office->tlsConfiguration(m_ca);
        case Client::NoCertificate:
            configuration = m_office->tlsConfiguration(m_ca);
            configuration.setLocalCertificate(QSslCertificate());
            configuration.setPrivateKey(QSslKey());
            return configuration;
        case Client::OtherCa:
            return m_otherCa->tlsConfiguration(
                m_ca); // trusts the real centre, presents a foreign certificate
        case Client::Expired:
            return m_expired->tlsConfiguration(m_ca);
        case Client::Revoked:
            return m_revoked->tlsConfiguration(m_ca);
        case Client::Tls12Only:
            configuration = m_office->tlsConfiguration(m_ca);
            configuration.setProtocol(QSsl::TlsV1_2);
            return configuration;
        case Client::PlainHttp:
            return std::nullopt;
        case Client::VendorOnOfficeRoute:
            return m_vendor->tlsConfiguration(m_ca);
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        if (CentreProcess::centreBinary().isEmpty())
            QSKIP("NIGRAN_CENTRE is not set (run through ctest)");
        QVERIFY2(m_centre.initPki(), qPrintable(m_centre.errorString()));
        QVERIFY2(m_otherCentre.initPki(), qPrintable(m_otherCentre.errorString()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_office = m_centre.issueOffice(QStringLiteral("OFF-LHR-1"), QStringLiteral("PB-LHR"));
        m_expired = m_centre.issueOffice(
            QStringLiteral("OFF-LHR-2"), QStringLiteral("PB-LHR"), { now.addDays(-400), now.addDays(-30) });
        m_revoked = m_centre.issueOffice(QStringLiteral("OFF-LHR-3"), QStringLiteral("PB-LHR"));
        m_vendor = m_centre.issueVendor(QStringLiteral("TAGCO-1"));
        m_otherCa = m_otherCentre.issueOffice(QStringLiteral("OFF-LHR-1"), QStringLiteral("PB-LHR"));
        QVERIFY2(
            m_office && m_expired && m_revoked && m_vendor && m_otherCa, qPrintable(m_centre.errorString()));
        m_ca = m_centre.caCertificatePem();
        QVERIFY(!m_ca.isEmpty());
        m_centre.setServeArguments({ QStringLiteral("--threads"), QStringLiteral("4") });
        QVERIFY2(m_centre.start(), qPrintable(m_centre.errorString()));

        // The revoked row needs a certificate that worked until `pki revoke` ran beside the server.
        const auto before = fetch(m_centre.url().resolved(QUrl(QStringLiteral("/v1/health"))),
            configurationFor(Client::Revoked), "GET");
        QCOMPARE(before.error, QNetworkReply::NoError);
        QCOMPARE(before.status, 200);
        QVERIFY2(m_centre.revoke(m_revoked->serial), qPrintable(m_centre.errorString()));
    }

    void tlsTable_data()
    {
        QTest::addColumn<Client>("client");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("alert"); ///< the server's TLS alert; empty: TLS accepted
        QTest::addColumn<bool>("encryptedFirst"); ///< the client saw encrypted() before the alert
        QTest::addColumn<int>("status"); ///< HTTP status; 0: no HTTP answer at all
        QTest::addColumn<QString>("bodyPart");
        QTest::addColumn<QString>("logPart"); ///< in the centre's log

        const QString health = QStringLiteral("/v1/health");
        QTest::addRow("valid office: accepted")
            << Client::ValidOffice << health << QString() << true << 200
            << QStringLiteral("\"peer\":\"OFF-LHR-1\"")
            << QStringLiteral("\"path\":\"/v1/health\",\"peer\":\"OFF-LHR-1\"");
        // TLS 1.3: the client finishes its side of the handshake (encrypted()) before the server has
        // checked its certificate; the refusal arrives as an alert on the first read. A TLS 1.2
        // client is refused within the handshake.
        QTest::addRow("no client certificate")
            << Client::NoCertificate << health << QStringLiteral("alert certificate required") << true << 0
            << QString() << QString();
        QTest::addRow("certificate from another CA")
            << Client::OtherCa << health << QStringLiteral("alert unknown ca") << true << 0 << QString()
            << QStringLiteral("unable to get local issuer certificate");
        QTest::addRow("expired certificate")
            << Client::Expired << health << QStringLiteral("alert certificate expired") << true << 0
            << QString() << QStringLiteral("certificate has expired");
        QTest::addRow("revoked certificate (revoked while serving)")
            << Client::Revoked << health << QStringLiteral("alert certificate revoked") << true << 0
            << QString() << QStringLiteral("\"error\":\"certificate revoked\"");
        QTest::addRow("TLS 1.2-only client")
            << Client::Tls12Only << health << QStringLiteral("alert protocol version") << false << 0
            << QString() << QString();
        QTest::addRow("plain HTTP") << Client::PlainHttp << health << QString() << false << 0 << QString()
                                    << QString();
        QTest::addRow("vendor certificate on an office route")
            << Client::VendorOnOfficeRoute << QStringLiteral("/v1/push") << QString() << true << 403
            << QStringLiteral("needs an office certificate")
            << QStringLiteral("\"path\":\"/v1/push\",\"peer\":\"TAGCO-1\",\"status\":403");
    }

    void tlsTable()
    {
        QFETCH(Client, client);
        QFETCH(QString, path);
        QFETCH(QString, alert);
        QFETCH(bool, encryptedFirst);
        QFETCH(int, status);
        QFETCH(QString, bodyPart);
        QFETCH(QString, logPart);

        const qsizetype logStart = m_centre.serverLog().size();
        // 1. The TLS verdict, on a bare QSslSocket that sends nothing until the server has answered
        //    (a client that sends its request at once may get a TCP reset instead of the alert).
        if (client != Client::PlainHttp) {
            QSslSocket socket;
            socket.setSslConfiguration(*configurationFor(client));
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_centre.port()));
            const bool encrypted = socket.waitForEncrypted(10000);
            if (encrypted)
                socket.waitForReadyRead(1500); // an accepted client hears nothing (no session tickets)
            const bool refused = socket.state() != QAbstractSocket::ConnectedState;
            const QString seen = QStringLiteral("encrypted %1, state %2, error %3 (%4)")
                                     .arg(encrypted)
                                     .arg(int(socket.state()))
                                     .arg(int(socket.error()))
                                     .arg(socket.errorString());
            QVERIFY2(encrypted == encryptedFirst, qPrintable(seen));
            QVERIFY2(refused == !alert.isEmpty(), qPrintable(seen));
            if (refused) {
                // Qt reports the alert, or (when the alert and the close arrive together) only the
                // close; the centre's log says which alert it sent, and openssl s_client shows it on
                // the wire (commandLineClients).
                QVERIFY2(socket.errorString().contains(alert, Qt::CaseInsensitive)
                        || socket.error() == QAbstractSocket::RemoteHostClosedError,
                    qPrintable(seen));
                if (!encryptedFirst)
                    QVERIFY2(socket.error() == QAbstractSocket::SslHandshakeFailedError, qPrintable(seen));
                const QString sent
                    = QStringLiteral("\"alert\":\"%1\"").arg(alert.mid(int(sizeof "alert ") - 1));
                QTRY_VERIFY2(m_centre.serverLog().mid(logStart).contains(sent, Qt::CaseInsensitive),
                    qPrintable(sent + m_centre.serverLog().mid(logStart)));
            }
        }

        // 2. The HTTP request through QNetworkAccessManager.
        QUrl url = m_centre.url().resolved(QUrl(path));
        if (client == Client::PlainHttp)
            url.setScheme(QStringLiteral("http"));
        const Outcome outcome = fetch(url, configurationFor(client),
            path == QStringLiteral("/v1/health") ? "GET" : "POST", QByteArrayLiteral("not a sync message"));
        const QString seen = QStringLiteral("error %1 (%2), status %3, body %4")
                                 .arg(int(outcome.error))
                                 .arg(outcome.errorString)
                                 .arg(outcome.status)
                                 .arg(QString::fromUtf8(outcome.body.left(200)));
        QVERIFY2(outcome.status == status, qPrintable(seen));
        if (status == 0) {
            QVERIFY2(outcome.error != QNetworkReply::NoError && outcome.body.isEmpty(), qPrintable(seen));
            if (client == Client::PlainHttp)
                QVERIFY2(outcome.error == QNetworkReply::RemoteHostClosedError, qPrintable(seen));
            if (client == Client::Tls12Only)
                QVERIFY2(outcome.error == QNetworkReply::SslHandshakeFailedError, qPrintable(seen));
        } else {
            QVERIFY2(QString::fromUtf8(outcome.body).contains(bodyPart), qPrintable(seen));
        }
        if (status != 200)
            QVERIFY2(!outcome.body.contains("\"peer\""), qPrintable(seen));
        if (!logPart.isEmpty())
            QTRY_VERIFY2(
                m_centre.serverLog().contains(logPart), qPrintable(m_centre.serverLog().right(2000)));
    }

    void officeCannotPushAnotherDistrictsRows()
    {
        Sync::PushRequest push;
        push.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Sync::WireRow row;
        row.entity = QStringLiteral("persons");
        row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.district = QStringLiteral("SD-HYD"); // the certificate says PB-LHR
        row.hlc = 1;
        row.origin = QStringLiteral("OFF-LHR-1");
        push.items << Sync::PushItem { row, 0, {} };
        const Outcome outcome = fetch(m_centre.url().resolved(QUrl(QStringLiteral("/v1/push"))),
            configurationFor(Client::ValidOffice), "POST", Sync::MessageCodec::encode(push));
        QVERIFY2(outcome.error == QNetworkReply::NoError,
            qPrintable(outcome.errorString + QString::fromUtf8(outcome.body)));
        QCOMPARE(outcome.status, 200);
        auto response = Sync::MessageCodec::decodePushResponse(outcome.body);
        QVERIFY2(response, qPrintable(response ? QString() : response.error().message));
        QCOMPARE(response->results.size(), 1);
        QCOMPARE(response->results.front().status, Sync::ItemStatus::Rejected);
        QCOMPARE(response->results.front().reason, Sync::RejectReason::OutOfScope);

        // Nothing of it reaches the office's own pull feed either.
        const Outcome pulled = fetch(m_centre.url().resolved(QUrl(QStringLiteral("/v1/pull"))),
            configurationFor(Client::ValidOffice), "POST",
            Sync::MessageCodec::encode(Sync::PullRequest { 0, 100 }));
        QCOMPARE(pulled.status, 200);
        auto page = Sync::MessageCodec::decodePullResponse(pulled.body);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        for (const auto &pulledRow : std::as_const(page->rows)) {
            QCOMPARE(pulledRow.district, QStringLiteral("PB-LHR"));
            QVERIFY(pulledRow.id != row.id);
        }
    }

    void commandLineClients_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<Client>("client");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("outputPart");
        QTest::addRow("openssl s_client: valid office") << QStringLiteral("openssl") << Client::ValidOffice
                                                        << true << QStringLiteral("\"peer\":\"OFF-LHR-1\"");
        QTest::addRow("openssl s_client: no client certificate") << QStringLiteral(
            "openssl") << Client::NoCertificate << false << QStringLiteral("alert certificate required");
        QTest::addRow("openssl s_client: TLS 1.2 only") << QStringLiteral("openssl") << Client::Tls12Only
                                                        << false << QStringLiteral("alert protocol version");
        QTest::addRow("openssl s_client: revoked") << QStringLiteral("openssl") << Client::Revoked << false
                                                   << QStringLiteral("alert certificate revoked");
        QTest::addRow("openssl s_client: expired") << QStringLiteral("openssl") << Client::Expired << false
                                                   << QStringLiteral("alert certificate expired");
        QTest::addRow("openssl s_client: another CA")
            << QStringLiteral("openssl") << Client::OtherCa << false << QStringLiteral("alert unknown ca");
        QTest::addRow("curl: valid office") << QStringLiteral("curl") << Client::ValidOffice << true
                                            << QStringLiteral("\"peer\":\"OFF-LHR-1\"");
        QTest::addRow("curl: no client certificate")
            << QStringLiteral("curl") << Client::NoCertificate << false << QString();
        QTest::addRow("curl: TLS 1.2 only") << QStringLiteral("curl") << Client::Tls12Only << false
                                            << QStringLiteral("alert protocol version");
        // curl sends its request right after the TLS 1.3 handshake; whether it then reports the alert or
        // a reset connection (exit 55/56) is a race, so only the refusal is asserted.
        QTest::addRow("curl: revoked") << QStringLiteral("curl") << Client::Revoked << false << QString();
        QTest::addRow("curl: plain HTTP") << QStringLiteral("curl") << Client::PlainHttp << false
                                          << QStringLiteral("Empty reply from server");
        QTest::addRow("curl: vendor on an office route")
            << QStringLiteral("curl") << Client::VendorOnOfficeRoute << false << QStringLiteral("403");
    }

    void commandLineClients()
    {
        QFETCH(QString, tool);
        QFETCH(Client, client);
        QFETCH(bool, accepted);
        QFETCH(QString, outputPart);
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is not installed (installer/install-deps.sh installs it)").arg(tool)));

        const CentreProcess::Bundle *bundle = client == Client::Revoked ? &*m_revoked
            : client == Client::Expired                                 ? &*m_expired
            : client == Client::OtherCa                                 ? &*m_otherCa
            : client == Client::VendorOnOfficeRoute                     ? &*m_vendor
                                                                        : &*m_office;
        const QStringList pem = pemFiles(*bundle, bundle->serial);
        const QString ca = m_centre.caCertificatePath();
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_centre.port());
        const bool withCertificate = client != Client::NoCertificate && client != Client::PlainHttp;
        const QString path = client == Client::VendorOnOfficeRoute ? QStringLiteral("/v1/push")
                                                                   : QStringLiteral("/v1/health");

        ToolResult result;
        if (tool == QStringLiteral("openssl")) {
            QStringList arguments { QStringLiteral("s_client"), QStringLiteral("-connect"), hostPort,
                QStringLiteral("-CAfile"), ca, QStringLiteral("-verify_return_error"),
                QStringLiteral("-ign_eof") };
            if (withCertificate)
                arguments << QStringLiteral("-cert") << pem.at(0) << QStringLiteral("-key") << pem.at(1);
            if (client == Client::Tls12Only)
                arguments << QStringLiteral("-tls1_2");
            result = runTool(program, arguments,
                QByteArrayLiteral("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        } else {
            QStringList arguments { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                QStringLiteral("--cacert"), ca, QStringLiteral("--fail-with-body") };
            if (withCertificate)
                arguments << QStringLiteral("--cert") << pem.at(0) << QStringLiteral("--key") << pem.at(1);
            if (client == Client::Tls12Only)
                arguments << QStringLiteral("--tls-max") << QStringLiteral("1.2");
            if (client == Client::VendorOnOfficeRoute)
                arguments << QStringLiteral("--data-binary") << QStringLiteral("x");
            arguments << (client == Client::PlainHttp ? QStringLiteral("http://")
                                                      : QStringLiteral("https://"))
                    + hostPort + path;
            result = runTool(program, arguments);
        }
        const QString seen
            = QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.output.right(3000));
        QVERIFY2(result.exitCode >= 0, qPrintable(seen));
        if (accepted) {
            QVERIFY2(result.exitCode == 0, qPrintable(seen));
        } else {
            QVERIFY2(!result.output.contains(QStringLiteral("\"peer\"")), qPrintable(seen));
            if (tool == QStringLiteral("curl"))
                QVERIFY2(result.exitCode != 0, qPrintable(seen));
        }
        QVERIFY2(result.output.contains(outputPart, Qt::CaseInsensitive), qPrintable(seen));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outputPart");
        const QString dir = QStringLiteral("{pki}");
        QTest::addRow("--version") << QStringList { QStringLiteral("--version") } << 0
                                   << QStringLiteral("nigran-centre ");
        QTest::addRow("--help") << QStringList { QStringLiteral("--help") } << 0
                                << QStringLiteral("pki issue-office");
        QTest::addRow("no command") << QStringList {} << 2 << QStringLiteral("no command");
        QTest::addRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << 2 << QStringLiteral("unknown command");
        QTest::addRow("pki without action")
            << QStringList { QStringLiteral("pki") } << 2 << QStringLiteral("one action");
        QTest::addRow("issue-office without --office") << QStringList { QStringLiteral("pki"),
            QStringLiteral("issue-office"), QStringLiteral("--dir"), dir }
                                                       << 2 << QStringLiteral("--office is required");
        QTest::addRow("unknown option") << QStringList { QStringLiteral("pki"), QStringLiteral("crl"),
            QStringLiteral("--dir"), dir, QStringLiteral("--colour"), QStringLiteral("red") }
                                        << 2 << QStringLiteral("does not take --colour");
        QTest::addRow("init over an existing CA")
            << QStringList { QStringLiteral("pki"), QStringLiteral("init"), QStringLiteral("--dir"), dir,
                   QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:1") }
            << 1 << QStringLiteral("already holds a certificate authority");
        QTest::addRow("revoke an unknown serial") << QStringList { QStringLiteral("pki"),
            QStringLiteral("revoke"), QStringLiteral("--dir"), dir, QStringLiteral("--serial"),
            QStringLiteral("ABCDEF") } << 1 << QStringLiteral("No certificate with serial ABCDEF");
        QTest::addRow("not a PKI folder") << QStringList { QStringLiteral("status"), QStringLiteral("--dir"),
            QStringLiteral("/nonexistent") }
                                          << 1 << QStringLiteral("not a Nigran PKI folder");
        QTest::addRow("serve with a bad --listen") << QStringList { QStringLiteral("serve"),
            QStringLiteral("--dir"), dir, QStringLiteral("--listen"), QStringLiteral("8443") }
                                                   << 2 << QStringLiteral("--listen must be HOST:PORT");
        QTest::addRow("crl prints the CRL")
            << QStringList { QStringLiteral("pki"), QStringLiteral("crl"), QStringLiteral("--dir"), dir } << 0
            << QStringLiteral("-----BEGIN X509 CRL-----");
        QTest::addRow("status lists the revoked certificate") << QStringList { QStringLiteral("status"),
            QStringLiteral("--dir"), dir, QStringLiteral("--store"),
            QStringLiteral("{store}") } << 0 << QStringLiteral("{revoked}  office  OFF-LHR-3  PB-LHR");
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, outputPart);
        const QString store = QStringLiteral("sqlite:%1/status-copy.db").arg(m_centre.workDirectory());
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("{pki}"), m_centre.pkiDirectory())
                .replace(QStringLiteral("{store}"), store);
        outputPart.replace(QStringLiteral("{revoked}"), m_revoked->serial);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(CentreProcess::centreBinary(), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(output));
        QVERIFY2(process.exitCode() == exitCode,
            qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(output)));
        QVERIFY2(output.contains(outputPart), qPrintable(output));
    }

    void sigtermFinishesTheRequestInFlight()
    {
        CentreProcess centre;
        QVERIFY2(centre.initPki(), qPrintable(centre.errorString()));
        const auto office = centre.issueOffice(QStringLiteral("OFF-ISB-1"), QStringLiteral("ICT-ISB"));
        QVERIFY(office);
        QVERIFY2(centre.start(), qPrintable(centre.errorString()));

        QSslSocket socket;
        socket.setSslConfiguration(office->tlsConfiguration(centre.caCertificatePem()));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(centre.port()));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        const QByteArray body(20000, 'x'); // not a sync message: the service answers 400
        socket.write(QByteArrayLiteral(
                         "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/cbor\r\n"
                         "Connection: close\r\nContent-Length: ")
            + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body.left(10000));
        while (socket.bytesToWrite() > 0)
            QVERIFY(socket.waitForBytesWritten(5000));
        QTRY_VERIFY(centre.serverLog().contains(QStringLiteral("\"event\":\"listening\"")));
        QTest::qWait(300); // the server is now reading the body

        centre.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(
            centre.serverLog().contains(QStringLiteral("\"event\":\"shutdown\"")), 10000);
        socket.write(body.mid(10000));
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 400"), response.left(300).constData());
        QVERIFY2(centre.waitForExit(), qPrintable(centre.errorString() + centre.serverLog()));
        QVERIFY(centre.serverLog().contains(
            QStringLiteral("\"path\":\"/v1/push\",\"peer\":\"OFF-ISB-1\",\"status\":400")));
        QVERIFY(centre.serverLog().contains(QStringLiteral("\"event\":\"stopped\"")));

        // And nothing listens any more.
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(centre.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }

    void inProcessServerRoutesAndLimits_data()
    {
        QTest::addColumn<bool>("asVendor");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("bodyPart");
        QTest::addRow("vendor on a vendor route") << true << QStringLiteral("/v1/fixes") << 10 << 200
                                                  << QStringLiteral("{\"bytes\":10,\"vendor\":\"TAGCO-1\"}");
        QTest::addRow("office on a vendor route") << false << QStringLiteral("/v1/fixes") << 10 << 403
                                                  << QStringLiteral("needs a vendor certificate");
        QTest::addRow("office on an office route: district from the certificate")
            << false << QStringLiteral("/v1/echo") << 10 << 200
            << QStringLiteral("{\"district\":\"PB-LHR\",\"office\":\"OFF-LHR-1\"}");
        QTest::addRow("request over the size limit")
            << false << QStringLiteral("/v1/echo") << 4096 << 413 << QString();
        QTest::addRow("unknown path") << false << QStringLiteral("/v1/nothing") << 10 << 404 << QString();
    }

    void inProcessServerRoutesAndLimits()
    {
        QFETCH(bool, asVendor);
        QFETCH(QString, path);
        QFETCH(int, bodyBytes);
        QFETCH(int, status);
        QFETCH(QString, bodyPart);

        Sync::CentreServer::Settings settings;
        settings.pkiDirectory = m_centre.pkiDirectory();
        settings.maxRequestBytes = 1024;
        settings.threads = 2;
        Sync::CentreServer server(settings);
        server.addVendorRoute(
            QStringLiteral("/v1/fixes"), [](const Sync::PeerIdentity &peer, const QByteArray &body) {
                return Sync::Reply::json(QJsonDocument(
                    QJsonObject { { QStringLiteral("vendor"), peer.id },
                        { QStringLiteral("bytes"),
                            body.size() } }).toJson(QJsonDocument::Compact));
            });
        server.addOfficeRoute(
            QStringLiteral("/v1/echo"), [](const Sync::PeerIdentity &peer, const QByteArray &) {
                return Sync::Reply::json(QJsonDocument(QJsonObject { { QStringLiteral("office"), peer.id },
                                                           { QStringLiteral("district"), peer.district } })
                                             .toJson(QJsonDocument::Compact));
            });
        const auto port = server.listen();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        std::thread serving([&server] { (void)server.run(); });

        QUrl url(QStringLiteral("https://127.0.0.1:%1%2").arg(*port).arg(path));
        const Outcome outcome
            = fetch(url, configurationFor(asVendor ? Client::VendorOnOfficeRoute : Client::ValidOffice),
                "POST", QByteArray(bodyBytes, 'x'));
        server.stop();
        serving.join();
        const QString seen = QStringLiteral("status %1, %2: %3")
                                 .arg(outcome.status)
                                 .arg(outcome.errorString, QString::fromUtf8(outcome.body));
        QVERIFY2(outcome.status == status, qPrintable(seen));
        QVERIFY2(QString::fromUtf8(outcome.body).contains(bodyPart), qPrintable(seen));
    }

    void cleanupTestCase()
    {
        if (!m_centre.isRunning())
            return;
        QVERIFY2(m_centre.stop(), qPrintable(m_centre.errorString() + m_centre.serverLog().right(2000)));
        const QString log = m_centre.serverLog();
        QVERIFY(log.contains(QStringLiteral("\"event\":\"shutdown\"")));
        QVERIFY(log.contains(QStringLiteral("\"event\":\"stopped\"")));
    }
};

QTEST_GUILESS_MAIN(TestTlsTable)
#include "tst_tlstable.moc"
