#pragma once

#include "core/result.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Nigran::Models {
class Office;
class RegisterService;
} // namespace Nigran::Models

namespace Nigran::Gui {

class CaseForm;
class ChargeForm;
class ConvictionForm;
class PersonForm;
class RecordForm;
class SentenceForm;

/// "New register entry": person → case → charge → conviction → sentence, keyboard only (Tab and
/// Shift+Tab between fields, Return or Alt+N for Next, Alt+B for Back, Alt+S to save on the last step).
///
/// Each step is checked as the user types and again on Next, which stays on the step and lists the
/// problems above it. Leaving the person step runs the duplicate check and, when someone on the
/// register may be the same person, shows them; the entry goes on only after "This is a different
/// person — create anyway". Save checks every step again and writes all five records in one
/// transaction (RegisterService::createEntry): on any error the message is shown, the dialog stays, nothing
/// is written.
class NewEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEntryDialog)

public:
    enum Step
    {
        PersonStep,
        CaseStep,
        ChargeStep,
        ConvictionStep,
        SentenceStep,
        DuplicatesStep, ///< not numbered: shown between the person and the case when needed
    };

    NewEntryDialog(Models::Office &office, Models::RegisterService &service, QWidget *parent = nullptr);
    ~NewEntryDialog() override;

    Step currentStep() const;
    PersonForm *personForm() const { return m_person; }
    CaseForm *caseForm() const { return m_case; }
    ChargeForm *chargeForm() const { return m_charge; }
    ConvictionForm *convictionForm() const { return m_conviction; }
    SentenceForm *sentenceForm() const { return m_sentence; }
    /// The problems listed above the step, one a line; empty when there are none.
    QString summaryText() const;
    /// The id of the person created by the last successful save.
    QString savedPersonId() const { return m_savedPersonId; }

public Q_SLOTS:
    void next();
    void back();
    void save();

Q_SIGNALS:
    /// Everything was written; the register list should show the new person.
    void entrySaved(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Sets every translated text (the constructor and a language change).
    void retranslate();
    void showStepTitle();
    void showDuplicatesText();
    RecordForm *form(Step step) const;
    QString stepTitle(Step step) const;
    void goTo(Step step);
    void showSummary(const QString &heading, const QStringList &lines);
    void clearSummary();
    /// Runs the duplicate check; false (and the candidates shown) when someone not yet acknowledged
    /// may be the same person, or the check failed.
    bool checkDuplicates();
    void acknowledgeDuplicates();
    void applyTabOrder();

    Models::Office &m_office;
    Models::RegisterService &m_service;
    QLabel *m_title;
    QLabel *m_summary;
    QStackedWidget *m_pages;
    PersonForm *m_person;
    CaseForm *m_case;
    ChargeForm *m_charge;
    ConvictionForm *m_conviction;
    SentenceForm *m_sentence;
    QWidget *m_duplicatesPage;
    QLabel *m_duplicatesText;
    QTableWidget *m_candidates;
    QPushButton *m_createAnyway;
    QPushButton *m_notCreate;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QSet<QString> m_acknowledged; ///< candidates the user said are different people
    QSet<QString> m_pendingCandidates;
    QString m_savedPersonId;
    int m_duplicateCount = 0; ///< candidates shown on the duplicates page
};

} // namespace Nigran::Gui
