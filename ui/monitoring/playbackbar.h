#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Nigran::Gui {

class PlaybackController;

/// The playback controls under the map: play/pause, the speed (1×–1800×), a time slider over the
/// range and the playback time in Pakistan time. Keyboard, while the focus is in the bar (the slider
/// takes it): Space plays or pauses, + and − change the speed, Left and Right step (mirrored in a
/// right-to-left layout, like the slider).
class PlaybackBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackBar)

public:
    explicit PlaybackBar(PlaybackController &controller, QWidget *parent = nullptr);
    ~PlaybackBar() override;

    QToolButton *playButton() const { return m_playButton; }
    QComboBox *speedBox() const { return m_speedBox; }
    QSlider *slider() const { return m_slider; }
    QLabel *timeLabel() const { return m_timeLabel; }

    QAction *playAction() const { return m_playAction; }
    QAction *fasterAction() const { return m_fasterAction; }
    QAction *slowerAction() const { return m_slowerAction; }
    QAction *stepBackAction() const { return m_stepBackAction; }
    QAction *stepForwardAction() const { return m_stepForwardAction; }

    /// "2026-11-28 14:05:00 PKT" for a UTC time.
    static QString pakistanTimeText(const QDateTime &utc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFromController();
    void updatePosition();

    PlaybackController &m_controller;
    QToolButton *m_playButton = nullptr;
    QComboBox *m_speedBox = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    bool m_updating = false;
};

} // namespace Nigran::Gui
