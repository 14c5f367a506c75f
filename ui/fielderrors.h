#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Nigran::Gui {

/// How forms show a problem beside the field it concerns: a wrapped, highlighted label under the
/// field, which also becomes the field's accessible description so screen readers announce it.
class FieldErrors
{
public:
    /// Styles an error label (error colour, hidden while empty).
    static void prepare(QLabel *label);
    /// Shows `message` beside `field`; an empty message clears it.
    static void show(QLabel *label, QWidget *field, const QString &message);
    static void clear(QLabel *label, QWidget *field) { show(label, field, {}); }

    FieldErrors() = delete;
};

} // namespace Nigran::Gui
