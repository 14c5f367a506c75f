#pragma once

#include "conflictresolver.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Nigran::Models {
class Office;
}

namespace Nigran::Gui {

/// Tools > Sync conflicts…: the district's open conflicts, and for the one selected both versions field
/// by field (differing fields highlighted) with a choice per field — the version this office holds
/// now or the conflicting one. "Save resolution" writes a new revision resolving the conflict
/// (ConflictResolver), which the next sync sends to the centre. Non-modal; closed on lock.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    enum Column
    {
        FieldColumn,
        CurrentColumn,
        ConflictingColumn,
        ChoiceColumn,
    };

    explicit ConflictsDialog(Models::Office &office, QWidget *parent = nullptr);

    QListWidget *conflictList() const { return m_list; }
    QTableWidget *fieldTable() const { return m_table; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *messageLabel() const { return m_message; }
    /// The choice box of a row of the field table.
    QComboBox *choiceAt(int row) const;
    QList<OpenConflict> conflicts() const { return m_conflicts; }

public Q_SLOTS:
    /// Re-reads the open conflicts.
    void reload();
    /// Writes the resolution of the selected conflict with the chosen fields.
    void saveResolution();

Q_SIGNALS:
    void resolved(const QString &conflictId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showConflict(int index);
    void retranslate();
    void showMessage(const QString &text);

    Models::Office &m_office;
    QList<OpenConflict> m_conflicts;
    ConflictComparison m_comparison;

    QLabel *m_listLabel;
    QListWidget *m_list;
    QLabel *m_versionsLabel;
    QTableWidget *m_table;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
};

} // namespace Nigran::Gui
