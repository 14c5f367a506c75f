#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Nigran::Models {

class FixStore;

/// A place and a time window to check the monitored offenders against.
struct CrimeScene
{
    double latitude = 0;
    double longitude = 0;
    double radiusMetres = 100;
    QDateTime from; ///< UTC; the window is [from, to], both ends included
    QDateTime to;
};

/// Who to check: one monitored person's device.
struct CorrelationSubject
{
    QString personId;
    QString deviceId;
};

enum class ScenePresence
{
    Present, ///< a fix inside the scene during the window
    CouldHaveBeen, ///< not shown inside, but not excluded: see the reason
    Excluded, ///< fixes throughout the window place the person too far to have been there
};

enum class PresenceReason
{
    FixInside, ///< Present: evidence = the fixes inside
    AccuracyOverlaps, ///< CouldHaveBeen: a fix's accuracy circle reaches the scene
    TrackPasses, ///< CouldHaveBeen: the track between two fixes (no gap) passes through the scene
                 ///< during the window; evidence = the two fixes
    GapReachable, ///< CouldHaveBeen: a signal gap long enough to get there and back at plausible speed;
                  ///< evidence = the fixes either side of the gap
    NoData, ///< CouldHaveBeen: no fixes covering (part of) the window, and the fixes next to the
            ///< uncovered part (the evidence; none when there are none) are near enough to get there
    TooFar, ///< Excluded: evidence = the fixes around the window, closest first
};

struct CorrelationResult
{
    CorrelationSubject subject;
    ScenePresence presence = ScenePresence::Excluded;
    PresenceReason reason = PresenceReason::TooFar;
    double closestMetres = -1; ///< closest fix during the window to the scene's centre; < 0: none
    QList<Fix> evidence;
};

/// Crime-scene correlation over the office's fixes (FixStore). Every subject is classified with the
/// evidence that supports it (DOMAIN.md, issue 5), the strongest reason first: Present (a fix within
/// the radius during the window) → AccuracyOverlaps → TrackPasses → GapReachable → NoData → Excluded.
///
/// "Getting there" always means: from a fix, less its accuracy, to the scene's circle, at maxSpeed.
/// A gap (fixes more than gapSeconds apart) is reachable when the scene can be reached from the fix
/// before it and the fix after it reached from the scene in the time between (the ellipse test), at
/// some moment inside the window. The fixes looked at run from lookaroundSeconds before the window to
/// as long after it; with no fix in that span before (or after) the window, the window's start (or
/// end) is uncovered.
///
/// The R*Tree first finds the blocks within reach of the scene (radius + maxSpeed × (window + twice
/// the look-around)). A subject with no such block cannot have reached the scene from any fix of the
/// span: if it has fixes in the span it is Excluded (only the blocks of the window are read, for the
/// evidence), otherwise NoData. Only the other subjects' hour blocks around the window are read in
/// full.
class CrimeSceneCorrelator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::CrimeSceneCorrelator)

public:
    struct Settings
    {
        double maxSpeedMps = 120.0 / 3.6; ///< plausible top speed over a gap (road travel)
        qint64 gapSeconds = 300; ///< fixes further apart than this leave a gap
        qint64 lookaroundSeconds = 3600; ///< fixes this long before and after the window count
        int maxEvidence = 10;
    };

    explicit CrimeSceneCorrelator(FixStore &store);
    CrimeSceneCorrelator(FixStore &store, Settings settings);

    /// InvalidInput (fields "radius", "window") for a radius ≤ 0 or > 50 km, or an empty or reversed
    /// window, or one longer than 31 days.
    [[nodiscard]] Result<QList<CorrelationResult>> correlate(
        const CrimeScene &scene, const QList<CorrelationSubject> &subjects);

    /// "present", "could have been present", "excluded" — translated, for views and reports.
    static QString presenceName(ScenePresence presence);
    static QString reasonText(PresenceReason reason);

private:
    FixStore &m_store;
    Settings m_settings;
};

} // namespace Nigran::Models
