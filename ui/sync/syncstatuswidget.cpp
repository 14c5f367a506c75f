#include "syncstatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace Nigran::Gui {

using Sync::SyncScheduler;

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_button->setObjectName(QStringLiteral("syncStatusButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // busy: the number of batches and pages is not known in advance
    m_progress->setMaximumWidth(90);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    refresh();
}

void SyncStatusWidget::setScheduler(SyncScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (scheduler) {
        connect(scheduler, &SyncScheduler::stateChanged, this, &SyncStatusWidget::refresh);
        connect(scheduler, &SyncScheduler::countsChanged, this, &SyncStatusWidget::refresh);
        connect(scheduler, &SyncScheduler::progressChanged, this, &SyncStatusWidget::refresh);
    }
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_button->text();
}

QString SyncStatusWidget::details() const
{
    return m_button->toolTip();
}

void SyncStatusWidget::refresh()
{
    const QLocale locale;
    QIcon icon;
    QString text;
    QStringList details;
    if (!m_scheduler) {
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        text = tr("Sync: not enrolled");
        details << tr("This office is not enrolled with the centre. An administrator can enrol it with "
                      "Tools > Enrol with the centre…");
    } else {
        const SyncScheduler &s = *m_scheduler;
        const QString pending = locale.toString(qMax<qint64>(0, s.pendingChanges()));
        const QString conflicts = locale.toString(qMax<qint64>(0, s.openConflicts()));
        const QString last = s.lastSuccess().isValid()
            ? locale.toString(s.lastSuccess().toLocalTime(), QLocale::ShortFormat)
            : tr("not yet");
        switch (s.state()) {
        case SyncScheduler::State::Syncing:
            icon = style()->standardIcon(QStyle::SP_BrowserReload);
            text = tr("Syncing… %1 batches sent, %2 pages received")
                       .arg(locale.toString(s.batchesDone()), locale.toString(s.pagesDone()));
            break;
        case SyncScheduler::State::Failed:
            icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
            text = tr("Sync failed · %1 pending · %2 conflicts").arg(pending, conflicts);
            details << tr("Last error: %1").arg(s.lastError());
            details << tr("Next attempt in about %n second(s).", nullptr,
                int(qMax<qint64>(1, s.scheduledDelay().count() / 1000)));
            break;
        case SyncScheduler::State::Idle:
            icon = style()->standardIcon(
                s.openConflicts() > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
            text = s.lastSuccess().isValid()
                ? tr("Synced: %1 · %2 pending · %3 conflicts").arg(last, pending, conflicts)
                : tr("Not synced yet · %1 pending · %2 conflicts").arg(pending, conflicts);
            break;
        }
        details.prepend(tr("Open conflicts: %1").arg(conflicts));
        details.prepend(tr("Changes waiting to be sent: %1").arg(pending));
        details.prepend(tr("Last successful sync: %1").arg(last));
        if (s.lastReport().clockSkewed)
            details << tr("This computer's clock differs from the centre's by about %n minute(s); please "
                          "correct it.",
                nullptr, int(qAbs(s.lastReport().clockSkewMs) / 60000));
        if (s.lastReport().rejected > 0)
            details << tr(
                "The centre refused %n change(s) in the last sync.", nullptr, s.lastReport().rejected);
        details << tr("Click to sync now.");
    }
    m_button->setIcon(icon);
    m_button->setText(text);
    m_button->setToolTip(details.join(u'\n'));
    m_button->setAccessibleName(tr("Synchronisation status"));
    m_button->setAccessibleDescription(text);
    const bool syncing = m_scheduler && m_scheduler->isSyncing();
    m_progress->setVisible(syncing);
    m_progress->setAccessibleName(tr("Synchronisation progress"));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Nigran::Gui
