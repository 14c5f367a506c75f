#pragma once

#include "client/syncscheduler.h"

#include <QPointer>
#include <QWidget>

class QProgressBar;
class QToolButton;

namespace Nigran::Gui {

/// The sync indicator of the main window's status bar: a flat button whose text says the state (not
/// enrolled; syncing with progress; last success with pending changes and open conflicts; failed), with
/// the details in its tooltip, and a busy bar while a sync runs. Clicking it (or Space/Enter when it has
/// focus) asks for a sync now.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    /// nullptr: the office is not enrolled.
    void setScheduler(Sync::SyncScheduler *scheduler);
    QToolButton *button() const { return m_button; }
    QProgressBar *progressBar() const { return m_progress; }
    QString text() const;
    QString details() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<Sync::SyncScheduler> m_scheduler;
    QToolButton *m_button;
    QProgressBar *m_progress;
};

} // namespace Nigran::Gui
