#pragma once

// What every importer promises for any input: an error with a message naming file and line, or
// fixes with valid coordinates, UTC times, in time order. A broken promise aborts the fuzzer.

#include "core/result.h"
#include "monitoring/fix.h"

#include <cmath>
#include <cstdlib>

namespace Nigran::Fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

inline void check(const Models::Result<QList<Models::Fix>> &result, const QString &fileName)
{
    if (!result) {
        require(result.error().code == Models::ErrorCode::InvalidInput);
        require(result.error().message.startsWith(fileName + QStringLiteral(", line ")));
        return;
    }
    QDateTime previous;
    for (const Models::Fix &fix : *result) {
        require(std::isfinite(fix.latitude) && fix.latitude >= -90 && fix.latitude <= 90);
        require(std::isfinite(fix.longitude) && fix.longitude >= -180 && fix.longitude <= 180);
        require(fix.fixTime.isValid() && fix.fixTime.timeSpec() == Qt::UTC);
        require(!previous.isValid() || previous <= fix.fixTime);
        require(fix.batteryPercent <= 100);
        require(std::isnan(fix.accuracyMetres) == false);
        previous = fix.fixTime;
    }
}

} // namespace Nigran::Fuzz
