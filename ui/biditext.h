#pragma once

#include <QString>

namespace Nigran::Gui::BidiText {

/// Digits and Latin text that must read left to right inside Urdu text: after an Arabic-script
/// letter the bidi algorithm would turn "2024-03-01" into "01-03-2024". A left-to-right mark on
/// either side keeps the run in order (and is invisible in English).
inline QString ltr(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x200E) + text + QChar(0x200E);
}

} // namespace Nigran::Gui::BidiText
