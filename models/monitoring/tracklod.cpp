#include "monitoring/tracklod.h"

#include "monitoring/geo.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace Nigran::Models {

namespace {

constexpr double MaxMercatorLatitude = 85.05112878;

} // namespace

TrackLod::TrackLod(const QList<Fix> &fixes, qint64 gapSeconds)
{
    const std::size_t n = std::size_t(fixes.size());
    m_x.resize(n);
    m_y.resize(n);
    m_keep.assign(n, 0.0);
    constexpr double rad = std::numbers::pi / 180.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double lat
            = std::clamp(fixes[qsizetype(i)].latitude, -MaxMercatorLatitude, MaxMercatorLatitude);
        m_x[i] = Geo::EarthRadiusMetres * fixes[qsizetype(i)].longitude * rad;
        m_y[i] = Geo::EarthRadiusMetres * std::log(std::tan(std::numbers::pi / 4 + lat * rad / 2));
    }
    const qint64 gapMs = gapSeconds * 1000;
    int start = 0;
    for (int i = 1; i <= int(n); ++i) {
        if (i == int(n) || fixes[i - 1].fixTime.msecsTo(fixes[i].fixTime) > gapMs) {
            m_runs.emplace_back(start, i - 1);
            start = i;
        }
    }

    // Douglas–Peucker without recursion; a fix keeps the smaller of its own deviation and its
    // parent's, so filtering by one tolerance gives exactly DP's result for that tolerance.
    constexpr double Always = std::numeric_limits<double>::infinity();
    struct Span
    {
        int a, b;
        double limit;
    };
    std::vector<Span> stack;
    for (const auto &[first, last] : m_runs) {
        m_keep[std::size_t(first)] = Always;
        m_keep[std::size_t(last)] = Always;
        if (last - first > 1)
            stack.push_back({ first, last, Always });
        while (!stack.empty()) {
            const Span span = stack.back();
            stack.pop_back();
            const double ax = m_x[std::size_t(span.a)], ay = m_y[std::size_t(span.a)];
            const double dx = m_x[std::size_t(span.b)] - ax, dy = m_y[std::size_t(span.b)] - ay;
            const double length2 = dx * dx + dy * dy;
            double worst = -1;
            int at = span.a + 1;
            for (int k = span.a + 1; k < span.b; ++k) {
                const double px = m_x[std::size_t(k)] - ax, py = m_y[std::size_t(k)] - ay;
                double d2;
                if (length2 > 0) {
                    const double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
                    const double ex = px - t * dx, ey = py - t * dy;
                    d2 = ex * ex + ey * ey;
                } else {
                    d2 = px * px + py * py;
                }
                if (d2 > worst) {
                    worst = d2;
                    at = k;
                }
            }
            const double keep = std::min(std::sqrt(worst), span.limit);
            m_keep[std::size_t(at)] = keep;
            if (at - span.a > 1)
                stack.push_back({ span.a, at, keep });
            if (span.b - at > 1)
                stack.push_back({ at, span.b, keep });
        }
    }
}

double TrackLod::mercatorMetresPerPixel(int zoom)
{
    return 2 * std::numbers::pi * Geo::EarthRadiusMetres / (256.0 * std::ldexp(1.0, zoom));
}

QList<QList<int>> TrackLod::runsAtTolerance(double toleranceMetres) const
{
    QList<QList<int>> runs;
    runs.reserve(qsizetype(m_runs.size()));
    for (const auto &[first, last] : m_runs) {
        QList<int> run;
        for (int i = first; i <= last; ++i)
            if (m_keep[std::size_t(i)] > toleranceMetres || i == first || i == last)
                run.append(i);
        runs.append(std::move(run));
    }
    return runs;
}

const QList<QList<int>> &TrackLod::runsAtZoom(int zoom, double tolerancePixels) const
{
    const qint64 key = (qint64(zoom) << 32) | qint64(std::lround(tolerancePixels * 1000));
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, runsAtTolerance(tolerancePixels * mercatorMetresPerPixel(zoom)));
    return *it;
}

} // namespace Nigran::Models
