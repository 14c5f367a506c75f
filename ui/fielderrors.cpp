#include "fielderrors.h"

#include <QLabel>
#include <QPalette>

namespace Nigran::Gui {

void FieldErrors::prepare(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(!label->text().isEmpty());
}

void FieldErrors::show(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (field)
        field->setAccessibleDescription(message);
}

} // namespace Nigran::Gui
