#include "services/alerttriage.h"

namespace Nigran::Models {

bool AlertTriage::allows(AlertState from, AlertState to)
{
    using enum AlertState;
    switch (from) {
    case New:
        return to == Acknowledged;
    case Acknowledged:
        return to == Contacted || to == Escalated || to == Closed;
    case Contacted:
        return to == Escalated || to == Closed;
    case Escalated:
        return to == Closed;
    case Closed:
        return false;
    }
    return false;
}

QList<AlertState> AlertTriage::nextStates(AlertState from)
{
    QList<AlertState> next;
    for (AlertState to : { AlertState::New, AlertState::Acknowledged, AlertState::Contacted,
             AlertState::Escalated, AlertState::Closed })
        if (allows(from, to))
            next << to;
    return next;
}

} // namespace Nigran::Models
