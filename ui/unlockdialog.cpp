#include "unlockdialog.h"

#include "ui_unlockdialog.h"

#include "backgroundtask.h"
#include "fielderrors.h"
#include "kdfprovider.h"

#include "services/office.h"

#include <QEvent>
#include <QPushButton>

namespace Nigran::Gui {

using namespace Nigran::Models;

UnlockDialog::UnlockDialog(QString directory, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::UnlockDialog>())
    , m_directory(std::move(directory))
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("unlockDialog"));
    FieldErrors::prepare(m_ui->errorLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    setBusy(false);
    retranslate();
    m_ui->loginEdit->setFocus();
}

UnlockDialog::~UnlockDialog()
{
    if (m_worker)
        m_worker->wait();
}

void UnlockDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

QString UnlockDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void UnlockDialog::setMessage(const QString &message)
{
    m_message = message;
    retranslate();
}

QString UnlockDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

std::unique_ptr<Office> UnlockDialog::takeOffice()
{
    return std::move(m_office);
}

void UnlockDialog::retranslate()
{
    m_ui->retranslateUi(this);
    if (!m_message.isEmpty())
        m_ui->messageLabel->setText(m_message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Whatever had focus before (a button, after a busy phase), typing starts where it is needed.
    (login().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

void UnlockDialog::setBusy(bool busy)
{
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UnlockDialog::showError(const QString &message)
{
    FieldErrors::show(m_ui->errorLabel, m_ui->passwordEdit, message);
}

void UnlockDialog::accept()
{
    if (isBusy())
        return;
    const QString login = this->login();
    if (login.isEmpty()) {
        FieldErrors::show(m_ui->errorLabel, m_ui->loginEdit, tr("Login: please enter your login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Password: please enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    m_worker = runInBackground(
        this,
        [directory = m_directory, login, password = m_ui->passwordEdit->text(), &clock = m_clock] {
            return Office::unlock(directory, login, password, KdfProvider::params(), clock);
        },
        [this](Result<std::unique_ptr<Office>> opened) { finish(std::move(opened)); });
}

void UnlockDialog::finish(Result<std::unique_ptr<Office>> opened)
{
    m_worker.clear();
    setBusy(false);
    m_ui->passwordEdit->clear();
    if (!opened) {
        showError(opened.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_office = std::move(*opened);
    Q_EMIT unlocked();
    QDialog::accept();
}

void UnlockDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace Nigran::Gui
