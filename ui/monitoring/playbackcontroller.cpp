#include "monitoring/playbackcontroller.h"

#include <QTimeZone>

#include <algorithm>

namespace Nigran::Gui {

PlaybackController::PlaybackController(QObject *parent, ClockSource clock)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] { return m_elapsed.elapsed(); };
    }
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::setRange(const QDateTime &start, const QDateTime &end)
{
    pause();
    m_start = start.toUTC();
    m_end = end.toUTC();
    anchorAt(m_end.isValid() ? m_end.toMSecsSinceEpoch() : 0);
    emit rangeChanged();
    emit positionChanged(position());
}

qint64 PlaybackController::clampMs(qint64 ms) const
{
    if (!hasRange())
        return m_start.isValid() ? m_start.toMSecsSinceEpoch() : ms;
    return std::clamp(ms, m_start.toMSecsSinceEpoch(), m_end.toMSecsSinceEpoch());
}

void PlaybackController::anchorAt(qint64 positionMs)
{
    m_anchorPositionMs = clampMs(positionMs);
    m_anchorClockMs = m_clock();
}

qint64 PlaybackController::positionMs() const
{
    if (!m_playing)
        return m_anchorPositionMs;
    return clampMs(m_anchorPositionMs + (m_clock() - m_anchorClockMs) * qint64(m_speed));
}

QDateTime PlaybackController::position() const
{
    if (!m_start.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(positionMs(), QTimeZone::utc());
}

void PlaybackController::play()
{
    if (m_playing || !hasRange())
        return;
    // At the end, play starts over.
    const qint64 from
        = m_anchorPositionMs >= m_end.toMSecsSinceEpoch() ? m_start.toMSecsSinceEpoch() : m_anchorPositionMs;
    anchorAt(from);
    m_playing = true;
    m_timer.start();
    emit playingChanged(true);
    emit positionChanged(position());
}

void PlaybackController::pause()
{
    if (!m_playing)
        return;
    anchorAt(positionMs());
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
    emit positionChanged(position());
}

void PlaybackController::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackController::setSpeed(int speed)
{
    if (speed == m_speed || !speeds().contains(speed))
        return;
    // Re-anchored, so that the time played so far keeps the old speed.
    anchorAt(positionMs());
    m_speed = speed;
    emit speedChanged(speed);
}

void PlaybackController::faster()
{
    const QList<int> all = speeds();
    const qsizetype index = all.indexOf(m_speed);
    if (index + 1 < all.size())
        setSpeed(all.at(index + 1));
}

void PlaybackController::slower()
{
    const QList<int> all = speeds();
    const qsizetype index = all.indexOf(m_speed);
    if (index > 0)
        setSpeed(all.at(index - 1));
}

void PlaybackController::seek(const QDateTime &time)
{
    if (!time.isValid())
        return;
    anchorAt(time.toMSecsSinceEpoch());
    emit positionChanged(position());
}

void PlaybackController::step(int direction)
{
    if (!hasRange())
        return;
    anchorAt(positionMs() + (direction < 0 ? -1 : 1) * stepSeconds() * 1000);
    emit positionChanged(position());
}

void PlaybackController::tick()
{
    const qint64 now = positionMs();
    if (m_playing && hasRange() && now >= m_end.toMSecsSinceEpoch()) {
        pause();
        return;
    }
    emit positionChanged(QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()));
}

} // namespace Nigran::Gui
