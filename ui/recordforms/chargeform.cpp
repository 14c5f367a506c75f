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
    m_offence->setAccessibleName(tr("Offence section"));
    // Typing the code ("PPC 376") or any part of the entry ("376", a word of the title) finds it.
    m_offence->setEditable(true);
    m_offence->setInsertPolicy(QComboBox::NoInsert);
    m_offence->completer()->setCompletionMode(QCompleter::InlineCompletion);
    m_offence->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_offence->lineEdit()->setPlaceholderText(tr("Type the section (376) or a word of its title"));
    fillOffences();
    addRow(form, QStringLiteral("offenceCode"), tr("Offence:"), m_offence);
    m_offence->lineEdit()->setAccessibleName(m_offence->accessibleName());
    m_registrable = new QLabel(this);
    m_registrable->setObjectName(QStringLiteral("registrableLabel"));
    m_registrable->setTextFormat(Qt::PlainText);
    form->addRow(static_cast<QWidget *>(nullptr), m_registrable);

    m_ageBand = new QComboBox(this);
    m_ageBand->setObjectName(QStringLiteral("victimAgeBandCombo"));
    m_ageBand->addItem(tr("Child (under 18)"), int(VictimAgeBand::Child));
    m_ageBand->addItem(tr("Adult"), int(VictimAgeBand::Adult));
    m_ageBand->setCurrentIndex(m_ageBand->findData(int(VictimAgeBand::Adult)));
    addRow(form, QStringLiteral("victimAgeBand"), tr("Victim's age:"), m_ageBand);
    m_victimGender = new QComboBox(this);
    m_victimGender->setObjectName(QStringLiteral("victimGenderCombo"));
    m_victimGender->addItem(tr("Female"), int(Gender::Female));
    m_victimGender->addItem(tr("Male"), int(Gender::Male));
    m_victimGender->addItem(tr("Transgender"), int(Gender::Transgender));
    m_victimGender->addItem(tr("Unknown"), int(Gender::Unknown));
    m_victimGender->setCurrentIndex(m_victimGender->findData(int(Gender::Unknown)));
    addRow(form, QStringLiteral("victimGender"), tr("Victim's gender:"), m_victimGender);
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("relationshipCombo"));
    m_relationship->addItem(tr("Family"), int(Relationship::Family));
    m_relationship->addItem(tr("Acquaintance"), int(Relationship::Acquaintance));
    m_relationship->addItem(tr("Stranger"), int(Relationship::Stranger));
    m_relationship->addItem(
        tr("Position of trust (teacher, employer, guardian…)"), int(Relationship::PositionOfTrust));
    m_relationship->addItem(tr("Unknown"), int(Relationship::Unknown));
    m_relationship->setCurrentIndex(m_relationship->findData(int(Relationship::Unknown)));
    addRow(form, QStringLiteral("relationship"), tr("Victim's relationship to the accused:"), m_relationship);

    auto *note = new QLabel(tr("The victim's identity is never recorded: the law forbids disclosing it. "
                               "Only the age band, gender and relationship are kept."),
        this);
    note->setWordWrap(true);
    outer->addWidget(note);
    QLabel *general = newErrorLabel(QStringLiteral("chargeGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    valuesChanged();
    applyFocusOrder();
}

ChargeForm::~ChargeForm() = default;

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
