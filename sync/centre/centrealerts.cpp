#include "centre/centrealerts.h"

#include "monitoring/monitoringrecords.h"
#include "store/hybridlogicalclock.h"
#include "store/recordkind.h"

#include <QHash>
#include <QMap>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

CentreAlerts::CentreAlerts(qint64 lookbackSeconds, Models::ViolationEngine::Settings settings)
    : m_lookbackSeconds(qMax<qint64>(0, lookbackSeconds))
    , m_settings(settings)
{ }

Result<QList<Models::Zone>> CentreAlerts::orderZones(
    CentreTransaction &tx, const QString &district, const QString &orderId)
{
    auto rows = tx.orderZoneRows(district, orderId);
    if (!rows)
        return tl::unexpected(rows.error());
    QMap<QString, Models::ZoneRecord> newest; // by zone id: sorted, so the engine sees a stable order
    for (const WireRow &row : std::as_const(*rows)) {
        if (row.deleted)
            continue;
        auto record = Models::MonitoringCodec::zoneRecordFromCbor(row.body);
        if (!record)
            return Models::fail(ErrorCode::Corrupt,
                tr("Zone row %1 of monitoring order %2 cannot be read: %3")
                    .arg(row.id, orderId, record.error().message));
        if (record->orderId != orderId)
            continue;
        const auto found = newest.constFind(record->zone.id());
        if (found == newest.constEnd() || found->zone.version() < record->zone.version())
            newest.insert(record->zone.id(), *record);
    }
    QList<Models::Zone> zones;
    for (const Models::ZoneRecord &record : std::as_const(newest)) {
        if (!record.retired)
            zones << record.zone;
    }
    return zones;
}

FixIngest::AfterIngest CentreAlerts::hook() const
{
    return [this](CentreTransaction &tx, const QList<Models::Fix> &stored) -> Result<> {
        auto raised = raise(tx, stored);
        if (!raised)
            return tl::unexpected(raised.error());
        return {};
    };
}

Result<int> CentreAlerts::raise(CentreTransaction &tx, const QList<Models::Fix> &stored) const
{
    struct Span
    {
        QDateTime first, last;
    };
    QHash<QString, Span> devices;
    for (const Models::Fix &fix : stored) {
        Span &span = devices[fix.deviceId];
        if (!span.first.isValid() || fix.fixTime < span.first)
            span.first = fix.fixTime;
        if (!span.last.isValid() || fix.fixTime > span.last)
            span.last = fix.fixTime;
    }
    QStringList ids = devices.keys();
    ids.sort(); // a stable order of writes (and of versions)
    int written = 0;
    for (const QString &device : std::as_const(ids)) {
        auto assignment = tx.deviceAssignment(device);
        if (!assignment)
            return tl::unexpected(assignment.error());
        if (!*assignment)
            continue; // a tag not fitted under any order the centre knows: nothing to judge it against
        const Span span = devices.value(device);
        auto raised = raiseForDevice(tx, **assignment, span.first, span.last);
        if (!raised)
            return tl::unexpected(raised.error());
        written += *raised;
    }
    return written;
}

Result<int> CentreAlerts::raiseForDevice(CentreTransaction &tx, const DeviceAssignment &assignment,
    const QDateTime &firstNew, const QDateTime &lastNew) const
{
    auto zones = orderZones(tx, assignment.district, assignment.orderId);
    if (!zones)
        return tl::unexpected(zones.error());
    auto fixes = tx.deviceFixes(
        assignment.deviceId, firstNew.addSecs(-m_lookbackSeconds), lastNew.addMSecs(1), MaxReplayFixes);
    if (!fixes)
        return tl::unexpected(fixes.error());

    Models::ViolationEngine engine(*zones, m_settings);
    QList<Models::Alert> alerts;
    for (const StoredFix &stored : std::as_const(*fixes)) {
        Models::Fix fix = stored.fix;
        fix.id = stored.seq; // evidence names the centre's fix
        engine.feed(fix, alerts);
    }

    int written = 0;
    for (const Models::Alert &alert : std::as_const(alerts)) {
        if (!alert.raisedAt.isValid() || alert.raisedAt < firstNew)
            continue; // raised by fixes stored before this batch: handled then
        Models::AlertRecord record;
        record.id = Models::AlertRecord::idFor(alert);
        record.personId = assignment.personId;
        record.orderId = assignment.orderId;
        record.alert = alert;
        auto existing = tx.row(QString::fromLatin1(Models::RecordKinds::alert.table), record.id);
        if (!existing)
            return tl::unexpected(existing.error());
        if (*existing)
            continue; // the same alert, raised before (or by the office): one row
        auto version = tx.nextVersion();
        if (!version)
            return tl::unexpected(version.error());
        const qint64 hlc = Models::HybridLogicalClock::compose(alert.raisedAt.toMSecsSinceEpoch(), 0);
        NIGRAN_TRY(tx.putRow({ QString::fromLatin1(Models::RecordKinds::alert.table), record.id,
            assignment.district, *version, hlc, Origin, false, Models::MonitoringCodec::columns(record),
            Models::MonitoringCodec::encode(record) }));
        ++written;
    }
    return written;
}

} // namespace Nigran::Sync
