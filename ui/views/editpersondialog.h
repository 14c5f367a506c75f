#pragma once

#include "services/registerservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Nigran::Gui {

class PersonForm;

/// Edits a person's identity: the PersonForm filled from the file. Past the draft stage the edit is a
/// correction, and the dialog also asks why (required by the core; the old value stays as a
/// revision).
///
/// Save checks the form, then hands the person and the reason to RegisterService::updatePerson; when
/// the core refuses, its problems are shown beside the fields (the reason's beside the reason) and
/// in a summary, nothing is written and the dialog stays open.
class EditPersonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditPersonDialog)

public:
    EditPersonDialog(
        Models::RegisterService &service, const Models::PersonFile &file, QWidget *parent = nullptr);
    ~EditPersonDialog() override;

    /// Whether the entry is past the draft stage, so that the edit is a correction with a reason.
    bool isCorrection() const { return m_correction; }
    PersonForm *form() const { return m_form; }
    /// The reason input; nullptr for a draft.
    QPlainTextEdit *reasonEdit() const { return m_reasonEdit; }
    QLabel *reasonError() const { return m_reasonError; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *saveButton() const { return m_saveButton; }
    QString reason() const;

public Q_SLOTS:
    /// Saves through the core; closes only when the core accepted.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every translated text (the constructor and a language change).
    void retranslate();

    Models::RegisterService &m_service;
    bool m_correction = false;
    QString m_name; ///< for the title (Latin name, as before)
    Models::RegisterStatus m_status;
    QLabel *m_prompt = nullptr;
    QLabel *m_reasonLabel = nullptr;
    PersonForm *m_form = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_reasonError = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace Nigran::Gui
