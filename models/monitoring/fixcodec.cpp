#include "monitoring/fixcodec.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Nigran::Models {

namespace {

enum Flag : quint8
{
    HasDeviceTime = 1 << 4,
    HasReceivedTime = 1 << 5,
    HasAccuracy = 1 << 6,
    HasSpeed = 1 << 7,
};
constexpr quint8 UnknownBattery = 255;
constexpr double DegreeScale = 1e7;

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

/// Degrees in units of 10⁻⁷; a non-finite value (a caller's bug) is written as 0 rather than left
/// undefined. Out-of-range degrees are written as they are and refused by decode().
qint64 scaled(double degrees)
{
    return std::isfinite(degrees) ? qint64(std::llround(std::clamp(degrees, -360.0, 360.0) * DegreeScale))
                                  : 0;
}

/// a − b without signed overflow (wraps; decode() refuses the absurd results).
qint64 difference(qint64 a, qint64 b)
{
    return qint64(quint64(a) - quint64(b));
}

/// Accuracy and speed: clamped to what decode() accepts, so that whatever encode() writes decodes.
constexpr quint64 MaxScaledValue = 100'000'000;

quint64 unsignedRound(double value, double scale)
{
    const double rounded = std::round(value * scale);
    return rounded >= double(MaxScaledValue) ? MaxScaledValue : quint64(rounded);
}

/// Reads the varints of a block, keeping the first problem.
class Cursor
{
public:
    explicit Cursor(QByteArrayView data)
        : m_data(data)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype position() const { return m_pos; }

    /// True once a read ran past the end of the data.
    bool overran() const { return m_overran; }

    std::optional<quint8> byte()
    {
        if (m_pos >= m_data.size()) {
            m_overran = true;
            return std::nullopt;
        }
        return quint8(m_data[m_pos++]);
    }

    std::optional<quint64> varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const auto b = byte();
            if (!b)
                return std::nullopt;
            if (shift == 63 && (*b & 0x7e))
                return std::nullopt; // beyond 64 bits
            value |= quint64(*b & 0x7f) << shift;
            if (!(*b & 0x80))
                return value;
        }
        return std::nullopt; // more than ten bytes
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_overran = false;
};

} // namespace

QByteArray FixCodec::encode(const QList<Fix> &fixes)
{
    QByteArray out;
    out.reserve(8 + fixes.size() * 14);
    out.append(char(FormatVersion));
    putVarint(out, quint64(fixes.size()));
    qint64 previousMs = 0;
    qint64 previousLat = 0;
    qint64 previousLon = 0;
    for (const Fix &fix : fixes) {
        const qint64 ms = fix.fixTime.toMSecsSinceEpoch();
        quint8 flags = quint8(int(fix.source) & 3) | quint8((int(fix.strap) & 3) << 2);
        if (fix.deviceTime.isValid())
            flags |= HasDeviceTime;
        if (fix.receivedTime.isValid())
            flags |= HasReceivedTime;
        if (fix.hasAccuracy())
            flags |= HasAccuracy;
        if (fix.hasSpeed())
            flags |= HasSpeed;
        out.append(char(flags));
        out.append(char(fix.hasBattery() ? quint8(qMin(fix.batteryPercent, 100)) : UnknownBattery));
        putVarint(out, zigzag(difference(ms, previousMs)));
        const qint64 lat = scaled(fix.latitude);
        const qint64 lon = scaled(fix.longitude);
        putVarint(out, zigzag(lat - previousLat));
        putVarint(out, zigzag(lon - previousLon));
        if (flags & HasDeviceTime)
            putVarint(out, zigzag(difference(fix.deviceTime.toMSecsSinceEpoch(), ms)));
        if (flags & HasReceivedTime)
            putVarint(out, zigzag(difference(fix.receivedTime.toMSecsSinceEpoch(), ms)));
        if (flags & HasAccuracy)
            putVarint(out, unsignedRound(fix.accuracyMetres, 10));
        if (flags & HasSpeed)
            putVarint(out, unsignedRound(fix.speedMps, 100));
        previousMs = ms;
        previousLat = lat;
        previousLon = lon;
    }
    return out;
}

Result<QList<Fix>> FixCodec::decode(QByteArrayView data, const QString &deviceId)
{
    Cursor in(data);
    // Names the fix (1-based) and the byte offset where reading stopped.
    const auto corrupt = [&in](qint64 index, const QString &what) {
        if (in.overran())
            return fail(ErrorCode::Corrupt,
                index < 0 ? tr("Fix block, byte %1: cut off (%2)").arg(in.position()).arg(what)
                          : tr("Fix block, fix %1 (byte %2): cut off (%3)")
                                .arg(index + 1)
                                .arg(in.position())
                                .arg(what));
        return fail(ErrorCode::Corrupt,
            index < 0 ? tr("Fix block, byte %1: %2").arg(in.position()).arg(what)
                      : tr("Fix block, fix %1 (byte %2): %3").arg(index + 1).arg(in.position()).arg(what));
    };
    const auto version = in.byte();
    if (!version)
        return fail(ErrorCode::Corrupt, tr("Fix block: empty"));
    if (*version != FormatVersion)
        return corrupt(-1, tr("unknown format version %1").arg(*version));
    const auto count = in.varint();
    if (!count)
        return corrupt(-1, tr("the fix count"));
    // Every fix takes at least five bytes: refuse counts the data cannot hold before allocating.
    if (*count > quint64(MaxFixes) || *count * 5 > quint64(data.size()))
        return corrupt(-1, tr("%1 fixes cannot fit in %2 bytes").arg(*count).arg(data.size()));

    QList<Fix> fixes;
    fixes.reserve(qsizetype(*count));
    qint64 ms = 0;
    qint64 lat = 0;
    qint64 lon = 0;
    constexpr qint64 maxLat = qint64(90 * DegreeScale);
    constexpr qint64 maxLon = qint64(180 * DegreeScale);
    // Times are kept within ±10⁴ years of the epoch so that no sum below can overflow.
    constexpr qint64 maxMs = qint64(10000) * 366 * 24 * 3600 * 1000;
    const auto delta = [&](std::optional<quint64> raw, qint64 base, qint64 &out) {
        if (!raw)
            return false;
        const qint64 d = unzigzag(*raw);
        if (d > maxMs * 2 || d < -maxMs * 2)
            return false;
        out = base + d;
        return out <= maxMs && out >= -maxMs;
    };
    for (quint64 i = 0; i < *count; ++i) {
        const qint64 index = qint64(i);
        const auto flags = in.byte();
        const auto battery = in.byte();
        if (!flags || !battery)
            return corrupt(index, tr("flags and battery"));
        Fix fix;
        fix.deviceId = deviceId;
        const int source = *flags & 3;
        const int strap = (*flags >> 2) & 3;
        if (source > int(FixSource::Wifi) || strap > int(StrapState::Open))
            return corrupt(index, tr("unknown source or strap state"));
        fix.source = FixSource(source);
        fix.strap = StrapState(strap);
        if (*battery != UnknownBattery) {
            if (*battery > 100)
                return corrupt(index, tr("battery above 100 %"));
            fix.batteryPercent = *battery;
        }
        if (!delta(in.varint(), ms, ms))
            return corrupt(index, tr("bad fix time"));
        qint64 nextLat = 0;
        qint64 nextLon = 0;
        if (!delta(in.varint(), lat, nextLat) || !delta(in.varint(), lon, nextLon) || nextLat > maxLat
            || nextLat < -maxLat || nextLon > maxLon || nextLon < -maxLon)
            return corrupt(index, tr("position out of range"));
        lat = nextLat;
        lon = nextLon;
        fix.fixTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        fix.latitude = double(lat) / DegreeScale;
        fix.longitude = double(lon) / DegreeScale;
        qint64 other = 0;
        if (*flags & HasDeviceTime) {
            if (!delta(in.varint(), ms, other))
                return corrupt(index, tr("bad device time"));
            fix.deviceTime = QDateTime::fromMSecsSinceEpoch(other, Qt::UTC);
        }
        if (*flags & HasReceivedTime) {
            if (!delta(in.varint(), ms, other))
                return corrupt(index, tr("bad received time"));
            fix.receivedTime = QDateTime::fromMSecsSinceEpoch(other, Qt::UTC);
        }
        if (*flags & HasAccuracy) {
            const auto raw = in.varint();
            if (!raw || *raw > MaxScaledValue)
                return corrupt(index, tr("bad accuracy"));
            fix.accuracyMetres = double(*raw) / 10;
        }
        if (*flags & HasSpeed) {
            const auto raw = in.varint();
            if (!raw || *raw > MaxScaledValue)
                return corrupt(index, tr("bad speed"));
            fix.speedMps = double(*raw) / 100;
        }
        fixes.append(std::move(fix));
    }
    if (!in.atEnd())
        return corrupt(-1, tr("bytes after the last fix"));
    return fixes;
}

} // namespace Nigran::Models
