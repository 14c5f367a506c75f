#include "monitoring/alerttexts.h"

#include "biditext.h"

namespace Nigran::Gui {

using namespace Nigran::Models;

QString AlertTexts::actionName(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return tr("Reopen");
    case AlertState::Acknowledged:
        return tr("&Acknowledge");
    case AlertState::Contacted:
        return tr("Con&tacted");
    case AlertState::Escalated:
        return tr("&Escalate…");
    case AlertState::Closed:
        return tr("&Close…");
    }
    return {};
}

QColor AlertTexts::severityColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Low:
        return { 0x5d, 0x6d, 0x7e };
    case AlertSeverity::Medium:
        return { 0xb2, 0x6a, 0x00 };
    case AlertSeverity::High:
        return { 0xc6, 0x28, 0x28 };
    case AlertSeverity::Critical:
        return { 0x8e, 0x00, 0x00 };
    }
    return {};
}

QString AlertTexts::pakistanTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return BidiText::isolate(
        utc.toOffsetFromUtc(PakistanOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace Nigran::Gui
