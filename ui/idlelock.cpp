#include "idlelock.h"

#include "security/clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace Nigran::Gui {

using namespace std::chrono_literals;

IdleLock::IdleLock(const Models::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_check.setTimerType(Qt::CoarseTimer);
    connect(&m_check, &QTimer::timeout, this, &IdleLock::check);
    updateCheckInterval();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
    updateCheckInterval();
}

void IdleLock::updateCheckInterval()
{
    // A lock is at most a second late (also after the machine resumes from sleep); short test
    // timeouts are checked often.
    const auto interval
        = std::clamp(m_timeout / 10, std::chrono::milliseconds(10), std::chrono::milliseconds(1s));
    m_check.setInterval(interval);
}

void IdleLock::start()
{
    noteActivity();
    m_check.start();
}

void IdleLock::stop()
{
    m_check.stop();
}

void IdleLock::noteActivity()
{
    m_sinceInput.start();
    m_lastInputUtc = m_clock.nowUtc();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        if (m_check.isActive())
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    const std::chrono::milliseconds monotonic(m_sinceInput.elapsed());
    const std::chrono::milliseconds wall(m_lastInputUtc.msecsTo(m_clock.nowUtc()));
    if (monotonic < m_timeout && wall < m_timeout)
        return;
    stop();
    Q_EMIT locked();
}

} // namespace Nigran::Gui
