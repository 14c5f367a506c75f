#pragma once

#include "recordforms/recordform.h"

#include "domain/sentence.h"
#include "rules/sentenceledger.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Nigran::Gui {

class DateEdit;

/// A sentence: its components (kind, term, section, concurrent or consecutive and which component it
/// follows, fine, imprisonment in default, fine paid), the s.382-B CrPC credit and the remissions
/// ledger. The expected release and every step of SentenceCalculator's ledger are shown as the user
/// types.
class SentenceForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SentenceForm)

public:
    explicit SentenceForm(QWidget *parent = nullptr);
    ~SentenceForm() override;

    /// Without convictionId, which the dialog fills in when it saves.
    Models::Sentence sentence() const;
    /// Fills every field from a saved sentence (to correct it); keeps its components' ids.
    void setSentence(const Models::Sentence &sentence);
    /// The ledger of the current values, if they compute.
    std::optional<Models::SentenceLedger> ledger() const { return m_ledger; }
    /// The expected release as shown ("2034-02-18"), or the reason there is none.
    QString expectedReleaseText() const;
    /// Fills the start date and the components' sections while they are empty.
    void suggest(QDate start, const QString &section);

    int componentCount() const { return int(m_components.size()); }
    int remissionCount() const { return int(m_remissions.size()); }

    QList<Models::FieldError> problems() const override;
    QList<QWidget *> focusOrder() const override;

public Q_SLOTS:
    void addComponent();
    void removeComponent();
    void addRemission();
    void removeRemission();

protected:
    void valuesChanged() override;
    void retranslate() override;

private:
    struct ComponentRow
    {
        QString id;
        QComboBox *kind;
        QSpinBox *years;
        QSpinBox *months;
        QSpinBox *days;
        QLineEdit *section;
        QComboBox *relation;
        QSpinBox *follows;
        QSpinBox *fine;
        QSpinBox *defaultYears;
        QSpinBox *defaultMonths;
        QSpinBox *defaultDays;
        QCheckBox *finePaid;

        QList<QWidget *> widgets() const;
    };
    struct RemissionRow
    {
        DateEdit *date;
        QSpinBox *days;
        QLineEdit *authority;
        QCheckBox *excluded;

        QList<QWidget *> widgets() const;
    };

    void registerRows();
    static void translateComponent(const ComponentRow &component);
    void rowsChanged(QWidget *focus);

    DateEdit *m_startDate;
    QLabel *m_componentsLabel;
    QLabel *m_remissionsLabel;
    QTableWidget *m_componentTable;
    QLabel *m_componentsError;
    QPushButton *m_addComponent;
    QPushButton *m_removeComponent;
    QSpinBox *m_credit;
    QTableWidget *m_remissionTable;
    QLabel *m_remissionsError;
    QPushButton *m_addRemission;
    QPushButton *m_removeRemission;
    QLabel *m_release;
    QPlainTextEdit *m_ledgerView;
    QList<ComponentRow> m_components;
    QList<RemissionRow> m_remissions;
    std::optional<Models::SentenceLedger> m_ledger;
};

} // namespace Nigran::Gui
