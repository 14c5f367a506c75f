#pragma once

#include "core/result.h"

#include <QDate>
#include <QLineEdit>

namespace Nigran::Gui {

/// A date typed as yyyy-mm-dd, which may be left empty (unknown, or still valid). Typing is faster
/// than a calendar for someone copying a judgment, and an empty date stays empty.
class DateEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)

public:
    explicit DateEdit(QWidget *parent = nullptr);

    /// Null when empty or not a date.
    QDate date() const;
    void setDate(QDate date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    /// A problem for `key` when there is text that is not a date; appended to `problems`.
    void check(const QString &key, const QString &label, QList<Models::FieldError> &problems) const;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace Nigran::Gui
