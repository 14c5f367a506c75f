#pragma once

#include "editpersondialog.h"
#include "reasondialog.h"
#include "recorddialog.h"
#include "services/registerservice.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Nigran::Models {
class AuditEntryModel;
class Office;
} // namespace Nigran::Models

namespace Nigran::Gui {

/// One person's file, read-only, in tabs: identity, addresses, cases and charges, convictions,
/// sentences with their ledgers, custody and monitoring, the workflow history and the record's
/// audit history. Opening it (and every refresh) goes through RegisterService::viewPerson, which
/// audits the view.
///
/// Below the tabs are the workflow steps the signed-in role may take from the entry's status
/// (RegisterWorkflow::nextStates); a step that needs a reason asks for one in a ReasonDialog. The
/// core decides: its refusals are shown, and the file is read again after every step taken.
/// Victims appear only as age band, gender and relationship; no victim identity is held.
class PersonProfileView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonProfileView)

public:
    enum Tab
    {
        IdentityTab,
        AddressesTab,
        CasesTab,
        ConvictionsTab,
        SentencesTab,
        CustodyTab,
        HistoryTab,
        AuditTab,
    };

    PersonProfileView(Models::Office &office, Models::RegisterService &service, const QString &personId,
        QWidget *parent = nullptr);
    ~PersonProfileView() override;

    QString personId() const { return m_personId; }
    /// The file as last read; empty when the view was refused.
    const std::optional<Models::PersonFile> &file() const { return m_file; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The workflow buttons now shown, one per step (object names "action_<status key>", "action_seal").
    QList<QPushButton *> actionButtons() const { return m_actionButtons; }
    QPushButton *actionButton(Models::RegisterStatus to) const;
    QLabel *errorLabel() const { return m_errorLabel; }
    QListWidget *ledgerList() const { return m_ledgerList; }
    QTableWidget *historyTable() const { return m_historyTable; }
    Models::AuditEntryModel *auditModel() const { return m_auditModel; }
    /// The reason dialog while one is open.
    ReasonDialog *reasonDialog() const { return m_reasonDialog; }
    /// "Edit…" / "Correct…" (object name "action_edit", not one of actionButtons()), shown to roles that may
    /// edit or correct the entry; null otherwise.
    QPushButton *editButton() const { return m_editButton; }
    /// The edit dialog while one is open.
    EditPersonDialog *editDialog() const { return m_editDialog; }
    /// "Custody event…" (object name "action_custodyEvent"), "Monitoring order…"
    /// ("action_monitoringOrder") and "Edit/Correct sentence…" ("action_sentence"), shown to roles that
    /// may take them; null otherwise.
    QPushButton *custodyButton() const { return m_custodyButton; }
    QPushButton *monitoringButton() const { return m_monitoringButton; }
    QPushButton *sentenceButton() const { return m_sentenceButton; }
    /// The custody, monitoring or sentence dialog while one is open.
    RecordDialog *recordDialog() const { return m_recordDialog; }

    /// The ledger steps of a sentence, numbered ("1. …"), as the sentences tab lists them.
    static QStringList numberedSteps(const Models::SentenceLedger &ledger);

public Q_SLOTS:
    /// Reads the file again (an audited view) and shows it.
    bool reload();
    /// Takes a workflow step: at once when it needs no reason, else after asking for one.
    void requestStep(Models::RegisterStatus to);
    /// Asks for the appeal judgment and seals the entry (supervisors).
    void requestSeal();
    /// Opens the person's identity for editing (a correction with a reason past the draft stage).
    void requestEdit();
    /// Records a custody event (admission, transfer, release) in a RecordDialog.
    void requestCustodyEvent();
    /// Adds a monitoring order in a RecordDialog.
    void requestMonitoringOrder();
    /// Edits (draft) or corrects (with a reason) the sentence selected in the ledger, else the last one.
    void requestSentenceChange();

Q_SIGNALS:
    /// The entry changed (a workflow step was taken, or it was edited), e.g. for the register list to
    /// refresh.
    void entryChanged(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createIdentityTab();
    QTableWidget *createTable(const QString &objectName, int columns);
    void retranslate();
    void showFile();
    void showIdentity();
    void showAddresses();
    void showCases();
    void showConvictions();
    void showSentences();
    void showCustody();
    void showHistory();
    void rebuildActions();
    void showError(const QString &message);
    void openReasonDialog(const QString &title, const QString &prompt, bool asksEndReason,
        std::function<Models::Result<>(const QString &, std::optional<Models::EndReason>)> step);
    void afterStep();
    void openRecordDialog(RecordForm *form, RecordDialog::Text title, RecordDialog::Text reasonPrompt,
        RecordDialog::Submit submit);
    QPushButton *addActionButton(const QString &objectName, void (PersonProfileView::*slot)());
    void retranslateActions();
    bool isDraft() const;
    QString actionText(Models::RegisterStatus from, Models::RegisterStatus to) const;

    static QString errorText(const Models::Error &error);

    Models::Office &m_office;
    Models::RegisterService &m_service;
    QString m_personId;
    std::optional<Models::PersonFile> m_file;

    QLabel *m_headerLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_identityTab = nullptr;
    QLabel *m_photoLabel = nullptr;
    QList<QLabel *> m_identityCaptions;
    QList<QLabel *> m_identityValues;
    QTableWidget *m_addressTable = nullptr;
    QTableWidget *m_caseTable = nullptr;
    QTableWidget *m_chargeTable = nullptr;
    QLabel *m_chargeNote = nullptr;
    QTableWidget *m_convictionTable = nullptr;
    QListWidget *m_ledgerList = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QTableWidget *m_custodyTable = nullptr;
    QTableWidget *m_monitoringTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QTableView *m_auditView = nullptr;
    Models::AuditEntryModel *m_auditModel = nullptr;
    QLabel *m_actionsLabel = nullptr;
    QHBoxLayout *m_actionLayout = nullptr;
    QList<QPushButton *> m_actionButtons;
    QDialogButtonBox *m_closeButtons = nullptr;
    QPointer<ReasonDialog> m_reasonDialog;
    QPushButton *m_editButton = nullptr;
    QPointer<EditPersonDialog> m_editDialog;
    QPushButton *m_custodyButton = nullptr;
    QPushButton *m_monitoringButton = nullptr;
    QPushButton *m_sentenceButton = nullptr;
    QPointer<RecordDialog> m_recordDialog;
};

} // namespace Nigran::Gui
