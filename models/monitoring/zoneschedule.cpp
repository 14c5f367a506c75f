#include "monitoring/zoneschedule.h"

namespace Nigran::Models {

ZoneSchedule::ZoneSchedule(QList<Window> windows)
    : m_windows(std::move(windows))
{
    for (const Window &window : m_windows) {
        const int start = qBound(0, window.startMinute, MinutesPerDay - 1);
        const int end = qBound(0, window.endMinute, MinutesPerDay);
        const int length = end > start ? end - start : end + MinutesPerDay - start;
        for (int day = 0; day < 7; ++day) {
            if (!(window.days & (1 << day)))
                continue;
            const int from = day * MinutesPerDay + start;
            const int to = from + length;
            if (to <= MinutesPerWeek) {
                m_weekRanges.append({ from, to });
            } else { // Sunday night into Monday morning
                m_weekRanges.append({ from, MinutesPerWeek });
                m_weekRanges.append({ 0, to - MinutesPerWeek });
            }
        }
    }
}

int ZoneSchedule::pktMinuteOfWeek(qint64 utcMs)
{
    // 1970-01-01 was a Thursday (day 3 when Monday is 0).
    constexpr qint64 MsPerMinute = 60 * 1000;
    qint64 minutes = (utcMs + PktOffsetMs) / MsPerMinute;
    if ((utcMs + PktOffsetMs) % MsPerMinute < 0)
        --minutes;
    qint64 ofWeek = (minutes + 3 * MinutesPerDay) % MinutesPerWeek;
    if (ofWeek < 0)
        ofWeek += MinutesPerWeek;
    return int(ofWeek);
}

bool ZoneSchedule::isActiveAt(int minuteOfWeek) const
{
    if (m_windows.isEmpty())
        return true;
    for (const auto &[from, to] : m_weekRanges)
        if (minuteOfWeek >= from && minuteOfWeek < to)
            return true;
    return false;
}

} // namespace Nigran::Models
