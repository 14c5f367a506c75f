#pragma once

#include "recordforms/recordform.h"

#include "domain/custodyevent.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Nigran::Gui {

class DateEdit;

/// A custody event: admission, transfer or release, its date, the prison or place and a note.
/// Retranslates itself when the language changes.
class CustodyForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustodyForm)

public:
    explicit CustodyForm(QWidget *parent = nullptr);
    ~CustodyForm() override;

    /// Without personId, which the dialog fills in when it saves.
    Models::CustodyEvent event() const;
    void setEvent(const Models::CustodyEvent &event);

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_kind;
    DateEdit *m_date;
    QLineEdit *m_place;
    QLineEdit *m_note;
    QList<QLabel *> m_captions;
};

} // namespace Nigran::Gui
