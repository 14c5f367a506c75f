#pragma once

#include <QDateTime>

namespace Nigran::Sync {

/// The period a certificate is valid in (UTC). Certificates are short-lived (SECURITY.md): offices
/// and vendors get a year by default. Tests set a period in the past to get an expired certificate.
struct CertificateValidity
{
    static constexpr int DefaultDays = 365;

    QDateTime notBefore;
    QDateTime notAfter;

    /// From an hour ago (tolerates a little clock skew) for `days` days.
    static CertificateValidity days(int days = DefaultDays)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return { now.addSecs(-3600), now.addDays(days) };
    }
};

} // namespace Nigran::Sync
