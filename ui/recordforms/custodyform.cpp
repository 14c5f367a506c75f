#include "recordforms/custodyform.h"

#include "recordforms/dateedit.h"

#include "domain/recordvalidator.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

CustodyForm::CustodyForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("custodyForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("custodyKindCombo"));
    for (int i = 0; i < 3; ++i)
        m_kind->addItem(QString());
    m_kind->setItemData(0, int(CustodyKind::Admission));
    m_kind->setItemData(1, int(CustodyKind::Transfer));
    m_kind->setItemData(2, int(CustodyKind::Release));
    addRow(form, QStringLiteral("kind"), QString(), m_kind);
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("custodyDateEdit"));
    addRow(form, QStringLiteral("date"), QString(), m_date);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("custodyPlaceEdit"));
    addRow(form, QStringLiteral("place"), QString(), m_place);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("custodyNoteEdit"));
    addRow(form, QStringLiteral("note"), QString(), m_note);
    for (QWidget *field : focusOrder())
        m_captions << qobject_cast<QLabel *>(form->labelForField(field));

    QLabel *general = newErrorLabel(QStringLiteral("custodyGeneralError"));
    outer->addWidget(general);
    outer->addStretch();
    setGeneralErrorLabel(general);
    applyFocusOrder();
    retranslate();
}

CustodyForm::~CustodyForm() = default;

void CustodyForm::retranslate()
{
    m_kind->setItemText(0, tr("Admission to custody"));
    m_kind->setItemText(1, tr("Transfer to another prison"));
    m_kind->setItemText(2, tr("Release from custody"));
    const QStringList captions { tr("&Event:"), tr("&Date:"), tr("&Prison or place:"), tr("N&ote:") };
    const QList<QWidget *> fields = focusOrder();
    for (qsizetype i = 0; i < m_captions.size(); ++i) {
        if (m_captions.at(i))
            m_captions.at(i)->setText(captions.at(i));
        fields.at(i)->setAccessibleName(
            QString(captions.at(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_place->setPlaceholderText(tr("The prison admitted to, transferred to or released from"));
    revalidate(); // the problems shown are translated too
}

void CustodyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RecordForm::changeEvent(event);
}

CustodyEvent CustodyForm::event() const
{
    CustodyEvent event;
    event.kind = CustodyKind(m_kind->currentData().toInt());
    event.date = m_date->date();
    event.place = m_place->text().trimmed();
    event.note = m_note->text().trimmed();
    return event;
}

void CustodyForm::setEvent(const CustodyEvent &event)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(event.kind))));
    m_date->setDate(event.date);
    m_place->setText(event.place);
    m_note->setText(event.note);
    resetTouched();
}

QList<FieldError> CustodyForm::problems() const
{
    QList<FieldError> own;
    m_date->check(QStringLiteral("date"), tr("Date"), own);
    return merged(own, withoutReferences(RecordValidator::validate(event())));
}

QList<QWidget *> CustodyForm::focusOrder() const
{
    return { m_kind, m_date, m_place, m_note };
}

} // namespace Nigran::Gui
