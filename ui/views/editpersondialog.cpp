#include "editpersondialog.h"

#include "fielderrors.h"
#include "recordforms/personform.h"

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

EditPersonDialog::EditPersonDialog(RegisterService &service, const PersonFile &file, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_correction(file.status != RegisterStatus::Draft && file.status != RegisterStatus::Returned)
    , m_name(file.person.nameLatin)
    , m_status(file.status)
{
    setObjectName(QStringLiteral("editPersonDialog"));
    auto *layout = new QVBoxLayout(this);

    m_form = new PersonForm(this);
    m_form->setPerson(file.person);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    if (m_correction) {
        m_prompt = new QLabel(this);
        m_prompt->setWordWrap(true);
        layout->addWidget(m_prompt);
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
    m_summary->setObjectName(QStringLiteral("editSummary"));
    FieldErrors::prepare(m_summary);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditPersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (QWidget *first = m_form->focusOrder().value(0))
        first->setFocus();
    resize(720, 640);
    retranslate();
}

EditPersonDialog::~EditPersonDialog() = default;

void EditPersonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EditPersonDialog::retranslate()
{
    setWindowTitle(m_correction ? tr("Correct %1").arg(m_name) : tr("Edit %1").arg(m_name));
    if (!m_correction)
        return;
    m_prompt->setText(tr("This entry is %1: the change is a correction. Say why; the reason and "
                         "the old values are kept in the record's history.")
                          .arg(RegisterWorkflow::displayName(m_status)));
    m_reasonEdit->setAccessibleName(tr("Reason for the correction"));
    m_reasonLabel->setText(tr("&Reason for the correction:"));
}

QString EditPersonDialog::reason() const
{
    return m_reasonEdit ? m_reasonEdit->toPlainText().trimmed() : QString();
}

void EditPersonDialog::accept()
{
    if (m_reasonError)
        FieldErrors::clear(m_reasonError, m_reasonEdit);
    const QList<FieldError> problems = m_form->showAllProblems();
    if (!problems.isEmpty()) {
        FieldErrors::show(m_summary, nullptr, tr("Nothing was saved: correct the fields marked."));
        m_form->focusFirst(problems);
        return;
    }
    const auto saved = m_service.updatePerson(m_form->person(), reason());
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
    FieldErrors::show(
        m_summary, nullptr, tr("Nothing was saved.") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    if (error.hasField(ReasonKey) && m_reasonEdit)
        m_reasonEdit->setFocus();
    else
        m_form->focusFirst(formErrors);
}

} // namespace Nigran::Gui
