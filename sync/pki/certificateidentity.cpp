#include "pki/certificateidentity.h"

#include "pki/openssltypes.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/bn.h>

namespace Nigran::Sync {

namespace {

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

} // namespace

std::optional<PeerIdentity> CertificateIdentity::of(const X509 *certificate)
{
    if (certificate == nullptr)
        return std::nullopt;
    const Ossl::Names names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return std::nullopt;
    QStringList offices;
    QStringList districts;
    QStringList vendors;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type != GEN_URI)
            continue;
        const ASN1_IA5STRING *uri = name->d.uniformResourceIdentifier;
        const QString text = QString::fromLatin1(
            reinterpret_cast<const char *>(ASN1_STRING_get0_data(uri)), ASN1_STRING_length(uri));
        if (text.startsWith(OfficeUriPrefix))
            offices << text.mid(OfficeUriPrefix.size());
        else if (text.startsWith(DistrictUriPrefix))
            districts << text.mid(DistrictUriPrefix.size());
        else if (text.startsWith(VendorUriPrefix))
            vendors << text.mid(VendorUriPrefix.size());
    }
    PeerIdentity identity;
    identity.serial = serialHex(certificate);
    if (offices.size() == 1 && districts.size() == 1 && vendors.isEmpty() && isValidId(offices.front())
        && isValidId(districts.front())) {
        identity.kind = PeerIdentity::Kind::Office;
        identity.id = offices.front();
        identity.district = districts.front();
        return identity;
    }
    if (vendors.size() == 1 && offices.isEmpty() && districts.isEmpty() && isValidId(vendors.front())) {
        identity.kind = PeerIdentity::Kind::Vendor;
        identity.id = vendors.front();
        return identity;
    }
    return std::nullopt;
}

QString CertificateIdentity::serialHex(const X509 *certificate)
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(certificate);
    const Ossl::BigNum number(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!number)
        return {};
    char *hex = BN_bn2hex(number.get());
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return text;
}

QDateTime CertificateIdentity::notBefore(const X509 *certificate)
{
    return toDateTime(X509_get0_notBefore(certificate));
}

QDateTime CertificateIdentity::notAfter(const X509 *certificate)
{
    return toDateTime(X509_get0_notAfter(certificate));
}

bool CertificateIdentity::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString CertificateIdentity::normaliseSerial(const QString &serial)
{
    QString text = serial.trimmed().toUpper().remove(QLatin1Char(':'));
    if (text.startsWith(QStringLiteral("0X")))
        text = text.mid(2);
    while (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        text = text.mid(1);
    return text;
}

} // namespace Nigran::Sync
