#include "monitoring/crimescenecorrelator.h"

#include "monitoring/fixstore.h"
#include "monitoring/geo.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Nigran::Models {

namespace {

constexpr double MaxRadiusMetres = 50'000;
constexpr qint64 MaxWindowMs = qint64(31) * 24 * 3600 * 1000;

/// Rank of a reason: lower is stronger.
int rank(PresenceReason reason)
{
    switch (reason) {
    case PresenceReason::FixInside:
        return 0;
    case PresenceReason::AccuracyOverlaps:
        return 1;
    case PresenceReason::TrackPasses:
        return 2;
    case PresenceReason::GapReachable:
        return 3;
    case PresenceReason::NoData:
        return 4;
    case PresenceReason::TooFar:
        break;
    }
    return 5;
}

ScenePresence presenceOf(PresenceReason reason)
{
    switch (reason) {
    case PresenceReason::FixInside:
        return ScenePresence::Present;
    case PresenceReason::TooFar:
        return ScenePresence::Excluded;
    default:
        return ScenePresence::CouldHaveBeen;
    }
}

/// Distance in metres from `c` to the part [u0, u1] of the segment p–q (flat approximation around c).
double segmentDistance(const Fix &p, const Fix &q, double u0, double u1, double cLat, double cLon)
{
    const double kx = Geo::MetresPerDegree * std::cos(cLat * std::numbers::pi / 180);
    const double ky = Geo::MetresPerDegree;
    const double px = (p.longitude - cLon) * kx, py = (p.latitude - cLat) * ky;
    const double dx = (q.longitude - p.longitude) * kx, dy = (q.latitude - p.latitude) * ky;
    const double len2 = dx * dx + dy * dy;
    const double u = len2 > 0 ? std::clamp(-(px * dx + py * dy) / len2, u0, u1) : u0;
    return std::hypot(px + u * dx, py + u * dy);
}

struct Scored
{
    const Fix *fix;
    double distance; ///< to the scene's centre
    double slack; ///< metres to travel from the fix (less its accuracy) into the scene's circle
    double t; ///< seconds after the window's start
};

} // namespace

CrimeSceneCorrelator::CrimeSceneCorrelator(FixStore &store)
    : CrimeSceneCorrelator(store, Settings {})
{ }

CrimeSceneCorrelator::CrimeSceneCorrelator(FixStore &store, Settings settings)
    : m_store(store)
    , m_settings(settings)
{ }

Result<QList<CorrelationResult>> CrimeSceneCorrelator::correlate(
    const CrimeScene &scene, const QList<CorrelationSubject> &subjects)
{
    QList<FieldError> problems;
    if (!(scene.radiusMetres > 0 && scene.radiusMetres <= MaxRadiusMetres))
        problems.append({ QStringLiteral("radius"),
            tr("The radius must be more than 0 m and at most %1 km.").arg(MaxRadiusMetres / 1000) });
    if (!scene.from.isValid() || !scene.to.isValid() || scene.to <= scene.from)
        problems.append({ QStringLiteral("window"), tr("The time window must end after it starts.") });
    else if (scene.from.msecsTo(scene.to) > MaxWindowMs)
        problems.append({ QStringLiteral("window"), tr("The time window can be at most 31 days long.") });
    if (!std::isfinite(scene.latitude) || !std::isfinite(scene.longitude) || std::abs(scene.latitude) > 90
        || std::abs(scene.longitude) > 180)
        problems.append({ QStringLiteral("place"), tr("The place of the scene is not a valid position.") });
    if (!problems.isEmpty())
        return fail(Error::invalid(problems));

    const double radius = scene.radiusMetres;
    const double speed = std::max(0.1, m_settings.maxSpeedMps);
    const qint64 aMs = scene.from.toMSecsSinceEpoch();
    const qint64 bMs = scene.to.toMSecsSinceEpoch();
    const double window = double(bMs - aMs) / 1000;
    const qint64 lookMs = std::max<qint64>(0, m_settings.lookaroundSeconds) * 1000;
    const QDateTime spanFrom = QDateTime::fromMSecsSinceEpoch(aMs - lookMs, Qt::UTC);
    const QDateTime spanTo = QDateTime::fromMSecsSinceEpoch(bMs + lookMs, Qt::UTC);
    const int maxEvidence = std::max(1, m_settings.maxEvidence);

    // The blocks within reach of the scene from anywhere in the span.
    const double reach = radius + speed * (window + 2 * double(lookMs) / 1000);
    const double dLat = reach / Geo::MetresPerDegree;
    const double cosLat = std::cos(std::min(89.0, std::abs(scene.latitude)) * std::numbers::pi / 180);
    const double dLon = std::min(360.0, reach / (Geo::MetresPerDegree * cosLat));
    auto near
        = m_store.blocksIn(std::max(-90.0, scene.latitude - dLat), std::max(-180.0, scene.longitude - dLon),
            std::min(90.0, scene.latitude + dLat), std::min(180.0, scene.longitude + dLon), spanFrom, spanTo);
    if (!near)
        return tl::unexpected(near.error());
    QSet<QString> reachable;
    for (const auto &hit : std::as_const(*near))
        reachable.insert(hit.deviceId);

    const auto score = [&](const Fix &f) {
        const double d = Geo::distanceMetres(f.latitude, f.longitude, scene.latitude, scene.longitude);
        const double accuracy = f.hasAccuracy() ? f.accuracyMetres : 0;
        return Scored { &f, d, std::max(0.0, d - radius - accuracy),
            double(f.fixTime.toMSecsSinceEpoch() - aMs) / 1000 };
    };
    const auto closestFirst = [&](QList<Scored> list) {
        std::stable_sort(list.begin(), list.end(),
            [](const Scored &x, const Scored &y) { return x.distance < y.distance; });
        QList<Fix> out;
        for (const Scored &s : std::as_const(list)) {
            if (out.size() >= maxEvidence)
                break;
            out.append(*s.fix);
        }
        return out;
    };

    QList<CorrelationResult> results;
    results.reserve(subjects.size());
    for (const CorrelationSubject &subject : subjects) {
        CorrelationResult result;
        result.subject = subject;
        QList<Fix> fixes;
        bool far = !reachable.contains(subject.deviceId);
        if (far) {
            // Out of reach: only whether it has fixes in the span, and the window's ones for evidence.
            auto blocks = m_store.blocks(subject.deviceId, spanFrom, spanTo);
            if (!blocks)
                return tl::unexpected(blocks.error());
            QList<qint64> evidenceBlocks;
            for (const auto &block : std::as_const(*blocks))
                if (block.lastMs >= aMs && block.firstMs <= bMs)
                    evidenceBlocks.append(block.blockId);
            if (evidenceBlocks.isEmpty()) // the window itself in a gap: the blocks either side
                for (const auto &block : std::as_const(*blocks))
                    evidenceBlocks.append(block.blockId);
            for (const qint64 id : std::as_const(evidenceBlocks)) {
                auto blockFixes = m_store.blockFixes(id);
                if (!blockFixes)
                    return tl::unexpected(blockFixes.error());
                for (Fix &f : *blockFixes) {
                    const qint64 ms = f.fixTime.toMSecsSinceEpoch();
                    if (ms >= aMs - lookMs && ms <= bMs + lookMs)
                        fixes.append(std::move(f));
                }
            }
        } else {
            auto track = m_store.track(subject.deviceId, spanFrom, spanTo.addMSecs(1));
            if (!track)
                return tl::unexpected(track.error());
            fixes = std::move(*track);
        }

        QList<Scored> scored;
        scored.reserve(fixes.size());
        for (const Fix &f : std::as_const(fixes))
            scored.append(score(f));
        QList<Scored> inWindow;
        for (const Scored &s : std::as_const(scored))
            if (s.t >= 0 && s.t <= window)
                inWindow.append(s);
        for (const Scored &s : std::as_const(inWindow))
            if (result.closestMetres < 0 || s.distance < result.closestMetres)
                result.closestMetres = s.distance;

        PresenceReason reason = PresenceReason::TooFar;
        QList<Fix> evidence;
        const auto consider = [&](PresenceReason candidate, const QList<Fix> &proof) {
            if (rank(candidate) < rank(reason)) {
                reason = candidate;
                evidence = proof;
            }
        };
        if (far) {
            if (scored.isEmpty())
                consider(PresenceReason::NoData, {});
        } else {
            QList<Scored> inside, overlapping;
            for (const Scored &s : std::as_const(inWindow)) {
                if (s.distance <= radius)
                    inside.append(s);
                else if (s.slack <= 0)
                    overlapping.append(s);
            }
            if (!inside.isEmpty())
                consider(PresenceReason::FixInside, closestFirst(inside));
            if (!overlapping.isEmpty()) {
                std::stable_sort(
                    overlapping.begin(), overlapping.end(), [](const Scored &x, const Scored &y) {
                        return x.distance - x.slack < y.distance - y.slack;
                    });
                consider(PresenceReason::AccuracyOverlaps, closestFirst(overlapping));
            }
            for (qsizetype i = 0; i + 1 < scored.size() && rank(reason) > rank(PresenceReason::TrackPasses);
                 ++i) {
                const Scored &p = scored[i];
                const Scored &q = scored[i + 1];
                if (q.t < 0 || p.t > window)
                    continue; // the pair does not overlap the window
                const double dt = q.t - p.t;
                if (dt > double(m_settings.gapSeconds)) {
                    // The ellipse test: leave p's circle, reach the scene, get to q's in time.
                    const double earliest = p.t + p.slack / speed;
                    const double latest = q.t - q.slack / speed;
                    if (earliest <= latest && earliest <= window && latest >= 0)
                        consider(PresenceReason::GapReachable, { *p.fix, *q.fix });
                } else if (dt > 0) {
                    const double u0 = std::max(0.0, -p.t / dt);
                    const double u1 = std::min(1.0, (window - p.t) / dt);
                    const double accuracy = std::max(p.fix->hasAccuracy() ? p.fix->accuracyMetres : 0,
                        q.fix->hasAccuracy() ? q.fix->accuracyMetres : 0);
                    if (segmentDistance(*p.fix, *q.fix, u0, u1, scene.latitude, scene.longitude)
                        <= radius + accuracy)
                        consider(PresenceReason::TrackPasses, { *p.fix, *q.fix });
                }
            }
            if (scored.isEmpty()) {
                consider(PresenceReason::NoData, {});
            } else {
                const Scored &first = scored.first();
                const Scored &last = scored.last();
                // Uncovered start: from the scene at the window's start to the first fix in time?
                if (first.t > 0 && first.t - first.slack / speed >= 0)
                    consider(PresenceReason::NoData, { *first.fix });
                // Uncovered end: from the last fix to the scene before the window ends?
                if (last.t < window && last.t + last.slack / speed <= window)
                    consider(PresenceReason::NoData, { *last.fix });
            }
        }
        if (reason == PresenceReason::TooFar) {
            if (!inWindow.isEmpty()) {
                evidence = closestFirst(inWindow);
            } else {
                // The window fell in a gap: the fixes either side of it.
                QList<Scored> around;
                for (const Scored &s : std::as_const(scored))
                    if (s.t < 0)
                        around = { s };
                for (const Scored &s : std::as_const(scored))
                    if (s.t > window) {
                        around.append(s);
                        break;
                    }
                evidence = closestFirst(around);
            }
        }
        result.reason = reason;
        result.presence = presenceOf(reason);
        result.evidence = std::move(evidence);
        results.append(std::move(result));
    }
    return results;
}

QString CrimeSceneCorrelator::presenceName(ScenePresence presence)
{
    switch (presence) {
    case ScenePresence::Present:
        return tr("present");
    case ScenePresence::CouldHaveBeen:
        return tr("could have been present");
    case ScenePresence::Excluded:
        break;
    }
    return tr("excluded");
}

QString CrimeSceneCorrelator::reasonText(PresenceReason reason)
{
    switch (reason) {
    case PresenceReason::FixInside:
        return tr("a position fix inside the scene during the time window");
    case PresenceReason::AccuracyOverlaps:
        return tr("a position fix whose accuracy circle reaches the scene");
    case PresenceReason::TrackPasses:
        return tr("the track between two position fixes passes through the scene");
    case PresenceReason::GapReachable:
        return tr("a signal gap long enough to get to the scene and back");
    case PresenceReason::NoData:
        return tr("no position fixes for part of the time window");
    case PresenceReason::TooFar:
        break;
    }
    return tr("position fixes throughout the time window too far from the scene");
}

} // namespace Nigran::Models
