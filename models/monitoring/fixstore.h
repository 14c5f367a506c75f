#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Nigran::Models {

class Database;

/// The office's local fixes (schema v4, not synced): per device, blocks of the fixes of one UTC hour,
/// encoded by FixCodec, with an R*Tree entry per block over its time span (seconds since the epoch)
/// and the bounding box of its fixes' accuracy circles — the spatial-temporal index of crime-scene
/// correlation. The R*Tree keeps 32-bit floats rounded outward: it is a coarse filter, never the
/// answer. Idempotent on (device, fix time): a fix already stored is not added again, whether it came
/// from the centre or from an imported file. Fixes read back have id 0 (blocks hold no ids).
class FixStore
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::FixStore)

public:
    struct AddOutcome
    {
        qint64 added = 0;
        qint64 duplicates = 0; ///< same device and fix time as a stored fix (or an earlier one given)
        bool cancelled = false; ///< progress() returned false: nothing was added
    };

    explicit FixStore(Database &db);

    /// Adds fixes of any devices in any order, in one transaction (joins the caller's if one is
    /// open). `progress(done, total)` (fixes) is called now and then when given; returning false
    /// cancels: the transaction rolls back (a joined one becomes rollback-only), nothing is added and
    /// the outcome says `cancelled`. InvalidInput when a fix has no device, an invalid time or a
    /// position out of range (nothing is added); Corrupt when a stored block does not decode.
    [[nodiscard]] Result<AddOutcome> add(
        const QList<Fix> &fixes, const std::function<bool(qint64, qint64)> &progress = {});

    /// The device's fixes with from ≤ fixTime < to, in time order.
    [[nodiscard]] Result<QList<Fix>> track(
        const QString &deviceId, const QDateTime &from, const QDateTime &to);
    /// The latest stored fix time of the device; null when it has none.
    [[nodiscard]] Result<QDateTime> latestFixTime(const QString &deviceId);
    /// Devices with fixes, sorted.
    [[nodiscard]] Result<QStringList> devices();
    [[nodiscard]] Result<qint64> fixCount();

    /// Drops blocks whose last fix is older than `before` (the configurable window); returns the
    /// number of fixes dropped.
    [[nodiscard]] Result<qint64> dropBefore(const QDateTime &before);

    /// Blocks that may hold fixes of any device (accuracy circles included) inside the box during
    /// [from, to] (R*Tree; a superset: the caller checks the fixes). Degrees; west ≤ east.
    struct BlockHit
    {
        qint64 blockId = 0;
        QString deviceId;
    };
    [[nodiscard]] Result<QList<BlockHit>> blocksIn(
        double south, double west, double north, double east, const QDateTime &from, const QDateTime &to);
    /// The fixes of one block (from blocksIn() or blocks()). NotFound for an unknown id.
    [[nodiscard]] Result<QList<Fix>> blockFixes(qint64 blockId);

    /// The device's blocks that may hold fixes with from ≤ fixTime ≤ to, in time order, without
    /// reading their fixes.
    struct BlockInfo
    {
        qint64 blockId = 0;
        qint64 firstMs = 0; ///< first and last fix time, ms since the epoch
        qint64 lastMs = 0;
        qint64 fixes = 0;
    };
    [[nodiscard]] Result<QList<BlockInfo>> blocks(
        const QString &deviceId, const QDateTime &from, const QDateTime &to);

private:
    Database &m_db;
};

} // namespace Nigran::Models
