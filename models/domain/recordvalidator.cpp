#include "domain/recordvalidator.h"

#include "domain/cnic.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Nigran::Models {

namespace {

constexpr int MinimumAge = 10; // PPC s.82: nothing is an offence done by a child under ten
constexpr int MaxReportingFrequencyDays = 365;
constexpr qsizetype MaxPhotoBytes = 5 * 1024 * 1024;
const QDate EarliestDate(1900, 1, 1);

enum class Need
{
    Optional,
    Required
};

/// A field as the form knows it: machine key and translated label.
struct Field
{
    QString key;
    QString label;
};

/// "addresses[1].validFrom" from "addresses", 1 and "validFrom".
QString itemKey(const char *list, qsizetype index, const char *member = nullptr)
{
    const QString item = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    return member ? QStringLiteral("%1.%2").arg(item, QLatin1String(member)) : item;
}

bool isWrittenIn(const QString &text, QChar::Script script)
{
    return std::all_of(text.cbegin(), text.cend(), [script](QChar c) {
        return c.script() == script || c.script() == QChar::Script_Inherited // combining marks, harakat
            || c.isSpace() || c == QChar(0x200C) // zero-width non-joiner, common in Urdu
            || c == QLatin1Char('.') || c == QLatin1Char('\'') || c == QLatin1Char('-');
    });
}

bool matches(const QRegularExpression &pattern, const QString &text)
{
    return pattern.match(text).hasMatch();
}

/// Collects the problems of one record.
class Checks
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RecordValidator)

public:
    QList<FieldError> errors;

    void add(const Field &field, const QString &problem)
    {
        errors.append({ field.key, tr("%1: %2").arg(field.label, problem) });
    }

    /// Whether there is a value to check further; reports a missing required one.
    bool present(const Field &field, bool isEmpty, Need need)
    {
        if (isEmpty && need == Need::Required)
            add(field, tr("is required"));
        return !isEmpty;
    }

    void text(const Field &field, const QString &value)
    {
        present(field, value.trimmed().isEmpty(), Need::Required);
    }

    void uuid(const Field &field, const QString &value, Need need)
    {
        if (present(field, value.isEmpty(), need)
            && QUuid::fromString(value).toString(QUuid::WithoutBraces) != value)
            add(field, tr("must be a UUID in lower case without braces"));
    }

    bool date(const Field &field, QDate value, Need need)
    {
        if (!present(field, value.isNull(), need))
            return false;
        if (value < EarliestDate) {
            add(field, tr("must not be before %1").arg(EarliestDate.toString(Qt::ISODate)));
            return false;
        }
        return true;
    }

    bool pastDate(const Field &field, QDate value, Need need)
    {
        if (!date(field, value, need))
            return false;
        if (value > QDate::currentDate()) {
            add(field, tr("must not be in the future"));
            return false;
        }
        return true;
    }

    /// `later` must not be before `earlier` (both valid).
    void order(const Field &later, QDate laterDate, QDate earlierDate, const QString &earlierLabel)
    {
        if (laterDate.isValid() && earlierDate.isValid() && laterDate < earlierDate)
            add(later, tr("must not be before %1 (%2)").arg(earlierLabel, earlierDate.toString(Qt::ISODate)));
    }

    void district(const Field &field, const QString &code, const DistrictList &districts, Need need)
    {
        if (present(field, code.isEmpty(), need) && !districts.find(code))
            add(field, tr("“%1” is not in the district list").arg(code));
    }

    void latinName(const Field &field, const QString &name, Need need)
    {
        if (present(field, name.trimmed().isEmpty(), need) && !isWrittenIn(name, QChar::Script_Latin))
            add(field, tr("must be written in Latin letters"));
    }

    void urduName(const Field &field, const QString &name)
    {
        if (!isWrittenIn(name, QChar::Script_Arabic))
            add(field, tr("must be written in Urdu (Arabic-script) letters"));
    }

    void knownOffence(
        const Field &field, const QString &code, QDate onDate, const OffenceCatalogue &catalogue)
    {
        if (!present(field, code.isEmpty(), Need::Required) || catalogue.find(code, onDate))
            return;
        if (catalogue.find(code))
            add(field, tr("“%1” was not in force on %2").arg(code, onDate.toString(Qt::ISODate)));
        else
            add(field, tr("“%1” is not in the offence catalogue").arg(code));
    }
};

void checkIdentity(Checks &checks, const Person &person)
{
    const Field cnic { QStringLiteral("cnic"), Checks::tr("CNIC") };
    if (!person.cnic && !person.passport)
        checks.add(cnic, Checks::tr("a CNIC or a passport is required"));
    if (person.cnic) {
        const Result<Cnic> parsed = Cnic::parse(*person.cnic);
        if (!parsed)
            checks.errors.append(parsed.error().fields);
        else if (parsed->digits() != *person.cnic)
            checks.add(cnic, Checks::tr("must be stored as 13 digits without dashes"));
    }
    if (person.passport) {
        static const QRegularExpression number(QStringLiteral("^[A-Z0-9]{5,20}$"));
        static const QRegularExpression country(QStringLiteral("^[A-Z]{3}$"));
        const Field numberField { QStringLiteral("passport.number"), Checks::tr("Passport number") };
        const Field countryField { QStringLiteral("passport.nationality"), Checks::tr("Nationality") };
        if (!matches(number, person.passport->number))
            checks.add(numberField, Checks::tr("must be 5 to 20 capital letters and digits"));
        if (!matches(country, person.passport->nationality))
            checks.add(
                countryField, Checks::tr("must be a three-letter country code, as in the passport (“AFG”)"));
    }
}

void checkAddress(Checks &checks, const Address &address, qsizetype index, const DistrictList &districts)
{
    const int number = int(index) + 1;
    const Field text { itemKey("addresses", index, "text"), Checks::tr("Address %1").arg(number) };
    const Field district { itemKey("addresses", index, "district"),
        Checks::tr("Address %1, district").arg(number) };
    const Field validFrom { itemKey("addresses", index, "validFrom"),
        Checks::tr("Address %1, valid from").arg(number) };
    const Field validTo { itemKey("addresses", index, "validTo"),
        Checks::tr("Address %1, valid to").arg(number) };
    checks.text(text, address.text);
    checks.district(district, address.district, districts, Need::Optional);
    const bool fromOk = checks.pastDate(validFrom, address.validFrom, Need::Optional);
    const bool toOk = checks.date(validTo, address.validTo, Need::Optional);
    if (fromOk && toOk && address.validTo < address.validFrom)
        checks.add(validFrom,
            Checks::tr("must not be after “valid to” (%1)").arg(address.validTo.toString(Qt::ISODate)));
}

} // namespace

QList<FieldError> RecordValidator::validate(const Person &person, const DistrictList &districts)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, person.id, Need::Optional);
    checks.district(
        { QStringLiteral("district"), tr("Owning district") }, person.district, districts, Need::Required);
    checks.latinName({ QStringLiteral("nameLatin"), tr("Name (Latin)") }, person.nameLatin, Need::Required);
    checks.urduName({ QStringLiteral("nameUrdu"), tr("Name (Urdu)") }, person.nameUrdu);
    checks.latinName({ QStringLiteral("parentage.nameLatin"), tr("Parentage name (Latin)") },
        person.parentage.nameLatin, Need::Optional);
    checks.urduName(
        { QStringLiteral("parentage.nameUrdu"), tr("Parentage name (Urdu)") }, person.parentage.nameUrdu);
    for (qsizetype i = 0; i < person.aliases.size(); ++i)
        checks.text({ itemKey("aliases", i), tr("Alias %1").arg(i + 1) }, person.aliases.at(i));

    const Field birthDate { QStringLiteral("birthDate"), tr("Date of birth") };
    if (checks.pastDate(birthDate, person.birthDate, Need::Required)
        && person.birthDate > QDate::currentDate().addYears(-MinimumAge))
        checks.add(birthDate, tr("the person must be at least %1 years old").arg(MinimumAge));

    checkIdentity(checks, person);

    static const QByteArray jpeg("\xFF\xD8\xFF");
    static const QByteArray png("\x89PNG\r\n\x1A\n");
    const Field photo { QStringLiteral("photo"), tr("Photo") };
    if (!person.photo.isEmpty() && !person.photo.startsWith(jpeg) && !person.photo.startsWith(png))
        checks.add(photo, tr("must be a JPEG or PNG image"));
    if (person.photo.size() > MaxPhotoBytes)
        checks.add(photo, tr("must not be larger than %1 MB").arg(MaxPhotoBytes / (1024 * 1024)));

    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{7,15}$"));
    for (qsizetype i = 0; i < person.phones.size(); ++i)
        if (!matches(phone, person.phones.at(i)))
            checks.add({ itemKey("phones", i), tr("Phone %1").arg(i + 1) },
                tr("must be 7 to 15 digits, optionally after “+”, with no spaces"));

    for (qsizetype i = 0; i < person.addresses.size(); ++i)
        checkAddress(checks, person.addresses.at(i), i, districts);
    checks.district({ QStringLiteral("residenceDistrict"), tr("District of residence") },
        person.residenceDistrict, districts, Need::Required);
    return checks.errors;
}

QList<FieldError> RecordValidator::validate(const CaseRecord &caseRecord, const DistrictList &districts)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, caseRecord.id, Need::Optional);
    checks.text({ QStringLiteral("firNumber"), tr("FIR number") }, caseRecord.firNumber);
    const QString firDateLabel = tr("FIR date");
    const bool firDateOk
        = checks.pastDate({ QStringLiteral("firDate"), firDateLabel }, caseRecord.firDate, Need::Required);
    checks.text({ QStringLiteral("policeStation"), tr("Police station") }, caseRecord.policeStation);
    checks.district(
        { QStringLiteral("district"), tr("District") }, caseRecord.district, districts, Need::Required);
    if (caseRecord.isSpecialCourt && caseRecord.court.trimmed().isEmpty())
        checks.add({ QStringLiteral("court"), tr("Court") }, tr("the Special Court must be named"));

    QDate previous = firDateOk ? caseRecord.firDate : QDate(); // no second complaint about a bad FIR date
    QString previousLabel = firDateLabel;
    for (qsizetype i = 0; i < caseRecord.statusHistory.size(); ++i) {
        const QDate date = caseRecord.statusHistory.at(i).date;
        const Field field { itemKey("statusHistory", i, "date"), tr("Status %1, date").arg(i + 1) };
        if (checks.pastDate(field, date, Need::Required)) {
            checks.order(field, date, previous, previousLabel);
            previous = date;
            previousLabel = field.label;
        }
    }
    return checks.errors;
}

QList<FieldError> RecordValidator::validate(
    const Charge &charge, QDate onDate, const OffenceCatalogue &catalogue)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, charge.id, Need::Optional);
    checks.uuid({ QStringLiteral("caseId"), tr("Case") }, charge.caseId, Need::Required);
    checks.uuid({ QStringLiteral("personId"), tr("Accused") }, charge.personId, Need::Required);
    checks.knownOffence(
        { QStringLiteral("offenceCode"), tr("Offence") }, charge.offenceCode, onDate, catalogue);
    return checks.errors;
}

QList<FieldError> RecordValidator::validate(const Conviction &conviction, const OffenceCatalogue &catalogue)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, conviction.id, Need::Optional);
    checks.uuid({ QStringLiteral("caseId"), tr("Case") }, conviction.caseId, Need::Required);
    checks.uuid({ QStringLiteral("personId"), tr("Convicted person") }, conviction.personId, Need::Required);
    checks.pastDate(
        { QStringLiteral("judgmentDate"), tr("Judgment date") }, conviction.judgmentDate, Need::Required);
    checks.text({ QStringLiteral("court"), tr("Court") }, conviction.court);
    checks.present(
        { QStringLiteral("sections"), tr("Sections") }, conviction.sections.isEmpty(), Need::Required);
    for (qsizetype i = 0; i < conviction.sections.size(); ++i)
        checks.knownOffence({ itemKey("sections", i), tr("Section %1").arg(i + 1) },
            conviction.sections.at(i), conviction.judgmentDate, catalogue);
    if (conviction.isFinal && conviction.appealStatus == AppealStatus::Pending)
        checks.add(
            { QStringLiteral("isFinal"), tr("Final") }, tr("cannot be final while an appeal is pending"));
    return checks.errors;
}

QList<FieldError> RecordValidator::validate(const CustodyEvent &event)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, event.id, Need::Optional);
    checks.uuid({ QStringLiteral("personId"), tr("Person") }, event.personId, Need::Required);
    checks.pastDate({ QStringLiteral("date"), tr("Date") }, event.date, Need::Required);
    checks.text({ QStringLiteral("place"), tr("Prison or place") }, event.place);
    return checks.errors;
}

QList<FieldError> RecordValidator::validate(const MonitoringOrder &order)
{
    Checks checks;
    checks.uuid({ QStringLiteral("id"), tr("Record id") }, order.id, Need::Optional);
    checks.uuid({ QStringLiteral("personId"), tr("Person") }, order.personId, Need::Required);
    const QString startLabel = tr("Start date");
    checks.date({ QStringLiteral("startDate"), startLabel }, order.startDate, Need::Required);
    const Field endDate { QStringLiteral("endDate"), tr("End date") };
    if (order.isLifetime) {
        if (order.endDate.isValid())
            checks.add(endDate, tr("must be empty for a lifetime order"));
    } else if (checks.date(endDate, order.endDate, Need::Required) && order.endDate <= order.startDate) {
        checks.add(
            endDate, tr("must be after the start date (%1)").arg(order.startDate.toString(Qt::ISODate)));
    }
    if (order.reportingFrequencyDays < 0 || order.reportingFrequencyDays > MaxReportingFrequencyDays)
        checks.add({ QStringLiteral("reportingFrequencyDays"), tr("Reporting every (days)") },
            tr("must be from 0 (no reporting) to %1").arg(MaxReportingFrequencyDays));
    if (order.status == MonitoringStatus::Active && order.deviceId.trimmed().isEmpty())
        checks.add(
            { QStringLiteral("deviceId"), tr("Device id") }, tr("is required while the order is active"));
    return checks.errors;
}

QStringList RecordValidator::warnings(const Person &person, const DistrictList &districts)
{
    if (!person.cnic)
        return {};
    const Result<Cnic> cnic = Cnic::parse(*person.cnic);
    if (!cnic)
        return {};

    QStringList result;

    const std::optional<Gender> hintedGender = cnic->genderHint();
    if (hintedGender == Gender::Male && person.gender == Gender::Female)
        result << tr(
            "The CNIC ends in an odd digit, which usually means a man, but the gender is recorded as "
            "female.");
    if (hintedGender == Gender::Female && person.gender == Gender::Male)
        result << tr(
            "The CNIC ends in an even digit, which usually means a woman, but the gender is recorded as "
            "male.");

    const std::optional<QString> hintedProvince = cnic->provinceHint();
    const std::optional<District> residence = districts.find(person.residenceDistrict);
    if (hintedProvince && residence && residence->province != *hintedProvince)
        result << tr("The CNIC's first digit points to %1, but the district of residence, %2, is in %3.")
                      .arg(DistrictList::provinceName(*hintedProvince), residence->name,
                          DistrictList::provinceName(residence->province));
    return result;
}

} // namespace Nigran::Models
