#pragma once

#include <QDateTime>
#include <QList>

namespace Nigran::Models {

/// When a zone applies, in Pakistan Standard Time (UTC+5, no daylight saving). No windows = always.
class ZoneSchedule
{
public:
    static constexpr qint64 PktOffsetMs = 5 * 3600 * 1000;
    static constexpr int MinutesPerDay = 24 * 60;
    static constexpr int MinutesPerWeek = 7 * MinutesPerDay;

    /// Day bits, Monday = bit 0 … Sunday = bit 6 (Qt::DayOfWeek − 1).
    enum Day : quint8
    {
        Monday = 1 << 0,
        Tuesday = 1 << 1,
        Wednesday = 1 << 2,
        Thursday = 1 << 3,
        Friday = 1 << 4,
        Saturday = 1 << 5,
        Sunday = 1 << 6,
        Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
        EveryDay = 0x7F,
    };

    /// A daily window starting on the days in `days` at `startMinute` (PKT minutes after midnight) and
    /// ending at `endMinute`; end ≤ start means it ends on the next day (21:00–06:00). start == end
    /// is the whole day.
    struct Window
    {
        quint8 days = EveryDay;
        int startMinute = 0;
        int endMinute = 0;
        friend bool operator==(const Window &, const Window &) = default;
    };

    ZoneSchedule() = default;
    explicit ZoneSchedule(QList<Window> windows);

    bool isAlways() const { return m_windows.isEmpty(); }
    const QList<Window> &windows() const { return m_windows; }

    /// Minute of the PKT week (Monday 00:00 = 0) of a UTC time in ms since the epoch.
    static int pktMinuteOfWeek(qint64 utcMs);
    bool isActiveAt(int pktMinuteOfWeek) const;
    bool isActive(const QDateTime &time) const
    {
        return isActiveAt(pktMinuteOfWeek(time.toMSecsSinceEpoch()));
    }

    friend bool operator==(const ZoneSchedule &, const ZoneSchedule &) = default;

private:
    QList<Window> m_windows;
    QList<std::pair<int, int>> m_weekRanges; ///< [from, to) minutes of the week, wrapped at the end
};

} // namespace Nigran::Models
