#pragma once

#include "core/result.h"
#include "exchange/exchangemessages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Nigran::Sync {

class CentreService;

/// The centre's side of the offline exchange (SYNC.md principle 12): answers an office's exchange file
/// with a reply file, through the very CentreService calls the network endpoints make.
///
/// The file is decrypted with the CA key, its signer certificate is verified against the CA and the
/// CRL (revoked, expired and foreign certificates are refused), and the office and district are taken
/// from that certificate, never from the file. Then: the handshake, each batch in order (a batch the
/// centre already processed is answered from its store, so replaying a file applies nothing twice), and
/// pull pages from the file's cursor until there are no more changes or maxPages / maxReplyBytes is
/// reached (the last page's hasMore tells the office to exchange again). The reply is signed by the CA
/// and encrypted to the certificate that signed the request.
class CentreExchange
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreExchange)

public:
    /// What the centre needs: its CA certificate and key and the current CRL (PEM).
    struct Keys
    {
        QByteArray caCertificatePem;
        QByteArray caKeyPem; ///< sensitive
        QByteArray crlPem;
    };

    /// What one answered file did (ids and counts only, for the log and the operator).
    struct Outcome
    {
        QByteArray reply; ///< the reply file's bytes
        QString officeId;
        QString district;
        QString serial;
        QString exchangeId;
        int batches = 0;
        int pages = 0;
        int rows = 0;
        bool hasMore = false;
    };

    static constexpr qint64 DefaultMaxReplyBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxFileBytes = 512 * 1024 * 1024;

    /// Reads ca.pem, ca.key and crl.pem from a PKI folder (CertificateAuthority).
    [[nodiscard]] static Models::Result<Keys> loadKeys(const QString &pkiDirectory);

    CentreExchange(CentreService &service, Keys keys);

    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }

    /// Answers one exchange file; certificates are checked at `now`.
    [[nodiscard]] Models::Result<Outcome> answer(
        const QByteArray &file, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    CentreService &m_service;
    Keys m_keys;
    qint64 m_maxReplyBytes = DefaultMaxReplyBytes;
};

} // namespace Nigran::Sync
