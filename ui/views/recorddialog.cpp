#include "recorddialog.h"

#include "fielderrors.h"
#include "recordforms/recordform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

const QString ReasonKey = QStringLiteral("reason");

} // namespace

RecordDialog::RecordDialog(RecordForm *form, Text title, Text reasonPrompt, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_title(std::move(title))
    , m_reasonPrompt(std::move(reasonPrompt))
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("recordDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    if (m_reasonPrompt) {
        m_promptLabel = new QLabel(this);
        m_promptLabel->setObjectName(QStringLiteral("reasonPrompt"));
        m_promptLabel->setWordWrap(true);
        layout->addWidget(m_promptLabel);
        auto *reasonForm = new QFormLayout;
        m_reasonEdit = new QPlainTextEdit(this);
        m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
        m_reasonEdit->setTabChangesFocus(true);
        m_reasonEdit->setMaximumHeight(80);
        m_reasonLabel = new QLabel(this);
        m_reasonLabel->setBuddy(m_reasonEdit);
        reasonForm->addRow(m_reasonLabel, m_reasonEdit);
        layout->addLayout(reasonForm);
        m_reasonError = new QLabel(this);
        m_reasonError->setObjectName(QStringLiteral("reasonError"));
        FieldErrors::prepare(m_reasonError);
        layout->addWidget(m_reasonError);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    FieldErrors::prepare(m_summary);
    layout->addWidget(m_summary);

    // Own buttons rather than standard ones: a button box resets the text of its standard buttons on
    // a language change (from Qt's catalogue), which would drop the mnemonics set here.
    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    QWidget *previous = nullptr;
    for (QWidget *field : m_form->focusOrder())
        previous = field;
    if (previous && m_reasonEdit)
        QWidget::setTabOrder(previous, m_reasonEdit);
    if (QWidget *first = m_form->focusOrder().value(0))
        first->setFocus();
    retranslate();
    resize(m_reasonEdit ? 760 : 560, m_reasonEdit ? 640 : 420);
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecordDialog::retranslate()
{
    setWindowTitle(m_title());
    if (m_reasonEdit) {
        m_promptLabel->setText(m_reasonPrompt());
        m_reasonLabel->setText(tr("&Reason for the correction:"));
        m_reasonEdit->setAccessibleName(tr("Reason for the correction"));
    }
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_summaryKind == QLatin1String("invalid"))
        FieldErrors::show(m_summary, nullptr, tr("Nothing was saved: correct the fields marked."));
    else if (m_summaryKind == QLatin1String("refused"))
        FieldErrors::show(m_summary, nullptr,
            tr("Nothing was saved.") + QLatin1Char('\n') + m_refusal.join(QLatin1Char('\n')));
}

QString RecordDialog::reason() const
{
    return m_reasonEdit ? m_reasonEdit->toPlainText().trimmed() : QString();
}

void RecordDialog::accept()
{
    if (m_reasonError)
        FieldErrors::clear(m_reasonError, m_reasonEdit);
    m_summaryKind.clear();
    const QList<FieldError> problems = m_form->showAllProblems();
    if (!problems.isEmpty()) {
        m_summaryKind = QStringLiteral("invalid");
        retranslate();
        m_form->focusFirst(problems);
        return;
    }
    const auto saved = m_submit(reason());
    if (saved) {
        FieldErrors::clear(m_summary, nullptr);
        QDialog::accept();
        return;
    }
    // The core refused: nothing was written. Its problems go beside their fields.
    const Error &error = saved.error();
    QList<FieldError> formErrors;
    QStringList lines;
    for (const FieldError &field : error.fields) {
        lines << field.message;
        if (field.field == ReasonKey) {
            if (m_reasonError)
                FieldErrors::show(m_reasonError, m_reasonEdit, field.message);
        } else {
            formErrors << field;
        }
    }
    m_form->showProblems(formErrors);
    if (lines.isEmpty() || (!error.message.isEmpty() && !lines.contains(error.message)))
        lines.prepend(error.message);
    lines.removeAll(QString());
    m_refusal = lines;
    m_summaryKind = QStringLiteral("refused");
    retranslate();
    if (error.hasField(ReasonKey) && m_reasonEdit)
        m_reasonEdit->setFocus();
    else
        m_form->focusFirst(formErrors);
}

} // namespace Nigran::Gui
