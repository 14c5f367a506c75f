#include "recordforms/recordform.h"

#include "fielderrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <iterator>

namespace Nigran::Gui {

using namespace Nigran::Models;

QString listKey(const QString &key)
{
    const qsizetype bracket = key.indexOf(QLatin1Char('['));
    return bracket < 0 ? key : key.left(bracket);
}

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
{ }

RecordForm::~RecordForm() = default;

QLabel *RecordForm::newErrorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    FieldErrors::prepare(label);
    m_errorLabels << label;
    return label;
}

QLabel *RecordForm::addRow(QFormLayout *layout, const QString &key, const QString &text, QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_rowLabels.insert(field, label);
    if (field->accessibleName().isEmpty())
        m_derivedNames.insert(field);
    setRowText(field, text);
    QLabel *error = newErrorLabel(field->objectName() + QStringLiteral("Error"));
    layout->addRow(label, field);
    layout->addRow(static_cast<QWidget *>(nullptr), error);
    registerField(key, field, error);
    watch(field, key);
    return error;
}

void RecordForm::setRowText(QWidget *field, const QString &text)
{
    if (QLabel *label = m_rowLabels.value(field))
        label->setText(text);
    if (m_derivedNames.contains(field))
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void RecordForm::setItemTexts(QComboBox *combo, const QStringList &texts)
{
    for (int i = 0; i < texts.size() && i < combo->count(); ++i)
        combo->setItemText(i, texts.at(i));
}

void RecordForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        revalidate();
    }
}

void RecordForm::registerField(const QString &key, QWidget *field, QLabel *error)
{
    m_slots.insert(key, { field, error });
    if (field)
        m_keyOf.insert(field, key);
}

void RecordForm::unregisterPrefix(const QString &prefix)
{
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (it.key().startsWith(prefix)) {
            m_keyOf.remove(it->field);
            m_rowLabels.remove(it->field);
            m_derivedNames.remove(it->field);
            it = m_slots.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_touched.begin(); it != m_touched.end();)
        it = it->startsWith(prefix) ? m_touched.erase(it) : std::next(it);
}

void RecordForm::watch(QWidget *field, const QString &key)
{
    m_keyOf.insert(field, key);
    const auto changed = [this, field] {
        m_touched.insert(m_keyOf.value(field));
        revalidate();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, changed);
    } else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *button = qobject_cast<QAbstractButton *>(field))
        connect(button, &QAbstractButton::toggled, this, changed);
}

void RecordForm::revalidate()
{
    display(problems(), m_showAll);
    valuesChanged();
    Q_EMIT edited();
}

void RecordForm::resetTouched()
{
    m_touched.clear();
    revalidate();
}

QList<FieldError> RecordForm::showAllProblems()
{
    m_showAll = true;
    const QList<FieldError> found = problems();
    display(found, true);
    return found;
}

void RecordForm::showProblems(const QList<FieldError> &errors)
{
    display(errors, true);
}

RecordForm::Slot RecordForm::slotFor(const QString &key) const
{
    if (const auto it = m_slots.constFind(key); it != m_slots.cend())
        return *it;
    if (const auto it = m_slots.constFind(listKey(key)); it != m_slots.cend())
        return *it;
    if (const qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0)
        if (const auto it = m_slots.constFind(key.left(dot)); it != m_slots.cend())
            return *it;
    return { nullptr, m_general };
}

void RecordForm::display(const QList<FieldError> &errors, bool all)
{
    QHash<QLabel *, QStringList> texts;
    QHash<QWidget *, QStringList> descriptions;
    for (const FieldError &error : errors) {
        const bool touched = m_touched.contains(error.field) || m_touched.contains(listKey(error.field));
        if (!all && !touched)
            continue;
        const Slot slot = slotFor(error.field);
        if (slot.error && !texts[slot.error].contains(error.message))
            texts[slot.error] << error.message;
        if (slot.field)
            descriptions[slot.field] << error.message;
    }
    for (QLabel *label : std::as_const(m_errorLabels))
        FieldErrors::show(label, nullptr, texts.value(label).join(QLatin1Char('\n')));
    for (auto it = m_keyOf.cbegin(); it != m_keyOf.cend(); ++it)
        it.key()->setAccessibleDescription(descriptions.value(it.key()).join(QLatin1Char(' ')));
}

QWidget *RecordForm::fieldFor(const QString &key) const
{
    return slotFor(key).field;
}

QString RecordForm::errorText(const QString &key) const
{
    const Slot slot = slotFor(key);
    return slot.error && slot.error->isVisibleTo(this) ? slot.error->text() : QString();
}

void RecordForm::focusFirst(const QList<FieldError> &errors)
{
    // In the order of the form, not of the errors.
    for (QWidget *field : focusOrder())
        for (const FieldError &error : errors)
            if (fieldFor(error.field) == field) {
                field->setFocus(Qt::OtherFocusReason);
                return;
            }
}

QList<FieldError> RecordForm::merged(const QList<FieldError> &own, const QList<FieldError> &validator)
{
    QList<FieldError> result = own;
    for (const FieldError &error : validator)
        if (std::none_of(
                own.cbegin(), own.cend(), [&](const FieldError &o) { return o.field == error.field; }))
            result << error;
    return result;
}

QList<FieldError> RecordForm::withoutReferences(QList<FieldError> problems)
{
    static const QStringList references { QStringLiteral("id"), QStringLiteral("caseId"),
        QStringLiteral("personId"), QStringLiteral("convictionId") };
    problems.removeIf([](const FieldError &error) { return references.contains(error.field); });
    return problems;
}

void RecordForm::applyFocusOrder()
{
    const QList<QWidget *> order = focusOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace Nigran::Gui
