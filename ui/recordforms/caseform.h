#pragma once

#include "recordforms/recordform.h"

#include "domain/caserecord.h"

class QCheckBox;
class QLineEdit;

namespace Nigran::Gui {

class DateEdit;
class DistrictCombo;

/// A criminal case: the FIR (number, date, police station, district) and the trial (court, Special
/// Court flag, case number, judge, prosecutor).
class CaseForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseForm)

public:
    explicit CaseForm(QWidget *parent = nullptr);
    ~CaseForm() override;

    /// The district of the police station when none is chosen yet (the office's).
    void setDefaultDistrict(const QString &code);
    /// The case; its status history starts with the FIR.
    Models::CaseRecord caseRecord() const;

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

protected:
    void retranslate() override;

private:
    QLineEdit *m_firNumber;
    DateEdit *m_firDate;
    QLineEdit *m_policeStation;
    DistrictCombo *m_district;
    QLineEdit *m_court;
    QCheckBox *m_specialCourt;
    QLineEdit *m_caseNumber;
    QLineEdit *m_judge;
    QLineEdit *m_prosecutor;
};

} // namespace Nigran::Gui
