#include "monitoring/fixstore.h"

#include "monitoring/fixcodec.h"
#include "monitoring/geo.h"
#include "store/database.h"
#include "store/transaction.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace Nigran::Models {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

qint64 hourOf(qint64 ms)
{
    return floorDiv(ms, HourMs);
}

/// Bounding box of the fixes' accuracy circles, degrees.
struct Box
{
    double south = 90, north = -90, west = 180, east = -180;

    void add(const Fix &fix)
    {
        const double metres = fix.hasAccuracy() && std::isfinite(fix.accuracyMetres) ? fix.accuracyMetres : 0;
        const double dLat = metres / Geo::MetresPerDegree;
        const double cosLat
            = std::max(0.01, std::cos(std::min(89.9, std::abs(fix.latitude)) * std::numbers::pi / 180));
        const double dLon = metres / (Geo::MetresPerDegree * cosLat);
        south = std::min(south, std::max(-90.0, fix.latitude - dLat));
        north = std::max(north, std::min(90.0, fix.latitude + dLat));
        west = std::min(west, std::max(-180.0, fix.longitude - dLon));
        east = std::max(east, std::min(180.0, fix.longitude + dLon));
    }
};

} // namespace

FixStore::FixStore(Database &db)
    : m_db(db)
{ }

Result<FixStore::AddOutcome> FixStore::add(
    const QList<Fix> &fixes, const std::function<bool(qint64, qint64)> &progress)
{
    AddOutcome outcome;
    // Check everything before writing anything.
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        const Fix &f = fixes[i];
        if (f.deviceId.isEmpty() || !f.fixTime.isValid() || !std::isfinite(f.latitude)
            || !std::isfinite(f.longitude) || std::abs(f.latitude) > 90 || std::abs(f.longitude) > 180)
            return fail(ErrorCode::InvalidInput,
                tr("Fix %1 of %2 has no device, no valid time or a position out of range; nothing was "
                   "stored.")
                    .arg(i + 1)
                    .arg(fixes.size()));
    }
    // Per device and hour, the indexes of the given fixes.
    std::map<std::pair<QString, qint64>, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < fixes.size(); ++i)
        groups[{ fixes[i].deviceId, hourOf(fixes[i].fixTime.toMSecsSinceEpoch()) }].append(i);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    const qint64 total = fixes.size();
    qint64 done = 0;
    if (progress && !progress(0, total)) {
        tx->rollback();
        return AddOutcome { 0, 0, true };
    }
    for (const auto &[key, indexes] : groups) {
        const auto &[deviceId, hour] = key;
        auto select = m_db.cached("SELECT id, body FROM fix_blocks WHERE device_id = ? AND hour = ?");
        if (!select)
            return tl::unexpected(select.error());
        (*select)->bindAll(deviceId, hour);
        auto found = (*select)->step();
        if (!found)
            return tl::unexpected(found.error());
        qint64 blockId = 0;
        std::map<qint64, Fix> merged;
        if (*found) {
            blockId = (*select)->int64(0);
            const QByteArray body = (*select)->blob(1);
            auto stored = FixCodec::decode(body, deviceId);
            if (!stored)
                return fail(ErrorCode::Corrupt,
                    tr("Stored fix block %1 is damaged: %2").arg(blockId).arg(stored.error().message));
            for (Fix &f : *stored)
                merged.emplace(f.fixTime.toMSecsSinceEpoch(), std::move(f));
        }
        const qsizetype before = qsizetype(merged.size());
        for (const qsizetype i : indexes) {
            Fix f = fixes[i];
            f.id = 0;
            if (!merged.try_emplace(f.fixTime.toMSecsSinceEpoch(), std::move(f)).second)
                ++outcome.duplicates;
        }
        const qint64 added = qint64(merged.size()) - before;
        outcome.added += added;
        done += indexes.size();
        if (added > 0) {
            QList<Fix> list;
            list.reserve(qsizetype(merged.size()));
            Box box;
            for (auto &[ms, f] : merged) {
                box.add(f);
                list.append(std::move(f));
            }
            const qint64 firstMs = list.first().fixTime.toMSecsSinceEpoch();
            const qint64 lastMs = list.last().fixTime.toMSecsSinceEpoch();
            const QByteArray body = FixCodec::encode(list);
            if (blockId == 0) {
                auto insert = m_db.cached("INSERT INTO fix_blocks (device_id, hour, first_ms, last_ms, "
                                          "fixes, body) VALUES (?, ?, ?, ?, ?, ?)");
                if (!insert)
                    return tl::unexpected(insert.error());
                NIGRAN_TRY(
                    (*insert)->bindAll(deviceId, hour, firstMs, lastMs, qint64(list.size()), body).run());
                blockId = m_db.lastInsertRowId();
                auto index = m_db.cached(
                    "INSERT INTO fix_blocks_rtree (id, min_t, max_t, min_lat, max_lat, min_lon, "
                    "max_lon) VALUES (?, ?, ?, ?, ?, ?, ?)");
                if (!index)
                    return tl::unexpected(index.error());
                NIGRAN_TRY((*index)
                               ->bindAll(blockId, double(firstMs) / 1000, double(lastMs) / 1000, box.south,
                                   box.north, box.west, box.east)
                               .run());
            } else {
                auto update = m_db.cached(
                    "UPDATE fix_blocks SET first_ms = ?, last_ms = ?, fixes = ?, body = ? WHERE id = ?");
                if (!update)
                    return tl::unexpected(update.error());
                NIGRAN_TRY((*update)->bindAll(firstMs, lastMs, qint64(list.size()), body, blockId).run());
                auto index = m_db.cached(
                    "UPDATE fix_blocks_rtree SET min_t = ?, max_t = ?, min_lat = ?, max_lat = ?, "
                    "min_lon = ?, max_lon = ? WHERE id = ?");
                if (!index)
                    return tl::unexpected(index.error());
                NIGRAN_TRY((*index)
                               ->bindAll(double(firstMs) / 1000, double(lastMs) / 1000, box.south, box.north,
                                   box.west, box.east, blockId)
                               .run());
            }
        }
        if (progress && !progress(done, total)) {
            tx->rollback();
            return AddOutcome { 0, 0, true };
        }
    }
    NIGRAN_TRY(tx->commit());
    return outcome;
}

Result<QList<Fix>> FixStore::track(const QString &deviceId, const QDateTime &from, const QDateTime &to)
{
    QList<Fix> out;
    if (!from.isValid() || !to.isValid() || to <= from)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    auto select = m_db.cached(
        "SELECT id, body FROM fix_blocks WHERE device_id = ? AND hour BETWEEN ? AND ? ORDER BY hour");
    if (!select)
        return tl::unexpected(select.error());
    (*select)->bindAll(deviceId, hourOf(fromMs), hourOf(toMs - 1));
    while (true) {
        auto row = (*select)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const qint64 blockId = (*select)->int64(0);
        auto fixes = FixCodec::decode((*select)->blob(1), deviceId);
        if (!fixes)
            return fail(ErrorCode::Corrupt,
                tr("Stored fix block %1 is damaged: %2").arg(blockId).arg(fixes.error().message));
        for (Fix &f : *fixes) {
            const qint64 ms = f.fixTime.toMSecsSinceEpoch();
            if (ms >= fromMs && ms < toMs)
                out.append(std::move(f));
        }
    }
    return out;
}

Result<QDateTime> FixStore::latestFixTime(const QString &deviceId)
{
    auto select
        = m_db.cached("SELECT last_ms FROM fix_blocks WHERE device_id = ? ORDER BY hour DESC LIMIT 1");
    if (!select)
        return tl::unexpected(select.error());
    (*select)->bindAll(deviceId);
    auto row = (*select)->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch((*select)->int64(0), Qt::UTC);
}

Result<QStringList> FixStore::devices()
{
    auto select = m_db.cached("SELECT DISTINCT device_id FROM fix_blocks ORDER BY device_id");
    if (!select)
        return tl::unexpected(select.error());
    QStringList out;
    while (true) {
        auto row = (*select)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.append((*select)->text(0));
    }
    return out;
}

Result<qint64> FixStore::fixCount()
{
    return m_db.queryInt("SELECT coalesce(sum(fixes), 0) FROM fix_blocks");
}

Result<qint64> FixStore::dropBefore(const QDateTime &before)
{
    if (!before.isValid())
        return qint64(0);
    const qint64 beforeMs = before.toMSecsSinceEpoch();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tl::unexpected(tx.error());
    auto count = m_db.prepare("SELECT coalesce(sum(fixes), 0) FROM fix_blocks WHERE last_ms < ?");
    if (!count)
        return tl::unexpected(count.error());
    auto counted = count->bindAll(beforeMs).step();
    if (!counted)
        return tl::unexpected(counted.error());
    const qint64 dropped = count->int64(0);
    count->reset();
    auto index = m_db.prepare(
        "DELETE FROM fix_blocks_rtree WHERE id IN (SELECT id FROM fix_blocks WHERE last_ms < ?)");
    if (!index)
        return tl::unexpected(index.error());
    NIGRAN_TRY(index->bindAll(beforeMs).run());
    auto blocks = m_db.prepare("DELETE FROM fix_blocks WHERE last_ms < ?");
    if (!blocks)
        return tl::unexpected(blocks.error());
    NIGRAN_TRY(blocks->bindAll(beforeMs).run());
    NIGRAN_TRY(tx->commit());
    return dropped;
}

Result<QList<FixStore::BlockHit>> FixStore::blocksIn(
    double south, double west, double north, double east, const QDateTime &from, const QDateTime &to)
{
    QList<BlockHit> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    auto select
        = m_db.cached("SELECT r.id, b.device_id FROM fix_blocks_rtree r JOIN fix_blocks b ON b.id = r.id "
                      "WHERE r.max_t >= ? AND r.min_t <= ? AND r.max_lat >= ? AND r.min_lat <= ? "
                      "AND r.max_lon >= ? AND r.min_lon <= ?");
    if (!select)
        return tl::unexpected(select.error());
    (*select)->bindAll(double(from.toMSecsSinceEpoch()) / 1000, double(to.toMSecsSinceEpoch()) / 1000, south,
        north, west, east);
    while (true) {
        auto row = (*select)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.append({ (*select)->int64(0), (*select)->text(1) });
    }
    return out;
}

Result<QList<Fix>> FixStore::blockFixes(qint64 blockId)
{
    auto select = m_db.cached("SELECT device_id, body FROM fix_blocks WHERE id = ?");
    if (!select)
        return tl::unexpected(select.error());
    (*select)->bindAll(blockId);
    auto row = (*select)->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no fix block %1.").arg(blockId));
    auto fixes = FixCodec::decode((*select)->blob(1), (*select)->text(0));
    if (!fixes)
        return fail(ErrorCode::Corrupt,
            tr("Stored fix block %1 is damaged: %2").arg(blockId).arg(fixes.error().message));
    return fixes;
}

Result<QList<FixStore::BlockInfo>> FixStore::blocks(
    const QString &deviceId, const QDateTime &from, const QDateTime &to)
{
    QList<BlockInfo> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    auto select = m_db.cached("SELECT id, first_ms, last_ms, fixes FROM fix_blocks WHERE device_id = ? "
                              "AND hour BETWEEN ? AND ? ORDER BY hour");
    if (!select)
        return tl::unexpected(select.error());
    (*select)->bindAll(deviceId, hourOf(fromMs), hourOf(toMs));
    while (true) {
        auto row = (*select)->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const BlockInfo info { (*select)->int64(0), (*select)->int64(1), (*select)->int64(2),
            (*select)->int64(3) };
        if (info.lastMs >= fromMs && info.firstMs <= toMs)
            out.append(info);
    }
    return out;
}

} // namespace Nigran::Models
