#include "client/credentialstore.h"

#include "security/clock.h"
#include "services/office.h"
#include "store/meta.h"
#include "store/transaction.h"

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Meta;
using Models::Result;

namespace {

const QString CertificateKey = QStringLiteral("enrolment.certificate");
const QString PrivateKeyKey = QStringLiteral("enrolment.private_key");
const QString CaKey = QStringLiteral("enrolment.ca_certificate");
const QString UrlKey = QStringLiteral("enrolment.centre_url");
const QString OfficeKey = QStringLiteral("enrolment.office_id");
const QString DistrictKey = QStringLiteral("enrolment.district");
const QString ExpiresKey = QStringLiteral("enrolment.expires");
const QString SyncEntity = QStringLiteral("sync");

} // namespace

Result<std::optional<OfficeCredentials>> CredentialStore::load(Models::Office &office)
{
    Models::Database &db = office.database();
    std::optional<OfficeCredentials> none;
    auto certificate = Meta::get(db, CertificateKey);
    if (!certificate)
        return tl::unexpected(certificate.error());
    if (certificate->isEmpty())
        return none;
    OfficeCredentials credentials;
    credentials.certificatePem = certificate->toLatin1();
    auto key = Meta::get(db, PrivateKeyKey);
    auto ca = Meta::get(db, CaKey);
    auto url = Meta::get(db, UrlKey);
    auto officeId = Meta::get(db, OfficeKey);
    auto district = Meta::get(db, DistrictKey);
    auto expires = Meta::get(db, ExpiresKey);
    for (const auto *part : { &key, &ca, &url, &officeId, &district, &expires }) {
        if (!*part)
            return tl::unexpected(part->error());
    }
    credentials.privateKeyPem = key->toLatin1();
    credentials.caCertificatePem = ca->toLatin1();
    credentials.centreUrl = QUrl(*url, QUrl::StrictMode);
    credentials.officeId = *officeId;
    credentials.district = *district;
    credentials.expires = QDateTime::fromString(*expires, Qt::ISODate);
    if (credentials.privateKeyPem.isEmpty() || credentials.caCertificatePem.isEmpty()
        || !credentials.centreUrl.isValid() || !credentials.expires.isValid())
        return Models::fail(ErrorCode::Corrupt,
            tr("The office's stored sync credentials are incomplete; enrol the office with the centre "
               "again."));
    return std::optional<OfficeCredentials>(std::move(credentials));
}

Result<bool> CredentialStore::isEnrolled(Models::Office &office)
{
    auto certificate = Meta::get(office.database(), CertificateKey);
    if (!certificate)
        return tl::unexpected(certificate.error());
    return !certificate->isEmpty();
}

Result<> CredentialStore::enrol(Models::Office &office, const OfficeCredentials &credentials)
{
    NIGRAN_TRY(office.require(Models::Action::ManageUsers));
    if (credentials.officeId != office.officeId())
        return Models::fail(ErrorCode::InvalidInput,
            tr("The bundle was issued for office %1, but this is office %2. Ask the centre for this "
               "office's bundle.")
                .arg(credentials.officeId, office.officeId()));
    if (credentials.district != office.district())
        return Models::fail(ErrorCode::InvalidInput,
            tr("The bundle is for district %1, but this office keeps the register of %2.")
                .arg(credentials.district, office.district()));
    if (!credentials.expires.isValid() || credentials.expires <= office.clock().nowUtc())
        return Models::fail(ErrorCode::InvalidInput,
            tr("The bundle's certificate expired on %1; ask the centre for a new one.")
                .arg(credentials.expires.toString(Qt::ISODate)));
    if (credentials.certificatePem.isEmpty() || credentials.privateKeyPem.isEmpty()
        || credentials.caCertificatePem.isEmpty() || !credentials.centreUrl.isValid()
        || credentials.centreUrl.scheme() != QLatin1String("https"))
        return Models::fail(ErrorCode::InvalidInput,
            tr("The bundle lacks the certificate, its key, the centre's CA or an https centre address."));

    Models::Database &db = office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto enrolled = isEnrolled(office);
    if (!enrolled)
        return tl::unexpected(enrolled.error());
    NIGRAN_TRY(Meta::set(db, CertificateKey, QString::fromLatin1(credentials.certificatePem)));
    NIGRAN_TRY(Meta::set(db, PrivateKeyKey, QString::fromLatin1(credentials.privateKeyPem)));
    NIGRAN_TRY(Meta::set(db, CaKey, QString::fromLatin1(credentials.caCertificatePem)));
    NIGRAN_TRY(Meta::set(db, UrlKey, credentials.centreUrl.toString(QUrl::FullyEncoded)));
    NIGRAN_TRY(Meta::set(db, OfficeKey, credentials.officeId));
    NIGRAN_TRY(Meta::set(db, DistrictKey, credentials.district));
    NIGRAN_TRY(Meta::set(db, ExpiresKey, credentials.expires.toUTC().toString(Qt::ISODate)));
    NIGRAN_TRY(office.audit().append(office.user().login, QStringLiteral("sync-enrol"), SyncEntity,
        credentials.officeId,
        QStringLiteral("district %1, expires %2%3")
            .arg(credentials.district, credentials.expires.toUTC().toString(Qt::ISODate),
                *enrolled ? QStringLiteral(", replaced") : QString())));
    return tx->commit();
}

Result<> CredentialStore::remove(Models::Office &office)
{
    NIGRAN_TRY(office.require(Models::Action::ManageUsers));
    Models::Database &db = office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto enrolled = isEnrolled(office);
    if (!enrolled)
        return tl::unexpected(enrolled.error());
    if (!*enrolled)
        return {};
    for (const QString &key :
        { CertificateKey, PrivateKeyKey, CaKey, UrlKey, OfficeKey, DistrictKey, ExpiresKey })
        NIGRAN_TRY(Meta::set(db, key, QStringLiteral("")));
    NIGRAN_TRY(office.audit().append(
        office.user().login, QStringLiteral("sync-unenrol"), SyncEntity, office.officeId()));
    return tx->commit();
}

} // namespace Nigran::Sync
