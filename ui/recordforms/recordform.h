#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace Nigran::Gui {

/// What the record forms share: a map from the machine field keys of FieldError ("cnic",
/// "addresses[1].validFrom", "components[0].years") to the input and the error label beside it, and
/// validation as the user types.
///
/// A field's problem is shown once the user has changed that field, or for every field after
/// showAllProblems() (Next, Save). A key with no input of its own falls back to its list
/// ("addresses[3].text" → "addresses"), then to the form's general error label.
class RecordForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    explicit RecordForm(QWidget *parent = nullptr);
    ~RecordForm() override;

    /// Every problem with the current values (RecordValidator's, plus text the form cannot read).
    /// References to other records (caseId, personId, convictionId) are not the form's concern.
    virtual QList<Models::FieldError> problems() const = 0;
    /// The inputs in the order Tab visits them.
    virtual QList<QWidget *> focusOrder() const = 0;

    /// Shows the problems of every field, touched or not; returns them.
    QList<Models::FieldError> showAllProblems();
    /// Shows `errors` (e.g. from a failed save) beside their fields; empty clears.
    void showProblems(const QList<Models::FieldError> &errors);
    /// The input a key belongs to (or its list's), nullptr when none.
    QWidget *fieldFor(const QString &key) const;
    /// The text shown beside the input of `key` (all of that label's problems).
    QString errorText(const QString &key) const;
    /// Moves the focus to the first input with a problem in `errors`.
    void focusFirst(const QList<Models::FieldError> &errors);

Q_SIGNALS:
    /// A value changed (after the problems were updated).
    void edited();
    /// Rows were added or removed: the Tab order must be set again.
    void focusOrderChanged();

protected:
    struct Slot
    {
        QWidget *field = nullptr;
        QLabel *error = nullptr;
    };

    /// A row of `layout`: label (buddy `field`), input, and an error label under it; registers `key`.
    /// The label's text is set by setRowText() (from retranslate()); `label` may be empty.
    QLabel *addRow(QFormLayout *layout, const QString &key, const QString &label, QWidget *field);
    /// Sets the text of the label addRow() made for `field`, and the field's accessible name from it
    /// unless the field has one of its own.
    void setRowText(QWidget *field, const QString &text);
    /// Sets the texts of `combo`'s items, in order (items added with their data and no text).
    static void setItemTexts(QComboBox *combo, const QStringList &texts);
    /// Sets every translated text of the form (labels, placeholders, tooltips, accessible names,
    /// combo items). A subclass's constructor calls its own; a language change calls it again and
    /// shows the problems in the new language.
    virtual void retranslate() { }
    void changeEvent(QEvent *event) override;
    /// A styled error label (FieldErrors).
    QLabel *newErrorLabel(const QString &objectName);
    void registerField(const QString &key, QWidget *field, QLabel *error);
    /// Forgets every key starting with `prefix` ("components[").
    void unregisterPrefix(const QString &prefix);
    /// Problems are checked again whenever `field` changes; a change marks `key` as touched.
    void watch(QWidget *field, const QString &key);
    void setGeneralErrorLabel(QLabel *label) { m_general = label; }
    /// Checks again and shows the problems of touched fields.
    void revalidate();
    /// Forgets which fields the user changed (after values were filled in, not typed) and checks again.
    void resetTouched();
    /// For subclasses whose computed output (a ledger) follows the values.
    virtual void valuesChanged() { }
    /// `own` (text the form could not read) first; the validator's problems for the same keys are
    /// dropped, since they only repeat that the value is missing.
    static QList<Models::FieldError> merged(
        const QList<Models::FieldError> &own, const QList<Models::FieldError> &validator);
    /// Drops problems with references to other records, which the dialog fills in when it saves.
    static QList<Models::FieldError> withoutReferences(QList<Models::FieldError> problems);
    /// Chains QWidget::setTabOrder over focusOrder().
    void applyFocusOrder();

private:
    Slot slotFor(const QString &key) const;
    void display(const QList<Models::FieldError> &errors, bool all);

    QHash<QString, Slot> m_slots;
    QHash<QWidget *, QString> m_keyOf;
    QHash<QWidget *, QLabel *> m_rowLabels; ///< addRow()'s label of each field
    QSet<QWidget *> m_derivedNames; ///< fields whose accessible name follows their label
    QSet<QString> m_touched;
    QList<QLabel *> m_errorLabels;
    QLabel *m_general = nullptr;
    bool m_showAll = false;
};

/// "addresses" from "addresses[1].validFrom", "passport" from "passport.number".
QString listKey(const QString &key);

} // namespace Nigran::Gui
