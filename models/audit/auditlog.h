#pragma once

#include "audit/auditentry.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace Nigran::Models {

class Clock;
class Database;

/// Outcome of a chain verification; `problem` is translated and names the first bad entry.
struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0;
    QString problem;
};

/// The office's append-only audit log as a hash chain (SECURITY.md): each entry hashes the previous
/// one, and the head (last seq and hash) is kept in `meta` in the same transaction, so an edited,
/// deleted (anywhere, including the last) or reordered entry is detected by verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::AuditLog)

public:
    AuditLog(Database &db, const Clock &clock);

    [[nodiscard]] Result<AuditEntry> append(const QString &actor, const QString &action,
        const QString &entity, const QString &entityId, const QString &detail = {});
    [[nodiscard]] Result<AuditHead> head();
    [[nodiscard]] Result<AuditVerification> verify();
    [[nodiscard]] Result<QList<AuditEntry>> entriesFor(const QString &entity, const QString &entityId);
    [[nodiscard]] Result<QList<AuditEntry>> entries(qint64 fromSeq, int limit);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Nigran::Models
