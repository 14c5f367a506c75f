#pragma once

#include "centre/centrestore.h"
#include "centre/fixingest.h"
#include "core/result.h"
#include "monitoring/fix.h"
#include "monitoring/violationengine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Sync {

/// Alerts raised by the centre as fixes arrive (ARCHITECTURE.md data flow 3), with the very
/// violation engine the offices run (Models::ViolationEngine).
///
/// Runs inside the ingest transaction (FixIngest's after-ingest hook), so the alerts commit with the
/// fixes or not at all. For each device with new fixes and an assignment (DeviceAssignment): the
/// newest live version of every zone of the assigned order (rows of entity "zones"), and a fresh
/// engine fed the device's stored fixes from (first new fix − lookback) on. Every alert it raises at or
/// after the first new fix becomes an "alerts" row of the assignment's district (AlertRecord, id
/// AlertRecord::idFor(alert), origin "centre", a new version), unless a row with that id exists: one
/// alert per continuing violation, as long as the violation began within the lookback. The rows flow
/// to the district with the normal pull.
class CentreAlerts
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreAlerts)

public:
    static constexpr qint64 DefaultLookbackSeconds = 6 * 3600;
    static constexpr int MaxReplayFixes = 200000; ///< per device and ingest
    static inline const QString Origin = QStringLiteral("centre");

    explicit CentreAlerts(
        qint64 lookbackSeconds = DefaultLookbackSeconds, Models::ViolationEngine::Settings settings = {});

    /// The hook: `stored` are the fixes the batch stored (any devices, any order). Returns the number
    /// of alert rows written.
    [[nodiscard]] Models::Result<int> raise(CentreTransaction &tx, const QList<Models::Fix> &stored) const;

    /// raise() as FixIngest's after-ingest hook; this object must outlive the FixIngest.
    FixIngest::AfterIngest hook() const;

    /// The zones that apply to an order now: the newest version of each zone id, unless retired or
    /// deleted. A zone row that does not decode is an error (the centre validated it on push).
    [[nodiscard]] static Models::Result<QList<Models::Zone>> orderZones(
        CentreTransaction &tx, const QString &district, const QString &orderId);

private:
    [[nodiscard]] Models::Result<int> raiseForDevice(CentreTransaction &tx,
        const DeviceAssignment &assignment, const QDateTime &firstNew, const QDateTime &lastNew) const;

    qint64 m_lookbackSeconds;
    Models::ViolationEngine::Settings m_settings;
};

} // namespace Nigran::Sync
