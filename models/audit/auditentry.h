#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Nigran::Models {

/// One link of the audit hash chain. Entities are named by id only: no personal data in the log.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; ///< UTC, millisecond precision
    QString actor; ///< login of the user, or "system"
    QString action; ///< e.g. "create", "update", "view", "transition", "login"
    QString entity; ///< table or subject, e.g. "persons", "session"
    QString entityId;
    QString detail; ///< ids, field names and reasons; never names or CNICs
    QByteArray prevHash;
    QByteArray hash;

    /// SHA-256 over the previous hash and a length-prefixed encoding of every field.
    QByteArray computeHash() const;
};

/// The newest entry of a chain: what the centre compares against on sync.
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash; ///< 32 zero bytes for an empty chain
    static AuditHead genesis();
    friend bool operator==(const AuditHead &, const AuditHead &) = default;
};

} // namespace Nigran::Models
