#include "monitoring/tracksegmenter.h"

#include "monitoring/geo.h"

namespace Nigran::Models {

QList<TrackSegment> TrackSegmenter::segment(const QList<Fix> &fixes, Settings settings)
{
    QList<TrackSegment> segments;
    const int n = int(fixes.size());
    if (n == 0)
        return segments;
    auto gapAfter
        = [&](int i) { return fixes[i].fixTime.secsTo(fixes[i + 1].fixTime) > settings.gapSeconds; };
    auto add = [&](TrackSegment::Kind kind, int first, int last) {
        TrackSegment segment { kind, first, last, fixes[first].fixTime, fixes[last].fixTime, 0, 0 };
        if (kind == TrackSegment::Kind::Stop) {
            for (int i = first; i <= last; ++i) {
                segment.latitude += fixes[i].latitude;
                segment.longitude += fixes[i].longitude;
            }
            segment.latitude /= last - first + 1;
            segment.longitude /= last - first + 1;
        }
        segments.append(segment);
    };

    int tripStart = 0; // first fix of the trip in progress
    int i = 0;
    while (i < n) {
        // The longest run from i that stays within the dwell radius without a gap.
        int j = i + 1;
        while (j < n && !gapAfter(j - 1)
            && Geo::distanceMetres(
                   fixes[i].latitude, fixes[i].longitude, fixes[j].latitude, fixes[j].longitude)
                <= settings.dwellRadiusMetres)
            ++j;
        if (fixes[i].fixTime.secsTo(fixes[j - 1].fixTime) >= settings.minDwellSeconds) {
            if (i > tripStart)
                add(TrackSegment::Kind::Trip, tripStart, i);
            add(TrackSegment::Kind::Stop, i, j - 1);
            tripStart = j - 1;
            if (j < n && gapAfter(j - 1)) {
                add(TrackSegment::Kind::Gap, j - 1, j);
                tripStart = j;
            }
            i = j;
            continue;
        }
        if (i + 1 < n && gapAfter(i)) {
            if (i > tripStart)
                add(TrackSegment::Kind::Trip, tripStart, i);
            add(TrackSegment::Kind::Gap, i, i + 1);
            tripStart = i + 1;
        }
        ++i;
    }
    if (n - 1 > tripStart)
        add(TrackSegment::Kind::Trip, tripStart, n - 1);
    return segments;
}

} // namespace Nigran::Models
