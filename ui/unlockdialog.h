#pragma once

#include "core/result.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QThread;

namespace Nigran::Models {
class Clock;
class Office;
} // namespace Nigran::Models

namespace Ui {
class UnlockDialog;
}

namespace Nigran::Gui {

/// Signs in: login and password open the office key (Office::unlock, in the background).
///
/// The core's message is shown as it comes (wrong login or password, throttled with the seconds
/// left, account disabled) and the dialog stays open; on success unlocked() is emitted, the dialog
/// is accepted and takeOffice() hands over the unlocked office. Rejecting it means "quit".
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    UnlockDialog(QString directory, const Models::Clock &clock, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    /// Pre-fills the login and puts the cursor in the password field.
    void setLogin(const QString &login);
    QString login() const;
    /// The line above the fields ("Locked after 5 minutes without input…").
    void setMessage(const QString &message);
    QString errorText() const;

    std::unique_ptr<Models::Office> takeOffice();
    bool isBusy() const { return !m_worker.isNull(); }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showError(const QString &message);
    void finish(Models::Result<std::unique_ptr<Models::Office>> opened);

    std::unique_ptr<::Ui::UnlockDialog> m_ui;
    QString m_directory;
    const Models::Clock &m_clock;
    QString m_message;
    std::unique_ptr<Models::Office> m_office;
    QPointer<QThread> m_worker;
};

} // namespace Nigran::Gui
