#pragma once

#include <QDialog>

#include <memory>

class QLabel;

namespace Nigran::Models {
class Office;
}

namespace Ui {
class UsersDialog;
}

namespace Nigran::Gui {

/// The office's users, for its administrators: the list, adding a user with a role and a first
/// password, and resetting a user's password. Office (the core) checks the role of every call.
///
/// The dialog holds a reference to the office: its owner must destroy it before the office
/// (MainWindow does so when the application locks).
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    explicit UsersDialog(Models::Office &office, QWidget *parent = nullptr);
    ~UsersDialog() override;

    /// Reloads the list from the office; false (with the message shown) if that failed.
    bool reload();
    /// The login of the selected row; empty if none.
    QString selectedLogin() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRoles();
    void addUser();
    void resetPassword();
    void updateSelection();
    static void showStatus(QLabel *label, const QString &message, bool isError);

    std::unique_ptr<::Ui::UsersDialog> m_ui;
    Models::Office &m_office;
};

} // namespace Nigran::Gui
