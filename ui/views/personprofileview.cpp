#include "personprofileview.h"

#include "biditext.h"

#include "fielderrors.h"
#include "reasondialog.h"
#include "recordforms/custodyform.h"
#include "recordforms/monitoringorderform.h"
#include "recordforms/sentenceform.h"

#include "domain/cnic.h"
#include "domain/districtlist.h"
#include "domain/offencecatalogue.h"
#include "itemmodels/auditentrymodel.h"
#include "rules/sentencecalculator.h"
#include "security/clock.h"
#include "services/accesspolicy.h"
#include "services/office.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

QString genderText(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return PersonProfileView::tr("male");
    case Gender::Female:
        return PersonProfileView::tr("female");
    case Gender::Transgender:
        return PersonProfileView::tr("transgender");
    case Gender::Unknown:
        break;
    }
    return PersonProfileView::tr("unknown");
}

/// Rows of the identity tab, in order.
enum IdentityRow
{
    NameLatinRow,
    NameUrduRow,
    ParentageRow,
    ParentageUrduRow,
    AliasesRow,
    BirthDateRow,
    GenderRow,
    CnicRow,
    PassportRow,
    DescriptionRow,
    MarksRow,
    PhonesRow,
    ResidenceRow,
    StatusRow,
    ReleaseRow,
    IdentityRowCount
};

constexpr const char *identityObjectNames[IdentityRowCount]
    = { "nameLatinValue", "nameUrduValue", "parentageValue", "parentageUrduValue", "aliasesValue",
          "birthDateValue", "genderValue", "cnicValue", "passportValue", "descriptionValue", "marksValue",
          "phonesValue", "residenceValue", "statusValue", "releaseValue" };

bool isUrduRow(int row)
{
    return row == NameUrduRow || row == ParentageUrduRow;
}

/// Urdu stays right-aligned whatever the layout direction of the window.
constexpr Qt::Alignment UrduAlignment = Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter;

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// Text with dates and numbers inside words: in a right-to-left (Urdu) window each number run is
/// isolated (BidiText), or "… : 2024-01-31" would read 31-01-2024; left to right it is unchanged.
QString embedded(const QString &text)
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? BidiText::isolateNumbers(text) : text;
}

QString districtName(const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto found = DistrictList::builtIn().find(code);
    return found ? found->name : code;
}

QTableWidgetItem *cell(const QString &text, bool urdu = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (urdu)
        item->setTextAlignment(UrduAlignment);
    return item;
}

void fillRow(QTableWidget *table, int row, const QStringList &texts, const QList<int> &urduColumns = {})
{
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, cell(texts.at(column), urduColumns.contains(column)));
}

} // namespace

PersonProfileView::PersonProfileView(
    Office &office, RegisterService &service, const QString &personId, QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_service(service)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("personProfileView"));
    auto *layout = new QVBoxLayout(this);

    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(QStringLiteral("profileHeader"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_headerLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("profileError"));
    FieldErrors::prepare(m_errorLabel);
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setDocumentMode(true);

    m_identityTab = createIdentityTab();
    m_tabs->addTab(m_identityTab, QString());

    m_addressTable = createTable(QStringLiteral("addressTable"), 5);
    m_tabs->addTab(m_addressTable, QString());

    auto *casesPage = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesPage);
    m_caseTable = createTable(QStringLiteral("caseTable"), 8);
    m_chargeTable = createTable(QStringLiteral("chargeTable"), 6);
    m_chargeNote = new QLabel(casesPage);
    m_chargeNote->setWordWrap(true);
    casesLayout->addWidget(m_caseTable, 1);
    casesLayout->addWidget(m_chargeNote);
    casesLayout->addWidget(m_chargeTable, 1);
    m_tabs->addTab(casesPage, QString());

    m_convictionTable = createTable(QStringLiteral("convictionTable"), 6);
    m_tabs->addTab(m_convictionTable, QString());

    auto *sentencesPage = new QWidget(this);
    auto *sentencesLayout = new QVBoxLayout(sentencesPage);
    m_releaseLabel = new QLabel(sentencesPage);
    m_releaseLabel->setObjectName(QStringLiteral("expectedReleaseLabel"));
    m_releaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ledgerList = new QListWidget(sentencesPage);
    m_ledgerList->setObjectName(QStringLiteral("ledgerList"));
    m_ledgerList->setWordWrap(true);
    m_ledgerList->setSelectionMode(QAbstractItemView::SingleSelection);
    sentencesLayout->addWidget(m_releaseLabel);
    sentencesLayout->addWidget(m_ledgerList, 1);
    m_tabs->addTab(sentencesPage, QString());

    auto *custodyPage = new QWidget(this);
    auto *custodyLayout = new QVBoxLayout(custodyPage);
    m_custodyTable = createTable(QStringLiteral("custodyTable"), 4);
    m_monitoringTable = createTable(QStringLiteral("monitoringTable"), 5);
    custodyLayout->addWidget(m_custodyTable, 1);
    custodyLayout->addWidget(m_monitoringTable, 1);
    m_tabs->addTab(custodyPage, QString());

    m_historyTable = createTable(QStringLiteral("historyTable"), 6);
    m_tabs->addTab(m_historyTable, QString());

    m_auditModel = new AuditEntryModel(office, this);
    connect(m_auditModel, &AuditEntryModel::errorOccurred, this, &PersonProfileView::showError);
    m_auditView = new QTableView(this);
    m_auditView->setObjectName(QStringLiteral("recordAuditView"));
    m_auditView->setModel(m_auditModel);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setTabKeyNavigation(false);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_auditView, QString());
    layout->addWidget(m_tabs, 1);

    auto *actionBar = new QHBoxLayout;
    m_actionsLabel = new QLabel(this);
    actionBar->addWidget(m_actionsLabel);
    m_actionLayout = new QHBoxLayout;
    actionBar->addLayout(m_actionLayout);
    actionBar->addStretch(1);
    m_closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actionBar->addWidget(m_closeButtons);
    layout->addLayout(actionBar);

    resize(960, 640);
    retranslate();
    reload();
    m_tabs->setFocus();
}

PersonProfileView::~PersonProfileView() = default;

QWidget *PersonProfileView::createIdentityTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("identityTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *row = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < IdentityRowCount; ++i) {
        auto *caption = new QLabel(page);
        auto *value = new QLabel(page);
        value->setObjectName(QString::fromLatin1(identityObjectNames[i]));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        if (isUrduRow(i)) {
            value->setLayoutDirection(Qt::RightToLeft);
            value->setAlignment(UrduAlignment);
        }
        caption->setBuddy(value);
        form->addRow(caption, value);
        m_identityCaptions << caption;
        m_identityValues << value;
    }
    row->addLayout(form, 1);
    m_photoLabel = new QLabel(page);
    m_photoLabel->setObjectName(QStringLiteral("photoLabel"));
    m_photoLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_photoLabel->setMinimumWidth(160);
    row->addWidget(m_photoLabel, 0, Qt::AlignTop);
    scroll->setWidget(page);
    return scroll;
}

QTableWidget *PersonProfileView::createTable(const QString &objectName, int columns)
{
    auto *table = new QTableWidget(0, columns, this);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Rows follow the font: Nastaliq (Urdu) lines are about twice as tall as Latin ones.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void PersonProfileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFile();
        retranslateActions();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        showFile(); // numbers in the text are isolated only right to left
    }
    QDialog::changeEvent(event);
}

void PersonProfileView::retranslate()
{
    m_tabs->setTabText(IdentityTab, tr("&Identity"));
    m_tabs->setTabText(AddressesTab, tr("&Addresses"));
    m_tabs->setTabText(CasesTab, tr("&Cases and charges"));
    m_tabs->setTabText(ConvictionsTab, tr("Con&victions"));
    m_tabs->setTabText(SentencesTab, tr("&Sentences"));
    m_tabs->setTabText(CustodyTab, tr("Custody and &monitoring"));
    m_tabs->setTabText(HistoryTab, tr("&Workflow history"));
    m_tabs->setTabText(AuditTab, tr("Au&dit history"));
    m_tabs->setAccessibleName(tr("Parts of the person's file"));

    const QStringList captions { tr("Name:"), tr("Name (Urdu):"), tr("Parentage:"), tr("Parentage (Urdu):"),
        tr("Aliases:"), tr("Date of birth:"), tr("Gender:"), tr("CNIC:"), tr("Passport:"), tr("Description:"),
        tr("Identifying marks:"), tr("Phones:"), tr("District of residence:"), tr("Register status:"),
        tr("Expected release:") };
    for (int i = 0; i < IdentityRowCount; ++i) {
        m_identityCaptions.at(i)->setText(captions.at(i));
        QString accessible = captions.at(i);
        accessible.chop(1);
        m_identityValues.at(i)->setAccessibleName(accessible);
    }
    m_photoLabel->setAccessibleName(tr("Photograph"));

    m_addressTable->setHorizontalHeaderLabels(
        { tr("Type"), tr("Address"), tr("District"), tr("Valid from"), tr("Valid to") });
    m_addressTable->setAccessibleName(tr("Address history"));
    m_caseTable->setHorizontalHeaderLabels({ tr("FIR number"), tr("FIR date"), tr("Police station"),
        tr("District"), tr("Court"), tr("Case number"), tr("Judge"), tr("Status") });
    m_caseTable->setAccessibleName(tr("Cases"));
    m_chargeNote->setText(tr("Charges. Victims are shown only by age band, gender and relationship; "
                             "Nigran holds no victim identity."));
    m_chargeTable->setHorizontalHeaderLabels({ tr("FIR number"), tr("Offence"), tr("Registrable"),
        tr("Victim age band"), tr("Victim gender"), tr("Relationship to offender") });
    m_chargeTable->setAccessibleName(tr("Charges"));
    m_convictionTable->setHorizontalHeaderLabels({ tr("Judgment date"), tr("Court"), tr("Sections"),
        tr("Appeal status"), tr("Final"), tr("FIR number") });
    m_convictionTable->setAccessibleName(tr("Convictions"));
    m_ledgerList->setAccessibleName(tr("Sentence ledger: each step to the expected release"));
    m_custodyTable->setHorizontalHeaderLabels({ tr("Event"), tr("Date"), tr("Place"), tr("Note") });
    m_custodyTable->setAccessibleName(tr("Custody events"));
    m_monitoringTable->setHorizontalHeaderLabels(
        { tr("Start"), tr("End"), tr("Device"), tr("Reporting"), tr("Status") });
    m_monitoringTable->setAccessibleName(tr("Monitoring orders"));
    m_historyTable->setHorizontalHeaderLabels(
        { tr("From"), tr("To"), tr("End reason"), tr("By"), tr("When"), tr("Reason") });
    m_historyTable->setAccessibleName(tr("Workflow history"));
    m_auditView->setAccessibleName(tr("Audit history of this record"));
    m_actionsLabel->setText(tr("Workflow:"));
    m_errorLabel->setAccessibleName(tr("Problem"));
}

bool PersonProfileView::reload()
{
    auto file = m_service.viewPerson(m_personId, QStringLiteral("profile"));
    if (!file) {
        m_file.reset();
        showFile();
        showError(errorText(file.error()));
        return false;
    }
    m_file = std::move(*file);
    showError({});
    showFile();
    return true;
}

void PersonProfileView::showFile()
{
    showIdentity();
    showAddresses();
    showCases();
    showConvictions();
    showSentences();
    showCustody();
    showHistory();
    if (m_file)
        m_auditModel->loadForRecord(QStringLiteral("persons"), m_personId);
    else
        m_auditModel->clear();
    m_auditView->resizeColumnsToContents();
    rebuildActions();
}

void PersonProfileView::showIdentity()
{
    if (!m_file) {
        setWindowTitle(tr("Person's file"));
        m_headerLabel->clear();
        for (QLabel *value : std::as_const(m_identityValues))
            value->clear();
        m_photoLabel->clear();
        return;
    }
    const Person &p = m_file->person;
    setWindowTitle(tr("%1 — person's file").arg(p.nameLatin));
    const QString status = RegisterWorkflow::displayName(m_file->status);
    m_headerLabel->setText(m_file->sealed ? tr("%1 · %2 · sealed after acquittal").arg(p.nameLatin, status)
                                          : tr("%1 · %2").arg(p.nameLatin, status));

    QString relation;
    switch (p.parentage.relation) {
    case ParentageRelation::SonOf:
        relation = tr("S/O");
        break;
    case ParentageRelation::DaughterOf:
        relation = tr("D/O");
        break;
    case ParentageRelation::WifeOf:
        relation = tr("W/O");
        break;
    }
    const QString gender = genderText(p.gender);
    QString cnic;
    if (p.cnic) {
        const auto parsed = Cnic::parse(*p.cnic);
        cnic = parsed ? parsed->formatted() : *p.cnic;
    }
    const QString passport
        = p.passport ? tr("%1 (%2)").arg(p.passport->number, p.passport->nationality) : QString();
    QString release = isoDate(m_file->expectedRelease);
    if (release.isEmpty())
        release = tr("none computed");

    const QString texts[IdentityRowCount] = { p.nameLatin, p.nameUrdu,
        p.parentage.nameLatin.isEmpty() ? QString() : tr("%1 %2").arg(relation, p.parentage.nameLatin),
        p.parentage.nameUrdu, p.aliases.join(QStringLiteral(", ")),
        p.birthDate.isValid() ? embedded(tr("%1 (age %2)")
                                             .arg(isoDate(p.birthDate))
                                             .arg(p.birthDate.daysTo(m_office.clock().nowUtc().date()) / 365))
                              : QString(),
        gender, cnic, passport, p.description, p.marks, p.phones.join(QStringLiteral(", ")),
        districtName(p.residenceDistrict), status, release };
    for (int i = 0; i < IdentityRowCount; ++i)
        m_identityValues.at(i)->setText(texts[i].isEmpty() ? tr("—") : texts[i]);

    const QImage photo = QImage::fromData(p.photo);
    if (photo.isNull())
        m_photoLabel->setText(tr("No photograph"));
    else
        m_photoLabel->setPixmap(
            QPixmap::fromImage(photo.scaled(160, 200, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void PersonProfileView::showAddresses()
{
    const QList<Address> addresses = m_file ? m_file->person.addresses : QList<Address>();
    m_addressTable->setRowCount(int(addresses.size()));
    for (int row = 0; row < addresses.size(); ++row) {
        const Address &a = addresses.at(row);
        QString type;
        switch (a.type) {
        case AddressType::Permanent:
            type = tr("permanent");
            break;
        case AddressType::Present:
            type = tr("present");
            break;
        case AddressType::Temporary:
            type = tr("temporary");
            break;
        case AddressType::Work:
            type = tr("work");
            break;
        }
        fillRow(m_addressTable, row,
            { type, a.text, districtName(a.district), isoDate(a.validFrom),
                a.validTo.isValid() ? isoDate(a.validTo) : tr("current") });
    }
    m_addressTable->resizeColumnsToContents();
}

void PersonProfileView::showCases()
{
    const QList<CaseRecord> cases = m_file ? m_file->cases : QList<CaseRecord>();
    auto caseStatus = [](CaseStatus status) {
        switch (status) {
        case CaseStatus::FirRegistered:
            return tr("FIR registered");
        case CaseStatus::UnderInvestigation:
            return tr("under investigation");
        case CaseStatus::ChallanSubmitted:
            return tr("challan submitted");
        case CaseStatus::UnderTrial:
            return tr("under trial");
        case CaseStatus::Convicted:
            return tr("convicted");
        case CaseStatus::Acquitted:
            return tr("acquitted");
        case CaseStatus::UnderAppeal:
            return tr("under appeal");
        case CaseStatus::Closed:
            return tr("closed");
        }
        return QString();
    };
    m_caseTable->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const CaseRecord &c = cases.at(row);
        const QString court = c.isSpecialCourt ? tr("%1 (Special Court)").arg(c.court) : c.court;
        const QString status = c.statusHistory.isEmpty()
            ? QString()
            : tr("%1 since %2")
                  .arg(caseStatus(c.statusHistory.constLast().status),
                      isoDate(c.statusHistory.constLast().date));
        fillRow(m_caseTable, row,
            { c.firNumber, isoDate(c.firDate), c.policeStation, districtName(c.district), court, c.caseNumber,
                c.judge, status });
    }
    m_caseTable->resizeColumnsToContents();

    auto firOf = [&cases](const QString &caseId) {
        for (const CaseRecord &c : cases)
            if (c.id == caseId)
                return c.firNumber;
        return QString();
    };
    const QList<Charge> charges = m_file ? m_file->charges : QList<Charge>();
    m_chargeTable->setRowCount(int(charges.size()));
    for (int row = 0; row < charges.size(); ++row) {
        const Charge &charge = charges.at(row);
        const auto offence = OffenceCatalogue::builtIn().find(charge.offenceCode);
        const QString offenceText
            = offence ? tr("%1 — %2").arg(charge.offenceCode, offence->title) : charge.offenceCode;
        const bool registrable = OffenceCatalogue::builtIn().isRegistrable(charge.offenceCode);
        QString relationship;
        switch (charge.relationship) {
        case Relationship::Family:
            relationship = tr("family");
            break;
        case Relationship::Acquaintance:
            relationship = tr("acquaintance");
            break;
        case Relationship::Stranger:
            relationship = tr("stranger");
            break;
        case Relationship::PositionOfTrust:
            relationship = tr("position of trust");
            break;
        case Relationship::Unknown:
            relationship = tr("unknown");
            break;
        }
        const QString gender = genderText(charge.victimGender);
        fillRow(m_chargeTable, row,
            { firOf(charge.caseId), offenceText,
                registrable ? tr("● registrable (s.2(h))") : tr("not registrable"),
                charge.victimAgeBand == VictimAgeBand::Child ? tr("child (under 18)") : tr("adult"), gender,
                relationship });
    }
    m_chargeTable->resizeColumnsToContents();
}

void PersonProfileView::showConvictions()
{
    const QList<Conviction> convictions = m_file ? m_file->convictions : QList<Conviction>();
    m_convictionTable->setRowCount(int(convictions.size()));
    for (int row = 0; row < convictions.size(); ++row) {
        const Conviction &c = convictions.at(row);
        QString appeal;
        switch (c.appealStatus) {
        case AppealStatus::None:
            appeal = tr("no appeal");
            break;
        case AppealStatus::Pending:
            appeal = tr("appeal pending");
            break;
        case AppealStatus::Upheld:
            appeal = tr("upheld on appeal");
            break;
        case AppealStatus::Modified:
            appeal = tr("modified on appeal");
            break;
        case AppealStatus::Acquitted:
            appeal = tr("acquitted on appeal");
            break;
        }
        QString fir;
        for (const CaseRecord &record : std::as_const(m_file->cases))
            if (record.id == c.caseId)
                fir = record.firNumber;
        fillRow(m_convictionTable, row,
            { isoDate(c.judgmentDate), c.court, c.sections.join(QStringLiteral(", ")), appeal,
                c.isFinal ? tr("final") : tr("not final"), fir });
    }
    m_convictionTable->resizeColumnsToContents();
}

QStringList PersonProfileView::numberedSteps(const SentenceLedger &ledger)
{
    QStringList lines;
    int number = 0;
    for (const LedgerStep &step : ledger.steps()) {
        ++number;
        const QString delta = step.dayDelta == 0
            ? QString()
            : tr(" (%1 days)")
                  .arg(step.dayDelta > 0 ? QStringLiteral("+%1").arg(step.dayDelta)
                                         : QString::number(step.dayDelta));
        lines << tr("%1. %2%3").arg(number).arg(step.description, delta);
    }
    return lines;
}

void PersonProfileView::showSentences()
{
    m_ledgerList->clear();
    if (!m_file) {
        m_releaseLabel->clear();
        return;
    }
    m_releaseLabel->setText(m_file->expectedRelease.isValid()
            ? embedded(tr("Expected release: %1").arg(isoDate(m_file->expectedRelease)))
            : tr("Expected release: none computed"));
    int index = 0;
    for (const Sentence &sentence : std::as_const(m_file->sentences)) {
        ++index;
        auto *heading = new QListWidgetItem(
            embedded(tr("Sentence %1, from %2").arg(index).arg(isoDate(sentence.startDate))), m_ledgerList);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setData(Qt::UserRole, index - 1);
        const int first = m_ledgerList->count();
        const auto ledger = SentenceCalculator::compute(sentence);
        if (!ledger) {
            new QListWidgetItem(
                tr("The ledger cannot be computed: %1").arg(errorText(ledger.error())), m_ledgerList);
            continue;
        }
        for (const QString &line : numberedSteps(*ledger))
            new QListWidgetItem(embedded(line), m_ledgerList);
        auto *release = new QListWidgetItem(ledger->expectedRelease()
                ? embedded(tr("Release on %1").arg(isoDate(*ledger->expectedRelease())))
                : tr("No release date (death sentence)"),
            m_ledgerList);
        release->setFont(bold);
        for (int item = first; item < m_ledgerList->count(); ++item)
            m_ledgerList->item(item)->setData(Qt::UserRole, index - 1);
    }
    if (m_file->sentences.isEmpty())
        new QListWidgetItem(tr("No sentence recorded."), m_ledgerList);
}

void PersonProfileView::showCustody()
{
    const QList<CustodyEvent> events = m_file ? m_file->custody : QList<CustodyEvent>();
    m_custodyTable->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const CustodyEvent &e = events.at(row);
        const QString kind = e.kind == CustodyKind::Admission ? tr("admission")
            : e.kind == CustodyKind::Transfer                 ? tr("transfer")
                                                              : tr("release");
        fillRow(m_custodyTable, row, { kind, isoDate(e.date), e.place, e.note });
    }
    m_custodyTable->resizeColumnsToContents();

    const QList<MonitoringOrder> orders = m_file ? m_file->monitoringOrders : QList<MonitoringOrder>();
    m_monitoringTable->setRowCount(int(orders.size()));
    for (int row = 0; row < orders.size(); ++row) {
        const MonitoringOrder &o = orders.at(row);
        QString status;
        switch (o.status) {
        case MonitoringStatus::Pending:
            status = tr("pending");
            break;
        case MonitoringStatus::Active:
            status = tr("active");
            break;
        case MonitoringStatus::Suspended:
            status = tr("suspended");
            break;
        case MonitoringStatus::Ended:
            status = tr("ended");
            break;
        }
        fillRow(m_monitoringTable, row,
            { isoDate(o.startDate), o.isLifetime ? tr("lifetime") : isoDate(o.endDate), o.deviceId,
                o.reportingFrequencyDays > 0 ? tr("every %n day(s)", nullptr, o.reportingFrequencyDays)
                                             : tr("none"),
                status });
    }
    m_monitoringTable->resizeColumnsToContents();
}

void PersonProfileView::showHistory()
{
    const QList<RegisterTransition> history = m_file ? m_file->history : QList<RegisterTransition>();
    m_historyTable->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const RegisterTransition &t = history.at(row);
        fillRow(m_historyTable, row,
            { RegisterWorkflow::displayName(t.from), RegisterWorkflow::displayName(t.to),
                t.endReason ? RegisterWorkflow::displayName(*t.endReason) : QString(), t.actor,
                t.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), t.reason });
    }
    m_historyTable->resizeColumnsToContents();
}

QString PersonProfileView::actionText(RegisterStatus from, RegisterStatus to) const
{
    switch (to) {
    case RegisterStatus::Draft:
        return tr("Back to &draft");
    case RegisterStatus::Verified:
        return tr("&Verify");
    case RegisterStatus::Returned:
        return tr("&Return with reasons…");
    case RegisterStatus::Submitted:
        return tr("&Submit to centre");
    case RegisterStatus::Acknowledged:
        return tr("Ac&knowledge");
    case RegisterStatus::InCustody:
        return from == RegisterStatus::Absconded || from == RegisterStatus::ReleasedMonitored
            ? tr("Record &custody…")
            : tr("Record &custody");
    case RegisterStatus::ReleasedMonitored:
        return from == RegisterStatus::InCustody ? tr("Record re&lease") : tr("Back to &monitoring…");
    case RegisterStatus::NonCompliant:
        return tr("Mark &non-compliant…");
    case RegisterStatus::Absconded:
        return tr("Mark &absconded…");
    case RegisterStatus::Ended:
        return tr("&End…");
    }
    return RegisterWorkflow::displayName(to);
}

void PersonProfileView::rebuildActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    delete m_editButton;
    m_editButton = nullptr;
    delete m_custodyButton;
    m_custodyButton = nullptr;
    delete m_monitoringButton;
    m_monitoringButton = nullptr;
    delete m_sentenceButton;
    m_sentenceButton = nullptr;
    const bool hasSteps = m_file && !m_file->sealed;
    if (hasSteps) {
        const Role role = m_office.user().role;
        const bool draft
            = m_file->status == RegisterStatus::Draft || m_file->status == RegisterStatus::Returned;
        if (AccessPolicy::allows(role, draft ? Action::EditDraft : Action::CorrectVerified)) {
            m_editButton = new QPushButton(draft ? tr("Edi&t…") : tr("Correc&t…"), this);
            m_editButton->setObjectName(QStringLiteral("action_edit"));
            m_editButton->setAutoDefault(false);
            m_editButton->setAccessibleName(draft ? tr("Edit the person's identity")
                                                  : tr("Correct the person's identity, with a reason"));
            connect(m_editButton, &QPushButton::clicked, this, &PersonProfileView::requestEdit);
            m_actionLayout->addWidget(m_editButton);
        }
        if (!m_file->sentences.isEmpty()
            && AccessPolicy::allows(role, draft ? Action::EditDraft : Action::CorrectVerified))
            m_sentenceButton = addActionButton(
                QStringLiteral("action_sentence"), &PersonProfileView::requestSentenceChange);
        if (AccessPolicy::allows(role, Action::RecordCustody)
            || AccessPolicy::allows(role, Action::RecordRelease))
            m_custodyButton = addActionButton(
                QStringLiteral("action_custodyEvent"), &PersonProfileView::requestCustodyEvent);
        if (AccessPolicy::allows(role, Action::ManageMonitoring))
            m_monitoringButton = addActionButton(
                QStringLiteral("action_monitoringOrder"), &PersonProfileView::requestMonitoringOrder);
        const RegisterStatus from = m_file->status;
        for (RegisterStatus to : RegisterWorkflow::nextStates(from, role)) {
            auto *button = new QPushButton(actionText(from, to), this);
            button->setObjectName(QStringLiteral("action_%1").arg(RegisterWorkflow::key(to)));
            button->setAutoDefault(false);
            button->setAccessibleName(tr("Make the entry %1").arg(RegisterWorkflow::displayName(to)));
            connect(button, &QPushButton::clicked, this, [this, to] { requestStep(to); });
            m_actionLayout->addWidget(button);
            m_actionButtons << button;
        }
        if (AccessPolicy::allows(role, Action::SealOnAcquittal)) {
            auto *seal = new QPushButton(tr("Seal on ac&quittal…"), this);
            seal->setObjectName(QStringLiteral("action_seal"));
            seal->setAutoDefault(false);
            seal->setAccessibleName(tr("Seal the entry after acquittal on appeal"));
            connect(seal, &QPushButton::clicked, this, &PersonProfileView::requestSeal);
            m_actionLayout->addWidget(seal);
            m_actionButtons << seal;
        }
    }
    retranslateActions();
    m_actionsLabel->setVisible(!m_actionButtons.isEmpty() || m_editButton || m_custodyButton
        || m_monitoringButton || m_sentenceButton);
}

QPushButton *PersonProfileView::addActionButton(const QString &objectName, void (PersonProfileView::*slot)())
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, slot);
    m_actionLayout->addWidget(button);
    return button;
}

bool PersonProfileView::isDraft() const
{
    return m_file && (m_file->status == RegisterStatus::Draft || m_file->status == RegisterStatus::Returned);
}

void PersonProfileView::retranslateActions()
{
    if (m_sentenceButton) {
        m_sentenceButton->setText(isDraft() ? tr("Edit sente&nce…") : tr("C&orrect sentence…"));
        m_sentenceButton->setAccessibleName(isDraft()
                ? tr("Edit the sentence selected in the ledger")
                : tr("Correct the sentence selected in the ledger, with a reason"));
    }
    if (m_custodyButton) {
        m_custodyButton->setText(tr("C&ustody event…"));
        m_custodyButton->setAccessibleName(tr("Record an admission, transfer or release"));
    }
    if (m_monitoringButton) {
        m_monitoringButton->setText(tr("Monitorin&g order…"));
        m_monitoringButton->setAccessibleName(tr("Add an electronic monitoring order"));
    }
}

QPushButton *PersonProfileView::actionButton(RegisterStatus to) const
{
    const QString name = QStringLiteral("action_%1").arg(RegisterWorkflow::key(to));
    for (QPushButton *button : m_actionButtons)
        if (button->objectName() == name)
            return button;
    return nullptr;
}

void PersonProfileView::requestStep(RegisterStatus to)
{
    if (!m_file)
        return;
    const RegisterStatus from = m_file->status;
    const auto step = RegisterWorkflow::find(from, to);
    const bool asksReason = (step && step->needsReason) || to == RegisterStatus::Ended;
    if (!asksReason) {
        const auto done = m_service.transition(m_personId, to, {});
        if (!done) {
            showError(errorText(done.error()));
            return;
        }
        afterStep();
        return;
    }
    QString title = actionText(from, to);
    title.remove(QLatin1Char('&'));
    title.remove(QStringLiteral("…"));
    openReasonDialog(title,
        tr("Why does the entry become %1? The reason is kept in the workflow history and the audit log.")
            .arg(RegisterWorkflow::displayName(to)),
        to == RegisterStatus::Ended, [this, to](const QString &reason, std::optional<EndReason> endReason) {
            return m_service.transition(m_personId, to, reason, endReason);
        });
}

void PersonProfileView::requestSeal()
{
    if (!m_file)
        return;
    openReasonDialog(tr("Seal on acquittal"),
        tr("The entry is withdrawn from the register and sealed; it stays only for legal audit. "
           "Name the appeal judgment that acquitted the person."),
        false, [this](const QString &reason, std::optional<EndReason>) {
            return m_service.sealOnAcquittal(m_personId, reason);
        });
}

void PersonProfileView::requestEdit()
{
    if (!m_file || m_file->sealed)
        return;
    if (m_editDialog)
        m_editDialog->deleteLater();
    m_editDialog = new EditPersonDialog(m_service, *m_file, this);
    m_editDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editDialog, &QDialog::accepted, this, &PersonProfileView::afterStep);
    // Window-modal rather than exec(): never blocks the event loop (idle lock, tests).
    m_editDialog->open();
}

void PersonProfileView::openRecordDialog(
    RecordForm *form, RecordDialog::Text title, RecordDialog::Text reasonPrompt, RecordDialog::Submit submit)
{
    if (m_recordDialog)
        m_recordDialog->deleteLater();
    m_recordDialog
        = new RecordDialog(form, std::move(title), std::move(reasonPrompt), std::move(submit), this);
    m_recordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recordDialog, &QDialog::accepted, this, &PersonProfileView::afterStep);
    // Window-modal rather than exec(): never blocks the event loop (idle lock, tests).
    m_recordDialog->open();
}

void PersonProfileView::requestCustodyEvent()
{
    if (!m_file || m_file->sealed)
        return;
    auto *form = new CustodyForm;
    openRecordDialog(
        form, [] { return tr("Record a custody event"); }, {},
        [this, form](const QString &) -> Result<> {
            CustodyEvent event = form->event();
            event.personId = m_personId;
            NIGRAN_TRY(m_service.recordCustody(event));
            return {};
        });
}

void PersonProfileView::requestMonitoringOrder()
{
    if (!m_file || m_file->sealed)
        return;
    auto *form = new MonitoringOrderForm;
    openRecordDialog(
        form, [] { return tr("Add a monitoring order"); }, {},
        [this, form](const QString &) -> Result<> {
            MonitoringOrder order = form->order();
            order.personId = m_personId;
            NIGRAN_TRY(m_service.saveMonitoringOrder(order));
            return {};
        });
}

void PersonProfileView::requestSentenceChange()
{
    if (!m_file || m_file->sealed || m_file->sentences.isEmpty())
        return;
    qsizetype index = m_file->sentences.size() - 1;
    if (const QListWidgetItem *item = m_ledgerList->currentItem(); item && item->data(Qt::UserRole).isValid())
        index = std::clamp<qsizetype>(item->data(Qt::UserRole).toInt(), 0, m_file->sentences.size() - 1);
    const Sentence original = m_file->sentences.at(index);
    auto *form = new SentenceForm;
    form->setSentence(original);
    const bool correction = !isDraft();
    const RegisterStatus status = m_file->status;
    const int number = int(index + 1);
    openRecordDialog(
        form,
        [correction, number] {
            return correction ? tr("Correct sentence %1").arg(number) : tr("Edit sentence %1").arg(number);
        },
        correction ? RecordDialog::Text([status] {
            return tr("This entry is %1: the change is a correction. Say why; the reason and the old "
                      "sentence are kept in the record's history.")
                .arg(RegisterWorkflow::displayName(status));
        })
                   : RecordDialog::Text(),
        [this, form, original](const QString &reason) -> Result<> {
            Sentence sentence = form->sentence();
            sentence.id = original.id;
            sentence.convictionId = original.convictionId;
            NIGRAN_TRY(m_service.saveSentence(m_personId, sentence, reason));
            return {};
        });
}

void PersonProfileView::openReasonDialog(const QString &title, const QString &prompt, bool asksEndReason,
    std::function<Result<>(const QString &, std::optional<EndReason>)> step)
{
    if (m_reasonDialog)
        m_reasonDialog->deleteLater();
    m_reasonDialog = new ReasonDialog(
        title, prompt, asksEndReason,
        [step = std::move(step)](const QString &reason, std::optional<EndReason> endReason) {
            const auto done = step(reason, endReason);
            return done ? QString() : errorText(done.error());
        },
        this);
    m_reasonDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reasonDialog, &QDialog::accepted, this, &PersonProfileView::afterStep);
    // Window-modal rather than exec(): never blocks the event loop (idle lock, tests).
    m_reasonDialog->open();
}

void PersonProfileView::afterStep()
{
    reload();
    Q_EMIT entryChanged(m_personId);
}

void PersonProfileView::showError(const QString &message)
{
    FieldErrors::show(m_errorLabel, nullptr, message);
}

QString PersonProfileView::errorText(const Error &error)
{
    QStringList lines;
    for (const FieldError &field : error.fields)
        lines << field.message;
    if (lines.isEmpty() || (!error.message.isEmpty() && !lines.contains(error.message)))
        lines.prepend(error.message);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Nigran::Gui
