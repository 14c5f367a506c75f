#include "applicationcontroller.h"

#include "firstrundialog.h"
#include "mainwindow.h"
#include "unlockdialog.h"

#include "security/clock.h"
#include "services/office.h"

#include <QGuiApplication>

namespace Nigran::Gui {

using namespace Nigran::Models;

ApplicationController::ApplicationController(Options options, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : Clock::system())
    , m_mainWindow(std::make_unique<MainWindow>(languages))
    , m_idleLock(new IdleLock(m_clock, this))
    , m_lastLogin(m_options.login)
{
    m_idleLock->setTimeout(m_options.idleTimeout);
    connect(m_idleLock, &IdleLock::locked, this, [this] { lockFor(LockReason::Idle); });
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &ApplicationController::lock);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &ApplicationController::quit);
    connect(m_mainWindow.get(), &MainWindow::unlockRequested, this, [this] {
        if (!m_office)
            showUnlock(LockReason::User, true);
    });
}

ApplicationController::~ApplicationController()
{
    delete m_firstRun.data();
    delete m_unlock.data();
    dropOffice();
    m_mainWindow.reset();
}

FirstRunDialog *ApplicationController::firstRunDialog() const
{
    return m_firstRun;
}

UnlockDialog *ApplicationController::unlockDialog() const
{
    return m_unlock;
}

void ApplicationController::start()
{
    if (Office::exists(m_options.directory))
        showUnlock(LockReason::User, false);
    else
        showFirstRun();
}

void ApplicationController::showFirstRun()
{
    auto *dialog = new FirstRunDialog(m_options.directory, m_clock);
    m_firstRun = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        enter(dialog->takeOffice());
        dialog->deleteLater();
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        dialog->deleteLater();
        quit();
    });
    dialog->show();
    dialog->activateWindow();
}

void ApplicationController::showUnlock(LockReason reason, bool afterLock)
{
    if (m_unlock) {
        m_unlock->show();
        m_unlock->activateWindow();
        return;
    }
    // After a lock the dialog sits on the (emptied) main window; at start it stands alone.
    auto *dialog = new UnlockDialog(m_options.directory, m_clock, afterLock ? m_mainWindow.get() : nullptr);
    m_unlock = dialog;
    if (afterLock) {
        dialog->setWindowModality(Qt::WindowModal);
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_idleLock->timeout()).count();
        dialog->setMessage(reason == LockReason::Idle
                ? tr("Nigran was locked after %n minute(s) without use. Sign in to continue.", nullptr,
                    int(minutes))
                : tr("Nigran is locked. Sign in to continue."));
    }
    dialog->setLogin(m_lastLogin);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        enter(dialog->takeOffice());
        dialog->deleteLater();
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        dialog->deleteLater();
        quit();
    });
    dialog->show();
    dialog->activateWindow();
}

void ApplicationController::enter(std::unique_ptr<Office> office)
{
    if (!office)
        return;
    m_office = std::move(office);
    m_lastLogin = m_office->user().login;
    m_mainWindow->setSession(*m_office);
    m_mainWindow->show();
    m_mainWindow->activateWindow();
    m_idleLock->start();
    Q_EMIT unlocked();
}

void ApplicationController::dropOffice()
{
    m_idleLock->stop();
    if (m_mainWindow)
        m_mainWindow->clearSession();
    if (m_office) {
        m_office->recordLock();
        // Closes the database and wipes the key (SECURITY.md: idle lock drops the key).
        m_office.reset();
    }
}

void ApplicationController::lock()
{
    lockFor(LockReason::User);
}

void ApplicationController::lockFor(LockReason reason)
{
    if (!m_office)
        return;
    dropOffice();
    Q_EMIT locked();
    showUnlock(reason, true);
}

void ApplicationController::quit()
{
    dropOffice();
    Q_EMIT quitRequested();
}

} // namespace Nigran::Gui
