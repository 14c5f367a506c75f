// The centre's certificate authority and the office bundle reader (sync/pki).

#include "pki/certificateauthority.h"
#include "pki/certificateidentity.h"
#include "pki/officebundle.h"
#include "pki/openssltypes.h"

#include "../common/testsupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <openssl/pem.h>

using namespace Nigran::Sync;
using Nigran::Models::ErrorCode;

namespace {

const QString Password = QStringLiteral("bundle password 1");
const QUrl CentreUrl(QStringLiteral("https://centre.example.invalid:8443"));

Ossl::Crl parseCrl(const QByteArray &pem)
{
    return Ossl::Crl(PEM_read_bio_X509_CRL(Ossl::readBio(pem).get(), nullptr, nullptr, nullptr));
}

QStringList revokedSerials(X509_CRL *crl)
{
    QStringList serials;
    STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(crl);
    for (int i = 0; i < sk_X509_REVOKED_num(revoked); ++i) {
        const Ossl::BigNum number(
            ASN1_INTEGER_to_BN(X509_REVOKED_get0_serialNumber(sk_X509_REVOKED_value(revoked, i)), nullptr));
        char *hex = BN_bn2hex(number.get());
        serials << QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    return serials;
}

qint64 crlNumber(X509_CRL *crl)
{
    const Nigran::Sync::Ossl::AsnInteger number(
        static_cast<ASN1_INTEGER *>(X509_CRL_get_ext_d2i(crl, NID_crl_number, nullptr, nullptr)));
    int64_t value = -1;
    if (number)
        ASN1_INTEGER_get_int64(&value, number.get());
    return value;
}

QDateTime toUtc(const ASN1_TIME *time)
{
    struct tm parts = {};
    ASN1_TIME_to_tm(time, &parts);
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

/// Whether `certificatePem` carries a signature by the key of `caPem`.
bool signedBy(const QByteArray &certificatePem, const QByteArray &caPem)
{
    const Ossl::Cert certificate(
        PEM_read_bio_X509(Ossl::readBio(certificatePem).get(), nullptr, nullptr, nullptr));
    const Ossl::Cert ca(PEM_read_bio_X509(Ossl::readBio(caPem).get(), nullptr, nullptr, nullptr));
    return certificate && ca && X509_verify(certificate.get(), X509_get0_pubkey(ca.get())) == 1;
}

/// A PKCS#12 file built from the given parts (to make bundles that lack something).
QByteArray makePkcs12(EVP_PKEY *key, X509 *certificate, X509 *ca, const QByteArray &password)
{
    Ossl::CertStack chain(sk_X509_new_null());
    if (ca != nullptr) {
        X509_up_ref(ca);
        sk_X509_push(chain.get(), ca);
    }
    const Ossl::Pkcs12 bundle(
        PKCS12_create(password.constData(), "test", key, certificate, chain.get(), 0, 0, 0, 0, 0));
    const Ossl::Bio out(BIO_new(BIO_s_mem()));
    i2d_PKCS12_bio(out.get(), bundle.get());
    return Ossl::bioBytes(out.get());
}

struct Parts
{
    Ossl::PKey key;
    Ossl::Cert certificate;
    Ossl::CertStack chain;
};

Parts parse(const QByteArray &pkcs12, const QByteArray &password)
{
    const Ossl::Pkcs12 bundle(d2i_PKCS12_bio(Ossl::readBio(pkcs12).get(), nullptr));
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    PKCS12_parse(bundle.get(), password.constData(), &key, &certificate, &chain);
    return { Ossl::PKey(key), Ossl::Cert(certificate), Ossl::CertStack(chain) };
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_count = 0;

    QString freshDirectory() { return m_tmp.filePath(QStringLiteral("pki%1").arg(++m_count)); }

    CertificateAuthority freshAuthority()
    {
        auto authority
            = CertificateAuthority::init(freshDirectory(), CentreUrl, { QStringLiteral("centre.lan") });
        if (!authority)
            qFatal("init failed: %s", qPrintable(authority.error().message));
        return std::move(*authority);
    }

private slots:
    void initWritesTheCaServerCertificateAndAnEmptyCrl()
    {
        const QString directory = freshDirectory();
        auto authority = CertificateAuthority::init(directory, CentreUrl, { QStringLiteral("centre.lan") });
        NIGRAN_VERIFY_OK(authority);
        QCOMPARE(authority->centreUrl(), CentreUrl);

        const auto server = QSslCertificate::fromPath(CertificateAuthority::serverCertificatePath(directory));
        QCOMPARE(server.size(), 2); // server certificate followed by the CA
        const auto names = server.front().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::AlternativeNameEntryType::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(
            names.values(QSsl::AlternativeNameEntryType::DnsEntry).contains(QStringLiteral("centre.lan")));
        QVERIFY(names.values(QSsl::AlternativeNameEntryType::DnsEntry)
                    .contains(QStringLiteral("centre.example.invalid")));
        QVERIFY(names.values(QSsl::AlternativeNameEntryType::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        const auto ca = QSslCertificate::fromPath(CertificateAuthority::caCertificatePath(directory));
        QCOMPARE(ca.size(), 1);
        QCOMPARE(server.at(1), ca.front());
        QCOMPARE(server.front().issuerInfo(QSslCertificate::CommonName),
            ca.front().subjectInfo(QSslCertificate::CommonName));
        QVERIFY(signedBy(server.front().toPem(), ca.front().toPem()));

        auto crl = authority->crl();
        NIGRAN_VERIFY_OK(crl);
        const auto parsed = parseCrl(*crl);
        QVERIFY(parsed);
        QVERIFY(revokedSerials(parsed.get()).isEmpty());
        QCOMPARE(crlNumber(parsed.get()), 1);

        // Only the server certificate is recorded.
        QCOMPARE(authority->issued().size(), 1);
        QCOMPARE(authority->issued().front().kind, IssuedCertificate::Kind::Server);
        QCOMPARE(authority->issued().front().serial,
            CertificateIdentity::normaliseSerial(QString::fromLatin1(server.front().serialNumber())));
    }

    void initRefusesAFolderThatHasACa()
    {
        const QString directory = freshDirectory();
        NIGRAN_VERIFY_OK(CertificateAuthority::init(directory, CentreUrl));
        const QByteArray caBefore
            = Nigran::Testing::readAll(CertificateAuthority::caCertificatePath(directory));
        auto again = CertificateAuthority::init(directory, CentreUrl);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Duplicate);
        QCOMPARE(Nigran::Testing::readAll(CertificateAuthority::caCertificatePath(directory)), caBefore);
    }

    void initRefusesBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("plain http") << QStringLiteral("http://centre.example.invalid:8443");
        QTest::addRow("no host") << QStringLiteral("https://");
        QTest::addRow("not a url") << QStringLiteral("centre");
    }

    void initRefusesBadUrls()
    {
        QFETCH(QString, url);
        const QString directory = freshDirectory();
        auto authority = CertificateAuthority::init(directory, QUrl(url));
        QVERIFY(!authority);
        QCOMPARE(authority.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(CertificateAuthority::caKeyPath(directory)));
    }

    void keyFilesAreReadableByTheOwnerOnly()
    {
        auto authority = freshAuthority();
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &path : { CertificateAuthority::caKeyPath(authority.directory()),
                 CertificateAuthority::serverKeyPath(authority.directory()) }) {
            const auto permissions = QFile::permissions(path)
                & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                    | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
            QCOMPARE(permissions, ownerOnly);
        }
        // Public files stay readable (the service user reads them; the CRL is published).
        QVERIFY(QFile::permissions(CertificateAuthority::crlPath(authority.directory()))
            & QFileDevice::ReadOther);
    }

    void officeBundleRoundTrip()
    {
        auto authority = freshAuthority();
        auto issued = authority.issueOffice(QStringLiteral("OFF-LHR-7"), QStringLiteral("PB-LHR"), Password);
        NIGRAN_VERIFY_OK(issued);
        QCOMPARE(issued->certificate.kind, IssuedCertificate::Kind::Office);
        QCOMPARE(issued->certificate.id, QStringLiteral("OFF-LHR-7"));
        QCOMPARE(issued->certificate.district, QStringLiteral("PB-LHR"));

        auto credentials = OfficeBundle::read(issued->pkcs12, Password);
        NIGRAN_VERIFY_OK(credentials);
        QCOMPARE(credentials->officeId, QStringLiteral("OFF-LHR-7"));
        QCOMPARE(credentials->district, QStringLiteral("PB-LHR"));
        QCOMPARE(credentials->centreUrl, CentreUrl);
        QCOMPARE(credentials->caCertificatePem, authority.caCertificatePem());
        QCOMPARE(credentials->expires, issued->certificate.notAfter);
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(credentials->expires);
        QVERIFY2(days >= 364 && days <= 365, qPrintable(QString::number(days)));

        // The parts are usable by Qt's TLS: certificate chains to the CA, key matches, subject names it.
        const QSslCertificate certificate(credentials->certificatePem);
        const QSslKey key(credentials->privateKeyPem, QSsl::Ec);
        QVERIFY(!key.isNull());
        QVERIFY(signedBy(credentials->certificatePem, credentials->caCertificatePem));
        QVERIFY(!signedBy(credentials->certificatePem, freshAuthority().caCertificatePem()));
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
            QStringList { QStringLiteral("OFF-LHR-7") });
        QCOMPARE(certificate.subjectInfo(QSslCertificate::OrganizationalUnitName),
            QStringList { QStringLiteral("PB-LHR") });
        QCOMPARE(CertificateIdentity::normaliseSerial(QString::fromLatin1(certificate.serialNumber())),
            issued->certificate.serial);

        // The SAN is what the centre reads.
        const Ossl::Cert x509(
            PEM_read_bio_X509(Ossl::readBio(credentials->certificatePem).get(), nullptr, nullptr, nullptr));
        const auto identity = CertificateIdentity::of(x509.get());
        QVERIFY(identity);
        QCOMPARE(identity->kind, PeerIdentity::Kind::Office);
        QCOMPARE(identity->id, QStringLiteral("OFF-LHR-7"));
        QCOMPARE(identity->district, QStringLiteral("PB-LHR"));
        QCOMPARE(identity->serial, issued->certificate.serial);
        QCOMPARE(X509_get_extended_key_usage(x509.get()) & XKU_SSL_CLIENT, uint32_t(XKU_SSL_CLIENT));

        // Recorded in the folder, and seen by a second opener.
        auto reopened = CertificateAuthority::open(authority.directory());
        NIGRAN_VERIFY_OK(reopened);
        QCOMPARE(reopened->issued().size(), 2);
        QCOMPARE(reopened->issued().back(), issued->certificate);
    }

    void vendorCertificateNamesTheVendorOnly()
    {
        auto authority = freshAuthority();
        auto issued = authority.issueVendor(QStringLiteral("TAGCO-1"), Password);
        NIGRAN_VERIFY_OK(issued);
        const auto parts = parse(issued->pkcs12, Password.toUtf8());
        const auto identity = CertificateIdentity::of(parts.certificate.get());
        QVERIFY(identity);
        QCOMPARE(identity->kind, PeerIdentity::Kind::Vendor);
        QCOMPARE(identity->id, QStringLiteral("TAGCO-1"));
        QVERIFY(identity->district.isEmpty());
    }

    void readRefusesBadBundles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("wrong password") << 0 << int(ErrorCode::WrongKey) << QStringLiteral("password");
        QTest::addRow("empty file") << 1 << int(ErrorCode::Corrupt) << QStringLiteral("PKCS#12");
        QTest::addRow("garbage") << 2 << int(ErrorCode::Corrupt) << QStringLiteral("PKCS#12");
        QTest::addRow("truncated") << 3 << int(ErrorCode::Corrupt) << QStringLiteral("PKCS#12");
        QTest::addRow("vendor bundle")
            << 4 << int(ErrorCode::InvalidInput) << QStringLiteral("not a Nigran office");
        QTest::addRow("other PKCS#12 (no Nigran names)")
            << 5 << int(ErrorCode::InvalidInput) << QStringLiteral("not a Nigran office");
        QTest::addRow("no CA certificate")
            << 6 << int(ErrorCode::InvalidInput) << QStringLiteral("CA certificate");
        QTest::addRow("CA without the centre URL")
            << 7 << int(ErrorCode::InvalidInput) << QStringLiteral("URL");
        QTest::addRow("CA of another centre")
            << 8 << int(ErrorCode::InvalidInput) << QStringLiteral("CA certificate");
        QTest::addRow("expired") << 9 << int(ErrorCode::InvalidInput) << QStringLiteral("expired");
        QTest::addRow("not yet valid")
            << 10 << int(ErrorCode::InvalidInput) << QStringLiteral("valid only from");
    }

    void readRefusesBadBundles()
    {
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        auto authority = freshAuthority();
        auto office = authority.issueOffice(QStringLiteral("OFF-1"), QStringLiteral("SD-KHI"), Password);
        NIGRAN_VERIFY_OK(office);
        const QByteArray password = Password.toUtf8();
        QByteArray bytes = office->pkcs12;
        QString readPassword = Password;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime readAt = now;
        switch (kind) {
        case 0:
            readPassword = QStringLiteral("not the password");
            break;
        case 1:
            bytes.clear();
            break;
        case 2:
            bytes = QByteArray(2000, 'x');
            break;
        case 3:
            bytes.truncate(bytes.size() / 2);
            break;
        case 4: {
            auto vendor = authority.issueVendor(QStringLiteral("TAGCO-1"), Password);
            NIGRAN_VERIFY_OK(vendor);
            bytes = vendor->pkcs12;
            break;
        }
        case 5: {
            // The CA's own key and certificate: a fine PKCS#12 file, but it names no office.
            const Ossl::PKey key(PEM_read_bio_PrivateKey(
                Ossl::readBio(
                    Nigran::Testing::readAll(CertificateAuthority::caKeyPath(authority.directory())))
                    .get(),
                nullptr, nullptr, nullptr));
            const Ossl::Cert ca(PEM_read_bio_X509(
                Ossl::readBio(authority.caCertificatePem()).get(), nullptr, nullptr, nullptr));
            bytes = makePkcs12(key.get(), ca.get(), nullptr, password);
            break;
        }
        case 6: {
            const auto parts = parse(bytes, password);
            bytes = makePkcs12(parts.key.get(), parts.certificate.get(), nullptr, password);
            break;
        }
        case 7: {
            const auto parts = parse(bytes, password);
            X509 *ca = sk_X509_value(parts.chain.get(), 0);
            X509_alias_set1(ca, nullptr, -1);
            bytes = makePkcs12(parts.key.get(), parts.certificate.get(), ca, password);
            break;
        }
        case 8: {
            auto other = freshAuthority();
            const auto parts = parse(bytes, password);
            const Ossl::Cert otherCa(
                PEM_read_bio_X509(Ossl::readBio(other.caCertificatePem()).get(), nullptr, nullptr, nullptr));
            const QByteArray url = CentreUrl.toString().toLatin1();
            X509_alias_set1(
                otherCa.get(), reinterpret_cast<const unsigned char *>(url.constData()), int(url.size()));
            bytes = makePkcs12(parts.key.get(), parts.certificate.get(), otherCa.get(), password);
            break;
        }
        case 9: {
            auto expired = authority.issueOffice(QStringLiteral("OFF-2"), QStringLiteral("SD-KHI"), Password,
                { now.addDays(-400), now.addDays(-35) });
            NIGRAN_VERIFY_OK(expired);
            bytes = expired->pkcs12;
            break;
        }
        case 10:
            readAt = now.addDays(-1);
            break;
        }
        auto read = OfficeBundle::read(bytes, readPassword, readAt);
        QVERIFY(!read);
        QCOMPARE(int(read.error().code), code);
        QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
        QVERIFY(!read.error().message.contains(QStringLiteral("OFF-")));
    }

    void validityIsRecordedAsGiven()
    {
        auto authority = freshAuthority();
        const QDateTime begins(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const QDateTime ends(QDate(2025, 6, 7), QTime(8, 9, 10), QTimeZone::utc());
        auto issued = authority.issueOffice(
            QStringLiteral("OFF-3"), QStringLiteral("KP-PSH"), Password, { begins, ends });
        NIGRAN_VERIFY_OK(issued);
        QCOMPARE(issued->certificate.notBefore, begins);
        QCOMPARE(issued->certificate.notAfter, ends);
        const auto parts = parse(issued->pkcs12, Password.toUtf8());
        QCOMPARE(CertificateIdentity::notBefore(parts.certificate.get()), begins);
        QCOMPARE(CertificateIdentity::notAfter(parts.certificate.get()), ends);
        // Read as of a day inside the period it is fine; today it has expired.
        NIGRAN_VERIFY_OK(OfficeBundle::read(
            issued->pkcs12, Password, QDateTime(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::utc())));
        QVERIFY(!OfficeBundle::read(issued->pkcs12, Password));

        auto backwards = authority.issueOffice(
            QStringLiteral("OFF-4"), QStringLiteral("KP-PSH"), Password, { ends, begins });
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
    }

    void issueRefusesBadInput_data()
    {
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("password");
        QTest::addRow("empty office id") << QString() << QStringLiteral("PB-LHR") << Password;
        QTest::addRow("office id with a space")
            << QStringLiteral("OFF 1") << QStringLiteral("PB-LHR") << Password;
        QTest::addRow("office id with a comma (SAN injection)")
            << QStringLiteral("OFF-1,URI:urn:nigran:district:SD-KHI") << QStringLiteral("PB-LHR") << Password;
        QTest::addRow("office id of 65 characters")
            << QString(65, QLatin1Char('a')) << QStringLiteral("PB-LHR") << Password;
        QTest::addRow("empty district") << QStringLiteral("OFF-1") << QString() << Password;
        QTest::addRow("district with a slash")
            << QStringLiteral("OFF-1") << QStringLiteral("PB/LHR") << Password;
        QTest::addRow("short password")
            << QStringLiteral("OFF-1") << QStringLiteral("PB-LHR") << QStringLiteral("short");
    }

    void issueRefusesBadInput()
    {
        QFETCH(QString, office);
        QFETCH(QString, district);
        QFETCH(QString, password);
        auto authority = freshAuthority();
        auto issued = authority.issueOffice(office, district, password);
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, ErrorCode::InvalidInput);
        QCOMPARE(authority.issued().size(), 1); // nothing recorded beyond the server certificate
    }

    void revokeRewritesTheCrl()
    {
        auto authority = freshAuthority();
        auto first = authority.issueOffice(QStringLiteral("OFF-5"), QStringLiteral("BL-QTA"), Password);
        auto second = authority.issueOffice(QStringLiteral("OFF-6"), QStringLiteral("BL-QTA"), Password);
        NIGRAN_VERIFY_OK(first);
        NIGRAN_VERIFY_OK(second);

        // Revoked by a second opener (as `pki revoke` does while another process holds the CA).
        auto other = CertificateAuthority::open(authority.directory());
        NIGRAN_VERIFY_OK(other);
        NIGRAN_VERIFY_OK(other->revoke(first->certificate.serial.toLower()));

        auto crl = authority.crl();
        NIGRAN_VERIFY_OK(crl);
        const auto parsed = parseCrl(*crl);
        QVERIFY(parsed);
        QCOMPARE(revokedSerials(parsed.get()), QStringList { first->certificate.serial });
        QCOMPARE(crlNumber(parsed.get()), 2);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime nextUpdate = toUtc(X509_CRL_get0_nextUpdate(parsed.get()));
        QVERIFY(qAbs(now.addDays(CertificateAuthority::CrlDays).secsTo(nextUpdate)) < 120);
        // Signed by the CA.
        const Ossl::Cert ca(
            PEM_read_bio_X509(Ossl::readBio(authority.caCertificatePem()).get(), nullptr, nullptr, nullptr));
        QCOMPARE(X509_CRL_verify(parsed.get(), X509_get0_pubkey(ca.get())), 1);

        // The record says so, and a second revocation changes nothing but the CRL number.
        auto reopened = CertificateAuthority::open(authority.directory());
        NIGRAN_VERIFY_OK(reopened);
        const auto records = reopened->issued();
        const auto revoked = std::find_if(records.begin(), records.end(),
            [&](const IssuedCertificate &record) { return record.serial == first->certificate.serial; });
        QVERIFY(revoked != records.end());
        QVERIFY(revoked->revoked);
        QVERIFY(qAbs(revoked->revokedAt.secsTo(now)) < 120);
        NIGRAN_VERIFY_OK(reopened->revoke(first->certificate.serial));
        const auto again = parseCrl(*reopened->crl());
        QCOMPARE(revokedSerials(again.get()), QStringList { first->certificate.serial });
        QCOMPARE(crlNumber(again.get()), 3);
    }

    void revokeRefusesUnknownAndServerSerials()
    {
        auto authority = freshAuthority();
        const QByteArray before = *authority.crl();
        auto unknown = authority.revoke(QStringLiteral("0123ABCD"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto server = authority.revoke(authority.issued().front().serial);
        QVERIFY(!server);
        QCOMPARE(server.error().code, ErrorCode::InvalidInput);
        QCOMPARE(*authority.crl(), before);
    }

    void openRefusesAFolderWithoutCa()
    {
        auto opened = CertificateAuthority::open(freshDirectory());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
