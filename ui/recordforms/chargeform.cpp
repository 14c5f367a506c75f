#include "recordforms/chargeform.h"

#include "domain/recordvalidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

ChargeForm::ChargeForm(const OffenceCatalogue &catalogue, QWidget *parent)
    : RecordForm(parent)
    , m_catalogue(catalogue)
    , m_referenceDate(QDate::currentDate())
{
    setObjectName(QStringLiteral("chargeForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_offence = new QComboBox(this);
    m_offence->setObjectName(QStringLiteral("offenceCombo"));
    // Typing the code ("PPC 376") or any part of the entry ("376", a word of the title) finds it.
    m_offence->setEditable(true);
    m_offence->setInsertPolicy(QComboBox::NoInsert);
    m_offence->completer()->setCompletionMode(QCompleter::InlineCompletion);
    m_offence->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    fillOffences();
    addRow(form, QStringLiteral("offenceCode"), {}, m_offence);
    m_registrable = new QLabel(this);
    m_registrable->setObjectName(QStringLiteral("registrableLabel"));
    m_registrable->setTextFormat(Qt::PlainText);
    form->addRow(static_cast<QWidget *>(nullptr), m_registrable);

    // Item texts: retranslate().
    m_ageBand = new QComboBox(this);
    m_ageBand->setObjectName(QStringLiteral("victimAgeBandCombo"));
    for (const VictimAgeBand band : { VictimAgeBand::Child, VictimAgeBand::Adult })
        m_ageBand->addItem(QString(), int(band));
    m_ageBand->setCurrentIndex(m_ageBand->findData(int(VictimAgeBand::Adult)));
    addRow(form, QStringLiteral("victimAgeBand"), {}, m_ageBand);
    m_victimGender = new QComboBox(this);
    m_victimGender->setObjectName(QStringLiteral("victimGenderCombo"));
    for (const Gender gender : { Gender::Female, Gender::Male, Gender::Transgender, Gender::Unknown })
        m_victimGender->addItem(QString(), int(gender));
    m_victimGender->setCurrentIndex(m_victimGender->findData(int(Gender::Unknown)));
    addRow(form, QStringLiteral("victimGender"), {}, m_victimGender);
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    for (const Relationship relationship : { Relationship::Family, Relationship::Acquaintance,
             Relationship::Stranger, Relationship::PositionOfTrust, Relationship::Unknown })
        m_relationship->addItem(QString(), int(relationship));
    m_relationship->setCurrentIndex(m_relationship->findData(int(Relationship::Unknown)));
    addRow(form, QStringLiteral("relationship"), {}, m_relationship);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    outer->addWidget(m_note);
    QLabel *general = newErrorLabel(QStringLiteral("chargeGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    applyFocusOrder();
    retranslate();
}

ChargeForm::~ChargeForm() = default;

void ChargeForm::retranslate()
{
    m_offence->setAccessibleName(tr("Offence section"));
    m_offence->lineEdit()->setPlaceholderText(tr("Type the section (376) or a word of its title"));
    fillOffences(); // "registrable" in each entry
    setRowText(m_offence, tr("Offence:"));
    m_offence->lineEdit()->setAccessibleName(m_offence->accessibleName());
    setItemTexts(m_ageBand, { tr("Child (under 18)"), tr("Adult") });
    setRowText(m_ageBand, tr("Victim's age:"));
    setItemTexts(m_victimGender, { tr("Female"), tr("Male"), tr("Transgender"), tr("Unknown") });
    setRowText(m_victimGender, tr("Victim's gender:"));
    setItemTexts(m_relationship,
        { tr("Family"), tr("Acquaintance"), tr("Stranger"),
            tr("Position of trust (teacher, employer, guardian…)"), tr("Unknown") });
    setRowText(m_relationship, tr("Victim's relationship to the accused:"));
    m_note->setText(tr("The victim's identity is never recorded: the law forbids disclosing it. "
                       "Only the age band, gender and relationship are kept."));
    valuesChanged();
}

QString ChargeForm::registrabilityText(bool isRegistrable)
{
    return isRegistrable ? tr("registrable (s.2(h))") : tr("not registrable");
}

void ChargeForm::fillOffences()
{
    const QString current = offenceCode();
    const QSignalBlocker blocker(m_offence);
    m_offence->clear();
    for (const Offence &offence : m_catalogue.offences(m_referenceDate))
        m_offence->addItem(QStringLiteral("%1 — %2 — %3")
                               .arg(offence.code, offence.title, registrabilityText(offence.isRegistrable)),
            offence.code);
    m_offence->setCurrentIndex(m_offence->findData(current));
}

void ChargeForm::setReferenceDate(QDate date)
{
    m_referenceDate = date.isValid() ? date : QDate::currentDate();
    fillOffences();
    revalidate();
}

QString ChargeForm::offenceCode() const
{
    const QString text = m_offence->currentText().trimmed();
    if (text.isEmpty())
        return {};
    QStringList containing;
    for (int i = 0; i < m_offence->count(); ++i) {
        const QString code = m_offence->itemData(i).toString();
        if (m_offence->itemText(i).compare(text, Qt::CaseInsensitive) == 0
            || code.compare(text, Qt::CaseInsensitive) == 0)
            return code;
        if (m_offence->itemText(i).contains(text, Qt::CaseInsensitive))
            containing << code;
    }
    return containing.size() == 1 ? containing.constFirst() : QString();
}

std::optional<Offence> ChargeForm::offence() const
{
    const QString code = offenceCode();
    return code.isEmpty() ? std::nullopt : m_catalogue.find(code, m_referenceDate);
}

Charge ChargeForm::charge() const
{
    Charge charge;
    charge.offenceCode = offenceCode();
    charge.victimAgeBand = VictimAgeBand(m_ageBand->currentData().toInt());
    charge.victimGender = Gender(m_victimGender->currentData().toInt());
    charge.relationship = Relationship(m_relationship->currentData().toInt());
    return charge;
}

QList<FieldError> ChargeForm::problems() const
{
    QList<FieldError> own;
    if (const QString text = m_offence->currentText().trimmed(); !text.isEmpty() && offenceCode().isEmpty())
        own << FieldError { QStringLiteral("offenceCode"),
            tr("Offence: “%1” matches no single section of the catalogue").arg(text) };
    return merged(own, withoutReferences(RecordValidator::validate(charge(), m_referenceDate, m_catalogue)));
}

void ChargeForm::valuesChanged()
{
    const std::optional<Offence> chosen = offence();
    if (!chosen) {
        m_registrable->setText(tr("Choose the offence section."));
        return;
    }
    m_registrable->setText(chosen->isRegistrable
            ? tr("%1 is registrable (s.2(h)): a conviction puts the person on the register.")
                  .arg(chosen->code)
            : tr("%1 is not registrable: a conviction under it alone does not put the person on the "
                 "register.")
                  .arg(chosen->code));
    m_registrable->setAccessibleName(m_registrable->text());
}

QList<QWidget *> ChargeForm::focusOrder() const
{
    return { m_offence, m_ageBand, m_victimGender, m_relationship };
}

} // namespace Nigran::Gui
