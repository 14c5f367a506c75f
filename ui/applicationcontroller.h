#pragma once

#include "idlelock.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>

namespace Nigran::Models {
class Clock;
class Office;
} // namespace Nigran::Models

namespace Nigran::Gui {

class FirstRunDialog;
class LanguageManager;
class MainWindow;
class UnlockDialog;

/// Runs the client's session cycle: the office directory → first run (create the office) or
/// unlock → the main window → idle lock (or File > Lock) → unlock again.
///
/// The controller is the only owner of the unlocked Office. Locking audits the lock
/// (Office::recordLock), empties the main window, destroys the Office — which closes the database
/// and wipes the key — and asks for the password again. Rejecting the first-run or unlock dialog,
/// or quitting, drops the key the same way and then emits quitRequested().
class ApplicationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationController)

public:
    struct Options
    {
        QString directory; ///< the office store's folder
        const Models::Clock *clock = nullptr; ///< nullptr: the system clock
        std::chrono::milliseconds idleTimeout = IdleLock::DefaultTimeout;
        QString login; ///< pre-filled in the unlock dialog (e.g. the demo's)
    };

    ApplicationController(Options options, LanguageManager *languages, QObject *parent = nullptr);
    ~ApplicationController() override;

    /// Shows the first-run dialog when the directory holds no office, else the unlock dialog.
    void start();

    bool isUnlocked() const { return m_office != nullptr; }
    Models::Office *office() const { return m_office.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    FirstRunDialog *firstRunDialog() const;
    UnlockDialog *unlockDialog() const;
    IdleLock *idleLock() const { return m_idleLock; }

public Q_SLOTS:
    /// Locks now (File > Lock); the idle lock calls it too.
    void lock();
    /// Drops the key and emits quitRequested().
    void quit();

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

private:
    enum class LockReason
    {
        User,
        Idle
    };

    void lockFor(LockReason reason);
    void showFirstRun();
    void showUnlock(LockReason reason, bool afterLock);
    void enter(std::unique_ptr<Models::Office> office);
    void dropOffice();

    Options m_options;
    const Models::Clock &m_clock;
    std::unique_ptr<MainWindow> m_mainWindow;
    IdleLock *m_idleLock;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<UnlockDialog> m_unlock;
    QString m_lastLogin;
    std::unique_ptr<Models::Office> m_office;
};

} // namespace Nigran::Gui
