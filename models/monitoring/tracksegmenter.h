#pragma once

#include "monitoring/fix.h"
#include "monitoring/tracksegment.h"

#include <QList>

namespace Nigran::Models {

/// Splits a time-ordered track into stops, trips and gaps. A stop is a run of fixes that all stay
/// within `dwellRadiusMetres` of its first fix for at least `minDwellSeconds`; a gap is two
/// consecutive fixes more than `gapSeconds` apart, which always ends the stop or trip before it.
class TrackSegmenter
{
public:
    struct Settings
    {
        double dwellRadiusMetres = 75;
        qint64 minDwellSeconds = 300;
        qint64 gapSeconds = 300;
    };

    static QList<TrackSegment> segment(const QList<Fix> &fixes, Settings settings);
    static QList<TrackSegment> segment(const QList<Fix> &fixes) { return segment(fixes, Settings {}); }
};

} // namespace Nigran::Models
