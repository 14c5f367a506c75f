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
    addRow(form, QStringLiteral("judgmentDate"), {}, m_judgmentDate);
    m_court = new QLineEdit(this);
    m_court->setObjectName(QStringLiteral("convictionCourtEdit"));
    addRow(form, QStringLiteral("court"), {}, m_court);
    m_sections = new QLineEdit(this);
    m_sections->setObjectName(QStringLiteral("sectionsEdit"));
    addRow(form, QStringLiteral("sections"), {}, m_sections);
    m_appeal = new QComboBox(this);
    m_appeal->setObjectName(QStringLiteral("appealStatusCombo"));
    for (const AppealStatus status : { AppealStatus::None, AppealStatus::Pending, AppealStatus::Upheld,
             AppealStatus::Modified, AppealStatus::Acquitted })
        m_appeal->addItem(QString(), int(status)); // texts: retranslate()
    addRow(form, QStringLiteral("appealStatus"), {}, m_appeal);
    m_final = new QCheckBox(this);
    m_final->setObjectName(QStringLiteral("finalCheck"));
    addRow(form, QStringLiteral("isFinal"), {}, m_final);

    QLabel *general = newErrorLabel(QStringLiteral("convictionGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    applyFocusOrder();
    retranslate();
}

ConvictionForm::~ConvictionForm() = default;

void ConvictionForm::retranslate()
{
    setRowText(m_judgmentDate, tr("Judgment date:"));
    setRowText(m_court, tr("Court:"));
    m_sections->setPlaceholderText(tr("Catalogue codes, separated by commas (PPC 376, PPC 377)"));
    setRowText(m_sections, tr("Sections convicted under:"));
    setItemTexts(m_appeal,
        { tr("No appeal"), tr("Appeal pending"), tr("Upheld on appeal"), tr("Modified on appeal"),
            tr("Acquitted on appeal") });
    setRowText(m_appeal, tr("Appeal status:"));
    setRowText(m_final, tr("Finality:"));
    m_final->setText(tr("The conviction is final"));
    m_final->setAccessibleName(tr("Final"));
}

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
