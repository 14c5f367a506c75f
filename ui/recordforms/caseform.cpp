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
    m_firNumber->setPlaceholderText(tr("As written on the FIR (123/2024)"));
    addRow(form, QStringLiteral("firNumber"), tr("FIR number:"), m_firNumber);
    m_firDate = new DateEdit(this);
    m_firDate->setObjectName(QStringLiteral("firDateEdit"));
    addRow(form, QStringLiteral("firDate"), tr("FIR date:"), m_firDate);
    m_policeStation = lineEdit(this, "policeStationEdit");
    addRow(form, QStringLiteral("policeStation"), tr("Police station:"), m_policeStation);
    m_district = new DistrictCombo(this);
    m_district->setObjectName(QStringLiteral("caseDistrictCombo"));
    addRow(form, QStringLiteral("district"), tr("District of the police station:"), m_district);
    m_district->lineEdit()->setAccessibleName(m_district->accessibleName());
    m_court = lineEdit(this, "caseCourtEdit");
    addRow(form, QStringLiteral("court"), tr("Court:"), m_court);
    m_specialCourt = new QCheckBox(tr("Special Court (s.3, Anti-Rape Act 2021)"), this);
    m_specialCourt->setObjectName(QStringLiteral("specialCourtCheck"));
    m_specialCourt->setAccessibleName(tr("Special Court"));
    addRow(form, QStringLiteral("isSpecialCourt"), tr("Court type:"), m_specialCourt);
    m_caseNumber = lineEdit(this, "caseNumberEdit");
    addRow(form, QStringLiteral("caseNumber"), tr("Case number:"), m_caseNumber);
    m_judge = lineEdit(this, "judgeEdit");
    addRow(form, QStringLiteral("judge"), tr("Judge:"), m_judge);
    m_prosecutor = lineEdit(this, "prosecutorEdit");
    addRow(form, QStringLiteral("prosecutor"), tr("Prosecutor:"), m_prosecutor);

    QLabel *general = newErrorLabel(QStringLiteral("caseGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    registerField(QStringLiteral("statusHistory"), m_firDate, general);
    applyFocusOrder();
}

CaseForm::~CaseForm() = default;

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
