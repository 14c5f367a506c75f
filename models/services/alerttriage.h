#pragma once

#include "monitoring/monitoringrecords.h"

#include <QList>

namespace Nigran::Models {

/// The triage workflow: which state may follow which. Forward one step at a time (New → Acknowledged →
/// Contacted → Escalated → Closed), and also Acknowledged → Escalated (no contact needed first) and
/// closing early from Acknowledged or Contacted (false positives). Closed is final; New must be
/// acknowledged before anything else.
class AlertTriage
{
public:
    static bool allows(AlertState from, AlertState to);
    static QList<AlertState> nextStates(AlertState from);
};

} // namespace Nigran::Models
