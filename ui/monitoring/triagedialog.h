#pragma once

#include "monitoring/monitoringrecords.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Nigran::Gui {

/// Asks for what a triage step needs: a note, and for Close an outcome. Without a target state it
/// asks for a note alone (Add note…). OK is enabled only when the answer is complete.
class TriageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDialog)

public:
    /// `to` empty: a note without a change of state.
    TriageDialog(std::optional<Models::AlertState> to, QWidget *parent = nullptr);
    ~TriageDialog() override;

    std::optional<Models::AlertState> target() const { return m_to; }
    QString note() const;
    Models::AlertOutcome outcome() const;
    void setOutcome(Models::AlertOutcome outcome);

    QComboBox *outcomeBox() const { return m_outcomeBox; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    std::optional<Models::AlertState> m_to;
    QComboBox *m_outcomeBox = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nigran::Gui
