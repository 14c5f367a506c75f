#pragma once

#include "monitoring/alert.h"
#include "monitoring/monitoringrecords.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Nigran::Gui {

/// What the review screens show beyond Models::MonitoringNames: triage button texts, severity colours
/// and Pakistan-time formatting.
class AlertTexts
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Gui::AlertTexts)

public:
    static constexpr int PakistanOffsetSeconds = 5 * 3600;

    /// The button text of a move to `state` ("Acknowledge", "Close…").
    static QString actionName(Models::AlertState state);
    /// A colour for the severity (text of the severity column, the queue's marker).
    static QColor severityColour(Models::AlertSeverity severity);
    /// "2026-11-28 14:05" in Pakistan time (UTC+5) for a UTC time, as a left-to-right isolate (it keeps
    /// its order inside Urdu text); empty when null.
    static QString pakistanTime(const QDateTime &utc);
};

} // namespace Nigran::Gui
