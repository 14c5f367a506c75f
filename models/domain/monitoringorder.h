#pragma once

#include <QDate>
#include <QString>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class MonitoringStatus
{
    Pending = 0, ///< ordered; starts on release
    Active = 1,
    Suspended = 2,
    Ended = 3,
};

/// An electronic monitoring order with its reporting duty.
struct MonitoringOrder
{
    QString id; ///< UUID
    QString personId; ///< UUID
    QDate startDate;
    QDate endDate; ///< null for a lifetime order
    bool isLifetime = false;
    QString deviceId; ///< tag / device id; empty until a device is fitted
    int reportingFrequencyDays = 0; ///< report in person every N days; 0 = no periodic reporting
    MonitoringStatus status = MonitoringStatus::Pending;

    friend bool operator==(const MonitoringOrder &, const MonitoringOrder &) = default;
};

} // namespace Nigran::Models
