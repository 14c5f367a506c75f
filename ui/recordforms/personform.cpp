#include "recordforms/personform.h"

#include "fielderrors.h"
#include "recordforms/dateedit.h"
#include "recordforms/districtcombo.h"

#include "domain/cnic.h"
#include "domain/recordvalidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Nigran::Gui {

using namespace Nigran::Models;

namespace {

enum AddressColumn
{
    TypeColumn,
    TextColumn,
    DistrictColumn,
    FromColumn,
    ToColumn,
    AddressColumnCount
};

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QString addressKey(int row, const char *member)
{
    return QStringLiteral("addresses[%1].%2").arg(row).arg(QLatin1String(member));
}

} // namespace

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\u060C\u061B]"));
    QStringList items = text.split(separators);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

void placeInCell(QTableWidget *table, int row, int column, QWidget *widget)
{
    table->setCellWidget(row, column, widget);
    // The view's delegate would take Tab to move between cells (round the row); the form's own Tab
    // order goes on to the inputs after the table.
    widget->removeEventFilter(table->itemDelegate());
}

PersonForm::PersonForm(QWidget *parent)
    : RecordForm(parent)
{
    setObjectName(QStringLiteral("personForm"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_nameLatin = lineEdit(this, "nameLatinEdit");
    addRow(form, QStringLiteral("nameLatin"), {}, m_nameLatin);
    m_nameUrdu = lineEdit(this, "nameUrduEdit");
    m_nameUrdu->setLayoutDirection(Qt::RightToLeft);
    addRow(form, QStringLiteral("nameUrdu"), {}, m_nameUrdu);

    // Every text is set by retranslate(); combo items are added here with their data only.
    m_parentageRelation = new QComboBox(this);
    m_parentageRelation->setObjectName(QStringLiteral("parentageRelationCombo"));
    for (const ParentageRelation relation :
        { ParentageRelation::SonOf, ParentageRelation::DaughterOf, ParentageRelation::WifeOf })
        m_parentageRelation->addItem(QString(), int(relation));
    addRow(form, QStringLiteral("parentage.relation"), {}, m_parentageRelation);
    m_parentageLatin = lineEdit(this, "parentageLatinEdit");
    addRow(form, QStringLiteral("parentage.nameLatin"), {}, m_parentageLatin);
    m_parentageUrdu = lineEdit(this, "parentageUrduEdit");
    m_parentageUrdu->setLayoutDirection(Qt::RightToLeft);
    addRow(form, QStringLiteral("parentage.nameUrdu"), {}, m_parentageUrdu);
    m_aliases = lineEdit(this, "aliasesEdit");
    addRow(form, QStringLiteral("aliases"), {}, m_aliases);

    m_birthDate = new DateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    addRow(form, QStringLiteral("birthDate"), {}, m_birthDate);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    for (const Gender gender : { Gender::Male, Gender::Female, Gender::Transgender, Gender::Unknown })
        m_gender->addItem(QString(), int(gender));
    m_gender->setCurrentIndex(m_gender->findData(int(Gender::Unknown)));
    addRow(form, QStringLiteral("gender"), {}, m_gender);

    m_cnic = lineEdit(this, "cnicEdit");
    m_cnic->setInputMask(QStringLiteral("99999-9999999-9;_"));
    m_cnic->setAccessibleName(QStringLiteral("CNIC")); // its own name, not the label's: retranslate()
    addRow(form, QStringLiteral("cnic"), {}, m_cnic);
    m_passportNumber = lineEdit(this, "passportNumberEdit");
    addRow(form, QStringLiteral("passport.number"), {}, m_passportNumber);
    m_nationality = lineEdit(this, "nationalityEdit");
    m_nationality->setMaxLength(3);
    addRow(form, QStringLiteral("passport.nationality"), {}, m_nationality);

    m_residence = new DistrictCombo(this);
    m_residence->setObjectName(QStringLiteral("residenceDistrictCombo"));
    addRow(form, QStringLiteral("residenceDistrict"), {}, m_residence);
    m_description = lineEdit(this, "descriptionEdit");
    addRow(form, QStringLiteral("description"), {}, m_description);
    m_marks = lineEdit(this, "marksEdit");
    addRow(form, QStringLiteral("marks"), {}, m_marks);
    m_phones = lineEdit(this, "phonesEdit");
    addRow(form, QStringLiteral("phones"), {}, m_phones);

    m_addressLabel = new QLabel(this);
    outer->addWidget(m_addressLabel);
    m_addresses = new QTableWidget(0, AddressColumnCount, this);
    m_addresses->setObjectName(QStringLiteral("addressesTable"));
    m_addresses->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_addresses->verticalHeader()->hide();
    m_addresses->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the inputs in its rows
    m_addresses->setTabKeyNavigation(false);
    m_addresses->setMinimumHeight(110);
    m_addressLabel->setBuddy(m_addresses);
    outer->addWidget(m_addresses);
    m_addressesError = newErrorLabel(QStringLiteral("addressesError"));
    outer->addWidget(m_addressesError);
    registerField(QStringLiteral("addresses"), m_addresses, m_addressesError);
    auto *buttons = new QHBoxLayout;
    m_addAddress = new QPushButton(this);
    m_addAddress->setObjectName(QStringLiteral("addAddressButton"));
    m_removeAddress = new QPushButton(this);
    m_removeAddress->setObjectName(QStringLiteral("removeAddressButton"));
    buttons->addWidget(m_addAddress);
    buttons->addWidget(m_removeAddress);
    buttons->addStretch();
    outer->addLayout(buttons);
    connect(m_addAddress, &QPushButton::clicked, this, &PersonForm::addAddress);
    connect(m_removeAddress, &QPushButton::clicked, this, &PersonForm::removeAddress);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("personWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->hide();
    outer->addWidget(m_warnings);

    QLabel *general = newErrorLabel(QStringLiteral("personGeneralError"));
    outer->addWidget(general);
    setGeneralErrorLabel(general);
    m_removeAddress->setEnabled(false);
    applyFocusOrder();
    retranslate();
}

PersonForm::~PersonForm() = default;

void PersonForm::retranslate()
{
    setRowText(m_nameLatin, tr("Name (English letters):"));
    setRowText(m_nameUrdu, tr("Name (Urdu):"));
    setItemTexts(m_parentageRelation, { tr("S/O (son of)"), tr("D/O (daughter of)"), tr("W/O (wife of)") });
    setRowText(m_parentageRelation, tr("Parentage:"));
    setRowText(m_parentageLatin, tr("Father's or husband's name (English letters):"));
    setRowText(m_parentageUrdu, tr("Father's or husband's name (Urdu):"));
    m_aliases->setPlaceholderText(tr("Separate aliases with commas"));
    setRowText(m_aliases, tr("Aliases:"));
    setRowText(m_birthDate, tr("Date of birth:"));
    setItemTexts(m_gender, { tr("Male"), tr("Female"), tr("Transgender"), tr("Unknown") });
    setRowText(m_gender, tr("Gender:"));
    setRowText(m_cnic, tr("CNIC:"));
    m_cnic->setAccessibleName(tr("CNIC, 13 digits"));
    m_passportNumber->setPlaceholderText(tr("Foreign nationals: instead of a CNIC"));
    setRowText(m_passportNumber, tr("Passport number:"));
    m_nationality->setPlaceholderText(tr("Three letters, as in the passport (AFG)"));
    setRowText(m_nationality, tr("Nationality:"));
    setRowText(m_residence, tr("District of residence:"));
    m_residence->lineEdit()->setAccessibleName(m_residence->accessibleName());
    setRowText(m_description, tr("Physical description:"));
    setRowText(m_marks, tr("Identifying marks:"));
    m_phones->setPlaceholderText(tr("Separate numbers with commas"));
    setRowText(m_phones, tr("Phones:"));
    m_addressLabel->setText(tr("Address history:"));
    m_addresses->setAccessibleName(tr("Address history"));
    m_addresses->setHorizontalHeaderLabels(
        { tr("Type"), tr("Address"), tr("District"), tr("Valid from"), tr("Valid to") });
    m_addAddress->setText(tr("Add address"));
    m_removeAddress->setText(tr("Remove address"));
    for (const AddressRow &row : std::as_const(m_addressRows))
        translateAddressType(row.type);
    registerAddressRows(); // the rows' accessible names
}

void PersonForm::translateAddressType(QComboBox *type)
{
    setItemTexts(type, { tr("Permanent"), tr("Present"), tr("Temporary"), tr("Work") });
}

void PersonForm::setOwningDistrict(const QString &code)
{
    m_owningDistrict = code;
    if (m_residence->currentText().isEmpty())
        m_residence->setDistrictCode(code);
}

int PersonForm::addressCount() const
{
    return int(m_addressRows.size());
}

void PersonForm::addAddress()
{
    const int row = m_addresses->rowCount();
    m_addresses->insertRow(row);
    AddressRow address { new QComboBox, new QLineEdit, new DistrictCombo, new DateEdit, new DateEdit };
    for (const AddressType type :
        { AddressType::Permanent, AddressType::Present, AddressType::Temporary, AddressType::Work })
        address.type->addItem(QString(), int(type));
    translateAddressType(address.type);
    address.type->setCurrentIndex(address.type->findData(int(AddressType::Present)));
    address.district->setDistrictCode(m_residence->districtCode());
    placeInCell(m_addresses, row, TypeColumn, address.type);
    placeInCell(m_addresses, row, TextColumn, address.text);
    placeInCell(m_addresses, row, DistrictColumn, address.district);
    placeInCell(m_addresses, row, FromColumn, address.validFrom);
    placeInCell(m_addresses, row, ToColumn, address.validTo);
    m_addressRows << address;
    registerAddressRows();
    m_removeAddress->setEnabled(true);
    applyFocusOrder();
    Q_EMIT focusOrderChanged();
    address.type->setFocus(Qt::OtherFocusReason);
    revalidate();
}

void PersonForm::removeAddress()
{
    if (m_addressRows.isEmpty())
        return;
    qsizetype index = m_addressRows.size() - 1;
    for (qsizetype i = 0; i < m_addressRows.size(); ++i) {
        const AddressRow &row = m_addressRows.at(i);
        for (QWidget *w : { static_cast<QWidget *>(row.type), static_cast<QWidget *>(row.text),
                 static_cast<QWidget *>(row.district), static_cast<QWidget *>(row.validFrom),
                 static_cast<QWidget *>(row.validTo) })
            if (w->isAncestorOf(focusWidget()) || w == focusWidget())
                index = i;
    }
    m_addressRows.removeAt(index);
    m_addresses->removeRow(int(index));
    registerAddressRows();
    m_removeAddress->setEnabled(!m_addressRows.isEmpty());
    applyFocusOrder();
    Q_EMIT focusOrderChanged();
    (m_addressRows.isEmpty() ? static_cast<QWidget *>(m_addAddress) : m_addressRows.constLast().type)
        ->setFocus();
    revalidate();
}

void PersonForm::registerAddressRows()
{
    unregisterPrefix(QStringLiteral("addresses["));
    for (int i = 0; i < m_addressRows.size(); ++i) {
        const AddressRow &row = m_addressRows.at(i);
        const int number = i + 1;
        const std::pair<QWidget *, QString> fields[] = {
            { row.type, tr("Address %1, type").arg(number) },
            { row.text, tr("Address %1").arg(number) },
            { row.district, tr("Address %1, district").arg(number) },
            { row.validFrom, tr("Address %1, valid from").arg(number) },
            { row.validTo, tr("Address %1, valid to").arg(number) },
        };
        const char *members[] = { "type", "text", "district", "validFrom", "validTo" };
        for (int f = 0; f < 5; ++f) {
            const QString key = addressKey(i, members[f]);
            fields[f].first->setAccessibleName(fields[f].second);
            registerField(key, fields[f].first, m_addressesError);
            if (fields[f].first->property("nigranWatched").toBool())
                continue;
            fields[f].first->setProperty("nigranWatched", true);
            watch(fields[f].first, key);
        }
        row.district->lineEdit()->setAccessibleName(row.district->accessibleName());
    }
}

Person PersonForm::person() const
{
    Person person;
    person.id = m_personId;
    person.photo = m_photo;
    person.district = m_owningDistrict;
    person.nameLatin = m_nameLatin->text().simplified();
    person.nameUrdu = m_nameUrdu->text().simplified();
    person.parentage.relation = ParentageRelation(m_parentageRelation->currentData().toInt());
    person.parentage.nameLatin = m_parentageLatin->text().simplified();
    person.parentage.nameUrdu = m_parentageUrdu->text().simplified();
    person.aliases = splitList(m_aliases->text());
    person.birthDate = m_birthDate->date();
    person.gender = Gender(m_gender->currentData().toInt());
    const QString cnicDigits = m_cnic->text().remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (!cnicDigits.isEmpty())
        person.cnic = cnicDigits;
    const QString passport = m_passportNumber->text().trimmed().toUpper();
    const QString nationality = m_nationality->text().trimmed().toUpper();
    if (!passport.isEmpty() || !nationality.isEmpty())
        person.passport = Person::Passport { passport, nationality };
    person.description = m_description->text().trimmed();
    person.marks = m_marks->text().trimmed();
    person.phones = splitList(m_phones->text());
    person.residenceDistrict = m_residence->districtCode();
    for (const AddressRow &row : m_addressRows)
        person.addresses << Address { AddressType(row.type->currentData().toInt()),
            row.text->text().trimmed(), row.district->districtCode(), row.validFrom->date(),
            row.validTo->date() };
    return person;
}

void PersonForm::setPerson(const Person &person)
{
    m_personId = person.id;
    m_photo = person.photo;
    m_owningDistrict = person.district;
    const QString listSeparator = QStringLiteral(", ");
    m_nameLatin->setText(person.nameLatin);
    m_nameUrdu->setText(person.nameUrdu);
    m_parentageRelation->setCurrentIndex(m_parentageRelation->findData(int(person.parentage.relation)));
    m_parentageLatin->setText(person.parentage.nameLatin);
    m_parentageUrdu->setText(person.parentage.nameUrdu);
    m_aliases->setText(person.aliases.join(listSeparator));
    m_birthDate->setDate(person.birthDate);
    m_gender->setCurrentIndex(m_gender->findData(int(person.gender)));
    QString cnic;
    if (person.cnic) {
        const auto parsed = Cnic::parse(*person.cnic);
        cnic = parsed ? parsed->formatted() : *person.cnic;
    }
    m_cnic->setText(cnic);
    m_passportNumber->setText(person.passport ? person.passport->number : QString());
    m_nationality->setText(person.passport ? person.passport->nationality : QString());
    m_residence->setDistrictCode(person.residenceDistrict);
    m_description->setText(person.description);
    m_marks->setText(person.marks);
    m_phones->setText(person.phones.join(listSeparator));
    while (!m_addressRows.isEmpty())
        removeAddress();
    for (const Address &address : person.addresses) {
        addAddress();
        const AddressRow &row = m_addressRows.constLast();
        row.type->setCurrentIndex(row.type->findData(int(address.type)));
        row.text->setText(address.text);
        row.district->setDistrictCode(address.district);
        row.validFrom->setDate(address.validFrom);
        row.validTo->setDate(address.validTo);
    }
    resetTouched();
}

QList<FieldError> PersonForm::problems() const
{
    QList<FieldError> own;
    m_birthDate->check(QStringLiteral("birthDate"), tr("Date of birth"), own);
    m_residence->check(QStringLiteral("residenceDistrict"), tr("District of residence"), own);
    for (int i = 0; i < m_addressRows.size(); ++i) {
        const AddressRow &row = m_addressRows.at(i);
        row.district->check(addressKey(i, "district"), tr("Address %1, district").arg(i + 1), own);
        row.validFrom->check(addressKey(i, "validFrom"), tr("Address %1, valid from").arg(i + 1), own);
        row.validTo->check(addressKey(i, "validTo"), tr("Address %1, valid to").arg(i + 1), own);
    }
    return merged(own, withoutReferences(RecordValidator::validate(person())));
}

void PersonForm::valuesChanged()
{
    const QStringList warnings = RecordValidator::warnings(person());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

QList<QWidget *> PersonForm::focusOrder() const
{
    QList<QWidget *> order { m_nameLatin, m_nameUrdu, m_parentageRelation, m_parentageLatin, m_parentageUrdu,
        m_aliases, m_birthDate, m_gender, m_cnic, m_passportNumber, m_nationality, m_residence, m_description,
        m_marks, m_phones };
    for (const AddressRow &row : m_addressRows)
        order << row.type << row.text << row.district << row.validFrom << row.validTo;
    order << m_addAddress << m_removeAddress;
    return order;
}

} // namespace Nigran::Gui
