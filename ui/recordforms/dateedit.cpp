#include "recordforms/dateedit.h"

#include <QEvent>
#include <QRegularExpressionValidator>

namespace Nigran::Gui {

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("yyyy-mm-dd"));
    setMaxLength(10);
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9-]{0,10}")), this));
}

void DateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setPlaceholderText(tr("yyyy-mm-dd"));
    QLineEdit::changeEvent(event);
}

QDate DateEdit::date() const
{
    return QDate::fromString(text().trimmed(), Qt::ISODate);
}

void DateEdit::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void DateEdit::check(const QString &key, const QString &label, QList<Models::FieldError> &problems) const
{
    if (!isEmpty() && !date().isValid())
        problems << Models::FieldError { key,
            tr("%1: “%2” is not a date; write it as year-month-day (2024-01-31)").arg(label, text()) };
}

} // namespace Nigran::Gui
