#include "monitoring/playbackbar.h"

#include "monitoring/playbackcontroller.h"

#include "biditext.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <limits>

namespace Nigran::Gui {

namespace {

constexpr int PakistanOffsetSeconds = 5 * 3600;

} // namespace

PlaybackBar::PlaybackBar(PlaybackController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("playbackBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    const auto makeAction = [this](const char *name, std::initializer_list<QKeySequence> keys) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(QList<QKeySequence>(keys));
        // Only while the focus is in the bar: the map keeps its own arrows and +/− (pan, zoom).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_playAction = makeAction("actionPlayPause", { QKeySequence(Qt::Key_Space) });
    m_playAction->setCheckable(true);
    m_fasterAction
        = makeAction("actionPlaybackFaster", { QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) });
    m_slowerAction = makeAction("actionPlaybackSlower", { QKeySequence(Qt::Key_Minus) });
    m_stepBackAction = makeAction("actionStepBack", { QKeySequence(Qt::Key_Left) });
    m_stepForwardAction = makeAction("actionStepForward", { QKeySequence(Qt::Key_Right) });
    connect(m_playAction, &QAction::triggered, &m_controller, &PlaybackController::togglePlaying);
    connect(m_fasterAction, &QAction::triggered, &m_controller, &PlaybackController::faster);
    connect(m_slowerAction, &QAction::triggered, &m_controller, &PlaybackController::slower);
    // Left and Right follow the slider, which runs right to left in a right-to-left layout.
    connect(m_stepBackAction, &QAction::triggered, this,
        [this] { m_controller.step(layoutDirection() == Qt::RightToLeft ? 1 : -1); });
    connect(m_stepForwardAction, &QAction::triggered, this,
        [this] { m_controller.step(layoutDirection() == Qt::RightToLeft ? -1 : 1); });

    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setDefaultAction(m_playAction);
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_playButton);

    m_speedLabel = new QLabel(this);
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    m_speedLabel->setBuddy(m_speedBox);
    for (int speed : PlaybackController::speeds())
        m_speedBox->addItem(QString(), speed);
    connect(m_speedBox, &QComboBox::activated, this,
        [this](int index) { m_controller.setSpeed(m_speedBox->itemData(index).toInt()); });
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speedBox);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("playbackSlider"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) {
        if (!m_updating && m_controller.hasRange())
            m_controller.seek(m_controller.start().addSecs(seconds));
    });
    layout->addWidget(m_slider, 1);

    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("playbackTimeLabel"));
    m_timeLabel->setMinimumWidth(
        m_timeLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 PKT")) + 8);
    layout->addWidget(m_timeLabel);
    setFocusProxy(m_slider);

    connect(&m_controller, &PlaybackController::positionChanged, this, &PlaybackBar::updatePosition);
    connect(&m_controller, &PlaybackController::playingChanged, this, &PlaybackBar::updateFromController);
    connect(&m_controller, &PlaybackController::speedChanged, this, &PlaybackBar::updateFromController);
    connect(&m_controller, &PlaybackController::rangeChanged, this, &PlaybackBar::updateFromController);
    retranslate();
    updateFromController();
}

PlaybackBar::~PlaybackBar() = default;

QString PlaybackBar::pakistanTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return tr("%1 PKT").arg(BidiText::isolate(
        utc.toOffsetFromUtc(PakistanOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaybackBar::retranslate()
{
    m_playAction->setToolTip(tr("Play or pause the track (Space)"));
    m_fasterAction->setText(tr("&Faster"));
    m_slowerAction->setText(tr("&Slower"));
    m_stepBackAction->setText(tr("Step &back"));
    m_stepForwardAction->setText(tr("Step f&orward"));
    m_speedLabel->setText(tr("S&peed:"));
    m_speedBox->setAccessibleName(tr("Playback speed"));
    for (int i = 0; i < m_speedBox->count(); ++i)
        m_speedBox->setItemText(i, tr("%1×").arg(m_speedBox->itemData(i).toInt()));
    m_slider->setAccessibleName(tr("Playback time"));
    m_slider->setAccessibleDescription(
        tr("Space plays or pauses, plus and minus change the speed, the arrow keys step."));
    m_timeLabel->setAccessibleName(tr("Playback time"));
    updateFromController();
}

void PlaybackBar::updateFromController()
{
    const bool playing = m_controller.isPlaying();
    m_playAction->setChecked(playing);
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    {
        const QSignalBlocker blocker(m_speedBox);
        m_speedBox->setCurrentIndex(qMax(0, m_speedBox->findData(m_controller.speed())));
    }
    const bool hasRange = m_controller.hasRange();
    for (QWidget *widget : { static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_slider) })
        widget->setEnabled(hasRange);
    m_playAction->setEnabled(hasRange);
    m_stepBackAction->setEnabled(hasRange);
    m_stepForwardAction->setEnabled(hasRange);
    m_updating = true;
    const qint64 seconds = hasRange ? m_controller.start().secsTo(m_controller.end()) : 0;
    m_slider->setRange(0, int(qMin<qint64>(seconds, std::numeric_limits<int>::max())));
    m_slider->setSingleStep(int(qMin<qint64>(m_controller.stepSeconds(), std::numeric_limits<int>::max())));
    m_slider->setPageStep(int(qMax<qint64>(1, seconds / 10)));
    m_updating = false;
    updatePosition();
}

void PlaybackBar::updatePosition()
{
    const QDateTime position = m_controller.position();
    m_timeLabel->setText(pakistanTimeText(position));
    if (!m_controller.hasRange())
        return;
    m_updating = true;
    m_slider->setValue(int(m_controller.start().secsTo(position)));
    m_updating = false;
}

} // namespace Nigran::Gui
