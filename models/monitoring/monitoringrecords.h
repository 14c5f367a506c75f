#pragma once

#include "core/result.h"
#include "monitoring/alert.h"
#include "monitoring/zone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Nigran::Models {

/// One version of a zone of a monitoring order, as stored in `zones` (one row per version; an edit
/// writes a new row with the next version, the old ones stay as history).
struct ZoneRecord
{
    QString id; ///< row id (UUID), one per version
    QString personId;
    QString orderId;
    QString label; ///< what the supervisor calls it ("school", "home"); never a victim's name
    bool retired = false; ///< this version removes the zone from the order
    QString editedBy;
    QString reason; ///< why this version was made (required from version 2 on)
    Zone zone = noZone(); ///< carries the zone id and version

    /// Zone has no public default constructor: a placeholder (no id, version 0, a 1 m circle at 0, 0)
    /// so that a ZoneRecord can be default-constructed and filled in.
    static Zone noZone();

    /// Zone has no operator==: compares its id, version, kind, shape, buffer, schedule and grace.
    friend bool operator==(const ZoneRecord &, const ZoneRecord &);
};

/// Triage (DOMAIN.md): New → Acknowledged → Contacted → Escalated → Closed. The values are stored;
/// never renumber.
enum class AlertState
{
    New = 0,
    Acknowledged = 1,
    Contacted = 2,
    Escalated = 3,
    Closed = 4,
};

/// How a closed alert ended. The values are stored; never renumber.
enum class AlertOutcome
{
    None = 0, ///< not closed
    Confirmed = 1, ///< a real violation; action taken
    FalsePositive = 2, ///< GPS error, equipment fault
    Explained = 3, ///< authorised or explained absence
    ReferredToPolice = 4,
};

/// The values are stored; never renumber. Ordered: a higher value is more severe.
enum class AlertSeverity
{
    Low = 0, ///< low battery
    Medium = 1, ///< signal lost, device offline
    High = 2, ///< zone exit, curfew breach
    Critical = 3, ///< exclusion-zone entry, strap tamper
};

struct AlertNote
{
    QDateTime at; ///< UTC
    QString author; ///< login
    QString text;
    AlertState state = AlertState::New; ///< the state the alert entered with this note
    friend bool operator==(const AlertNote &, const AlertNote &) = default;
};

/// An alert of the violation engine as stored in `alerts`, with its triage.
struct AlertRecord
{
    QString id; ///< AlertRecord::idFor(alert): the same alert raised anywhere gets the same id
    QString personId;
    QString orderId;
    Alert alert;
    AlertState state = AlertState::New;
    AlertOutcome outcome = AlertOutcome::None;
    QList<AlertNote> notes; ///< the triage history, oldest first

    /// A deterministic UUID (v5-style, from SHA-256) of device, kind, zone id and version, and
    /// startedAt: the centre and an office raising the same alert store one row.
    static QString idFor(const Alert &alert);
    static AlertSeverity severityOf(AlertKind kind);
    AlertSeverity severity() const { return severityOf(alert.kind); }

    friend bool operator==(const AlertRecord &, const AlertRecord &) = default;
};

/// CBOR of the monitoring records, in the style of RecordCodec (short keys = member names, decoding
/// names the key path in ErrorCode::Corrupt errors).
///
/// ZoneRecord: { id, personId, orderId, label, retired, editedBy, reason, zone } with
///   zone = { id, version, kind, buffer (m), grace (s), schedule: [{ days, start, end }] (PKT minutes),
///            and exactly one of circle: { lat, lon, radius (m) } or polygon: [[lat, lon], …] }.
/// AlertRecord: { id, personId, orderId, state, outcome, alert, notes: [{ at, author, text, state }] }
///   with alert = { kind, deviceId, zoneId, zoneVersion, startedAt, raisedAt,
///                  evidence: [{ index, fixId, time }] }.
/// Enums are their integer values; times are integer milliseconds since the epoch (UTC), left out
/// when null; coordinates and distances are floating point. Decoding ignores unknown keys and builds
/// the Zone with Zone::create (a shape it refuses is Corrupt too).
class MonitoringCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::MonitoringCodec)

public:
    static QByteArray encode(const ZoneRecord &record);
    static QByteArray encode(const AlertRecord &record);
    [[nodiscard]] static Result<ZoneRecord> zoneRecordFromCbor(const QByteArray &body);
    [[nodiscard]] static Result<AlertRecord> alertRecordFromCbor(const QByteArray &body);

    /// The indexed columns of the rows (RecordKinds::zone / RecordKinds::alert order), so that the
    /// centre and the offices write the same: zone → person_id, order_id, zone_id, zone_version;
    /// alert → person_id, device_id, raised_at (rawTime()), state, severity.
    static QVariantList columns(const ZoneRecord &record);
    static QVariantList columns(const AlertRecord &record);
    /// A UTC time as the alerts.raised_at column holds it ("2026-11-28T09:00:00.000Z": sorts as text).
    static QString rawTime(const QDateTime &time);
};

/// Translated names for views and reports.
class MonitoringNames
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::MonitoringNames)

public:
    static QString stateName(AlertState state);
    static QString outcomeName(AlertOutcome outcome);
    static QString severityName(AlertSeverity severity);
    static QString kindName(AlertKind kind);
    static QString zoneKindName(ZoneKind kind);
};

} // namespace Nigran::Models
