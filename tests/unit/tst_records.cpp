#include "domain/cnic.h"
#include "domain/districtlist.h"
#include "domain/namenormalizer.h"
#include "domain/offencecatalogue.h"
#include "domain/recordcodec.h"
#include "domain/recordvalidator.h"

#include <QCborValue>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Nigran::Models;

template<typename R> using Edit = std::function<void(R &)>;
using Decode = std::function<QString(const QCborMap &)>; ///< the error message, empty when decoded

Q_DECLARE_METATYPE(Edit<Person>)
Q_DECLARE_METATYPE(Edit<CaseRecord>)
Q_DECLARE_METATYPE(Edit<Charge>)
Q_DECLARE_METATYPE(Edit<Conviction>)
Q_DECLARE_METATYPE(Edit<CustodyEvent>)
Q_DECLARE_METATYPE(Edit<MonitoringOrder>)
Q_DECLARE_METATYPE(Decode)

namespace {

// Fixtures: obviously fictional people and places; identity numbers padded with zeros.

const QString PersonId = QStringLiteral("5f0c6a9e-3f7b-4d7e-9a53-2b1f4c8d9e10");
const QString CaseId = QStringLiteral("0b7e4a55-6c1d-4f3e-8a2b-9d0c1e2f3a4b");
const QByteArray PngBytes = QByteArray("\x89PNG\r\n\x1A\n") + QByteArray("not really a picture");

QDate today()
{
    return QDate::currentDate();
}

Person validPerson()
{
    Person person;
    person.id = PersonId;
    person.district = QStringLiteral("PB-LHR");
    person.nameUrdu = QStringLiteral("ٹیسٹ نمونہ");
    person.nameLatin = QStringLiteral("Test Sample Alpha");
    person.parentage
        = { ParentageRelation::SonOf, QStringLiteral("فرضی والد"), QStringLiteral("Fictional Father") };
    person.aliases = { QStringLiteral("Alpha One") };
    person.birthDate = QDate(1980, 1, 1);
    person.gender = Gender::Male;
    person.cnic = QStringLiteral("3520200000001"); // 3 = Punjab, odd last digit = male
    person.description = QStringLiteral("Fictional description");
    person.marks = QStringLiteral("None");
    person.photo = PngBytes;
    person.phones = { QStringLiteral("+923000000000"), QStringLiteral("04200000000") };
    person.addresses = {
        { AddressType::Permanent, QStringLiteral("House 0, Test Street"), QStringLiteral("PB-LHR"),
            QDate(2000, 1, 1), QDate(2010, 1, 1) },
        { AddressType::Present, QStringLiteral("Flat 0, Sample Road"), QStringLiteral("PB-LHR"),
            QDate(2010, 1, 2), {} },
    };
    person.residenceDistrict = QStringLiteral("PB-LHR");
    return person;
}

Person foreignPerson()
{
    Person person = validPerson();
    person.cnic.reset();
    person.passport = Person::Passport { QStringLiteral("TEST00000"), QStringLiteral("AFG") };
    person.photo.clear();
    person.addresses.clear();
    return person;
}

CaseRecord validCase()
{
    CaseRecord caseRecord;
    caseRecord.id = CaseId;
    caseRecord.firNumber = QStringLiteral("000/2020");
    caseRecord.firDate = QDate(2020, 3, 1);
    caseRecord.policeStation = QStringLiteral("Test Police Station");
    caseRecord.district = QStringLiteral("PB-LHR");
    caseRecord.court = QStringLiteral("Test Special Court");
    caseRecord.isSpecialCourt = true;
    caseRecord.caseNumber = QStringLiteral("TEST-0");
    caseRecord.judge = QStringLiteral("Test Judge");
    caseRecord.prosecutor = QStringLiteral("Test Prosecutor");
    caseRecord.statusHistory = {
        { QDate(2020, 3, 1), CaseStatus::FirRegistered, {} },
        { QDate(2020, 6, 1), CaseStatus::ChallanSubmitted, QStringLiteral("fictional note") },
    };
    return caseRecord;
}

Charge validCharge()
{
    return { QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001"), CaseId, PersonId,
        QStringLiteral("PPC 376"), VictimAgeBand::Child, Gender::Female, Relationship::Acquaintance };
}

Conviction validConviction()
{
    return { QStringLiteral("1a2b3c4d-0000-4000-8000-000000000002"), CaseId, PersonId, QDate(2022, 5, 1),
        QStringLiteral("Test Special Court"), { QStringLiteral("PPC 376"), QStringLiteral("PPC 377") },
        AppealStatus::Upheld, true };
}

CustodyEvent validCustodyEvent()
{
    return { QStringLiteral("1a2b3c4d-0000-4000-8000-000000000003"), PersonId, CustodyKind::Admission,
        QDate(2022, 5, 2), QStringLiteral("Test Central Jail"), {} };
}

MonitoringOrder validMonitoringOrder()
{
    return { QStringLiteral("1a2b3c4d-0000-4000-8000-000000000004"), PersonId, QDate(2030, 1, 1),
        QDate(2035, 1, 1), false, QStringLiteral("TEST-TAG-0"), 30, MonitoringStatus::Pending };
}

QString describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines << QStringLiteral("%1 → %2").arg(error.field, error.message);
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(QStringLiteral("; "));
}

template<typename R> void addEditColumns()
{
    QTest::addColumn<Edit<R>>("edit");
    QTest::addColumn<QString>("field");
}

template<typename R> void addEditRow(const char *name, Edit<R> edit, const char *field)
{
    QTest::addRow("%s", name) << edit << QString::fromUtf8(field);
}

/// Applies the row's edit to a valid record: exactly one error, on the row's field, with a message that
/// names the field for the user ("Label: problem").
template<typename R, typename Validate> void verifyOneError(R record, Validate validate)
{
    QFETCH(Edit<R>, edit);
    QFETCH(QString, field);
    edit(record);
    const QList<FieldError> errors = validate(record);
    QVERIFY2(errors.size() == 1 && errors.first().field == field, qPrintable(describe(errors)));
    QVERIFY2(errors.first().message.contains(QLatin1String(": ")), qPrintable(errors.first().message));
}

template<typename T> Decode decoder(Result<T> (*decode)(const QCborMap &, const QString &))
{
    return [decode](const QCborMap &map) {
        const Result<T> decoded = decode(map, {});
        return decoded ? QString() : decoded.error().message;
    };
}

template<typename T>
void verifyRoundTrip(const T &record, Result<T> (*decode)(const QCborMap &, const QString &))
{
    const QByteArray bytes = QCborValue(toCbor(record)).toCbor();
    const Result<T> decoded = decode(QCborValue::fromCbor(bytes).toMap(), {});
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
    QVERIFY(*decoded == record);
}

QCborMap with(QCborMap map, const char *key, const QCborValue &value)
{
    map.insert(QLatin1String(key), value);
    return map;
}

QCborMap without(QCborMap map, const char *key)
{
    map.remove(QLatin1String(key));
    return map;
}

const QByteArray GoodOffence
    = R"({"code": "PPC 1", "law": "PPC", "section": "1", "title": "t", "titleUr": "ت",
    "punishment": "p", "minYears": 0, "maxYears": 7, "life": false, "death": false, "registrable": true,
    "unsure": false, "effectiveFrom": "2000-01-01", "effectiveTo": null})";

/// `offence` with the value of `key` replaced by `json`.
QByteArray replaced(QByteArray offence, const char *key, const char *json)
{
    const QByteArray quotedKey = QByteArray("\"") + key + "\": ";
    const qsizetype start = offence.indexOf(quotedKey) + quotedKey.size();
    const qsizetype comma = offence.indexOf(',', start);
    const qsizetype end = comma < 0 ? offence.indexOf('}', start) : comma;
    return offence.replace(start, end - start, json);
}

QByteArray offenceWith(const char *key, const char *json)
{
    return replaced(GoodOffence, key, json);
}

const QByteArray FirstOffence = replaced(replaced(GoodOffence, "code", R"("PPC 0")"), "section", R"("0")");

/// A one-edition catalogue whose offences[1] is `second`.
QByteArray catalogueWith(const QByteArray &second)
{
    return R"({"version": 1, "editions": [{"edition": 1, "effectiveFrom": "2000-01-01", "title": "t",
        "offences": [)"
        + FirstOffence + ", " + second + "]}]}";
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void cnicParsesValidForms_data();
    void cnicParsesValidForms();
    void cnicRejectsMalformed_data();
    void cnicRejectsMalformed();
    void cnicHints_data();
    void cnicHints();

    void validRecordsHaveNoErrors();
    void personErrors_data();
    void personErrors();
    void personWarnings_data();
    void personWarnings();
    void caseErrors_data();
    void caseErrors();
    void chargeErrors_data();
    void chargeErrors();
    void convictionErrors_data();
    void convictionErrors();
    void custodyErrors_data();
    void custodyErrors();
    void monitoringErrors_data();
    void monitoringErrors();

    void catalogueHasDomainSections_data();
    void catalogueHasDomainSections();
    void catalogueEditionsByDate();
    void catalogueFromJsonPicksEdition();
    void catalogueRejectsMalformed_data();
    void catalogueRejectsMalformed();

    void districtListIsComplete();
    void districtListRejectsMalformed_data();
    void districtListRejectsMalformed();

    void cborRoundTrip();
    void cborRejectsMalformed_data();
    void cborRejectsMalformed();

    void searchKeysMeet_data();
    void searchKeysMeet();
    void searchKeyForm_data();
    void searchKeyForm();
    void urduKeysMeet_data();
    void urduKeysMeet();
    void distance_data();
    void distance();
};

// --- CNIC -------------------------------------------------------------------------------------------

void TestRecords::cnicParsesValidForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addRow("dashed") << QStringLiteral("35202-0000000-1") << QStringLiteral("3520200000001");
    QTest::addRow("13 digits") << QStringLiteral("3520200000001") << QStringLiteral("3520200000001");
    QTest::addRow("surrounding spaces")
        << QStringLiteral("  42000-0000000-2 ") << QStringLiteral("4200000000002");
    QTest::addRow("Urdu digits") << QStringLiteral("۳۵۲۰۲-۰۰۰۰۰۰۰-۱") << QStringLiteral("3520200000001");
}

void TestRecords::cnicParsesValidForms()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    const Result<Cnic> cnic = Cnic::parse(input);
    QVERIFY(cnic);
    QCOMPARE(cnic->digits(), digits);
    QCOMPARE(
        cnic->formatted(), QStringLiteral("%1-%2-%3").arg(digits.left(5), digits.mid(5, 7), digits.right(1)));
    QCOMPARE(Cnic::parse(cnic->formatted())->digits(), digits);
}

void TestRecords::cnicRejectsMalformed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
    const QString length = QStringLiteral("13 digits");
    const QString characters = QStringLiteral("only digits and dashes");
    const QString dashes = QStringLiteral("dashes must be placed");
    QTest::addRow("empty") << QString() << length;
    QTest::addRow("12 digits") << QStringLiteral("35202-000000-1") << length;
    QTest::addRow("14 digits") << QStringLiteral("35202000000012") << length;
    QTest::addRow("letter") << QStringLiteral("35202-00000A0-1") << characters;
    QTest::addRow("inner spaces") << QStringLiteral("35202 0000000 1") << characters;
    QTest::addRow("slashes") << QStringLiteral("35202/0000000/1") << characters;
    QTest::addRow("first dash misplaced") << QStringLiteral("3520-20000000-1") << dashes;
    QTest::addRow("one dash only") << QStringLiteral("35202-00000001") << dashes;
    QTest::addRow("doubled dash") << QStringLiteral("35202--0000000-1") << dashes;
}

void TestRecords::cnicRejectsMalformed()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    const Result<Cnic> cnic = Cnic::parse(input);
    QVERIFY(!cnic);
    QCOMPARE(cnic.error().code, ErrorCode::InvalidInput);
    QCOMPARE(cnic.error().fields.size(), 1);
    QCOMPARE(cnic.error().fields.first().field, QStringLiteral("cnic"));
    QVERIFY2(cnic.error().fields.first().message.contains(problem),
        qPrintable(cnic.error().fields.first().message));
}

void TestRecords::cnicHints_data()
{
    QTest::addColumn<QString>("cnic");
    QTest::addColumn<QString>("province"); // empty: no hint
    QTest::addColumn<Gender>("gender");
    QTest::addRow("1 KP, male") << QStringLiteral("1000000000001") << QStringLiteral("KP") << Gender::Male;
    QTest::addRow("2 former FATA, female")
        << QStringLiteral("2000000000002") << QStringLiteral("KP") << Gender::Female;
    QTest::addRow("3 Punjab") << QStringLiteral("3000000000003") << QStringLiteral("PB") << Gender::Male;
    QTest::addRow("4 Sindh") << QStringLiteral("4000000000004") << QStringLiteral("SD") << Gender::Female;
    QTest::addRow("5 Balochistan") << QStringLiteral("5000000000005") << QStringLiteral("BA") << Gender::Male;
    QTest::addRow("6 Islamabad") << QStringLiteral("6000000000006") << QStringLiteral("IS") << Gender::Female;
    QTest::addRow("7 Gilgit-Baltistan")
        << QStringLiteral("7000000000009") << QStringLiteral("GB") << Gender::Male;
    QTest::addRow("9 no province") << QStringLiteral("9000000000000") << QString() << Gender::Female;
}

void TestRecords::cnicHints()
{
    QFETCH(QString, cnic);
    QFETCH(QString, province);
    QFETCH(Gender, gender);
    const Result<Cnic> parsed = Cnic::parse(cnic);
    QVERIFY(parsed);
    QCOMPARE(parsed->provinceHint().value_or(QString()), province);
    QCOMPARE(parsed->genderHint(), std::optional(gender));
}

// --- Validation -------------------------------------------------------------------------------------

void TestRecords::validRecordsHaveNoErrors()
{
    const auto noErrors
        = [](const QList<FieldError> &errors) { QVERIFY2(errors.isEmpty(), qPrintable(describe(errors))); };
    noErrors(RecordValidator::validate(validPerson()));
    noErrors(RecordValidator::validate(foreignPerson()));
    Person unsaved = validPerson();
    unsaved.id.clear();
    unsaved.nameUrdu.clear();
    noErrors(RecordValidator::validate(unsaved));
    noErrors(RecordValidator::validate(validCase()));
    noErrors(RecordValidator::validate(validCharge(), QDate(2022, 1, 1)));
    noErrors(RecordValidator::validate(validConviction()));
    noErrors(RecordValidator::validate(validCustodyEvent()));
    noErrors(RecordValidator::validate(validMonitoringOrder()));
    MonitoringOrder lifetime = validMonitoringOrder();
    lifetime.isLifetime = true;
    lifetime.endDate = {};
    lifetime.status = MonitoringStatus::Active;
    noErrors(RecordValidator::validate(lifetime));
}

void TestRecords::personErrors_data()
{
    addEditColumns<Person>();
    addEditRow<Person>(
        "no Latin name", [](Person &p) { p.nameLatin = QStringLiteral("  "); }, "nameLatin");
    addEditRow<Person>(
        "Latin name in Urdu script", [](Person &p) { p.nameLatin = QStringLiteral("ٹیسٹ"); }, "nameLatin");
    addEditRow<Person>(
        "Latin name with digits", [](Person &p) { p.nameLatin = QStringLiteral("Test 2"); }, "nameLatin");
    addEditRow<Person>(
        "Urdu name in Latin script", [](Person &p) { p.nameUrdu = QStringLiteral("Test"); }, "nameUrdu");
    addEditRow<Person>(
        "parentage Urdu name in Latin script",
        [](Person &p) { p.parentage.nameUrdu = QStringLiteral("Test"); }, "parentage.nameUrdu");
    addEditRow<Person>(
        "blank alias", [](Person &p) { p.aliases << QStringLiteral(" "); }, "aliases[1]");
    addEditRow<Person>(
        "no birth date", [](Person &p) { p.birthDate = {}; }, "birthDate");
    addEditRow<Person>(
        "birth date in the future", [](Person &p) { p.birthDate = today().addDays(1); }, "birthDate");
    addEditRow<Person>(
        "birth date before 1900", [](Person &p) { p.birthDate = QDate(1899, 12, 31); }, "birthDate");
    addEditRow<Person>(
        "younger than ten", [](Person &p) { p.birthDate = today().addYears(-9); }, "birthDate");
    addEditRow<Person>(
        "neither CNIC nor passport", [](Person &p) { p.cnic.reset(); }, "cnic");
    addEditRow<Person>(
        "CNIC of 12 digits", [](Person &p) { p.cnic = QStringLiteral("352020000000"); }, "cnic");
    addEditRow<Person>(
        "CNIC stored with dashes", [](Person &p) { p.cnic = QStringLiteral("35202-0000000-1"); }, "cnic");
    addEditRow<Person>(
        "passport number in lower case",
        [](Person &p) {
            p.passport = Person::Passport { QStringLiteral("test0000"), QStringLiteral("AFG") };
        },
        "passport.number");
    addEditRow<Person>(
        "passport without nationality",
        [](Person &p) {
            p.passport = Person::Passport { QStringLiteral("TEST0000"), QString() };
        },
        "passport.nationality");
    addEditRow<Person>(
        "photo neither JPEG nor PNG", [](Person &p) { p.photo = QByteArray("GIF89a"); }, "photo");
    addEditRow<Person>(
        "phone with letters", [](Person &p) { p.phones[1] = QStringLiteral("0300-TEST"); }, "phones[1]");
    addEditRow<Person>(
        "phone with spaces", [](Person &p) { p.phones[0] = QStringLiteral("+92 300 0000000"); }, "phones[0]");
    addEditRow<Person>(
        "address without text", [](Person &p) { p.addresses[1].text.clear(); }, "addresses[1].text");
    addEditRow<Person>(
        "address valid from after valid to", [](Person &p) { p.addresses[0].validFrom = QDate(2011, 1, 1); },
        "addresses[0].validFrom");
    addEditRow<Person>(
        "address in an unknown district",
        [](Person &p) { p.addresses[1].district = QStringLiteral("PB-XXX"); }, "addresses[1].district");
    addEditRow<Person>(
        "unknown residence district", [](Person &p) { p.residenceDistrict = QStringLiteral("XX-TST"); },
        "residenceDistrict");
    addEditRow<Person>(
        "no residence district", [](Person &p) { p.residenceDistrict.clear(); }, "residenceDistrict");
    addEditRow<Person>(
        "no owning district", [](Person &p) { p.district.clear(); }, "district");
    addEditRow<Person>(
        "id not a UUID", [](Person &p) { p.id = QStringLiteral("person-1"); }, "id");
}

void TestRecords::personErrors()
{
    verifyOneError(validPerson(), [](const Person &p) { return RecordValidator::validate(p); });
}

void TestRecords::personWarnings_data()
{
    QTest::addColumn<Edit<Person>>("edit");
    QTest::addColumn<QString>("warning"); // empty: none expected
    QTest::addRow("hints agree") << Edit<Person>([](Person &) {}) << QString();
    QTest::addRow("odd digit, female")
        << Edit<Person>([](Person &p) { p.gender = Gender::Female; }) << QStringLiteral("odd digit");
    QTest::addRow("even digit, male")
        << Edit<Person>([](Person &p) { p.cnic = QStringLiteral("3520200000002"); })
        << QStringLiteral("even digit");
    QTest::addRow("transgender: no gender hint")
        << Edit<Person>([](Person &p) { p.gender = Gender::Transgender; }) << QString();
    QTest::addRow("Punjab CNIC, living in Karachi")
        << Edit<Person>([](Person &p) { p.residenceDistrict = QStringLiteral("SD-KHS"); })
        << QStringLiteral("Sindh");
    QTest::addRow("no CNIC") << Edit<Person>([](Person &p) { p = foreignPerson(); }) << QString();
}

void TestRecords::personWarnings()
{
    QFETCH(Edit<Person>, edit);
    QFETCH(QString, warning);
    Person person = validPerson();
    edit(person);
    const QStringList warnings = RecordValidator::warnings(person);
    QVERIFY2(warnings.size() == (warning.isEmpty() ? 0 : 1), qPrintable(warnings.join(QLatin1Char('|'))));
    if (!warning.isEmpty())
        QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
    QVERIFY(RecordValidator::validate(person).isEmpty()); // a warning is never an error
}

void TestRecords::caseErrors_data()
{
    addEditColumns<CaseRecord>();
    addEditRow<CaseRecord>(
        "no FIR number", [](CaseRecord &c) { c.firNumber.clear(); }, "firNumber");
    addEditRow<CaseRecord>(
        "no FIR date", [](CaseRecord &c) { c.firDate = {}; }, "firDate");
    addEditRow<CaseRecord>(
        "FIR date in the future", [](CaseRecord &c) { c.firDate = today().addDays(1); }, "firDate");
    addEditRow<CaseRecord>(
        "no police station", [](CaseRecord &c) { c.policeStation.clear(); }, "policeStation");
    addEditRow<CaseRecord>(
        "unknown district", [](CaseRecord &c) { c.district = QStringLiteral("PB-XXX"); }, "district");
    addEditRow<CaseRecord>(
        "unnamed Special Court", [](CaseRecord &c) { c.court.clear(); }, "court");
    addEditRow<CaseRecord>(
        "status before the FIR", [](CaseRecord &c) { c.statusHistory[0].date = QDate(2020, 2, 1); },
        "statusHistory[0].date");
    addEditRow<CaseRecord>(
        "status out of order", [](CaseRecord &c) { c.statusHistory[1].date = QDate(2020, 2, 29); },
        "statusHistory[1].date");
    addEditRow<CaseRecord>(
        "status without date", [](CaseRecord &c) { c.statusHistory[1].date = {}; }, "statusHistory[1].date");
    addEditRow<CaseRecord>(
        "id not a UUID", [](CaseRecord &c) { c.id = c.id.toUpper(); }, "id");
}

void TestRecords::caseErrors()
{
    verifyOneError(validCase(), [](const CaseRecord &c) { return RecordValidator::validate(c); });
}

void TestRecords::chargeErrors_data()
{
    addEditColumns<Charge>();
    QTest::addColumn<QDate>("onDate");
    const QDate afterAct(2022, 1, 1);
    QTest::addRow("unknown section") << Edit<Charge>(
        [](Charge &c) { c.offenceCode = QStringLiteral("PPC 999"); })
                                     << QStringLiteral("offenceCode") << afterAct;
    QTest::addRow("section without its law")
        << Edit<Charge>([](Charge &c) { c.offenceCode = QStringLiteral("376"); })
        << QStringLiteral("offenceCode") << afterAct;
    QTest::addRow("no section") << Edit<Charge>([](Charge &c) { c.offenceCode.clear(); })
                                << QStringLiteral("offenceCode") << afterAct;
    QTest::addRow("gang rape before s.375A existed")
        << Edit<Charge>([](Charge &c) { c.offenceCode = QStringLiteral("PPC 375A"); })
        << QStringLiteral("offenceCode") << QDate(2019, 6, 1);
    QTest::addRow("PECA before 2016")
        << Edit<Charge>([](Charge &c) { c.offenceCode = QStringLiteral("PECA 22"); })
        << QStringLiteral("offenceCode") << QDate(2015, 6, 1);
    QTest::addRow("no case") << Edit<Charge>([](Charge &c) { c.caseId.clear(); }) << QStringLiteral("caseId")
                             << afterAct;
    QTest::addRow("accused not a UUID") << Edit<Charge>([](Charge &c) { c.personId = QStringLiteral("{x}"); })
                                        << QStringLiteral("personId") << afterAct;
}

void TestRecords::chargeErrors()
{
    QFETCH(QDate, onDate);
    verifyOneError(validCharge(), [onDate](const Charge &c) { return RecordValidator::validate(c, onDate); });
}

void TestRecords::convictionErrors_data()
{
    addEditColumns<Conviction>();
    addEditRow<Conviction>(
        "no sections", [](Conviction &c) { c.sections.clear(); }, "sections");
    addEditRow<Conviction>(
        "unknown section", [](Conviction &c) { c.sections[1] = QStringLiteral("PPC 999"); }, "sections[1]");
    addEditRow<Conviction>(
        "no judgment date", [](Conviction &c) { c.judgmentDate = {}; }, "judgmentDate");
    addEditRow<Conviction>(
        "judgment in the future", [](Conviction &c) { c.judgmentDate = today().addDays(1); }, "judgmentDate");
    addEditRow<Conviction>(
        "no court", [](Conviction &c) { c.court.clear(); }, "court");
    addEditRow<Conviction>(
        "final while appeal pending", [](Conviction &c) { c.appealStatus = AppealStatus::Pending; },
        "isFinal");
    addEditRow<Conviction>(
        "no case", [](Conviction &c) { c.caseId.clear(); }, "caseId");
    addEditRow<Conviction>(
        "no person", [](Conviction &c) { c.personId.clear(); }, "personId");
}

void TestRecords::convictionErrors()
{
    verifyOneError(validConviction(), [](const Conviction &c) { return RecordValidator::validate(c); });
}

void TestRecords::custodyErrors_data()
{
    addEditColumns<CustodyEvent>();
    addEditRow<CustodyEvent>(
        "no date", [](CustodyEvent &e) { e.date = {}; }, "date");
    addEditRow<CustodyEvent>(
        "date in the future", [](CustodyEvent &e) { e.date = today().addDays(1); }, "date");
    addEditRow<CustodyEvent>(
        "no place", [](CustodyEvent &e) { e.place = QStringLiteral(" "); }, "place");
    addEditRow<CustodyEvent>(
        "no person", [](CustodyEvent &e) { e.personId.clear(); }, "personId");
}

void TestRecords::custodyErrors()
{
    verifyOneError(validCustodyEvent(), [](const CustodyEvent &e) { return RecordValidator::validate(e); });
}

void TestRecords::monitoringErrors_data()
{
    addEditColumns<MonitoringOrder>();
    addEditRow<MonitoringOrder>(
        "end before start", [](MonitoringOrder &o) { o.endDate = QDate(2029, 12, 31); }, "endDate");
    addEditRow<MonitoringOrder>(
        "end on the start day", [](MonitoringOrder &o) { o.endDate = o.startDate; }, "endDate");
    addEditRow<MonitoringOrder>(
        "no end, not for life", [](MonitoringOrder &o) { o.endDate = {}; }, "endDate");
    addEditRow<MonitoringOrder>(
        "lifetime with an end", [](MonitoringOrder &o) { o.isLifetime = true; }, "endDate");
    addEditRow<MonitoringOrder>(
        "no start", [](MonitoringOrder &o) { o.startDate = {}; }, "startDate");
    addEditRow<MonitoringOrder>(
        "negative reporting frequency", [](MonitoringOrder &o) { o.reportingFrequencyDays = -1; },
        "reportingFrequencyDays");
    addEditRow<MonitoringOrder>(
        "reporting less than yearly", [](MonitoringOrder &o) { o.reportingFrequencyDays = 400; },
        "reportingFrequencyDays");
    addEditRow<MonitoringOrder>(
        "active without a device",
        [](MonitoringOrder &o) {
            o.status = MonitoringStatus::Active;
            o.deviceId.clear();
        },
        "deviceId");
    addEditRow<MonitoringOrder>(
        "no person", [](MonitoringOrder &o) { o.personId.clear(); }, "personId");
}

void TestRecords::monitoringErrors()
{
    verifyOneError(
        validMonitoringOrder(), [](const MonitoringOrder &o) { return RecordValidator::validate(o); });
}

// --- Offence catalogue ------------------------------------------------------------------------------

void TestRecords::catalogueHasDomainSections_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("registrable");
    // DOMAIN.md, offence catalogue table, and s.2(h) of the Anti-Rape Act 2021.
    const std::pair<const char *, bool> rows[] = {
        { "PPC 292A", true },
        { "PPC 292B", true },
        { "PPC 292C", true },
        { "PPC 354", false },
        { "PPC 354A", false },
        { "PPC 363", false },
        { "PPC 365B", false },
        { "PPC 366A", false },
        { "PPC 366B", false },
        { "PPC 371A", true },
        { "PPC 371B", true },
        { "PPC 375", true },
        { "PPC 375A", true },
        { "PPC 376", true },
        { "PPC 377", true },
        { "PPC 377A", true },
        { "PPC 377B", true },
        { "PECA 21", true },
        { "PECA 22", true },
    };
    for (const auto &[code, registrable] : rows)
        QTest::addRow("%s", code) << QString::fromLatin1(code) << registrable;
}

void TestRecords::catalogueHasDomainSections()
{
    QFETCH(QString, code);
    QFETCH(bool, registrable);
    const OffenceCatalogue &catalogue = OffenceCatalogue::builtIn();
    const std::optional<Offence> offence = catalogue.find(code);
    QVERIFY(offence);
    QCOMPARE(offence->isRegistrable, registrable);
    QCOMPARE(catalogue.isRegistrable(code), registrable);
    QVERIFY(!offence->title.isEmpty());
    QVERIFY(!offence->titleUr.isEmpty());
    QVERIFY(!offence->punishment.isEmpty());
    QVERIFY(offence->effectiveFrom.isValid());
    QVERIFY(offence->minYears <= offence->maxYears);
    QVERIFY(offence->maxYears > 0 || offence->hasLifeImprisonment);
}

void TestRecords::catalogueEditionsByDate()
{
    const OffenceCatalogue &catalogue = OffenceCatalogue::builtIn();
    QVERIFY(catalogue.version() >= 1);
    const QDate actInForce(2021, 12, 15);

    QVERIFY(!catalogue.find(QStringLiteral("PPC 375A"), actInForce.addDays(-1)));
    QVERIFY(catalogue.find(QStringLiteral("PPC 375A"), actInForce));
    QVERIFY(!catalogue.isRegistrable(QStringLiteral("PPC 376"), actInForce.addDays(-1)));
    QVERIFY(catalogue.isRegistrable(QStringLiteral("PPC 376"), actInForce));
    QVERIFY(catalogue.find(QStringLiteral("PPC 376"), QDate(2019, 1, 1))); // a section before the register
    QVERIFY(!catalogue.find(QStringLiteral("PPC 376"), QDate(2000, 1, 1))); // inserted in 2006
    QVERIFY(catalogue.find(QStringLiteral("PPC 354"), QDate(2000, 1, 1)));
    QVERIFY(!catalogue.find(QStringLiteral("PECA 21"), QDate(2016, 1, 1)));
    QVERIFY(!catalogue.find(QStringLiteral("PPC 376"), QDate(1800, 1, 1))); // before any edition
    QCOMPARE(catalogue.offences(actInForce).size(), 19);
    QCOMPARE(catalogue.offences(actInForce.addDays(-1)).size(), 18);
    QCOMPARE(catalogue.offences().size(), 19);
}

void TestRecords::catalogueFromJsonPicksEdition()
{
    const QByteArray json = R"({"version": 3, "editions": [
        {"edition": 1, "effectiveFrom": "2000-01-01", "title": "first", "offences": [
            {"code": "TST 1", "law": "TST", "section": "1", "title": "t", "titleUr": "ت", "punishment": "old",
             "minYears": 0, "maxYears": 5, "life": false, "death": false, "registrable": false, "unsure": false,
             "effectiveFrom": "2000-01-01"},
            {"code": "TST 2", "law": "TST", "section": "2", "title": "t", "titleUr": "ت", "punishment": "gone",
             "minYears": 0, "maxYears": 1, "life": false, "death": false, "registrable": false, "unsure": true,
             "effectiveFrom": "2000-01-01", "effectiveTo": "2005-12-31"}]},
        {"edition": 2, "effectiveFrom": "2010-06-01", "title": "second", "offences": [
            {"code": "TST 1", "law": "TST", "section": "1", "title": "t", "titleUr": "ت", "punishment": "new",
             "minYears": 2, "maxYears": 10, "life": true, "death": false, "registrable": true, "unsure": false,
             "effectiveFrom": "2000-01-01"}]}]})";
    const Result<OffenceCatalogue> catalogue = OffenceCatalogue::fromJson(json, QStringLiteral("test.json"));
    QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().message));
    QCOMPARE(catalogue->version(), 3);
    QCOMPARE(catalogue->find(QStringLiteral("TST 1"), QDate(2010, 5, 31))->punishment, QStringLiteral("old"));
    QCOMPARE(catalogue->find(QStringLiteral("TST 1"), QDate(2010, 6, 1))->punishment, QStringLiteral("new"));
    QVERIFY(!catalogue->isRegistrable(QStringLiteral("TST 1"), QDate(2010, 5, 31)));
    QVERIFY(catalogue->isRegistrable(QStringLiteral("TST 1"), QDate(2010, 6, 1)));
    QVERIFY(catalogue->find(QStringLiteral("TST 2"), QDate(2005, 12, 31)));
    QVERIFY(!catalogue->find(QStringLiteral("TST 2"), QDate(2006, 1, 1))); // repealed
    QVERIFY(!catalogue->find(QStringLiteral("TST 1"), QDate(1999, 12, 31)));
    QCOMPARE(catalogue->offences(QDate(2003, 1, 1)).size(), 2);
}

void TestRecords::catalogueRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::addRow("not JSON") << QByteArray("{ nope") << QStringLiteral("not valid JSON at character");
    QTest::addRow("top level not an object") << QByteArray("[]") << QStringLiteral("top level");
    QTest::addRow("no editions") << QByteArray(R"({"version": 1})") << QStringLiteral("editions: is missing");
    QTest::addRow("no edition in the list") << QByteArray(R"({"version": 1, "editions": []})")
                                            << QStringLiteral("editions: must hold at least one edition");
    QTest::addRow("version zero") << QByteArray(R"({"version": 0, "editions": []})")
                                  << QStringLiteral("version: must be an integer from 1");
    QTest::addRow("offence not a map")
        << catalogueWith("5") << QStringLiteral("editions[0].offences[1]: must be a map");
    QTest::addRow("offence without code")
        << catalogueWith(R"({"law": "PPC"})") << QStringLiteral("editions[0].offences[1].code: is missing");
    QTest::addRow("maxYears as text")
        << catalogueWith(offenceWith("maxYears", R"("seven")"))
        << QStringLiteral("editions[0].offences[1].maxYears: must be an integer");
    QTest::addRow("maxYears below minYears") << catalogueWith(
        offenceWith("minYears", "9")) << QStringLiteral("editions[0].offences[1].maxYears: must not be less");
    QTest::addRow("registrable as text")
        << catalogueWith(offenceWith("registrable", R"("yes")"))
        << QStringLiteral("editions[0].offences[1].registrable: must be true or false");
    QTest::addRow("impossible date") << catalogueWith(offenceWith("effectiveFrom",
        R"("2021-13-45")")) << QStringLiteral("editions[0].offences[1].effectiveFrom: must be a date");
    QTest::addRow("repealed before in force") << catalogueWith(offenceWith("effectiveTo", R"("1999-01-01")"))
                                              << QStringLiteral("editions[0].offences[1].effectiveTo");
    QTest::addRow("duplicate code") << catalogueWith(FirstOffence)
                                    << QStringLiteral("editions[0].offences[1].code: “PPC 0” appears twice");
    QTest::addRow("code not law and section") << catalogueWith(
        offenceWith("code", R"("PPC 2")")) << QStringLiteral("editions[0].offences[1].code: must be “PPC 1”");
    QTest::addRow("editions out of order") << QByteArray(R"({"version": 1, "editions": [
               {"edition": 1, "effectiveFrom": "2001-01-01", "title": "t", "offences": []},
               {"edition": 2, "effectiveFrom": "2000-01-01", "title": "t", "offences": []}]})")
                                           << QStringLiteral("editions[1].effectiveFrom: must be later");
}

void TestRecords::catalogueRejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Result<OffenceCatalogue> catalogue
        = OffenceCatalogue::fromJson(json, QStringLiteral("test-offences.json"));
    QVERIFY(!catalogue);
    const QString message = catalogue.error().message;
    QCOMPARE(catalogue.error().code, ErrorCode::Corrupt);
    QVERIFY2(message.startsWith(QLatin1String("test-offences.json: ")), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

// --- Districts --------------------------------------------------------------------------------------

void TestRecords::districtListIsComplete()
{
    const DistrictList &districts = DistrictList::builtIn();
    QVERIFY(districts.version() >= 1);
    QVERIFY2(districts.all().size() >= 150, qPrintable(QString::number(districts.all().size())));

    QSet<QString> codes;
    for (const District &district : districts.all()) {
        QVERIFY2(district.code.startsWith(district.province + QLatin1Char('-')), qPrintable(district.code));
        QVERIFY2(!district.name.isEmpty() && !district.nameUr.isEmpty(), qPrintable(district.code));
        codes.insert(district.code);
    }
    QCOMPARE(codes.size(), districts.all().size());

    const QStringList provinces { QStringLiteral("PB"), QStringLiteral("SD"), QStringLiteral("KP"),
        QStringLiteral("BA"), QStringLiteral("IS"), QStringLiteral("GB"), QStringLiteral("JK") };
    QCOMPARE(DistrictList::provinceCodes(), provinces);
    for (const QString &province : provinces) {
        QVERIFY2(!districts.inProvince(province).isEmpty(), qPrintable(province));
        QVERIFY(!DistrictList::provinceName(province).isEmpty());
    }
    QCOMPARE(districts.inProvince(QStringLiteral("IS")).size(), 1);
    QCOMPARE(districts.find(QStringLiteral("PB-LHR"))->name, QStringLiteral("Lahore"));
    QCOMPARE(districts.find(QStringLiteral("SD-HYD"))->province, QStringLiteral("SD"));
    QVERIFY(!districts.find(QStringLiteral("Lahore")));
    QVERIFY(DistrictList::provinceName(QStringLiteral("XX")).isEmpty());
}

void TestRecords::districtListRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray first = R"({"code": "PB-TST", "name": "Test", "nameUr": "ٹیسٹ", "province": "PB"})";
    const auto list = [&first](const QByteArray &second) {
        return QByteArray(R"({"version": 1, "districts": [)") + first + ", " + second + "]}";
    };
    QTest::addRow("unknown province")
        << list(R"({"code": "XX-TST", "name": "T", "nameUr": "ٹ", "province": "XX"})")
        << QStringLiteral("districts[1].province: must be one of");
    QTest::addRow("code of another province")
        << list(R"({"code": "SD-TST", "name": "T", "nameUr": "ٹ", "province": "PB"})")
        << QStringLiteral("districts[1].code: must start with “PB-”");
    QTest::addRow("duplicate code") << list(first)
                                    << QStringLiteral("districts[1].code: “PB-TST” appears twice");
    QTest::addRow("no Urdu name") << list(R"({"code": "PB-TSU", "name": "T", "province": "PB"})")
                                  << QStringLiteral("districts[1].nameUr: is missing");
    QTest::addRow("no districts") << QByteArray(R"({"version": 1})")
                                  << QStringLiteral("districts: is missing");
    QTest::addRow("truncated") << list(first).left(40) << QStringLiteral("not valid JSON");
}

void TestRecords::districtListRejectsMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Result<DistrictList> list = DistrictList::fromJson(json, QStringLiteral("test-districts.json"));
    QVERIFY(!list);
    QVERIFY2(list.error().message.startsWith(QLatin1String("test-districts.json: ")),
        qPrintable(list.error().message));
    QVERIFY2(list.error().message.contains(problem), qPrintable(list.error().message));
}

// --- CBOR -------------------------------------------------------------------------------------------

void TestRecords::cborRoundTrip()
{
    verifyRoundTrip(validPerson(), &personFromCbor);
    verifyRoundTrip(foreignPerson(), &personFromCbor);
    verifyRoundTrip(Person {}, &personFromCbor);
    verifyRoundTrip(validPerson().addresses.first(), &addressFromCbor);
    verifyRoundTrip(validCase(), &caseRecordFromCbor);
    verifyRoundTrip(validCharge(), &chargeFromCbor);
    verifyRoundTrip(validConviction(), &convictionFromCbor);
    verifyRoundTrip(validCustodyEvent(), &custodyEventFromCbor);
    verifyRoundTrip(validMonitoringOrder(), &monitoringOrderFromCbor);
    MonitoringOrder lifetime = validMonitoringOrder();
    lifetime.isLifetime = true;
    lifetime.endDate = {};
    verifyRoundTrip(lifetime, &monitoringOrderFromCbor);
    for (const Offence &offence : OffenceCatalogue::builtIn().offences())
        verifyRoundTrip(offence, &offenceFromCbor);
    for (const District &district : DistrictList::builtIn().all())
        verifyRoundTrip(district, &districtFromCbor);

    // Left-out optionals stay out of the encoding.
    const QCborMap foreign = toCbor(foreignPerson());
    QVERIFY(!foreign.contains(QLatin1String("cnic")));
    QVERIFY(foreign.contains(QLatin1String("passport")));
    QVERIFY(!toCbor(lifetime).contains(QLatin1String("endDate")));
}

void TestRecords::cborRejectsMalformed_data()
{
    QTest::addColumn<Decode>("decode");
    QTest::addColumn<QCborMap>("map");
    QTest::addColumn<QString>("problem");

    const Decode person = decoder(&personFromCbor);
    const QCborMap p = toCbor(validPerson());
    const QCborMap address = p.value(QLatin1String("addresses")).toArray().at(1).toMap();
    const auto withAddress = [&p](const QCborValue &second) {
        QCborArray addresses = p.value(QLatin1String("addresses")).toArray();
        addresses[1] = second;
        return with(p, "addresses", addresses);
    };
    QTest::addRow("empty map") << person << QCborMap() << QStringLiteral("Person record: id: is missing");
    QTest::addRow("error names where") << Decode([](const QCborMap &map) {
        const Result<Person> decoded = personFromCbor(map, QStringLiteral("batch item 3"));
        return decoded ? QString() : decoded.error().message;
    }) << QCborMap() << QStringLiteral("batch item 3: id: is missing");
    QTest::addRow("person without Latin name")
        << person << without(p, "nameLatin") << QStringLiteral("Person record: nameLatin: is missing");
    QTest::addRow("gender as text") << person << with(p, "gender", QStringLiteral("male"))
                                    << QStringLiteral("gender: must be an integer from 0 to 3");
    QTest::addRow("gender out of range")
        << person << with(p, "gender", 9) << QStringLiteral("gender: must be an integer from 0 to 3");
    QTest::addRow("parentage missing")
        << person << without(p, "parentage") << QStringLiteral("parentage: is missing");
    QTest::addRow("parentage relation missing")
        << person << with(p, "parentage", without(p.value(QLatin1String("parentage")).toMap(), "relation"))
        << QStringLiteral("parentage.relation: is missing");
    QTest::addRow("passport not a map") << person << with(p, "passport", QStringLiteral("TEST0000"))
                                        << QStringLiteral("passport: must be a map");
    QTest::addRow("alias not text") << person << with(p, "aliases", QCborArray { 7 })
                                    << QStringLiteral("aliases[0]: must be text");
    QTest::addRow("photo as text") << person << with(p, "photo", QStringLiteral("jpeg"))
                                   << QStringLiteral("photo: must be bytes");
    QTest::addRow("birth date as integer")
        << person << with(p, "birthDate", 19800101) << QStringLiteral("birthDate: must be a date");
    QTest::addRow("address not a map") << person << withAddress(QStringLiteral("Test Street"))
                                       << QStringLiteral("addresses[1]: must be a map");
    QTest::addRow("address date malformed")
        << person << withAddress(with(address, "validFrom", QStringLiteral("01/02/2010")))
        << QStringLiteral("addresses[1].validFrom: must be a date (YYYY-MM-DD)");
    QTest::addRow("address type out of range") << person << withAddress(with(address, "type", -1))
                                               << QStringLiteral("addresses[1].type: must be an integer");

    const QCborMap c = toCbor(validCase());
    QCborArray history = c.value(QLatin1String("statusHistory")).toArray();
    history[0] = without(history.at(0).toMap(), "status");
    QTest::addRow("special court flag as integer")
        << decoder(&caseRecordFromCbor) << with(c, "isSpecialCourt", 1)
        << QStringLiteral("CaseRecord record: isSpecialCourt: must be true");
    QTest::addRow("status without status")
        << decoder(&caseRecordFromCbor) << with(c, "statusHistory", history)
        << QStringLiteral("statusHistory[0].status: is missing");
    QTest::addRow("offence code as integer")
        << decoder(&chargeFromCbor) << with(toCbor(validCharge()), "offenceCode", 376)
        << QStringLiteral("Charge record: offenceCode: must be text");
    QTest::addRow("sections not a list")
        << decoder(&convictionFromCbor)
        << with(toCbor(validConviction()), "sections", QStringLiteral("PPC 376"))
        << QStringLiteral("sections: must be a list");
    QTest::addRow("custody kind out of range")
        << decoder(&custodyEventFromCbor) << with(toCbor(validCustodyEvent()), "kind", 7)
        << QStringLiteral("CustodyEvent record: kind: must be an integer");
    QTest::addRow("negative reporting frequency")
        << decoder(&monitoringOrderFromCbor)
        << with(toCbor(validMonitoringOrder()), "reportingFrequencyDays", -5)
        << QStringLiteral("reportingFrequencyDays: must be an integer from 0");
    QTest::addRow("offence without dates")
        << decoder(&offenceFromCbor)
        << without(toCbor(*OffenceCatalogue::builtIn().find(QStringLiteral("PPC 376"))), "effectiveFrom")
        << QStringLiteral("Offence record: effectiveFrom: is missing");
}

void TestRecords::cborRejectsMalformed()
{
    QFETCH(Decode, decode);
    QFETCH(QCborMap, map);
    QFETCH(QString, problem);
    const QString message = decode(map);
    QVERIFY2(
        message.contains(problem), qPrintable(message.isEmpty() ? QStringLiteral("(decoded)") : message));
}

// --- Names ------------------------------------------------------------------------------------------

void TestRecords::searchKeysMeet_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    const auto row = [](const char *name, const char *a, const char *b, bool equal) {
        QTest::addRow("%s", name) << QString::fromUtf8(a) << QString::fromUtf8(b) << equal;
    };
    row("Mohammad", "Muhammad Test", "Mohammad Test", true);
    row("Mohammed", "Muhammad Test", "Mohammed Test", true);
    row("Muhammed", "Muhammad Test", "Muhammed Test", true);
    row("Mohd.", "Muhammad Test", "Mohd. Test", true);
    row("case and spaces", "MUHAMMAD   test ", "muhammad Test", true);
    row("Ch.", "Ch. Test Sample", "Chaudhry Test Sample", true);
    row("Chaudhary", "Chaudhary Test Sample", "Chaudhry Test Sample", true);
    row("-ud-Din", "Test-ud-Din", "Testuddin", true);
    row("ud Din", "Test ud Din", "Test Uddin", true);
    row("ud-Deen", "Test-ud-Deen", "TESTUDDIN", true);
    row("diacritics", "Zoë Tést", "Zoe Test", true);
    row("punctuation", "Test, Sample.", "test sample", true);
    row("apostrophe", "D'Test", "Dtest", true);
    row("Sayyid", "Sayyid Test Shah", "Syed Test Shah", true);
    row("different names", "Test Ahmad", "Test Mahmood", false);
    row("word order matters", "Test Sample", "Sample Test", false);
}

void TestRecords::searchKeysMeet()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(NameNormalizer::searchKey(a) == NameNormalizer::searchKey(b), equal);
}

void TestRecords::searchKeyForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addRow("full") << QStringLiteral("Ch. Muhammed Test-ud-Din")
                          << QStringLiteral("chaudhry muhammad testuddin");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("punctuation only") << QStringLiteral(" .,- ") << QString();
}

void TestRecords::searchKeyForm()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(NameNormalizer::searchKey(name), key);
}

void TestRecords::urduKeysMeet_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addRow("Arabic yeh") << QStringLiteral("ٹيسٹ") << QStringLiteral("ٹیسٹ");
    QTest::addRow("Arabic kaf") << QStringLiteral("ٹیسٹ كار") << QStringLiteral("ٹیسٹ کار");
    QTest::addRow("Arabic heh") << QStringLiteral("نمونه") << QStringLiteral("نمونہ");
    QTest::addRow("harakat") << QStringLiteral("نَمُونہ") << QStringLiteral("نمونہ");
    QTest::addRow("tatweel and spaces") << QStringLiteral(" نمـونہ   ٹیسٹ ") << QStringLiteral("نمونہ ٹیسٹ");
    QTest::addRow("hamza and madda on alef")
        << QStringLiteral("ٹیسٹ أمر آمر") << QStringLiteral("ٹیسٹ امر امر");
    QTest::addRow("yeh with hamza") << QStringLiteral("ٹیسٹ ئ") << QStringLiteral("ٹیسٹ ی");
}

void TestRecords::urduKeysMeet()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(NameNormalizer::urduKey(a), NameNormalizer::urduKey(b));
    QVERIFY(NameNormalizer::urduKey(a) != NameNormalizer::urduKey(QStringLiteral("فرضی")));
}

void TestRecords::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::addRow("both empty") << QString() << QString() << 0;
    QTest::addRow("one empty") << QStringLiteral("test") << QString() << 4;
    QTest::addRow("same") << QStringLiteral("sample") << QStringLiteral("sample") << 0;
    QTest::addRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::addRow("transposition") << QStringLiteral("test") << QStringLiteral("tset") << 2;
    QTest::addRow("one deletion") << QStringLiteral("sampel") << QStringLiteral("sampl") << 1;
    QTest::addRow("Urdu letter") << QStringLiteral("ٹیسٹ") << QStringLiteral("ٹسٹ") << 1;
}

void TestRecords::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(NameNormalizer::distance(a, b), distance);
    QCOMPARE(NameNormalizer::distance(b, a), distance);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
