#include "recordforms/convictionform.h"

#include "recordforms/dateedit.h"
#include "recordforms/personform.h"

#include "domain/recordvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

ConvictionForm::ConvictionForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("convictionForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_judgmentDate = new DateEdit(this);
    m_judgmentDate->setObjectName(QStringLiteral("judgmentDateEdit"));
    addRow(form, QStringLiteral("judgmentDate"), tr("Judgment date:"), m_judgmentDate);
    m_court = new QLineEdit(this);
    m_court->setObjectName(QStringLiteral("convictionCourtEdit"));
    addRow(form, QStringLiteral("court"), tr("Court:"), m_court);
    m_sections = new QLineEdit(this);
    m_sections->setObjectName(QStringLiteral("sectionsEdit"));
    m_sections->setPlaceholderText(tr("Catalogue codes, separated by commas (PPC 376, PPC 377)"));
    addRow(form, QStringLiteral("sections"), tr("Sections convicted under:"), m_sections);
    m_appeal = new QComboBox(this);
    m_appeal->setObjectName(QStringLiteral("appealStatusCombo"));
    m_appeal->addItem(tr("No appeal"), int(AppealStatus::None));
    m_appeal->addItem(tr("Appeal pending"), int(AppealStatus::Pending));
    m_appeal->addItem(tr("Upheld on appeal"), int(AppealStatus::Upheld));
    m_appeal->addItem(tr("Modified on appeal"), int(AppealStatus::Modified));
    m_appeal->addItem(tr("Acquitted on appeal"), int(AppealStatus::Acquitted));
    addRow(form, QStringLiteral("appealStatus"), tr("Appeal status:"), m_appeal);
    m_final = new QCheckBox(tr("The conviction is final"), this);
    m_final->setObjectName(QStringLiteral("finalCheck"));
    m_final->setAccessibleName(tr("Final"));
    addRow(form, QStringLiteral("isFinal"), tr("Finality:"), m_final);

    QLabel *general = newErrorLabel(QStringLiteral("convictionGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    applyFocusOrder();
}

ConvictionForm::~ConvictionForm() = default;

void ConvictionForm::suggest(const QString &court, const QString &section)
{
    if (m_court->text().isEmpty())
        m_court->setText(court);
    if (m_sections->text().isEmpty())
        m_sections->setText(section);
}

Conviction ConvictionForm::conviction() const
{
    Conviction conviction;
    conviction.judgmentDate = m_judgmentDate->date();
    conviction.court = m_court->text().trimmed();
    conviction.sections = splitList(m_sections->text());
    for (QString &section : conviction.sections)
        section = section.simplified().toUpper();
    conviction.appealStatus = AppealStatus(m_appeal->currentData().toInt());
    conviction.isFinal = m_final->isChecked();
    return conviction;
}

QList<FieldError> ConvictionForm::problems() const
{
    QList<FieldError> own;
    m_judgmentDate->check(QStringLiteral("judgmentDate"), tr("Judgment date"), own);
    return merged(own, withoutReferences(RecordValidator::validate(conviction())));
}

QList<QWidget *> ConvictionForm::focusOrder() const
{
    return { m_judgmentDate, m_court, m_sections, m_appeal, m_final };
}

} // namespace Nigran::Gui
