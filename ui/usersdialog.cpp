#include "usersdialog.h"

#include "ui_usersdialog.h"

#include "fielderrors.h"

#include "security/keyfile.h"
#include "services/office.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

/// Shows a busy cursor while a key is being (re)wrapped (the KDF takes about half a second).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::BusyCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

UsersDialog::UsersDialog(Office &office, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::UsersDialog>())
    , m_office(office)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("usersDialog"));
    for (QLabel *label : { m_ui->loginError, m_ui->nameError, m_ui->passwordError, m_ui->confirmError,
             m_ui->addStatus, m_ui->resetPasswordError, m_ui->resetConfirmError, m_ui->resetStatus })
        FieldErrors::prepare(label);
    m_ui->usersTable->setColumnCount(4);
    m_ui->usersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_ui->usersTable, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateSelection);
    // Enter in a field presses the button of its group, not the dialog's Close button.
    for (QLineEdit *edit : { m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit })
        connect(edit, &QLineEdit::returnPressed, this, &UsersDialog::addUser);
    for (QLineEdit *edit : { m_ui->resetPasswordEdit, m_ui->resetConfirmEdit })
        connect(edit, &QLineEdit::returnPressed, this, &UsersDialog::resetPassword);
    // ...so no button may be the dialog's default (Return would also close the dialog).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    fillRoles();
    retranslate();
    reload();
    updateSelection();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::fillRoles()
{
    const QVariant current = m_ui->roleCombo->currentData();
    m_ui->roleCombo->clear();
    // The roles of a district office; centre roles are not given here.
    for (Role role : { Role::Prosecutor, Role::DistrictSupervisor, Role::OfficeAdministrator })
        m_ui->roleCombo->addItem(RoleNames::displayName(role), RoleNames::key(role));
    if (const int index = m_ui->roleCombo->findData(current); index >= 0)
        m_ui->roleCombo->setCurrentIndex(index);
}

void UsersDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->usersTable->setHorizontalHeaderLabels({ tr("Login"), tr("Name"), tr("Role"), tr("Active") });
    fillRoles();
    updateSelection();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool UsersDialog::reload()
{
    const QString selected = selectedLogin();
    auto users = m_office.users();
    QTableWidget *table = m_ui->usersTable;
    table->setRowCount(0);
    if (!users) {
        showStatus(m_ui->addStatus, users.error().message, true);
        return false;
    }
    table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &user = users->at(row);
        const QStringList cells { user.login, user.displayName, RoleNames::displayName(user.role),
            user.active ? tr("yes") : tr("no") };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, user.login);
            table->setItem(row, column, item);
        }
        if (user.login == selected)
            table->selectRow(row);
    }
    return true;
}

QString UsersDialog::selectedLogin() const
{
    const QList<QTableWidgetItem *> selected = m_ui->usersTable->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(Qt::UserRole).toString();
}

void UsersDialog::updateSelection()
{
    const QString login = selectedLogin();
    m_ui->resetUserLabel->setText(
        login.isEmpty() ? tr("Select a user in the list above.") : tr("Selected user: %1").arg(login));
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_ui->resetPasswordEdit, m_ui->resetConfirmEdit, m_ui->resetButton })
        widget->setEnabled(!login.isEmpty());
}

void UsersDialog::showStatus(QLabel *label, const QString &message, bool isError)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        isError ? QColor(0xb0, 0x00, 0x20) : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(palette);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void UsersDialog::addUser()
{
    FieldErrors::clear(m_ui->loginError, m_ui->loginEdit);
    FieldErrors::clear(m_ui->nameError, m_ui->nameEdit);
    FieldErrors::clear(m_ui->passwordError, m_ui->passwordEdit);
    FieldErrors::clear(m_ui->confirmError, m_ui->confirmEdit);
    showStatus(m_ui->addStatus, {}, false);

    const QString password = m_ui->passwordEdit->text();
    QList<FieldError> problems;
    if (auto policy = KeyFile::checkPasswordPolicy(password); !policy)
        problems << policy.error().fields;
    if (m_ui->confirmEdit->text() != password)
        problems << FieldError { QStringLiteral("confirm"),
            tr("Confirm password: the two passwords differ.") };
    const User user { m_ui->loginEdit->text().trimmed(), m_ui->nameEdit->text().trimmed(),
        RoleNames::fromKey(m_ui->roleCombo->currentData().toString()).value_or(Role::Prosecutor), true };
    bool failed = !problems.isEmpty();
    if (!failed) {
        BusyCursor busy;
        if (auto added = m_office.addUser(user, password); !added) {
            failed = true;
            problems = added.error().fields;
            if (problems.isEmpty())
                showStatus(m_ui->addStatus, added.error().message, true);
        }
    }
    if (failed) {
        QWidget *first = nullptr;
        for (const FieldError &problem : std::as_const(problems)) {
            QLabel *label = m_ui->addStatus;
            QWidget *field = nullptr;
            if (problem.field == QLatin1String("login")) {
                label = m_ui->loginError;
                field = m_ui->loginEdit;
            } else if (problem.field == QLatin1String("displayName")) {
                label = m_ui->nameError;
                field = m_ui->nameEdit;
            } else if (problem.field == QLatin1String("password")) {
                label = m_ui->passwordError;
                field = m_ui->passwordEdit;
            } else if (problem.field == QLatin1String("confirm")) {
                label = m_ui->confirmError;
                field = m_ui->confirmEdit;
            }
            FieldErrors::show(label, field, problem.message);
            if (!first)
                first = field;
        }
        if (first)
            first->setFocus();
        return;
    }
    for (QLineEdit *edit : { m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit })
        edit->clear();
    showStatus(m_ui->addStatus, tr("User %1 added as %2.").arg(user.login, RoleNames::displayName(user.role)),
        false);
    reload();
    m_ui->loginEdit->setFocus();
}

void UsersDialog::resetPassword()
{
    FieldErrors::clear(m_ui->resetPasswordError, m_ui->resetPasswordEdit);
    FieldErrors::clear(m_ui->resetConfirmError, m_ui->resetConfirmEdit);
    showStatus(m_ui->resetStatus, {}, false);
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const QString password = m_ui->resetPasswordEdit->text();
    if (auto policy = KeyFile::checkPasswordPolicy(password); !policy) {
        FieldErrors::show(
            m_ui->resetPasswordError, m_ui->resetPasswordEdit, policy.error().fields.value(0).message);
        m_ui->resetPasswordEdit->setFocus();
        return;
    }
    if (m_ui->resetConfirmEdit->text() != password) {
        FieldErrors::show(m_ui->resetConfirmError, m_ui->resetConfirmEdit,
            tr("Confirm password: the two passwords differ."));
        m_ui->resetConfirmEdit->setFocus();
        return;
    }
    Result<> reset;
    {
        BusyCursor busy;
        reset = m_office.resetPassword(login, password);
    }
    if (!reset) {
        showStatus(m_ui->resetStatus, reset.error().message, true);
        return;
    }
    m_ui->resetPasswordEdit->clear();
    m_ui->resetConfirmEdit->clear();
    showStatus(m_ui->resetStatus,
        tr("The password of %1 has been reset. Give it to the user in person.").arg(login), false);
}

} // namespace Nigran::Gui
