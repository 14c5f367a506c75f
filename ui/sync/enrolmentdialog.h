#pragma once

#include "pki/officecredentials.h"

#include <QDialog>

#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {
class NetworkTransport;
}

namespace Nigran::Gui {

/// Tools > Enrol with the centre…: choose the office bundle (.p12) the centre issued and its password;
/// the dialog reads it and shows the office, district, centre and expiry; "Test connection" runs a real
/// handshake with the centre over mutual TLS and shows the answer; "Enrol" stores the credentials in the
/// encrypted office store (CredentialStore: administrators only, audited).
class EnrolmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrolmentDialog)

public:
    explicit EnrolmentDialog(Models::Office &office, QWidget *parent = nullptr);
    ~EnrolmentDialog() override;

    QLineEdit *fileEdit() const { return m_fileEdit; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    QPushButton *readButton() const { return m_readButton; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *enrolButton() const { return m_enrolButton; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *resultLabel() const { return m_result; }
    bool hasBundle() const { return m_credentials.has_value(); }
    /// Whether the last connection test reached the centre and was accepted.
    bool connectionTested() const { return m_tested; }

public Q_SLOTS:
    /// Reads the chosen file with the password; shows its details or what is wrong.
    void readBundle();
    /// A handshake with the centre named in the bundle (asynchronous).
    void testConnection();
    /// Stores the credentials and closes the dialog.
    void enrol();

Q_SIGNALS:
    void enrolled();
    /// After each connection test.
    void connectionTestFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();
    void updateButtons();
    void showResult(const QString &text, bool problem);

    Models::Office &m_office;
    std::optional<Sync::OfficeCredentials> m_credentials;
    std::unique_ptr<Sync::NetworkTransport> m_transport;
    bool m_tested = false;

    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QPushButton *m_readButton;
    QLabel *m_details;
    QPushButton *m_testButton;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_enrolButton;
};

} // namespace Nigran::Gui
