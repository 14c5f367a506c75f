#include "auditviewerdialog.h"

#include "fielderrors.h"

#include "itemmodels/auditentrymodel.h"
#include "services/accesspolicy.h"
#include "services/office.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

AuditViewerDialog::AuditViewerDialog(Office &office, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
{
    setObjectName(QStringLiteral("auditViewerDialog"));
    auto *layout = new QVBoxLayout(this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("auditError"));
    FieldErrors::prepare(m_errorLabel);
    layout->addWidget(m_errorLabel);

    m_model = new AuditEntryModel(office, this);
    connect(m_model, &AuditEntryModel::errorOccurred, this,
        [this](const QString &message) { FieldErrors::show(m_errorLabel, m_table, message); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("chainResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_resultLabel);

    auto *buttons = new QHBoxLayout;
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_verifyButton->setAutoDefault(false);
    m_verifyButton->setEnabled(AccessPolicy::allows(office.user().role, Action::VerifyAuditChain));
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditViewerDialog::verifyChain);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAutoDefault(false);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        FieldErrors::clear(m_errorLabel, m_table);
        m_model->refresh();
    });
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    retranslate();
    m_model->loadAll();
    m_table->resizeColumnsToContents();
    resize(980, 600);
    m_table->setFocus();
}

AuditViewerDialog::~AuditViewerDialog() = default;

void AuditViewerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AuditViewerDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_table->setAccessibleName(tr("Audit log entries, oldest first"));
    m_verifyButton->setText(tr("&Verify chain"));
    m_verifyButton->setAccessibleName(tr("Verify the audit hash chain"));
    m_verifyButton->setToolTip(m_verifyButton->isEnabled()
            ? tr("Checks that no entry was edited, deleted or reordered.")
            : tr("Your role may not verify the audit chain."));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the audit log"));
    m_closeButton->setText(tr("&Close"));
    m_resultLabel->setAccessibleName(tr("Result of the chain verification"));
}

void AuditViewerDialog::verifyChain()
{
    const auto result = m_office.verifyAuditChain();
    if (!result) {
        showResult(tr("The chain could not be verified: %1").arg(result.error().message), false);
        return;
    }
    if (result->intact)
        showResult(tr("Intact: %n entry(ies) checked, none edited, deleted or reordered.", nullptr,
                       int(result->entriesChecked)),
            true);
    else
        showResult(tr("Broken at entry %1: %2").arg(result->firstBadSeq).arg(result->problem), false);
    // The verification is itself an entry.
    m_model->refresh();
}

void AuditViewerDialog::showResult(const QString &message, bool good)
{
    QPalette palette = m_resultLabel->palette();
    palette.setColor(QPalette::WindowText, good ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
    m_resultLabel->setPalette(palette);
    m_resultLabel->setText(message);
    m_resultLabel->setProperty("intact", good);
}

} // namespace Nigran::Gui
