#include "reasondialog.h"

#include "fielderrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

ReasonDialog::ReasonDialog(
    const QString &title, const QString &prompt, bool asksEndReason, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_promptLabel = new QLabel(prompt, this);
    m_promptLabel->setWordWrap(true);
    layout->addWidget(m_promptLabel);

    if (asksEndReason) {
        m_endReasonBox = new QComboBox(this);
        m_endReasonBox->setObjectName(QStringLiteral("endReasonBox"));
        for (EndReason reason : { EndReason::TermExpired, EndReason::Deceased, EndReason::AcquittedOnAppeal })
            m_endReasonBox->addItem(QString(), int(reason)); // texts: retranslate()
        m_endLabel = new QLabel(this);
        m_endLabel->setBuddy(m_endReasonBox);
        form->addRow(m_endLabel, m_endReasonBox);
    }

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setMinimumHeight(80);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reasonEdit);
    form->addRow(m_reasonLabel, m_reasonEdit);
    layout->addLayout(form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("reasonError"));
    FieldErrors::prepare(m_errorLabel);
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    (m_endReasonBox ? static_cast<QWidget *>(m_endReasonBox) : m_reasonEdit)->setFocus();
    retranslate();
    resize(460, sizeHint().height());
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReasonDialog::retranslate()
{
    // The title and prompt are the caller's, translated when the dialog was opened.
    if (m_endReasonBox) {
        m_endReasonBox->setAccessibleName(tr("Why the entry ends"));
        for (int i = 0; i < m_endReasonBox->count(); ++i)
            m_endReasonBox->setItemText(
                i, RegisterWorkflow::displayName(EndReason(m_endReasonBox->itemData(i).toInt())));
        m_endLabel->setText(tr("&Ends because:"));
    }
    m_reasonEdit->setAccessibleName(tr("Reason"));
    m_reasonLabel->setText(tr("&Reason:"));
}

QString ReasonDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    std::optional<EndReason> endReason;
    if (m_endReasonBox)
        endReason = EndReason(m_endReasonBox->currentData().toInt());
    const QString problem = m_submit ? m_submit(reason(), endReason) : QString();
    FieldErrors::show(m_errorLabel, m_reasonEdit, problem);
    if (!problem.isEmpty()) {
        m_reasonEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Nigran::Gui
