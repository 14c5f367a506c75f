#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// Reads the track points (`trk/trkseg/trkpt`) of a GPX 1.1 (or 1.0) file.
///
/// Each trkpt needs `lat`, `lon` and a `<time>`; `<ele>` is accepted and ignored, `<hdop>` gives the
/// accuracy (× Fix::HdopToMetres). In `<extensions>` (any namespace) these local names are read:
/// `accuracy` / `hacc` (metres), `speed` (m/s), `battery` (%), `strap` (closed/open), `source`
/// (gps/cell/wifi). Waypoints and routes are skipped. A DTD is refused (no entity expansion).
class GpxParser
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::GpxParser)

public:
    [[nodiscard]] static Result<QList<Fix>> parse(
        QByteArrayView data, const QString &fileName, const QString &deviceId);
};

} // namespace Nigran::Models
