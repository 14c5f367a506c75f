// The office's sync credentials live in the encrypted office store: only an administrator enrols or
// removes them, both audited; bundles for another office or district, expired ones and incomplete ones
// are refused and change nothing; the private key is not readable in the database file.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "client/credentialstore.h"
#include "pki/certificateauthority.h"
#include "pki/officebundle.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfficeFixture> m_fixture;
    OfficeCredentials m_credentials;
    int m_count = 0;

    Office &admin() { return m_fixture->session(QStringLiteral("admin")); }

private slots:
    void init()
    {
        ++m_count;
        m_fixture = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("office%1").arg(m_count)));
        auto authority = CertificateAuthority::init(m_dir.filePath(QStringLiteral("pki%1").arg(m_count)),
            QUrl(QStringLiteral("https://127.0.0.1:8443")));
        NIGRAN_VERIFY_OK(authority);
        auto issued = authority->issueOffice(
            admin().officeId(), OfficeFixture::District, QStringLiteral("bundle password 1"));
        NIGRAN_VERIFY_OK(issued);
        auto credentials = OfficeBundle::read(issued->pkcs12, QStringLiteral("bundle password 1"));
        NIGRAN_VERIFY_OK(credentials);
        m_credentials = *credentials;
    }

    void cleanup() { m_fixture.reset(); }

    void notEnrolledAtFirst()
    {
        auto loaded = CredentialStore::load(admin());
        NIGRAN_VERIFY_OK(loaded);
        QVERIFY(!loaded->has_value());
        QCOMPARE(CredentialStore::isEnrolled(admin()).value(), false);
    }

    void enrolStoresAndAudits()
    {
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), m_credentials));
        QCOMPARE(Nigran::Testing::auditCount(admin(), "sync-enrol"), 1);

        // Another user of the office, in a new session, reads the same credentials.
        auto prosecutor = m_fixture->signIn(QStringLiteral("prosecutor"));
        auto loaded = CredentialStore::load(*prosecutor);
        NIGRAN_VERIFY_OK(loaded);
        QVERIFY(loaded->has_value());
        const OfficeCredentials &stored = **loaded;
        QCOMPARE(stored.certificatePem, m_credentials.certificatePem);
        QCOMPARE(stored.privateKeyPem, m_credentials.privateKeyPem);
        QCOMPARE(stored.caCertificatePem, m_credentials.caCertificatePem);
        QCOMPARE(stored.centreUrl, m_credentials.centreUrl);
        QCOMPARE(stored.officeId, m_credentials.officeId);
        QCOMPARE(stored.district, m_credentials.district);
        QCOMPARE(stored.expires.toSecsSinceEpoch(), m_credentials.expires.toSecsSinceEpoch());
    }

    void privateKeyIsNotInPlainFiles()
    {
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), m_credentials));
        m_fixture.reset(); // closes every session
        // The key's base64 body (a line of the PEM) appears in no file of the office folder.
        const QList<QByteArray> lines = m_credentials.privateKeyPem.split('\n');
        QVERIFY(lines.size() > 2);
        const QByteArray needle = lines.at(1);
        QVERIFY(needle.size() >= 40);
        QDirIterator files(m_dir.filePath(QStringLiteral("office%1").arg(m_count)), QDir::Files,
            QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!Nigran::Testing::readAll(path).contains(needle), qPrintable(path));
            ++scanned;
        }
        QVERIFY(scanned >= 2); // the database and the key file at least
    }

    void onlyAdministratorsEnrol_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addRow("prosecutor") << QStringLiteral("prosecutor");
        QTest::addRow("supervisor") << QStringLiteral("supervisor");
    }
    void onlyAdministratorsEnrol()
    {
        QFETCH(QString, login);
        Office &office = m_fixture->session(login);
        auto enrolled = CredentialStore::enrol(office, m_credentials);
        QVERIFY(!enrolled);
        QCOMPARE(enrolled.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!CredentialStore::load(office).value().has_value());
        QCOMPARE(Nigran::Testing::auditCount(office, "sync-enrol"), 0);

        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), m_credentials));
        auto removed = CredentialStore::remove(m_fixture->session(login));
        QVERIFY(!removed);
        QCOMPARE(removed.error().code, ErrorCode::PermissionDenied);
        QVERIFY(CredentialStore::isEnrolled(admin()).value());
    }

    void refusesWrongBundles_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("another office") << QStringLiteral("office") << QStringLiteral("issued for office");
        QTest::addRow("another district") << QStringLiteral("district") << QStringLiteral("SD-KHI");
        QTest::addRow("expired") << QStringLiteral("expired") << QStringLiteral("expired");
        QTest::addRow("plain http") << QStringLiteral("http") << QStringLiteral("https");
        QTest::addRow("no private key") << QStringLiteral("key") << QStringLiteral("key");
    }
    void refusesWrongBundles()
    {
        QFETCH(QString, change);
        QFETCH(QString, messagePart);
        OfficeCredentials credentials = m_credentials;
        if (change == QLatin1String("office"))
            credentials.officeId = QStringLiteral("00000000-0000-4000-8000-000000000009");
        else if (change == QLatin1String("district"))
            credentials.district = QStringLiteral("SD-KHI");
        else if (change == QLatin1String("expired"))
            credentials.expires = m_fixture->clock().nowUtc().addSecs(-1);
        else if (change == QLatin1String("http"))
            credentials.centreUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        else
            credentials.privateKeyPem.clear();
        const qint64 auditBefore = Nigran::Testing::count(admin(), "SELECT count(*) FROM audit_log");
        auto enrolled = CredentialStore::enrol(admin(), credentials);
        QVERIFY(!enrolled);
        QCOMPARE(enrolled.error().code, ErrorCode::InvalidInput);
        QVERIFY2(enrolled.error().message.contains(messagePart), qPrintable(enrolled.error().message));
        QVERIFY(!CredentialStore::isEnrolled(admin()).value());
        QCOMPARE(Nigran::Testing::count(admin(), "SELECT count(*) FROM audit_log"), auditBefore);
    }

    void reEnrolReplaces()
    {
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), m_credentials));
        OfficeCredentials renewed = m_credentials;
        renewed.centreUrl = QUrl(QStringLiteral("https://centre.example:9443"));
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), renewed));
        QCOMPARE(CredentialStore::load(admin()).value()->centreUrl, renewed.centreUrl);
        QCOMPARE(Nigran::Testing::auditCount(admin(), "sync-enrol"), 2);
    }

    void removeForgetsAndAudits()
    {
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin(), m_credentials));
        NIGRAN_VERIFY_OK(CredentialStore::remove(admin()));
        QVERIFY(!CredentialStore::load(admin()).value().has_value());
        QCOMPARE(Nigran::Testing::auditCount(admin(), "sync-unenrol"), 1);
        // Removing again changes nothing and audits nothing.
        NIGRAN_VERIFY_OK(CredentialStore::remove(admin()));
        QCOMPARE(Nigran::Testing::auditCount(admin(), "sync-unenrol"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
