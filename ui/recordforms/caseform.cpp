#include "recordforms/caseform.h"

#include "recordforms/dateedit.h"
#include "recordforms/districtcombo.h"

#include "domain/recordvalidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

CaseForm::CaseForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("caseForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_firNumber = lineEdit(this, "firNumberEdit");
    addRow(form, QStringLiteral("firNumber"), {}, m_firNumber);
    m_firDate = new DateEdit(this);
    m_firDate->setObjectName(QStringLiteral("firDateEdit"));
    addRow(form, QStringLiteral("firDate"), {}, m_firDate);
    m_policeStation = lineEdit(this, "policeStationEdit");
    addRow(form, QStringLiteral("policeStation"), {}, m_policeStation);
    m_district = new DistrictCombo(this);
    m_district->setObjectName(QStringLiteral("caseDistrictCombo"));
    addRow(form, QStringLiteral("district"), {}, m_district);
    m_court = lineEdit(this, "caseCourtEdit");
    addRow(form, QStringLiteral("court"), {}, m_court);
    m_specialCourt = new QCheckBox(this);
    m_specialCourt->setObjectName(QStringLiteral("specialCourtCheck"));
    addRow(form, QStringLiteral("isSpecialCourt"), {}, m_specialCourt);
    m_caseNumber = lineEdit(this, "caseNumberEdit");
    addRow(form, QStringLiteral("caseNumber"), {}, m_caseNumber);
    m_judge = lineEdit(this, "judgeEdit");
    addRow(form, QStringLiteral("judge"), {}, m_judge);
    m_prosecutor = lineEdit(this, "prosecutorEdit");
    addRow(form, QStringLiteral("prosecutor"), {}, m_prosecutor);

    QLabel *general = newErrorLabel(QStringLiteral("caseGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    registerField(QStringLiteral("statusHistory"), m_firDate, general);
    applyFocusOrder();
    retranslate();
}

CaseForm::~CaseForm() = default;

void CaseForm::retranslate()
{
    m_firNumber->setPlaceholderText(tr("As written on the FIR (123/2024)"));
    setRowText(m_firNumber, tr("FIR number:"));
    setRowText(m_firDate, tr("FIR date:"));
    setRowText(m_policeStation, tr("Police station:"));
    setRowText(m_district, tr("District of the police station:"));
    m_district->lineEdit()->setAccessibleName(m_district->accessibleName());
    setRowText(m_court, tr("Court:"));
    setRowText(m_specialCourt, tr("Court type:"));
    m_specialCourt->setText(tr("Special Court (s.3, Anti-Rape Act 2021)"));
    m_specialCourt->setAccessibleName(tr("Special Court"));
    setRowText(m_caseNumber, tr("Case number:"));
    setRowText(m_judge, tr("Judge:"));
    setRowText(m_prosecutor, tr("Prosecutor:"));
}

void CaseForm::setDefaultDistrict(const QString &code)
{
    if (m_district->currentText().isEmpty())
        m_district->setDistrictCode(code);
}

CaseRecord CaseForm::caseRecord() const
{
    CaseRecord record;
    record.firNumber = m_firNumber->text().trimmed();
    record.firDate = m_firDate->date();
    record.policeStation = m_policeStation->text().trimmed();
    record.district = m_district->districtCode();
    record.court = m_court->text().trimmed();
    record.isSpecialCourt = m_specialCourt->isChecked();
    record.caseNumber = m_caseNumber->text().trimmed();
    record.judge = m_judge->text().trimmed();
    record.prosecutor = m_prosecutor->text().trimmed();
    if (record.firDate.isValid())
        record.statusHistory << CaseRecord::StatusEntry { record.firDate, CaseStatus::FirRegistered, {} };
    return record;
}

QList<FieldError> CaseForm::problems() const
{
    QList<FieldError> own;
    m_firDate->check(QStringLiteral("firDate"), tr("FIR date"), own);
    m_district->check(QStringLiteral("district"), tr("District"), own);
    QList<FieldError> validator = withoutReferences(RecordValidator::validate(caseRecord()));
    // The status history is derived from the FIR date: its problems are the FIR date's.
    validator.removeIf(
        [](const FieldError &e) { return e.field.startsWith(QLatin1String("statusHistory")); });
    return merged(own, validator);
}

QList<QWidget *> CaseForm::focusOrder() const
{
    return { m_firNumber, m_firDate, m_policeStation, m_district, m_court, m_specialCourt, m_caseNumber,
        m_judge, m_prosecutor };
}

} // namespace Nigran::Gui
