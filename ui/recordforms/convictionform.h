#pragma once

#include "recordforms/recordform.h"

#include "domain/conviction.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Nigran::Gui {

class DateEdit;

/// A conviction: judgment date, court, the sections convicted under, appeal status and finality.
class ConvictionForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvictionForm)

public:
    explicit ConvictionForm(QWidget *parent = nullptr);
    ~ConvictionForm() override;

    /// Without caseId and personId, which the dialog fills in when it saves.
    Models::Conviction conviction() const;
    /// Fills the court and the sections while they are empty (from the case and the charge).
    void suggest(const QString &court, const QString &section);

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

protected:
    void retranslate() override;

private:
    DateEdit *m_judgmentDate;
    QLineEdit *m_court;
    QLineEdit *m_sections;
    QComboBox *m_appeal;
    QCheckBox *m_final;
};

} // namespace Nigran::Gui
