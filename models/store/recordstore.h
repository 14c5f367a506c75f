#pragma once

#include "core/result.h"
#include "store/recordkind.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Nigran::Models {

class AuditLog;
class Database;
class HybridLogicalClock;

/// What a service writes: the row's identity, its indexed columns (RecordKind::columns order) and body.
struct RecordWrite
{
    QString id;
    QString district;
    QVariantList columns;
    QByteArray body; ///< the full record as CBOR
};

/// A row as stored, with the sync fields of SYNC.md.
struct StoredRecord
{
    QString id;
    QString district;
    qint64 version = 0;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    QByteArray body;
};

/// A row as it travels between an office and the centre: the sync fields, the indexed columns
/// (RecordKind::columns order) and the body.
struct RemoteRecord
{
    QString id;
    QString district;
    qint64 version = 0;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    QVariantList columns;
    QByteArray body;
};

/// A row received from the centre with its kind (RecordStore::applyRemoteRows).
struct RemoteChange
{
    const RecordKind *kind = nullptr;
    RemoteRecord row;
};

/// The single write path for syncable rows. Each put or remove writes, in one transaction:
/// the row (with a fresh HLC and this office as origin), an outbox entry recording the base
/// version the edit started from, the clock state, and an audit entry.
class RecordStore
{
public:
    RecordStore(Database &db, AuditLog &audit, HybridLogicalClock &clock, QString officeId);

    /// Inserts or updates a row. `action` names it in the audit log ("create", "update", "correct"…).
    [[nodiscard]] Result<> put(const RecordKind &kind, const RecordWrite &row, const QString &actor,
        const QString &action, const QString &detail = {});
    /// Marks a row deleted (a tombstone that replicates).
    [[nodiscard]] Result<> remove(
        const RecordKind &kind, const QString &id, const QString &actor, const QString &detail = {});

    /// Like put(), for an edit that resolves the open conflict `conflictId` of this row: the outbox entry
    /// names the conflict so that the centre closes it; audited as "resolve".
    [[nodiscard]] Result<> putResolving(const RecordKind &kind, const RecordWrite &row,
        const QString &conflictId, const QString &actor, const QString &detail = {});

    /// Writes a row received from the centre as it is (version, hlc, origin, tombstone, columns, body) and
    /// observes its HLC. No outbox entry and no audit entry of its own: the sync step audits counts.
    [[nodiscard]] Result<> applyRemote(const RecordKind &kind, const RemoteRecord &row);
    /// applyRemote() for many rows in one transaction (a pulled page): each row is written as it is, the
    /// clock observes every HLC and its state is stored once.
    [[nodiscard]] Result<> applyRemoteRows(const QList<RemoteChange> &rows);
    /// The whole row with its indexed columns, as it would travel.
    [[nodiscard]] Result<std::optional<RemoteRecord>> snapshot(const RecordKind &kind, const QString &id);
    /// Records the version the centre gave an accepted change of this row.
    [[nodiscard]] Result<> setVersion(const RecordKind &kind, const QString &id, qint64 version);

    [[nodiscard]] Result<std::optional<StoredRecord>> get(const RecordKind &kind, const QString &id);
    /// Live (not deleted) rows of a kind that belong to one person, oldest change first.
    [[nodiscard]] Result<QList<StoredRecord>> forPerson(const RecordKind &kind, const QString &personId);

    static QString newId(); ///< a random UUID, without braces

private:
    [[nodiscard]] Result<> write(const RecordKind &kind, const RecordWrite &row, const QString &actor,
        const QString &action, const QString &detail, const QString &resolves);
    [[nodiscard]] Result<> writeRemote(const RecordKind &kind, const RemoteRecord &row);
    [[nodiscard]] Result<> recordChange(const RecordKind &kind, const QString &id, const char *op,
        qint64 baseVersion, qint64 hlc, const QString &resolves = {});

    Database &m_db;
    AuditLog &m_audit;
    HybridLogicalClock &m_clock;
    QString m_officeId;
};

} // namespace Nigran::Models
