#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Nigran::Gui {

class RecordForm;

/// Adds or corrects one record of a person's file from the profile: a RecordForm, for a correction
/// a required reason, a summary and Save / Cancel.
///
/// Save shows the form's problems beside their fields (nothing is sent while there are any), then
/// hands the reason to the submit function, which calls the core. When the core refuses, its
/// problems go beside the fields (the reason's beside the reason) and into the summary, nothing is
/// written and the dialog stays open. Switching the language while it is open retranslates it.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    using Submit = std::function<Models::Result<>(const QString &reason)>;
    using Text = std::function<QString()>; ///< a translated text, asked again on a language change

    /// Takes ownership of `form`. `reasonPrompt` is null unless the change is a correction.
    RecordDialog(RecordForm *form, Text title, Text reasonPrompt, Submit submit, QWidget *parent = nullptr);
    ~RecordDialog() override;

    RecordForm *form() const { return m_form; }
    bool isCorrection() const { return m_reasonEdit != nullptr; }
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
    void retranslate();

    RecordForm *m_form = nullptr;
    Text m_title;
    Text m_reasonPrompt;
    Submit m_submit;
    QLabel *m_promptLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_reasonError = nullptr;
    QLabel *m_summary = nullptr;
    QString m_summaryKind; ///< which summary is shown ("invalid", "refused"), to retranslate it
    QStringList m_refusal; ///< the core's messages, as the core translated them
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Nigran::Gui
