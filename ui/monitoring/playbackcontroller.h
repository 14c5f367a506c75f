#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Nigran::Gui {

/// Track playback over a time range, driven by real elapsed time: while playing, the position is
/// `anchor + (clock() − clock at anchor) × speed`, so a slow frame never slows the playback down; the
/// timer only asks for repaints (positionChanged()). The clock is a monotonic millisecond source
/// (QElapsedTimer by default; tests inject their own).
class PlaybackController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackController)

public:
    using ClockSource = std::function<qint64()>;

    /// Repaint interval while playing (about 30 frames a second).
    static constexpr int TickMs = 33;
    /// A step (Left/Right) moves this many seconds of playback at the current speed.
    static constexpr qint64 StepPlaybackSeconds = 10;
    /// The speed multipliers offered, slowest first.
    static QList<int> speeds() { return { 1, 10, 60, 300, 1800 }; }

    explicit PlaybackController(QObject *parent = nullptr, ClockSource clock = {});
    ~PlaybackController() override;

    /// The range played; playback pauses and the position goes to the end (the whole track shown;
    /// Play from the end starts over from the beginning).
    void setRange(const QDateTime &start, const QDateTime &end);
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    bool hasRange() const { return m_start.isValid() && m_end.isValid() && m_start < m_end; }

    /// The playback time now (UTC), within [start, end].
    QDateTime position() const;
    qint64 positionMs() const;
    bool isPlaying() const { return m_playing; }
    int speed() const { return m_speed; }
    /// Track seconds one step moves at the current speed.
    qint64 stepSeconds() const { return StepPlaybackSeconds * m_speed; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlaying();
    /// One of speeds(); other values are ignored. Keeps the position.
    void setSpeed(int speed);
    void faster();
    void slower();
    /// Jumps to `time` (clamped to the range); keeps playing if it was.
    void seek(const QDateTime &time);
    /// One step forward (+1) or back (−1).
    void step(int direction);
    /// Emits positionChanged() (the timer calls it); pauses at the end of the range.
    void tick();

Q_SIGNALS:
    void positionChanged(const QDateTime &position);
    void playingChanged(bool playing);
    void speedChanged(int speed);
    void rangeChanged();

private:
    qint64 clampMs(qint64 ms) const;
    void anchorAt(qint64 positionMs);

    ClockSource m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    QDateTime m_start;
    QDateTime m_end;
    qint64 m_anchorPositionMs = 0; ///< ms since the epoch
    qint64 m_anchorClockMs = 0;
    int m_speed = 60;
    bool m_playing = false;
};

} // namespace Nigran::Gui
