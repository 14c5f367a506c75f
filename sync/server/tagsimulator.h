#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Nigran::Sync {

/// `nigran-centre simulate-tags`: synthetic offenders (Models::SyntheticTrack: homes, work, errands,
/// trips, GPS noise, signal gaps, the occasional zone entry, curfew breach, strap tamper and low
/// battery) posting their fixes to a centre's ingest endpoint (VendorBatch over mutual TLS with a
/// vendor's PKCS#12 bundle), the way a tag vendor's platform forwards them.
///
/// Time: the simulated clock starts at `start` (default: now) and runs `speedup` times faster than
/// real time, but never ahead of the real clock (the centre refuses fixes from the future); to replay
/// a past period quickly, start in the past with a large speedup. Every fix the tracks make up to the
/// simulated clock joins a backlog (in fix time order across devices), posted in batches of at most
/// `maxBatch` at no more than `rate` fixes a second. Stops after `durationSeconds` of real time (0:
/// never), or when the backlog is empty and the simulated clock has reached `end` (if set).
///
/// Transient failures (network, 5xx) are retried a few times; a refused batch (4xx) stops the run
/// with the centre's message.
class TagSimulator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::TagSimulator)

public:
    struct Settings
    {
        QUrl url; ///< the centre, e.g. https://127.0.0.1:8443 (the path /v1/ingest is added)
        QByteArray pkcs12; ///< the vendor's bundle (certificate, key, the centre's CA)
        QString password;
        QStringList devices;
        double rate = 100; ///< fixes per second at most
        double durationSeconds = 0; ///< real seconds; 0: until `end` or forever
        double speedup = 1;
        quint64 seed = 1;
        int cityIndex = -1; ///< ≥ 0: every tag lives in this city of SyntheticTrack::cities()
        QDateTime start; ///< simulated start; null: now
        QDateTime end; ///< simulated end; null: none
        int maxBatch = 1000;
    };

    struct Progress
    {
        qint64 generated = 0; ///< fixes made by the tracks so far
        qint64 sent = 0;
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 batches = 0;
        qint64 backlog = 0;
        QDateTime simulatedTime;
        double elapsedSeconds = 0;
    };

    /// "DEMO-TAG-00000..DEMO-TAG-00049" (a range: same prefix, numbers of the same width), a comma
    /// list, or both ("A,B,T-01..T-03"). At most MaxDevices.
    [[nodiscard]] static Models::Result<QStringList> parseDevices(const QString &spec);
    /// prefix00000 … prefix(count-1), five digits at least.
    [[nodiscard]] static QStringList numberedDevices(const QString &prefix, int count);
    static constexpr int MaxDevices = 100000;

    explicit TagSimulator(Settings settings);

    /// Runs to the end; `report` is called about once a second and at the end.
    [[nodiscard]] Models::Result<Progress> run(const std::function<void(const Progress &)> &report);

private:
    Settings m_settings;
};

} // namespace Nigran::Sync
