#include "monitoring/triagedialog.h"

#include "monitoring/alerttexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

TriageDialog::TriageDialog(std::optional<AlertState> to, QWidget *parent)
    : QDialog(parent)
    , m_to(to)
{
    setObjectName(QStringLiteral("triageDialog"));
    const bool closing = to == AlertState::Closed;
    setWindowTitle(
        !to ? tr("Add a note to the alert") : tr("Alert: %1").arg(MonitoringNames::stateName(*to)));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_outcomeBox = new QComboBox(this);
    m_outcomeBox->setObjectName(QStringLiteral("outcomeBox"));
    m_outcomeBox->addItem(tr("Choose the outcome"), int(AlertOutcome::None));
    for (AlertOutcome outcome : { AlertOutcome::Confirmed, AlertOutcome::FalsePositive,
             AlertOutcome::Explained, AlertOutcome::ReferredToPolice })
        m_outcomeBox->addItem(MonitoringNames::outcomeName(outcome), int(outcome));
    m_outcomeBox->setAccessibleName(tr("Outcome"));
    if (closing)
        form->addRow(tr("&Outcome:"), m_outcomeBox);
    else
        m_outcomeBox->hide();
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setPlaceholderText(tr("What was done or found; no names of victims or witnesses."));
    form->addRow(tr("&Note:"), m_noteEdit);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(closing ? tr("Close the alert") : tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &TriageDialog::updateOk);
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, &TriageDialog::updateOk);
    (closing ? static_cast<QWidget *>(m_outcomeBox) : m_noteEdit)->setFocus();
    updateOk();
    resize(420, sizeHint().height());
}

TriageDialog::~TriageDialog() = default;

QString TriageDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

AlertOutcome TriageDialog::outcome() const
{
    return m_to == AlertState::Closed ? AlertOutcome(m_outcomeBox->currentData().toInt())
                                      : AlertOutcome::None;
}

void TriageDialog::setOutcome(AlertOutcome outcome)
{
    m_outcomeBox->setCurrentIndex(qMax(0, m_outcomeBox->findData(int(outcome))));
}

void TriageDialog::updateOk()
{
    const bool complete
        = !note().isEmpty() && (m_to != AlertState::Closed || outcome() != AlertOutcome::None);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace Nigran::Gui
