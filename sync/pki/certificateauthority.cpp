#include "pki/certificateauthority.h"

#include "pki/certificateidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Result;

namespace {

constexpr int StateFormat = 1;
constexpr int LockTimeoutMs = 10000;
constexpr int MinPasswordLength = 8;

QString statePath(const QString &directory)
{
    return directory + QStringLiteral("/pki.json");
}

QString issuedPath(const QString &directory)
{
    return directory + QStringLiteral("/issued.json");
}

QString lockPath(const QString &directory)
{
    return directory + QStringLiteral("/.lock");
}

std::optional<IssuedCertificate::Kind> kindFromName(const QString &name)
{
    for (const auto kind :
        { IssuedCertificate::Kind::Server, IssuedCertificate::Kind::Office, IssuedCertificate::Kind::Vendor })
        if (IssuedCertificate::kindKey(kind) == name)
            return kind;
    return std::nullopt;
}

/// Writes a file atomically; `secret` files are readable by the owner only from their first byte.
Result<> writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            ErrorCode::Io, CertificateAuthority::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const auto permissions = secret ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                    : (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.setPermissions(permissions) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(
            ErrorCode::Io, CertificateAuthority::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io, CertificateAuthority::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Result<Ossl::PKey> newKey()
{
    Ossl::PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(
            ErrorCode::Crypto, CertificateAuthority::tr("Cannot generate a key: %1").arg(Ossl::takeError()));
    return key;
}

QByteArray keyPem(EVP_PKEY *key)
{
    const Ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return Ossl::bioBytes(bio.get());
}

QByteArray certificatePem(X509 *certificate)
{
    const Ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return Ossl::bioBytes(bio.get());
}

bool setTime(ASN1_TIME *target, const QDateTime &time)
{
    return ASN1_TIME_set(target, static_cast<time_t>(time.toSecsSinceEpoch())) != nullptr;
}

/// A random positive 127-bit serial.
Ossl::AsnInteger randomSerial()
{
    unsigned char bytes[16] = {};
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return nullptr;
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    const Ossl::BigNum number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return Ossl::AsnInteger(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
}

Ossl::AsnInteger serialFromHex(const QString &hex)
{
    BIGNUM *raw = nullptr;
    const QByteArray text = hex.toLatin1();
    if (BN_hex2bn(&raw, text.constData()) == 0)
        return nullptr;
    const Ossl::BigNum number(raw);
    return Ossl::AsnInteger(BN_to_ASN1_INTEGER(number.get(), nullptr));
}

struct NameEntry
{
    const char *field;
    QString value;
};

struct ExtensionSpec
{
    int nid;
    QByteArray value;
};

/// Builds and signs a certificate. `issuer` null means self-signed with `subjectKey`.
Result<Ossl::Cert> makeCertificate(EVP_PKEY *subjectKey, const QList<NameEntry> &subject, X509 *issuer,
    EVP_PKEY *issuerKey, const CertificateValidity &validity, const QList<ExtensionSpec> &extensions)
{
    const auto failed = [] {
        return fail(ErrorCode::Crypto,
            CertificateAuthority::tr("Cannot create a certificate: %1").arg(Ossl::takeError()));
    };
    Ossl::Cert certificate(X509_new());
    const Ossl::AsnInteger serial = randomSerial();
    if (!certificate || !serial || X509_set_version(certificate.get(), 2) != 1
        || X509_set_serialNumber(certificate.get(), serial.get()) != 1
        || !setTime(X509_getm_notBefore(certificate.get()), validity.notBefore)
        || !setTime(X509_getm_notAfter(certificate.get()), validity.notAfter)
        || X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return failed();
    X509_NAME *name = X509_get_subject_name(certificate.get());
    for (const auto &entry : subject) {
        const QByteArray value = entry.value.toUtf8();
        if (X509_NAME_add_entry_by_txt(name, entry.field, MBSTRING_UTF8,
                reinterpret_cast<const unsigned char *>(value.constData()), static_cast<int>(value.size()),
                -1, 0)
            != 1)
            return failed();
    }
    X509 *signer = issuer != nullptr ? issuer : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer)) != 1)
        return failed();
    X509V3_CTX context;
    X509V3_set_ctx(&context, signer, certificate.get(), nullptr, nullptr, 0);
    for (const auto &spec : extensions) {
        const Ossl::Extension extension(
            X509V3_EXT_nconf_nid(nullptr, &context, spec.nid, spec.value.constData()));
        if (!extension || X509_add_ext(certificate.get(), extension.get(), -1) != 1)
            return failed();
    }
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        return failed();
    return certificate;
}

IssuedCertificate recordOf(X509 *certificate, IssuedCertificate::Kind kind, QString id, QString district)
{
    IssuedCertificate record;
    record.serial = CertificateIdentity::serialHex(certificate);
    record.kind = kind;
    record.id = std::move(id);
    record.district = std::move(district);
    record.notBefore = CertificateIdentity::notBefore(certificate);
    record.notAfter = CertificateIdentity::notAfter(certificate);
    return record;
}

QJsonObject toJson(const IssuedCertificate &record)
{
    QJsonObject object { { QStringLiteral("serial"), record.serial },
        { QStringLiteral("kind"), IssuedCertificate::kindKey(record.kind) },
        { QStringLiteral("id"), record.id }, { QStringLiteral("district"), record.district },
        { QStringLiteral("notBefore"), record.notBefore.toString(Qt::ISODate) },
        { QStringLiteral("notAfter"), record.notAfter.toString(Qt::ISODate) },
        { QStringLiteral("revoked"), record.revoked } };
    if (record.revoked)
        object.insert(QStringLiteral("revokedAt"), record.revokedAt.toString(Qt::ISODate));
    return object;
}

std::optional<IssuedCertificate> fromJson(const QJsonObject &object)
{
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    IssuedCertificate record;
    record.serial = object.value(QStringLiteral("serial")).toString();
    record.kind = *kind;
    record.id = object.value(QStringLiteral("id")).toString();
    record.district = object.value(QStringLiteral("district")).toString();
    record.notBefore
        = QDateTime::fromString(object.value(QStringLiteral("notBefore")).toString(), Qt::ISODate);
    record.notAfter = QDateTime::fromString(object.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    record.revoked = object.value(QStringLiteral("revoked")).toBool();
    record.revokedAt
        = QDateTime::fromString(object.value(QStringLiteral("revokedAt")).toString(), Qt::ISODate);
    if (record.serial.isEmpty() || !record.notAfter.isValid())
        return std::nullopt;
    return record;
}

Result<> lockDirectory(QLockFile &lock, const QString &directory)
{
    if (!lock.tryLock(LockTimeoutMs))
        return fail(ErrorCode::Io,
            CertificateAuthority::tr("The PKI folder %1 is in use by another nigran-centre command")
                .arg(directory));
    return {};
}

} // namespace

QString CertificateAuthority::caCertificatePath(const QString &directory)
{
    return directory + QStringLiteral("/ca.pem");
}

QString CertificateAuthority::caKeyPath(const QString &directory)
{
    return directory + QStringLiteral("/ca.key");
}

QString CertificateAuthority::serverCertificatePath(const QString &directory)
{
    return directory + QStringLiteral("/server.pem");
}

QString CertificateAuthority::serverKeyPath(const QString &directory)
{
    return directory + QStringLiteral("/server.key");
}

QString CertificateAuthority::crlPath(const QString &directory)
{
    return directory + QStringLiteral("/crl.pem");
}

QByteArray CertificateAuthority::caCertificatePem() const
{
    return certificatePem(m_caCertificate.get());
}

Result<CertificateAuthority> CertificateAuthority::init(const QString &directory, const QUrl &centreUrl,
    const QStringList &hostNames, const CertificateValidity &serverValidity)
{
    if (!centreUrl.isValid() || centreUrl.scheme() != QStringLiteral("https") || centreUrl.host().isEmpty())
        return fail(ErrorCode::InvalidInput,
            tr("The centre URL must be an https:// URL with a host name (got %1)")
                .arg(centreUrl.toDisplayString()));
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("Cannot create the PKI folder %1").arg(directory));
    const QString absolute = QDir(directory).absolutePath();
    QFile::setPermissions(absolute,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup);
    QLockFile lock(lockPath(absolute));
    NIGRAN_TRY(lockDirectory(lock, absolute));
    if (QFileInfo::exists(caKeyPath(absolute)) || QFileInfo::exists(statePath(absolute)))
        return fail(ErrorCode::Duplicate,
            tr("The folder %1 already holds a certificate authority; it was not changed").arg(absolute));

    QStringList hosts { QStringLiteral("localhost"), QStringLiteral("127.0.0.1") };
    for (const QString &host : QStringList { centreUrl.host() } + hostNames)
        if (!host.isEmpty() && !hosts.contains(host, Qt::CaseInsensitive))
            hosts << host;
    QStringList altNames;
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:-]{1,253}$"));
    for (const QString &host : hosts) {
        if (!hostPattern.match(host).hasMatch())
            return fail(ErrorCode::InvalidInput, tr("Not a valid host name: %1").arg(host));
        const bool isAddress = !QHostAddress(host).isNull();
        altNames << (isAddress ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
    }

    CertificateAuthority authority;
    authority.m_directory = absolute;
    authority.m_centreUrl = centreUrl;
    auto caKey = newKey();
    if (!caKey)
        return fail(caKey.error());
    auto caCertificate = makeCertificate(caKey->get(),
        { { "O", QStringLiteral("Nigran") }, { "CN", QStringLiteral("Nigran centre CA") } }, nullptr,
        caKey->get(), CertificateValidity::days(CaDays),
        { { NID_basic_constraints, "critical,CA:TRUE,pathlen:0" },
            { NID_key_usage, "critical,keyCertSign,cRLSign" }, { NID_subject_key_identifier, "hash" },
            { NID_authority_key_identifier, "keyid:always" } });
    if (!caCertificate)
        return fail(caCertificate.error());
    authority.m_caKey = std::move(*caKey);
    authority.m_caCertificate = std::move(*caCertificate);

    auto serverKey = newKey();
    if (!serverKey)
        return fail(serverKey.error());
    auto serverCertificate
        = makeCertificate(serverKey->get(), { { "O", QStringLiteral("Nigran") }, { "CN", centreUrl.host() } },
            authority.m_caCertificate.get(), authority.m_caKey.get(), serverValidity,
            { { NID_basic_constraints, "critical,CA:FALSE" }, { NID_key_usage, "critical,digitalSignature" },
                { NID_ext_key_usage, "serverAuth" },
                { NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1() },
                { NID_subject_key_identifier, "hash" }, { NID_authority_key_identifier, "keyid:always" } });
    if (!serverCertificate)
        return fail(serverCertificate.error());
    authority.m_issued << recordOf(
        serverCertificate->get(), IssuedCertificate::Kind::Server, centreUrl.host(), {});

    NIGRAN_TRY(writeFile(caKeyPath(absolute), keyPem(authority.m_caKey.get()), true));
    NIGRAN_TRY(writeFile(caCertificatePath(absolute), authority.caCertificatePem(), false));
    NIGRAN_TRY(writeFile(serverKeyPath(absolute), keyPem(serverKey->get()), true));
    NIGRAN_TRY(writeFile(serverCertificatePath(absolute),
        certificatePem(serverCertificate->get()) + authority.caCertificatePem(), false));
    NIGRAN_TRY(authority.writeCrl());
    return authority;
}

Result<CertificateAuthority> CertificateAuthority::open(const QString &directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QFileInfo::exists(statePath(absolute)))
        return fail(ErrorCode::NotFound,
            tr("%1 is not a Nigran PKI folder (no pki.json; create one with \"pki init\")").arg(absolute));
    CertificateAuthority authority;
    authority.m_directory = absolute;

    auto stateBytes = readFile(statePath(absolute));
    if (!stateBytes)
        return fail(stateBytes.error());
    const QJsonObject state = QJsonDocument::fromJson(*stateBytes).object();
    authority.m_centreUrl = QUrl(state.value(QStringLiteral("centreUrl")).toString());
    authority.m_crlNumber = state.value(QStringLiteral("crlNumber")).toInteger();
    if (state.value(QStringLiteral("format")).toInt() != StateFormat || !authority.m_centreUrl.isValid())
        return fail(ErrorCode::Corrupt, tr("%1 is damaged or of an unknown format").arg(statePath(absolute)));

    auto issuedBytes = readFile(issuedPath(absolute));
    if (!issuedBytes)
        return fail(issuedBytes.error());
    const QJsonArray issued = QJsonDocument::fromJson(*issuedBytes).array();
    for (qsizetype i = 0; i < issued.size(); ++i) {
        const auto record = fromJson(issued.at(i).toObject());
        if (!record)
            return fail(
                ErrorCode::Corrupt, tr("%1 is damaged (entry %2)").arg(issuedPath(absolute)).arg(i + 1));
        authority.m_issued << *record;
    }

    auto keyBytes = readFile(caKeyPath(absolute));
    if (!keyBytes)
        return fail(keyBytes.error());
    auto certificateBytes = readFile(caCertificatePath(absolute));
    if (!certificateBytes)
        return fail(certificateBytes.error());
    authority.m_caKey.reset(
        PEM_read_bio_PrivateKey(Ossl::readBio(*keyBytes).get(), nullptr, nullptr, nullptr));
    authority.m_caCertificate.reset(
        PEM_read_bio_X509(Ossl::readBio(*certificateBytes).get(), nullptr, nullptr, nullptr));
    if (!authority.m_caKey || !authority.m_caCertificate
        || X509_check_private_key(authority.m_caCertificate.get(), authority.m_caKey.get()) != 1) {
        ERR_clear_error();
        return fail(ErrorCode::Corrupt,
            tr("The CA key or certificate in %1 is damaged or they do not belong together").arg(absolute));
    }
    return authority;
}

Result<CertificateAuthority::Issued> CertificateAuthority::issueOffice(const QString &officeId,
    const QString &district, const QString &password, const CertificateValidity &validity)
{
    return issueClient(IssuedCertificate::Kind::Office, officeId, district, password, validity);
}

Result<CertificateAuthority::Issued> CertificateAuthority::issueVendor(
    const QString &vendorId, const QString &password, const CertificateValidity &validity)
{
    return issueClient(IssuedCertificate::Kind::Vendor, vendorId, {}, password, validity);
}

Result<CertificateAuthority::Issued> CertificateAuthority::issueClient(IssuedCertificate::Kind kind,
    const QString &id, const QString &district, const QString &password, const CertificateValidity &validity)
{
    const bool isOffice = kind == IssuedCertificate::Kind::Office;
    if (!CertificateIdentity::isValidId(id))
        return fail(ErrorCode::InvalidInput,
            (isOffice ? tr("The office id must be 1 to 64 letters, digits, dots, dashes or underscores")
                      : tr("The vendor id must be 1 to 64 letters, digits, dots, dashes or underscores")));
    if (isOffice && !CertificateIdentity::isValidId(district))
        return fail(ErrorCode::InvalidInput,
            tr("The district code must be 1 to 64 letters, digits, dots, dashes or underscores"));
    if (password.size() < MinPasswordLength)
        return fail(ErrorCode::InvalidInput,
            tr("The bundle password must have at least %1 characters").arg(MinPasswordLength));
    if (!validity.notBefore.isValid() || !validity.notAfter.isValid()
        || validity.notAfter <= validity.notBefore)
        return fail(ErrorCode::InvalidInput, tr("The certificate must end after it begins"));

    QLockFile lock(lockPath(m_directory));
    NIGRAN_TRY(lockDirectory(lock, m_directory));
    // Another command may have issued or revoked since this object was opened.
    auto current = open(m_directory);
    if (!current)
        return fail(current.error());
    m_issued = current->m_issued;
    m_crlNumber = current->m_crlNumber;

    auto key = newKey();
    if (!key)
        return fail(key.error());
    QList<NameEntry> subject { { "O", QStringLiteral("Nigran") } };
    QByteArray altNames;
    if (isOffice) {
        subject << NameEntry { "OU", district } << NameEntry { "CN", id };
        altNames = (QStringLiteral("URI:") + CertificateIdentity::OfficeUriPrefix + id
            + QStringLiteral(",URI:") + CertificateIdentity::DistrictUriPrefix + district)
                       .toLatin1();
    } else {
        subject << NameEntry { "OU", QStringLiteral("vendor") } << NameEntry { "CN", id };
        altNames = (QStringLiteral("URI:") + CertificateIdentity::VendorUriPrefix + id).toLatin1();
    }
    auto certificate = makeCertificate(key->get(), subject, m_caCertificate.get(), m_caKey.get(), validity,
        { { NID_basic_constraints, "critical,CA:FALSE" }, { NID_key_usage, "critical,digitalSignature" },
            { NID_ext_key_usage, "clientAuth" }, { NID_subject_alt_name, altNames },
            { NID_subject_key_identifier, "hash" }, { NID_authority_key_identifier, "keyid:always" } });
    if (!certificate)
        return fail(certificate.error());

    // The CA certificate travels with the centre URL as its friendlyName (read by OfficeBundle).
    Ossl::Cert caCopy(X509_dup(m_caCertificate.get()));
    const QByteArray url = m_centreUrl.toString(QUrl::FullyEncoded).toLatin1();
    Ossl::CertStack chain(sk_X509_new_null());
    if (!caCopy || !chain
        || X509_alias_set1(caCopy.get(), reinterpret_cast<const unsigned char *>(url.constData()),
               static_cast<int>(url.size()))
            != 1
        || sk_X509_push(chain.get(), caCopy.get()) == 0)
        return fail(ErrorCode::Crypto, tr("Cannot create the bundle: %1").arg(Ossl::takeError()));
    caCopy.release();
    const QByteArray passwordBytes = password.toUtf8();
    const QByteArray friendlyName
        = QStringLiteral("Nigran %1 %2").arg(IssuedCertificate::kindKey(kind), id).toUtf8();
    const Ossl::Pkcs12 bundle(PKCS12_create(passwordBytes.constData(), friendlyName.constData(), key->get(),
        certificate->get(), chain.get(), 0, 0, 0, 0, 0));
    const Ossl::Bio out(BIO_new(BIO_s_mem()));
    if (!bundle || i2d_PKCS12_bio(out.get(), bundle.get()) != 1)
        return fail(ErrorCode::Crypto, tr("Cannot create the bundle: %1").arg(Ossl::takeError()));

    Issued issued { Ossl::bioBytes(out.get()), recordOf(certificate->get(), kind, id, district) };
    m_issued << issued.certificate;
    NIGRAN_TRY(saveState());
    return issued;
}

Result<> CertificateAuthority::revoke(const QString &serial)
{
    const QString wanted = CertificateIdentity::normaliseSerial(serial);
    QLockFile lock(lockPath(m_directory));
    NIGRAN_TRY(lockDirectory(lock, m_directory));
    auto current = open(m_directory);
    if (!current)
        return fail(current.error());
    m_issued = current->m_issued;
    m_crlNumber = current->m_crlNumber;
    const auto found = std::find_if(m_issued.begin(), m_issued.end(),
        [&](const IssuedCertificate &record) { return record.serial == wanted; });
    if (found == m_issued.end())
        return fail(
            ErrorCode::NotFound, tr("No certificate with serial %1 was issued by this CA").arg(wanted));
    if (found->kind == IssuedCertificate::Kind::Server)
        return fail(ErrorCode::InvalidInput,
            tr("Serial %1 is the centre's own server certificate; it cannot be revoked here").arg(wanted));
    if (!found->revoked) {
        found->revoked = true;
        found->revokedAt = QDateTime::currentDateTimeUtc();
    }
    NIGRAN_TRY(writeCrl());
    return {};
}

Result<> CertificateAuthority::regenerateCrl()
{
    QLockFile lock(lockPath(m_directory));
    NIGRAN_TRY(lockDirectory(lock, m_directory));
    return writeCrl();
}

Result<QByteArray> CertificateAuthority::crl() const
{
    return readFile(crlPath(m_directory));
}

Result<> CertificateAuthority::writeCrl()
{
    const auto failed
        = [] { return fail(ErrorCode::Crypto, tr("Cannot create the CRL: %1").arg(Ossl::takeError())); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Ossl::Crl list(X509_CRL_new());
    const Ossl::AsnTime lastUpdate(ASN1_TIME_set(nullptr, static_cast<time_t>(now.toSecsSinceEpoch())));
    const Ossl::AsnTime nextUpdate(
        ASN1_TIME_set(nullptr, static_cast<time_t>(now.addDays(CrlDays).toSecsSinceEpoch())));
    if (!list || !lastUpdate || !nextUpdate || X509_CRL_set_version(list.get(), 1) != 1
        || X509_CRL_set_issuer_name(list.get(), X509_get_subject_name(m_caCertificate.get())) != 1
        || X509_CRL_set1_lastUpdate(list.get(), lastUpdate.get()) != 1
        || X509_CRL_set1_nextUpdate(list.get(), nextUpdate.get()) != 1)
        return failed();
    for (const auto &record : std::as_const(m_issued)) {
        if (!record.revoked)
            continue;
        X509_REVOKED *revoked = X509_REVOKED_new();
        const Ossl::AsnInteger serial = serialFromHex(record.serial);
        const Ossl::AsnTime when(
            ASN1_TIME_set(nullptr, static_cast<time_t>(record.revokedAt.toSecsSinceEpoch())));
        if (revoked == nullptr || !serial || !when
            || X509_REVOKED_set_serialNumber(revoked, serial.get()) != 1
            || X509_REVOKED_set_revocationDate(revoked, when.get()) != 1
            || X509_CRL_add0_revoked(list.get(), revoked) != 1) {
            X509_REVOKED_free(revoked);
            return failed();
        }
    }
    ++m_crlNumber;
    const Ossl::AsnInteger number(ASN1_INTEGER_new());
    if (!number || ASN1_INTEGER_set_int64(number.get(), m_crlNumber) != 1
        || X509_CRL_add1_ext_i2d(list.get(), NID_crl_number, number.get(), 0, 0) != 1
        || X509_CRL_sort(list.get()) != 1 || X509_CRL_sign(list.get(), m_caKey.get(), EVP_sha256()) <= 0)
        return failed();
    const Ossl::Bio out(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509_CRL(out.get(), list.get()) != 1)
        return failed();
    // State first: a CRL number is never reused even if writing the CRL fails afterwards.
    NIGRAN_TRY(saveState());
    return writeFile(crlPath(m_directory), Ossl::bioBytes(out.get()), false);
}

Result<> CertificateAuthority::saveState() const
{
    const QJsonObject state { { QStringLiteral("format"), StateFormat },
        { QStringLiteral("centreUrl"), m_centreUrl.toString(QUrl::FullyEncoded) },
        { QStringLiteral("crlNumber"), m_crlNumber } };
    NIGRAN_TRY(writeFile(statePath(m_directory), QJsonDocument(state).toJson(), false));
    QJsonArray issued;
    for (const auto &record : m_issued)
        issued.append(toJson(record));
    return writeFile(issuedPath(m_directory), QJsonDocument(issued).toJson(), false);
}

} // namespace Nigran::Sync
