#include "enrolmentdialog.h"

#include "client/credentialstore.h"
#include "client/networktransport.h"
#include "pki/officebundle.h"
#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/migrator.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nigran::Gui {

EnrolmentDialog::EnrolmentDialog(Models::Office &office, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_readButton(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_testButton(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_enrolButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("enrolmentDialog"));
    m_fileEdit->setObjectName(QStringLiteral("bundleFileEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_passwordEdit->setObjectName(QStringLiteral("bundlePasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_readButton->setObjectName(QStringLiteral("readBundleButton"));
    m_details->setObjectName(QStringLiteral("bundleDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_intro->setWordWrap(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);

    auto *grid = new QGridLayout;
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_fileEdit, 0, 1);
    grid->addWidget(m_browseButton, 0, 2);
    grid->addWidget(m_passwordLabel, 1, 0);
    grid->addWidget(m_passwordEdit, 1, 1);
    grid->addWidget(m_readButton, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_details);
    layout->addWidget(m_testButton, 0, Qt::AlignLeading);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &EnrolmentDialog::browse);
    connect(m_readButton, &QPushButton::clicked, this, &EnrolmentDialog::readBundle);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &EnrolmentDialog::readBundle);
    connect(m_testButton, &QPushButton::clicked, this, &EnrolmentDialog::testConnection);
    connect(m_enrolButton, &QPushButton::clicked, this, &EnrolmentDialog::enrol);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto forget = [this] {
        m_credentials.reset();
        m_tested = false;
        m_details->clear();
        updateButtons();
    };
    connect(m_fileEdit, &QLineEdit::textEdited, this, forget);
    connect(m_passwordEdit, &QLineEdit::textEdited, this, forget);

    retranslate();
    updateButtons();
    resize(560, 360);
}

EnrolmentDialog::~EnrolmentDialog() = default;

void EnrolmentDialog::retranslate()
{
    setWindowTitle(tr("Enrol with the centre"));
    m_intro->setText(tr("Choose the office bundle (.p12) the centre issued for this office and enter its "
                        "password. The certificate and key are kept in the encrypted office store."));
    m_fileLabel->setText(tr("Office &bundle:"));
    m_browseButton->setText(tr("&Choose…"));
    m_passwordLabel->setText(tr("Bundle &password:"));
    m_readButton->setText(tr("&Read bundle"));
    m_testButton->setText(tr("&Test connection"));
    m_enrolButton->setText(tr("&Enrol"));
    m_fileEdit->setAccessibleName(tr("Office bundle file"));
    m_passwordEdit->setAccessibleName(tr("Bundle password"));
    m_details->setAccessibleName(tr("Bundle details"));
    m_result->setAccessibleName(tr("Connection test result"));
    if (m_credentials)
        readBundle();
}

void EnrolmentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EnrolmentDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Office bundle"), m_fileEdit->text(), tr("Office bundles (*.p12 *.pfx)"));
    if (path.isEmpty())
        return;
    m_fileEdit->setText(path);
    m_credentials.reset();
    updateButtons();
    m_passwordEdit->setFocus();
}

void EnrolmentDialog::updateButtons()
{
    const bool busy = m_transport != nullptr;
    m_readButton->setEnabled(!m_fileEdit->text().isEmpty() && !busy);
    m_testButton->setEnabled(m_credentials.has_value() && !busy);
    m_enrolButton->setEnabled(m_credentials.has_value() && !busy);
}

void EnrolmentDialog::showResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(problem ? QStringLiteral("color: palette(highlight);") : QString());
}

void EnrolmentDialog::readBundle()
{
    m_credentials.reset();
    m_tested = false;
    QFile file(m_fileEdit->text());
    if (!file.open(QIODevice::ReadOnly)) {
        m_details->clear();
        showResult(tr("Cannot read the bundle %1: %2").arg(m_fileEdit->text(), file.errorString()), true);
        updateButtons();
        return;
    }
    auto credentials = Sync::OfficeBundle::read(file.readAll(), m_passwordEdit->text());
    if (!credentials) {
        m_details->clear();
        showResult(credentials.error().message, true);
        updateButtons();
        return;
    }
    m_credentials = *credentials;
    const QLocale locale;
    m_details->setText(
        tr("Office: %1\nDistrict: %2\nCentre: %3\nValid until: %4")
            .arg(credentials->officeId, credentials->district, credentials->centreUrl.toDisplayString(),
                locale.toString(credentials->expires.toLocalTime(), QLocale::LongFormat)));
    showResult(credentials->officeId == m_office.officeId() && credentials->district == m_office.district()
            ? tr("The bundle is for this office.")
            : tr("This bundle is not for this office (%1, %2).")
                  .arg(m_office.officeId(), m_office.district()),
        credentials->officeId != m_office.officeId() || credentials->district != m_office.district());
    updateButtons();
}

void EnrolmentDialog::testConnection()
{
    if (!m_credentials || m_transport)
        return;
    auto head = m_office.audit().head();
    if (!head) {
        showResult(head.error().message, true);
        return;
    }
    m_tested = false;
    m_transport = std::make_unique<Sync::NetworkTransport>(*m_credentials);
    showResult(tr("Connecting to %1…").arg(m_credentials->centreUrl.toDisplayString()), false);
    updateButtons();
    const Sync::HandshakeRequest request { Sync::ProtocolVersion, Models::Migrator::latestVersion(),
        m_office.clock().nowUtc(), *head };
    QPointer<EnrolmentDialog> self(this);
    m_transport->exchange(Sync::Endpoint::Handshake, Sync::MessageCodec::encode(request),
        [self](Models::Result<QByteArray> reply) {
            if (!self)
                return;
            // The transport may still be delivering: delete it later.
            self->m_transport.release()->deleteLater();
            bool ok = false;
            if (!reply) {
                self->showResult(tr("The centre could not be reached: %1").arg(reply.error().message), true);
            } else if (auto response = Sync::MessageCodec::decodeHandshakeResponse(*reply); !response) {
                self->showResult(response.error().message, true);
            } else {
                ok = true;
                self->showResult(tr("Connected. The centre knows this office as %1 in district %2 "
                                    "(protocol %3, clock difference %n second(s)).",
                                     nullptr, int(response->clockSkewMs / 1000))
                                     .arg(response->officeId, response->district)
                                     .arg(response->protocol),
                    false);
            }
            self->m_tested = ok;
            self->updateButtons();
            Q_EMIT self->connectionTestFinished(ok);
        });
}

void EnrolmentDialog::enrol()
{
    if (!m_credentials)
        return;
    if (auto stored = Sync::CredentialStore::enrol(m_office, *m_credentials); !stored) {
        showResult(stored.error().message, true);
        return;
    }
    Q_EMIT enrolled();
    accept();
}

} // namespace Nigran::Gui
