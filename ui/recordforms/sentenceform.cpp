#include "recordforms/sentenceform.h"

#include "recordforms/dateedit.h"
#include "recordforms/personform.h"

#include "rules/sentencecalculator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <limits>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

QString rowKey(const char *list, qsizetype row, const char *member)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(row).arg(QLatin1String(member));
}

/// Selects its value whenever it gets the focus, so that typing replaces the 0 (a table's cell
/// widgets do not get the select-all a form's spin boxes get on Tab).
class SelectingSpinBox final : public QSpinBox
{
protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QSpinBox::focusInEvent(event);
        selectAll();
    }
};

QSpinBox *spinBox(int maximum)
{
    auto *spin = new SelectingSpinBox;
    spin->setRange(0, maximum);
    return spin;
}

QPushButton *button(const char *name, QWidget *parent)
{
    auto *result = new QPushButton(parent);
    result->setObjectName(QString::fromLatin1(name));
    return result;
}

QTableWidget *table(int columns, const char *name, QWidget *parent)
{
    auto *result = new QTableWidget(0, columns, parent);
    result->setObjectName(QString::fromLatin1(name));
    result->verticalHeader()->hide();
    result->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    result->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the inputs in its rows
    result->setTabKeyNavigation(false);
    result->setMinimumHeight(90);
    return result;
}

} // namespace

QList<QWidget *> SentenceForm::ComponentRow::widgets() const
{
    return { kind, years, months, days, section, relation, follows, fine, defaultYears, defaultMonths,
        defaultDays, finePaid };
}

QList<QWidget *> SentenceForm::RemissionRow::widgets() const
{
    return { date, days, authority, excluded };
}

SentenceForm::SentenceForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("sentenceForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    m_startDate = new DateEdit(this);
    m_startDate->setObjectName(QStringLiteral("startDateEdit"));
    addRow(form, QStringLiteral("startDate"), {}, m_startDate);

    // Every text is set by retranslate().
    m_componentsLabel = new QLabel(this);
    outer->addWidget(m_componentsLabel);
    m_componentTable = table(12, "componentsTable", this);
    m_componentsLabel->setBuddy(m_componentTable);
    outer->addWidget(m_componentTable);
    m_componentsError = newErrorLabel(QStringLiteral("componentsError"));
    outer->addWidget(m_componentsError);
    registerField(QStringLiteral("components"), m_componentTable, m_componentsError);
    auto *componentButtons = new QHBoxLayout;
    m_addComponent = button("addComponentButton", this);
    m_removeComponent = button("removeComponentButton", this);
    componentButtons->addWidget(m_addComponent);
    componentButtons->addWidget(m_removeComponent);
    componentButtons->addStretch();
    outer->addLayout(componentButtons);
    connect(m_addComponent, &QPushButton::clicked, this, &SentenceForm::addComponent);
    connect(m_removeComponent, &QPushButton::clicked, this, &SentenceForm::removeComponent);

    auto *creditForm = new QFormLayout;
    outer->addLayout(creditForm);
    m_credit = spinBox(100000);
    m_credit->setParent(this);
    m_credit->setObjectName(QStringLiteral("creditDaysSpin"));
    addRow(creditForm, QStringLiteral("preTrialCustodyDays"), {}, m_credit);

    m_remissionsLabel = new QLabel(this);
    outer->addWidget(m_remissionsLabel);
    m_remissionTable = table(4, "remissionsTable", this);
    m_remissionTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_remissionsLabel->setBuddy(m_remissionTable);
    outer->addWidget(m_remissionTable);
    m_remissionsError = newErrorLabel(QStringLiteral("remissionsError"));
    outer->addWidget(m_remissionsError);
    registerField(QStringLiteral("remissions"), m_remissionTable, m_remissionsError);
    auto *remissionButtons = new QHBoxLayout;
    m_addRemission = button("addRemissionButton", this);
    m_removeRemission = button("removeRemissionButton", this);
    remissionButtons->addWidget(m_addRemission);
    remissionButtons->addWidget(m_removeRemission);
    remissionButtons->addStretch();
    outer->addLayout(remissionButtons);
    connect(m_addRemission, &QPushButton::clicked, this, &SentenceForm::addRemission);
    connect(m_removeRemission, &QPushButton::clicked, this, &SentenceForm::removeRemission);

    m_release = new QLabel(this);
    m_release->setObjectName(QStringLiteral("expectedReleaseLabel"));
    m_release->setTextFormat(Qt::PlainText);
    m_release->setWordWrap(true);
    QFont bold = m_release->font();
    bold.setBold(true);
    m_release->setFont(bold);
    outer->addWidget(m_release);
    m_ledgerView = new QPlainTextEdit(this);
    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_ledgerView->setReadOnly(true);
    m_ledgerView->setTabChangesFocus(true);
    m_ledgerView->setMinimumHeight(90);
    outer->addWidget(m_ledgerView);

    QLabel *general = newErrorLabel(QStringLiteral("sentenceGeneralError"));
    outer->addWidget(general);
    setGeneralErrorLabel(general);

    addComponent();
    retranslate();
    m_startDate->setFocus(Qt::OtherFocusReason);
}

SentenceForm::~SentenceForm() = default;

void SentenceForm::retranslate()
{
    setRowText(m_startDate, tr("Sentence starts on (usually the judgment date):"));
    m_componentsLabel->setText(tr("Components:"));
    m_componentTable->setHorizontalHeaderLabels({ tr("Kind"), tr("Years"), tr("Months"), tr("Days"),
        tr("Section"), tr("Runs"), tr("Follows component"), tr("Fine (Rs)"), tr("Default years"),
        tr("Default months"), tr("Default days"), tr("Fine paid") });
    m_componentTable->setAccessibleName(tr("Sentence components"));
    m_addComponent->setText(tr("Add component"));
    m_removeComponent->setText(tr("Remove component"));
    setRowText(m_credit, tr("Pre-trial custody credit, s.382-B CrPC (days):"));
    m_remissionsLabel->setText(tr("Remissions:"));
    m_remissionTable->setHorizontalHeaderLabels(
        { tr("Date"), tr("Days"), tr("Authority"), tr("Excludes sex offences") });
    m_remissionTable->setAccessibleName(tr("Remissions"));
    m_addRemission->setText(tr("Add remission"));
    m_removeRemission->setText(tr("Remove remission"));
    m_ledgerView->setAccessibleName(tr("How the expected release is computed"));
    for (const ComponentRow &component : std::as_const(m_components))
        translateComponent(component);
    registerRows(); // the rows' accessible names
    valuesChanged(); // the expected release and the ledger
}

void SentenceForm::translateComponent(const ComponentRow &component)
{
    setItemTexts(component.kind, { tr("Rigorous"), tr("Simple"), tr("Life (25 years)"), tr("Death") });
    setItemTexts(component.relation, { tr("Consecutive"), tr("Concurrent") });
    component.follows->setSpecialValueText(tr("those before it"));
}

void SentenceForm::addComponent()
{
    const int row = m_componentTable->rowCount();
    m_componentTable->insertRow(row);
    ComponentRow component { QUuid::createUuid().toString(QUuid::WithoutBraces), new QComboBox,
        spinBox(SentenceCalculator::MaxTermPart), spinBox(SentenceCalculator::MaxTermPart),
        spinBox(SentenceCalculator::MaxTermPart), new QLineEdit, new QComboBox, spinBox(row),
        spinBox(std::numeric_limits<int>::max()), spinBox(SentenceCalculator::MaxTermPart),
        spinBox(SentenceCalculator::MaxTermPart), spinBox(SentenceCalculator::MaxTermPart), new QCheckBox };
    for (const SentenceKind kind :
        { SentenceKind::Rigorous, SentenceKind::Simple, SentenceKind::Life, SentenceKind::Death })
        component.kind->addItem(QString(), int(kind));
    for (const auto relation :
        { SentenceComponent::Relation::Consecutive, SentenceComponent::Relation::Concurrent })
        component.relation->addItem(QString(), int(relation));
    translateComponent(component);
    if (!m_components.isEmpty())
        component.section->setText(m_components.constLast().section->text());
    const QList<QWidget *> widgets = component.widgets();
    for (int column = 0; column < widgets.size(); ++column)
        placeInCell(m_componentTable, row, column, widgets.at(column));
    m_components << component;
    rowsChanged(component.kind);
}

void SentenceForm::removeComponent()
{
    if (m_components.size() <= 1)
        return; // a sentence has at least one component
    qsizetype index = m_components.size() - 1;
    for (qsizetype i = 0; i < m_components.size(); ++i)
        if (m_components.at(i).widgets().contains(focusWidget()))
            index = i;
    m_components.removeAt(index);
    m_componentTable->removeRow(int(index));
    rowsChanged(m_components.constLast().kind);
}

void SentenceForm::addRemission()
{
    const int row = m_remissionTable->rowCount();
    m_remissionTable->insertRow(row);
    RemissionRow remission { new DateEdit, spinBox(100000), new QLineEdit, new QCheckBox };
    const QList<QWidget *> widgets = remission.widgets();
    for (int column = 0; column < widgets.size(); ++column)
        placeInCell(m_remissionTable, row, column, widgets.at(column));
    m_remissions << remission;
    rowsChanged(remission.date);
}

void SentenceForm::removeRemission()
{
    if (m_remissions.isEmpty())
        return;
    qsizetype index = m_remissions.size() - 1;
    for (qsizetype i = 0; i < m_remissions.size(); ++i)
        if (m_remissions.at(i).widgets().contains(focusWidget()))
            index = i;
    m_remissions.removeAt(index);
    m_remissionTable->removeRow(int(index));
    rowsChanged(
        m_remissions.isEmpty() ? static_cast<QWidget *>(m_addRemission) : m_remissions.constLast().date);
}

void SentenceForm::rowsChanged(QWidget *focus)
{
    for (qsizetype i = 0; i < m_components.size(); ++i)
        m_components.at(i).follows->setMaximum(int(m_components.size()));
    registerRows();
    m_removeComponent->setEnabled(m_components.size() > 1);
    m_removeRemission->setEnabled(!m_remissions.isEmpty());
    applyFocusOrder();
    Q_EMIT focusOrderChanged();
    if (isVisible())
        focus->setFocus(Qt::OtherFocusReason);
    revalidate();
}

void SentenceForm::registerRows()
{
    unregisterPrefix(QStringLiteral("components["));
    unregisterPrefix(QStringLiteral("remissions["));
    const char *componentMembers[] = { "kind", "years", "months", "days", "offenceSection", "relation",
        "consecutiveTo", "fineRupees", "defaultYears", "defaultMonths", "defaultDays", "finePaid" };
    const QStringList componentNames { tr("kind"), tr("years"), tr("months"), tr("days"), tr("section"),
        tr("concurrent or consecutive"), tr("follows component"), tr("fine in rupees"),
        tr("default imprisonment, years"), tr("default imprisonment, months"),
        tr("default imprisonment, days"), tr("fine paid") };
    for (qsizetype i = 0; i < m_components.size(); ++i) {
        const QList<QWidget *> widgets = m_components.at(i).widgets();
        for (int f = 0; f < widgets.size(); ++f) {
            const QString key = rowKey("components", i, componentMembers[f]);
            widgets.at(f)->setAccessibleName(tr("Component %1, %2").arg(i + 1).arg(componentNames.at(f)));
            registerField(key, widgets.at(f), m_componentsError);
            if (!widgets.at(f)->property("nigranWatched").toBool()) {
                widgets.at(f)->setProperty("nigranWatched", true);
                watch(widgets.at(f), key);
            }
        }
    }
    const char *remissionMembers[] = { "date", "days", "authority", "excludedForSexOffences" };
    const QStringList remissionNames { tr("date"), tr("days"), tr("authority"), tr("excludes sex offences") };
    for (qsizetype i = 0; i < m_remissions.size(); ++i) {
        const QList<QWidget *> widgets = m_remissions.at(i).widgets();
        for (int f = 0; f < widgets.size(); ++f) {
            const QString key = rowKey("remissions", i, remissionMembers[f]);
            widgets.at(f)->setAccessibleName(tr("Remission %1, %2").arg(i + 1).arg(remissionNames.at(f)));
            registerField(key, widgets.at(f), m_remissionsError);
            if (!widgets.at(f)->property("nigranWatched").toBool()) {
                widgets.at(f)->setProperty("nigranWatched", true);
                watch(widgets.at(f), key);
            }
        }
    }
}

void SentenceForm::suggest(QDate start, const QString &section)
{
    if (m_startDate->isEmpty())
        m_startDate->setDate(start);
    for (const ComponentRow &row : std::as_const(m_components))
        if (row.section->text().isEmpty())
            row.section->setText(section);
}

void SentenceForm::setSentence(const Sentence &sentence)
{
    m_startDate->setDate(sentence.startDate);
    while (m_components.size() < std::max<qsizetype>(1, sentence.components.size()))
        addComponent();
    while (m_components.size() > std::max<qsizetype>(1, sentence.components.size()))
        removeComponent();
    for (qsizetype i = 0; i < sentence.components.size(); ++i) {
        ComponentRow &row = m_components[i];
        const SentenceComponent &component = sentence.components.at(i);
        row.id = component.id;
        row.kind->setCurrentIndex(std::max(0, row.kind->findData(int(component.kind))));
        row.years->setValue(component.term.years);
        row.months->setValue(component.term.months);
        row.days->setValue(component.term.days);
        row.section->setText(component.offenceSection);
        row.relation->setCurrentIndex(std::max(0, row.relation->findData(int(component.relation))));
        int follows = 0;
        for (qsizetype j = 0; j < sentence.components.size(); ++j)
            if (!component.consecutiveTo.isEmpty() && sentence.components.at(j).id == component.consecutiveTo)
                follows = int(j + 1);
        row.follows->setValue(follows);
        row.fine->setValue(int(std::min<qint64>(component.fineRupees, std::numeric_limits<int>::max())));
        row.defaultYears->setValue(component.defaultTerm.years);
        row.defaultMonths->setValue(component.defaultTerm.months);
        row.defaultDays->setValue(component.defaultTerm.days);
        row.finePaid->setChecked(component.finePaid);
    }
    m_credit->setValue(sentence.preTrialCustodyDays);
    while (m_remissions.size() < sentence.remissions.size())
        addRemission();
    while (m_remissions.size() > sentence.remissions.size())
        removeRemission();
    for (qsizetype i = 0; i < sentence.remissions.size(); ++i) {
        const Remission &remission = sentence.remissions.at(i);
        m_remissions.at(i).date->setDate(remission.date);
        m_remissions.at(i).days->setValue(remission.days);
        m_remissions.at(i).authority->setText(remission.authority);
        m_remissions.at(i).excluded->setChecked(remission.excludedForSexOffences);
    }
    resetTouched();
}

Sentence SentenceForm::sentence() const
{
    Sentence sentence;
    sentence.startDate = m_startDate->date();
    for (const ComponentRow &row : m_components) {
        SentenceComponent component;
        component.id = row.id;
        component.kind = SentenceKind(row.kind->currentData().toInt());
        component.term = { row.years->value(), row.months->value(), row.days->value() };
        component.offenceSection = row.section->text().trimmed();
        component.relation = SentenceComponent::Relation(row.relation->currentData().toInt());
        if (const int follows = row.follows->value(); follows > 0)
            component.consecutiveTo
                = follows <= m_components.size() ? m_components.at(follows - 1).id : QString::number(follows);
        component.fineRupees = row.fine->value();
        component.defaultTerm
            = { row.defaultYears->value(), row.defaultMonths->value(), row.defaultDays->value() };
        component.finePaid = row.finePaid->isChecked();
        sentence.components << component;
    }
    sentence.preTrialCustodyDays = m_credit->value();
    for (const RemissionRow &row : m_remissions)
        sentence.remissions << Remission { row.date->date(), row.days->value(),
            row.authority->text().trimmed(), row.excluded->isChecked() };
    return sentence;
}

QList<FieldError> SentenceForm::problems() const
{
    QList<FieldError> own;
    m_startDate->check(QStringLiteral("startDate"), tr("Start date"), own);
    for (qsizetype i = 0; i < m_remissions.size(); ++i)
        m_remissions.at(i).date->check(
            rowKey("remissions", i, "date"), tr("Remission %1, date").arg(i + 1), own);
    const Result<SentenceLedger> computed = SentenceCalculator::compute(sentence());
    if (computed)
        return own;
    QList<FieldError> calculator = computed.error().fields;
    if (calculator.isEmpty())
        calculator << FieldError { QString(), computed.error().message };
    return merged(own, calculator);
}

void SentenceForm::valuesChanged()
{
    const Result<SentenceLedger> computed = SentenceCalculator::compute(sentence());
    if (!computed) {
        m_ledger.reset();
        m_release->setText(
            tr("Expected release: cannot be computed until the problems above are corrected."));
        m_ledgerView->clear();
        return;
    }
    m_ledger = *computed;
    m_release->setText(computed->expectedRelease()
            ? tr("Expected release: %1").arg(computed->expectedRelease()->toString(Qt::ISODate))
            : tr("Expected release: none (death sentence)"));
    m_release->setAccessibleName(m_release->text());
    m_ledgerView->setPlainText(computed->toText());
}

QString SentenceForm::expectedReleaseText() const
{
    return m_ledger && m_ledger->expectedRelease() ? m_ledger->expectedRelease()->toString(Qt::ISODate)
                                                   : QString();
}

QList<QWidget *> SentenceForm::focusOrder() const
{
    QList<QWidget *> order { m_startDate };
    for (const ComponentRow &row : m_components)
        order << row.widgets();
    order << m_addComponent << m_removeComponent << m_credit;
    for (const RemissionRow &row : m_remissions)
        order << row.widgets();
    order << m_addRemission << m_removeRemission << m_ledgerView;
    return order;
}

} // namespace Nigran::Gui
