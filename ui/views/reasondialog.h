#pragma once

#include "rules/registerworkflow.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Nigran::Gui {

/// Asks why a workflow step (or a correction) is taken, and for an entry that ends, why it ends.
///
/// The dialog does not judge the reason itself: on OK it hands reason and end reason to the
/// submit function (which calls the core) and stays open with the core's message beside the field
/// when the core refuses, so that nothing changes until the core accepts.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    /// Calls the core; an empty string means done, else a translated message to show.
    using Submit = std::function<QString(const QString &reason, std::optional<Models::EndReason> endReason)>;

    ReasonDialog(const QString &title, const QString &prompt, bool asksEndReason, Submit submit,
        QWidget *parent = nullptr);
    ~ReasonDialog() override;

    QPlainTextEdit *reasonEdit() const { return m_reasonEdit; }
    QComboBox *endReasonBox() const { return m_endReasonBox; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QString reason() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every translated text but the caller's title and prompt (constructor, language change).
    void retranslate();

    Submit m_submit;
    QLabel *m_promptLabel = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QComboBox *m_endReasonBox = nullptr;
    QLabel *m_endLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nigran::Gui
