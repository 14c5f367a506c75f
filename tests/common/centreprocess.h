#pragma once

// A real `nigran-centre serve` process for integration tests (header-only; links nigran_sync):
//
//     Nigran::Testing::CentreProcess centre;             // PKI in a temporary folder
//     QVERIFY2(centre.initPki(), qPrintable(centre.errorString()));
//     const auto office = centre.issueOffice(QStringLiteral("OFF-1"), QStringLiteral("PB-LHR"));
//     QVERIFY2(centre.start(), qPrintable(centre.errorString())); // waits until it listens
//     … talk to centre.url() with office.pkcs12 / office.password (or office.tlsConfiguration()) …
//     QVERIFY(centre.stop());                            // SIGTERM; true if it exited 0
//
// The binary comes from the NIGRAN_CENTRE environment variable (set by tests/CMakeLists.txt for
// tests/integration). The port is a free loopback port picked before `pki init`, so the URL in the
// bundles is the one the centre serves on. The centre's JSON log (stderr) is kept: serverLog().

#include "pki/certificateauthority.h"
#include "pki/certificatevalidity.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace Nigran::Testing {

class CentreProcess
{
public:
    /// A bundle issued for a test, with what a client needs to use it.
    struct Bundle
    {
        QByteArray pkcs12;
        QString password;
        QString serial; ///< for revoke()
        QString path; ///< the .p12 written into the work folder
        QSslCertificate certificate; ///< as Qt reads the bundle
        QSslKey key;

        /// TLS 1.3 with this certificate, trusting only `caPem` (never the system store).
        QSslConfiguration tlsConfiguration(const QByteArray &caPem) const
        {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setProtocol(QSsl::TlsV1_3OrLater);
            configuration.setCaCertificates(QSslCertificate::fromData(caPem));
            configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
            configuration.setLocalCertificate(certificate);
            configuration.setPrivateKey(key);
            return configuration;
        }
    };

    /// `workDirectory` empty: a temporary folder removed with this object.
    explicit CentreProcess(QString workDirectory = {})
        : m_work(workDirectory.isEmpty() ? m_tmp.path() : std::move(workDirectory))
    { }
    ~CentreProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            stop();
            if (m_process.state() != QProcess::NotRunning) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(CentreProcess)

    static QString centreBinary() { return qEnvironmentVariable("NIGRAN_CENTRE"); }

    QString workDirectory() const { return m_work; }
    QString pkiDirectory() const { return m_work + QStringLiteral("/pki"); }
    QString caCertificatePath() const
    {
        return Sync::CertificateAuthority::caCertificatePath(pkiDirectory());
    }
    QByteArray caCertificatePem() const
    {
        QFile file(caCertificatePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    QString errorString() const { return m_error; }
    /// The store the next start() uses; default: an SQLite file in the work folder.
    void setStore(const QString &spec) { m_store = spec; }
    /// Extra `serve` options (e.g. {"--threads", "2"}).
    void setServeArguments(const QStringList &arguments) { m_serveArguments = arguments; }

    /// Picks a free loopback port and creates the PKI for https://127.0.0.1:<port>.
    bool initPki(const QStringList &hostNames = {})
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return setError(QStringLiteral("no free loopback port: %1").arg(probe.errorString()));
        m_port = probe.serverPort();
        probe.close();
        auto authority = Sync::CertificateAuthority::init(pkiDirectory(), url(), hostNames);
        if (!authority)
            return setError(authority.error().message);
        return true;
    }

    /// Issues an office bundle (in-process, through CertificateAuthority) and writes it to the work folder.
    std::optional<Bundle> issueOffice(const QString &officeId, const QString &district,
        const Sync::CertificateValidity &validity = Sync::CertificateValidity::days())
    {
        return issue(officeId, district, validity);
    }

    std::optional<Bundle> issueVendor(const QString &vendorId,
        const Sync::CertificateValidity &validity = Sync::CertificateValidity::days())
    {
        return issue(vendorId, {}, validity);
    }

    /// Revokes through the command line, `nigran-centre pki revoke` (a running centre picks it up).
    bool revoke(const QString &serial)
    {
        QString output;
        return runCommand({ QStringLiteral("pki"), QStringLiteral("revoke"), QStringLiteral("--dir"),
                              pkiDirectory(), QStringLiteral("--serial"), serial },
            output);
    }

    /// Runs `nigran-centre <arguments>` to its end; true if it exited 0. `output`: stdout and stderr.
    bool runCommand(const QStringList &arguments, QString &output, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(centreBinary(), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return setError(
                QStringLiteral("nigran-centre %1 did not finish").arg(arguments.join(QLatin1Char(' '))));
        }
        output = QString::fromUtf8(process.readAll());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return setError(QStringLiteral("nigran-centre %1 failed (%2): %3")
                                .arg(arguments.join(QLatin1Char(' ')))
                                .arg(process.exitCode())
                                .arg(output));
        return true;
    }

    /// Starts `nigran-centre serve` and waits until it listens.
    bool start(int timeoutMs = 30000)
    {
        if (centreBinary().isEmpty())
            return setError(QStringLiteral("NIGRAN_CENTRE is not set"));
        if (m_port == 0)
            return setError(QStringLiteral("call initPki() first"));
        m_stdout.clear();
        QStringList arguments { QStringLiteral("serve"), QStringLiteral("--dir"), pkiDirectory(),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--store"),
            m_store.isEmpty() ? QStringLiteral("sqlite:") + m_work + QStringLiteral("/centre.db") : m_store };
        arguments << m_serveArguments;
        m_process.setStandardErrorFile(logPath(), QIODevice::Append);
        m_process.start(centreBinary(), arguments);
        if (!m_process.waitForStarted(timeoutMs))
            return setError(
                QStringLiteral("cannot start %1: %2").arg(centreBinary(), m_process.errorString()));
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_stdout.contains("listening on")) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                m_stdout += m_process.readAllStandardOutput();
                return setError(QStringLiteral("the centre did not start listening: %1 %2")
                                    .arg(QString::fromUtf8(m_stdout), serverLog()));
            }
            m_process.waitForReadyRead(100);
            m_stdout += m_process.readAllStandardOutput();
        }
        return true;
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }

    /// SIGTERM, then waits: true if the centre finished its requests and exited with 0.
    bool stop(int timeoutMs = 30000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs))
            return setError(QStringLiteral("the centre did not stop within %1 ms").arg(timeoutMs));
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    /// Sends SIGTERM and returns at once (waitForExit() then waits).
    void terminate() { m_process.terminate(); }

    /// Waits for the process to end: true if it exited with 0.
    bool waitForExit(int timeoutMs = 30000)
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return setError(QStringLiteral("the centre did not exit within %1 ms").arg(timeoutMs));
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    /// kill -9 (for crash tests).
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    /// Everything the centre wrote to stderr so far (JSON lines).
    QString serverLog() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QString logPath() const { return m_work + QStringLiteral("/centre.log"); }

    bool setError(const QString &error)
    {
        m_error = error;
        return false;
    }

    std::optional<Bundle> issue(
        const QString &id, const QString &district, const Sync::CertificateValidity &validity)
    {
        auto authority = Sync::CertificateAuthority::open(pkiDirectory());
        if (!authority) {
            setError(authority.error().message);
            return std::nullopt;
        }
        Bundle bundle;
        bundle.password = QStringLiteral("test bundle password %1").arg(id);
        auto issued = district.isEmpty() ? authority->issueVendor(id, bundle.password, validity)
                                         : authority->issueOffice(id, district, bundle.password, validity);
        if (!issued) {
            setError(issued.error().message);
            return std::nullopt;
        }
        bundle.pkcs12 = issued->pkcs12;
        bundle.serial = issued->certificate.serial;
        bundle.path = QStringLiteral("%1/%2-%3.p12").arg(m_work, id, bundle.serial);
        QFile file(bundle.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bundle.pkcs12) != bundle.pkcs12.size()) {
            setError(QStringLiteral("cannot write %1").arg(bundle.path));
            return std::nullopt;
        }
        file.close();
        QFile input(bundle.path);
        input.open(QIODevice::ReadOnly);
        if (!QSslCertificate::importPkcs12(
                &input, &bundle.key, &bundle.certificate, nullptr, bundle.password.toUtf8())) {
            setError(QStringLiteral("Qt cannot read the bundle %1").arg(bundle.path));
            return std::nullopt;
        }
        return bundle;
    }

    QTemporaryDir m_tmp;
    QString m_work;
    QString m_store;
    QStringList m_serveArguments;
    QString m_error;
    int m_port = 0;
    QProcess m_process;
    QByteArray m_stdout;
};

} // namespace Nigran::Testing
