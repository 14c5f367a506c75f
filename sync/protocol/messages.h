#pragma once

#include "audit/auditentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Nigran::Sync {

// The sync wire protocol (SYNC.md). Every request and response body is one CBOR map, compressed
// with zstd (see MessageCodec). Endpoints, all POST over mutual TLS:
//   /v1/handshake  HandshakeRequest -> HandshakeResponse
//   /v1/push       PushRequest      -> PushResponse
//   /v1/pull       PullRequest      -> PullResponse
//   /v1/fixes      FixPullRequest   -> FixPullResponse   (fixes of the district's devices)
// and, for tag vendors' certificates only, /v1/ingest (VendorBatch, JSON; see sync/centre/vendorbatch.h).
// The office and district always come from the client certificate, never from a message field.

/// Conflicts travel in the pull feed as rows of this entity; their body is a ConflictRecord.
inline constexpr auto ConflictEntity = "sync_conflicts";

/// One row revision as it travels: the sync fields of SYNC.md, the indexed columns the
/// originating office wrote (RecordKind::columns order) and the CBOR body of the record.
struct WireRow
{
    QString entity; ///< table name: "persons", "cases", … or ConflictEntity
    QString id;
    QString district;
    qint64 version = 0; ///< assigned by the centre (its change sequence); 0 in a push
    qint64 hlc = 0;
    QString origin; ///< office id of the change
    bool deleted = false;
    QVariantList columns;
    QByteArray body;
    friend bool operator==(const WireRow &, const WireRow &) = default;
};

/// A local change sent to the centre: the row and the version the edit started from.
struct PushItem
{
    WireRow row;
    qint64 baseVersion = 0;
    QString resolves; ///< id of the conflict this edit resolves, if any
    friend bool operator==(const PushItem &, const PushItem &) = default;
};

enum class ItemStatus
{
    Applied,
    Conflict,
    Rejected,
};

enum class RejectReason
{
    None,
    OutOfScope, ///< the row's district is not the certificate's district
    Invalid, ///< the body does not decode or validate
    UnknownEntity,
    UnknownConflict, ///< `resolves` names no open conflict of this row
};

struct ItemResult
{
    QString entity;
    QString id;
    ItemStatus status = ItemStatus::Applied;
    qint64 version = 0; ///< the new centre version (Applied) or the centre's current one (Conflict)
    QString conflictId; ///< for Conflict
    RejectReason reason = RejectReason::None;
    QString detail; ///< for Rejected: field or check that failed; never personal data
    friend bool operator==(const ItemResult &, const ItemResult &) = default;
};

struct HandshakeRequest
{
    int protocol = 0;
    int schema = 0;
    QDateTime clientTime; ///< UTC
    Models::AuditHead auditHead;
    friend bool operator==(const HandshakeRequest &, const HandshakeRequest &) = default;
};

struct HandshakeResponse
{
    int protocol = 0;
    QDateTime serverTime;
    qint64 clockSkewMs = 0; ///< client minus server; |skew| > 5 min is reported to the user
    QString officeId; ///< as read from the certificate
    QString district;
    Models::AuditHead acceptedAuditHead; ///< the last audit head the centre accepted from this office
    friend bool operator==(const HandshakeResponse &, const HandshakeResponse &) = default;
};

struct PushRequest
{
    QString batchId; ///< persisted by the client before sending; the centre answers a retry from memory
    QList<Models::AuditEntry> auditEntries; ///< the office's audit entries after the accepted head, in order
    QList<PushItem> items;
};

struct PushResponse
{
    QString batchId;
    QList<ItemResult> results; ///< one per item, in order
    Models::AuditHead acceptedAuditHead;
    friend bool operator==(const PushResponse &, const PushResponse &) = default;
};

struct PullRequest
{
    qint64 cursor = 0; ///< the last centre sequence the client has applied
    int limit = 500;
    friend bool operator==(const PullRequest &, const PullRequest &) = default;
};

struct PullResponse
{
    QList<WireRow> rows; ///< ordered by version, all > cursor, all in the certificate's district
    qint64 nextCursor = 0;
    bool hasMore = false;
    QByteArray checksum; ///< SHA-256 over the rows (MessageCodec::pageChecksum)
    friend bool operator==(const PullResponse &, const PullResponse &) = default;
};

/// Fixes flowing down to a district: those of the devices of the district's monitoring orders, received
/// by the centre after `cursor` (the centre's ingest sequence), and with a fix time inside the window.
struct FixPullRequest
{
    qint64 cursor = 0; ///< the last ingest sequence the client has stored; 0 at first
    int windowDays = 90; ///< only fixes newer than this many days (1–3650)
    /// "Older on demand": devices whose fixes from `historyFrom` on are wanted whatever the cursor (a
    /// device newly assigned to the district, or a supervisor asking for an older period).
    QStringList historyDevices;
    QDateTime historyFrom;
    int limit = 20000; ///< fixes per response
    friend bool operator==(const FixPullRequest &, const FixPullRequest &) = default;
};

/// One device's fixes in the compact encoding (Models::FixCodec).
struct DeviceFixes
{
    QString deviceId;
    QByteArray block;
    friend bool operator==(const DeviceFixes &, const DeviceFixes &) = default;
};

/// The devices are those of the certificate's district only; history is served first, for the
/// requested devices in order, then the feed after the cursor with what is left of `limit`.
struct FixPullResponse
{
    QList<DeviceFixes> devices; ///< at most one entry per device
    qint64 nextCursor = 0; ///< store this once the fixes are stored
    bool hasMore = false; ///< more of the feed after nextCursor
    /// History devices whose fixes from historyFrom on are all in this response (only devices of the
    /// district: a device the centre has not assigned to the district is never listed).
    QStringList historyDone;
    /// Valid when the history of the first requested device not in historyDone was cut at the limit:
    /// ask again for it with historyFrom = this (fix times of a device are unique).
    QDateTime historyNext;
    friend bool operator==(const FixPullResponse &, const FixPullResponse &) = default;
};

/// The body of a ConflictEntity row: the revision the centre kept beside its own.
struct ConflictRecord
{
    QString entity;
    QString rowId;
    qint64 centreVersion = 0; ///< the version the centre held when the conflicting edit arrived
    qint64 baseVersion = 0; ///< the version the office's edit started from
    WireRow theirs; ///< the conflicting revision, kept
    QDateTime raisedAt;
    bool open = true;
    qint64 resolvedByVersion = 0; ///< the centre version of the resolving revision
    QString resolvedByOffice;
    friend bool operator==(const ConflictRecord &, const ConflictRecord &) = default;
};

} // namespace Nigran::Sync
