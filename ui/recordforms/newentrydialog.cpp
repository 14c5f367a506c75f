#include "recordforms/newentrydialog.h"

#include "fielderrors.h"
#include "recordforms/caseform.h"
#include "recordforms/chargeform.h"
#include "recordforms/convictionform.h"
#include "recordforms/personform.h"
#include "recordforms/sentenceform.h"

#include "domain/cnic.h"
#include "security/clock.h"
#include "services/office.h"
#include "services/registerservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

constexpr int NumberedSteps = 5;

QScrollArea *scrolled(QWidget *form, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(form);
    return area;
}

} // namespace

NewEntryDialog::NewEntryDialog(Office &office, RegisterService &service, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_service(service)
{
    setObjectName(QStringLiteral("newEntryDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    FieldErrors::prepare(m_summary);
    layout->addWidget(m_summary);

    m_pages = new QStackedWidget(this);
    m_person = new PersonForm;
    m_person->setOwningDistrict(office.district());
    m_case = new CaseForm;
    m_case->setDefaultDistrict(office.district());
    m_charge = new ChargeForm;
    m_charge->setReferenceDate(office.clock().nowUtc().date());
    m_conviction = new ConvictionForm;
    m_sentence = new SentenceForm;
    for (RecordForm *form : { static_cast<RecordForm *>(m_person), static_cast<RecordForm *>(m_case),
             static_cast<RecordForm *>(m_charge), static_cast<RecordForm *>(m_conviction),
             static_cast<RecordForm *>(m_sentence) }) {
        m_pages->addWidget(scrolled(form, m_pages));
        connect(form, &RecordForm::focusOrderChanged, this, &NewEntryDialog::applyTabOrder);
    }

    m_duplicatesPage = new QWidget(m_pages);
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesPage);
    m_duplicatesText = new QLabel(m_duplicatesPage);
    m_duplicatesText->setWordWrap(true);
    duplicatesLayout->addWidget(m_duplicatesText);
    m_candidates = new QTableWidget(0, 5, m_duplicatesPage);
    m_candidates->setObjectName(QStringLiteral("candidatesTable"));
    m_candidates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidates->setTabKeyNavigation(false);
    m_candidates->verticalHeader()->hide();
    m_candidates->horizontalHeader()->setStretchLastSection(true);
    duplicatesLayout->addWidget(m_candidates, 1);
    auto *duplicateButtons = new QHBoxLayout;
    m_createAnyway = new QPushButton(m_duplicatesPage);
    m_createAnyway->setObjectName(QStringLiteral("createAnywayButton"));
    m_notCreate = new QPushButton(m_duplicatesPage);
    m_notCreate->setObjectName(QStringLiteral("duplicateCancelButton"));
    duplicateButtons->addStretch();
    duplicateButtons->addWidget(m_createAnyway);
    duplicateButtons->addWidget(m_notCreate);
    duplicatesLayout->addLayout(duplicateButtons);
    m_pages->addWidget(m_duplicatesPage);
    connect(m_createAnyway, &QPushButton::clicked, this, &NewEntryDialog::acknowledgeDuplicates);
    connect(m_notCreate, &QPushButton::clicked, this, [this] { goTo(PersonStep); });
    layout->addWidget(m_pages, 1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("closeButton"));
    buttons->addStretch();
    for (QPushButton *button : { m_back, m_next, m_save, m_cancel })
        buttons->addWidget(button);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &NewEntryDialog::back);
    connect(m_next, &QPushButton::clicked, this, &NewEntryDialog::next);
    connect(m_save, &QPushButton::clicked, this, &NewEntryDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    resize(960, 720);
    applyTabOrder();
    goTo(PersonStep);
    retranslate();
}

NewEntryDialog::~NewEntryDialog() = default;

void NewEntryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NewEntryDialog::retranslate()
{
    setWindowTitle(tr("New register entry"));
    m_summary->setAccessibleName(tr("Problems to correct"));
    m_candidates->setAccessibleName(tr("People who may be the same person"));
    m_candidates->setHorizontalHeaderLabels(
        { tr("Name"), tr("Name (Urdu)"), tr("CNIC"), tr("Date of birth"), tr("Why") });
    m_createAnyway->setText(tr("This is a &different person — create anyway"));
    m_notCreate->setText(tr("Cancel"));
    m_notCreate->setAccessibleName(tr("Cancel: go back to the person"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_next->setText(tr("&Next"));
    m_next->setAccessibleName(tr("Next"));
    m_save->setText(tr("&Save entry"));
    m_save->setAccessibleName(tr("Save entry"));
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close without saving"));
    // Explicit (after the texts, whose mnemonics replace a button's shortcut), so that they work where
    // the platform turns mnemonics off and in a language whose texts have none.
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_B));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    m_save->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    m_createAnyway->setShortcut(QKeySequence(Qt::ALT | Qt::Key_D));
    showStepTitle();
    showDuplicatesText();
}

void NewEntryDialog::showStepTitle()
{
    const Step step = currentStep();
    m_title->setText(step == DuplicatesStep
            ? stepTitle(step)
            : tr("Step %1 of %2: %3").arg(int(step) + 1).arg(NumberedSteps).arg(stepTitle(step)));
}

void NewEntryDialog::showDuplicatesText()
{
    m_duplicatesText->setText(tr("%n person(s) already on the register may be the same person. Compare them "
                                 "with the person you entered before creating a new entry.",
        nullptr, m_duplicateCount));
}

RecordForm *NewEntryDialog::form(Step step) const
{
    switch (step) {
    case PersonStep:
        return m_person;
    case CaseStep:
        return m_case;
    case ChargeStep:
        return m_charge;
    case ConvictionStep:
        return m_conviction;
    case SentenceStep:
        return m_sentence;
    case DuplicatesStep:
        break;
    }
    return nullptr;
}

QString NewEntryDialog::stepTitle(Step step) const
{
    switch (step) {
    case PersonStep:
        return tr("Person");
    case CaseStep:
        return tr("Case");
    case ChargeStep:
        return tr("Charge");
    case ConvictionStep:
        return tr("Conviction");
    case SentenceStep:
        return tr("Sentence");
    case DuplicatesStep:
        return tr("Possible duplicates");
    }
    return {};
}

NewEntryDialog::Step NewEntryDialog::currentStep() const
{
    return Step(m_pages->currentIndex());
}

QString NewEntryDialog::summaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

void NewEntryDialog::applyTabOrder()
{
    QList<QWidget *> order;
    for (Step step : { PersonStep, CaseStep, ChargeStep, ConvictionStep, SentenceStep })
        order << form(step)->focusOrder();
    order << m_candidates << m_createAnyway << m_notCreate << m_back << m_next << m_save << m_cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void NewEntryDialog::goTo(Step step)
{
    clearSummary();
    m_pages->setCurrentIndex(step);
    const bool duplicates = step == DuplicatesStep;
    showStepTitle();
    m_back->setVisible(!duplicates);
    m_back->setEnabled(step != PersonStep);
    m_next->setVisible(!duplicates && step != SentenceStep);
    m_save->setVisible(step == SentenceStep);
    m_cancel->setVisible(!duplicates);
    if (duplicates) {
        m_notCreate->setDefault(true);
        m_candidates->setFocus(Qt::OtherFocusReason);
        return;
    }
    (step == SentenceStep ? m_save : m_next)->setDefault(true);
    (step == SentenceStep ? m_next : m_save)->setDefault(false);
    if (const QList<QWidget *> order = form(step)->focusOrder(); !order.isEmpty())
        order.constFirst()->setFocus(Qt::TabFocusReason);
}

void NewEntryDialog::showSummary(const QString &heading, const QStringList &lines)
{
    QStringList text { heading };
    for (const QString &line : lines)
        text << QStringLiteral("• %1").arg(line);
    FieldErrors::show(m_summary, nullptr, text.join(QLatin1Char('\n')));
}

void NewEntryDialog::clearSummary()
{
    FieldErrors::clear(m_summary, nullptr);
}

void NewEntryDialog::next()
{
    const Step step = currentStep();
    RecordForm *current = form(step);
    if (!current || step == SentenceStep)
        return;
    const QList<FieldError> problems = current->showAllProblems();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldError &problem : problems)
            lines << problem.message;
        showSummary(tr("Correct these before going on:"), lines);
        current->focusFirst(problems);
        return;
    }
    if (step == PersonStep && !checkDuplicates())
        return;
    const Step following = Step(step + 1);
    if (following == ConvictionStep)
        m_conviction->suggest(m_case->caseRecord().court, m_charge->charge().offenceCode);
    if (following == SentenceStep) {
        const auto offence = m_charge->offence();
        m_sentence->suggest(m_conviction->conviction().judgmentDate, offence ? offence->section : QString());
    }
    goTo(following);
}

void NewEntryDialog::back()
{
    const Step step = currentStep();
    if (step == PersonStep || step == DuplicatesStep)
        return;
    goTo(Step(step - 1));
}

bool NewEntryDialog::checkDuplicates()
{
    const Result<QList<DuplicateCandidate>> found = m_service.findDuplicates(m_person->person());
    if (!found) {
        showSummary(found.error().message, {});
        return false;
    }
    m_pendingCandidates.clear();
    for (const DuplicateCandidate &candidate : *found)
        if (!m_acknowledged.contains(candidate.personId))
            m_pendingCandidates.insert(candidate.personId);
    if (m_pendingCandidates.isEmpty())
        return true;

    m_candidates->setRowCount(0);
    for (const DuplicateCandidate &candidate : *found) {
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        QStringList cells { tr("(cannot be shown)"), QString(), QString(), QString(), candidate.reason };
        // Viewing a person is audited; the purpose says why.
        if (const auto file = m_service.viewPerson(candidate.personId, QStringLiteral("duplicate check"));
            file) {
            const Person &person = file->person;
            QString identity = person.passport ? person.passport->number : QString();
            if (person.cnic)
                if (const Result<Cnic> cnic = Cnic::parse(*person.cnic); cnic)
                    identity = cnic->formatted();
            cells = { person.nameLatin, person.nameUrdu, identity, person.birthDate.toString(Qt::ISODate),
                candidate.reason };
        }
        for (int column = 0; column < cells.size(); ++column)
            m_candidates->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_candidates->resizeColumnsToContents();
    m_candidates->selectRow(0);
    m_duplicateCount = int(found->size());
    showDuplicatesText();
    goTo(DuplicatesStep);
    return false;
}

void NewEntryDialog::acknowledgeDuplicates()
{
    m_acknowledged.unite(m_pendingCandidates);
    m_pendingCandidates.clear();
    goTo(CaseStep);
}

void NewEntryDialog::save()
{
    if (currentStep() != SentenceStep)
        return;
    // Every step again: a value may have changed after its Next.
    QStringList lines;
    std::optional<Step> firstBad;
    QList<FieldError> firstProblems;
    for (Step step : { PersonStep, CaseStep, ChargeStep, ConvictionStep, SentenceStep }) {
        const QList<FieldError> problems = form(step)->showAllProblems();
        for (const FieldError &problem : problems)
            lines << tr("%1 — %2").arg(stepTitle(step), problem.message);
        if (!problems.isEmpty() && !firstBad) {
            firstBad = step;
            firstProblems = problems;
        }
    }
    if (firstBad) {
        goTo(*firstBad);
        showSummary(tr("Nothing was saved. Correct these first:"), lines);
        form(*firstBad)->focusFirst(firstProblems);
        return;
    }
    if (!checkDuplicates())
        return;

    NewRegisterEntry entry { m_person->person(), m_case->caseRecord(), m_charge->charge(),
        m_conviction->conviction(), m_sentence->sentence() };
    if (entry.conviction.judgmentDate.isValid())
        entry.caseRecord.statusHistory
            << CaseRecord::StatusEntry { entry.conviction.judgmentDate, CaseStatus::Convicted, {} };
    NewRegisterEntry::Part failed = NewRegisterEntry::Part::Person;
    const Result<CreatedRegisterEntry> saved
        = m_service.createEntry(entry, !m_acknowledged.isEmpty(), &failed);
    if (!saved) {
        const Step step = Step(int(failed));
        goTo(step);
        QStringList fieldLines;
        for (const FieldError &problem : saved.error().fields)
            fieldLines << problem.message;
        form(step)->showProblems(saved.error().fields);
        showSummary(tr("Nothing was saved. %1").arg(saved.error().message), fieldLines);
        form(step)->focusFirst(saved.error().fields);
        return;
    }
    m_savedPersonId = saved->personId;
    Q_EMIT entrySaved(saved->personId);
    accept();
}

} // namespace Nigran::Gui
