#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// Reads NMEA 0183 logs of GNSS receivers (u-blox, SiRF, MediaTek, phone loggers).
///
/// - RMC and GGA sentences from any talker (GP, GN, GL, GA, GB, BD) give fixes; the other sentences
///   (GSA, GSV, VTG, GLL, TXT) and proprietary ones ($P…) are checked and skipped.
/// - Every sentence must end in a correct `*hh` checksum; a line without one is truncated.
/// - RMC with status V or mode N and GGA with quality 0 are "no fix": skipped, not an error.
/// - The RMC and GGA of one epoch (same time) merge into one fix: position, speed and date from
///   RMC, accuracy from GGA's HDOP (× Fix::HdopToMetres).
/// - GGA carries no date: it takes the date of the last RMC and rolls over at midnight; GGA
///   sentences before the first RMC are dated back from it.
/// - Times must not go backwards.
class NmeaParser
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::NmeaParser)

public:
    static constexpr int MaxLineLength = 164; ///< twice the standard's 82; longer is garbage

    [[nodiscard]] static Result<QList<Fix>> parse(
        QByteArrayView data, const QString &fileName, const QString &deviceId);
};

} // namespace Nigran::Models
