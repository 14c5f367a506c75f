#pragma once

#include "core/result.h"
#include "domain/monitoringorder.h"
#include "monitoring/crimescenecorrelator.h"
#include "monitoring/fix.h"
#include "monitoring/fixstore.h"
#include "monitoring/monitoringrecords.h"
#include "services/alerttriage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Nigran::Models {

class Office;

/// Which alerts the queue shows.
struct AlertQuery
{
    QString district; ///< empty: every district in this office's store
    AlertSeverity minimumSeverity = AlertSeverity::Low;
    bool openOnly = true; ///< not Closed
    QString personId; ///< empty: everyone
    int limit = 500;
};

/// A monitored person as the review screens list them: the order and its device.
struct MonitoredPerson
{
    QString personId;
    QString displayName; ///< Latin name
    QString district;
    QString orderId;
    QString deviceId;
};

/// The supervisors' monitoring work on the office's store: zones of monitoring orders (versioned),
/// alerts and their triage, tracks from the local fixes, and file import of fixes. Every call checks
/// the signed-in role (AccessPolicy: ReviewMonitoring to read, ManageMonitoring for zones and fix
/// import, TriageAlert for triage) and every change is one transaction through RecordStore (outbox +
/// audit). Reads that show where a person was are audited too: alert() ("view"), track()
/// ("view-track"), correlate() ("correlate"); listing alerts and zones is not. Entries sealed after
/// acquittal are left out of the lists and refused (ErrorCode::Sealed) for their orders.
class MonitoringService
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::MonitoringService)

public:
    explicit MonitoringService(Office &office);

    /// People with a monitoring order that has a device, sorted by name.
    [[nodiscard]] Result<QList<MonitoredPerson>> monitoredPeople();

    // Zones
    /// The newest live version of every zone of the order.
    [[nodiscard]] Result<QList<ZoneRecord>> zones(const QString &orderId);
    /// Every version of one zone, oldest first.
    [[nodiscard]] Result<QList<ZoneRecord>> zoneHistory(const QString &orderId, const QString &zoneId);
    /// Saves a new zone (an empty zone id gets a new UUID; an id the order has no version of yet starts
    /// at version 1) or the next version of an existing one (version = newest + 1 whatever
    /// record.zone.version() says; `reason` required). The row id, person, editor and version are set
    /// here. Validates label (required, ≤ 60), buffer (0–1000 m), grace (0–3600 s), radius (10 m–20 km),
    /// polygon (3–200 corners) and schedule windows: InvalidInput with the field keys "label",
    /// "buffer", "grace", "radius", "polygon", "shape", "schedule[i]", "reason". Audited as "create" or
    /// "update". Returns the row id.
    [[nodiscard]] Result<QString> saveZone(ZoneRecord record);
    /// Writes a retired version (the zone no longer applies); `reason` required. Audited as "retire";
    /// NotFound for an unknown zone, IllegalTransition when it is retired already.
    [[nodiscard]] Result<> retireZone(const QString &orderId, const QString &zoneId, const QString &reason);

    // Alerts
    [[nodiscard]] Result<QList<AlertRecord>> alerts(const AlertQuery &query);
    [[nodiscard]] Result<std::optional<AlertRecord>> alert(const QString &alertId);
    /// Moves the alert along the triage workflow with a note; Closed needs an outcome other than None;
    /// backwards or skipped-over steps other than those allowed by AlertTriage are IllegalTransition.
    [[nodiscard]] Result<> triage(const QString &alertId, AlertState to, const QString &note,
        AlertOutcome outcome = AlertOutcome::None);
    /// A note without a change of state.
    [[nodiscard]] Result<> addNote(const QString &alertId, const QString &note);

    // Fixes and review
    [[nodiscard]] Result<QList<Fix>> track(
        const QString &deviceId, const QDateTime &from, const QDateTime &to);
    /// Stores imported fixes (one transaction; all or nothing), runs the violation engine over the
    /// device's fixes from ImportLookBackSeconds before the first imported one against the order's live
    /// zones, and stores the alerts it raises that are not stored yet (AlertRecord::idFor ids, so a
    /// re-import or an alert the centre already raised is not stored twice). Fixes without a device id
    /// get the order's; another device's fixes are InvalidInput ("deviceId").
    struct ImportOutcome
    {
        FixStore::AddOutcome fixes;
        int newAlerts = 0;
    };
    [[nodiscard]] Result<ImportOutcome> importFixes(const QString &orderId, const QList<Fix> &fixes,
        const std::function<bool(qint64, qint64)> &progress = {});

    /// Crime-scene correlation over every monitored person of this office (monitoredPeople()).
    [[nodiscard]] Result<QList<CorrelationResult>> correlate(const CrimeScene &scene);

    /// Limits of saveZone().
    static constexpr int MaxLabelLength = 60;
    static constexpr double MaxBufferMetres = 1000;
    static constexpr int MaxGraceSeconds = 3600;
    static constexpr double MinRadiusMetres = 10;
    static constexpr double MaxRadiusMetres = 20000;
    static constexpr int MinPolygonVertices = 3;
    static constexpr int MaxPolygonVertices = 200;
    static constexpr int MaxNoteLength = 4000;
    /// importFixes() runs the engine from this long before the first imported fix (a violation that
    /// began just before it is then seen whole).
    static constexpr qint64 ImportLookBackSeconds = 6 * 3600;

private:
    struct OrderContext
    {
        MonitoringOrder order;
        QString district; ///< of the order's row
    };
    [[nodiscard]] Result<OrderContext> orderContext(const QString &orderId, bool forWriting);
    /// Every stored version of the order's zones (of `zoneId` only, when given), by zone id and version.
    [[nodiscard]] Result<QList<ZoneRecord>> zoneVersions(const QString &orderId, const QString &zoneId = {});
    [[nodiscard]] Result<QList<ZoneRecord>> liveZones(const QString &orderId);
    [[nodiscard]] Result<QString> writeZone(const OrderContext &context, ZoneRecord record, int version);
    [[nodiscard]] Result<QList<MonitoredPerson>> readMonitoredPeople();
    [[nodiscard]] Result<std::optional<AlertRecord>> readAlert(const QString &alertId, QString *district);
    [[nodiscard]] Result<> writeAlert(
        const AlertRecord &record, const QString &district, const QString &action, const QString &detail);

    Office &m_office;
};

} // namespace Nigran::Models
