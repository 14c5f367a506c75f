#pragma once

#include "recordforms/recordform.h"

#include "domain/charge.h"
#include "domain/offencecatalogue.h"

#include <QDate>

class QComboBox;
class QLabel;

namespace Nigran::Gui {

/// One charge: the offence section (from the OffenceCatalogue, each marked registrable under s.2(h)
/// or not) and the victim's age band, gender and relationship to the accused.
///
/// It deliberately has no field for the victim's identity: the law forbids disclosing it.
class ChargeForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChargeForm)

public:
    explicit ChargeForm(const Models::OffenceCatalogue &catalogue = Models::OffenceCatalogue::builtIn(),
        QWidget *parent = nullptr);
    ~ChargeForm() override;

    /// The day the offence must be in force on (the office's today by default).
    void setReferenceDate(QDate date);
    /// Without caseId and personId, which the dialog fills in when it saves.
    Models::Charge charge() const;
    /// The selected offence, if any.
    std::optional<Models::Offence> offence() const;
    /// The catalogue code the picker's text resolves to: an entry, a code, or a part of exactly one
    /// entry; empty otherwise.
    QString offenceCode() const;

    /// "registrable (s.2(h))" or "not registrable", as the picker and its marker show it.
    static QString registrabilityText(bool isRegistrable);

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

protected:
    void valuesChanged() override;
    void retranslate() override;

private:
    void fillOffences();

    const Models::OffenceCatalogue &m_catalogue;
    QDate m_referenceDate;
    QComboBox *m_offence;
    QLabel *m_registrable;
    QLabel *m_note;
    QComboBox *m_ageBand;
    QComboBox *m_victimGender;
    QComboBox *m_relationship;
};

} // namespace Nigran::Gui
