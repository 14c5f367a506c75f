#pragma once

#include <QDateTime>

namespace Nigran::Models {

/// A piece of a track: a stop (dwell), a trip between stops, or a gap in the signal.
struct TrackSegment
{
    enum class Kind
    {
        Stop,
        Trip,
        Gap, ///< no fix between `first` and `last` (= first + 1) for longer than the gap threshold
    };

    Kind kind = Kind::Trip;
    int first = 0; ///< index of the first fix, inclusive
    int last = 0; ///< index of the last fix, inclusive
    QDateTime start;
    QDateTime end;
    double latitude = 0; ///< stops: the centre of the fixes
    double longitude = 0;

    friend bool operator==(const TrackSegment &, const TrackSegment &) = default;
};

} // namespace Nigran::Models
