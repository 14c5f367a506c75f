#include "domain/recordcodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>

// Outside any namespace: Q_INIT_RESOURCE declares the static library's resource initialiser there.
static void initModelResources()
{
    Q_INIT_RESOURCE(nigran_models_data);
}

namespace Nigran::Models {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype IsoDateLength = 10; // YYYY-MM-DD

QCborValue dateValue(QDate date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue();
}

QCborValue optionalValue(const std::optional<QString> &text)
{
    return text ? QCborValue(*text) : QCborValue();
}

/// Builds a record map, leaving out undefined values (null dates, empty optionals).
QCborMap record(std::initializer_list<std::pair<QLatin1String, QCborValue>> fields)
{
    QCborMap map;
    for (const auto &[key, value] : fields)
        if (!value.isUndefined())
            map.insert(key, value);
    return map;
}

template<typename T> QCborArray arrayOf(const QList<T> &items)
{
    QCborArray array;
    for (const T &item : items)
        array.append(toCbor(item));
    return array;
}

template<typename T>
Result<T> decode(
    const QCborMap &map, const QString &where, const char *typeName, T (*read)(RecordCodec::Reader &))
{
    RecordCodec::Reader in(map);
    T value = read(in);
    NIGRAN_TRY(
        in.result(where.isEmpty() ? RecordCodec::tr("%1 record").arg(QLatin1String(typeName)) : where));
    return value;
}

} // namespace

// --- Reader ---------------------------------------------------------------------------------------

RecordCodec::Reader::Reader(const QCborMap &map)
    : Reader(map, std::make_shared<QString>(), QString())
{ }

RecordCodec::Reader::Reader(const QCborMap &map, std::shared_ptr<QString> problem, QString path)
    : m_map(map)
    , m_problem(std::move(problem))
    , m_path(std::move(path))
{ }

bool RecordCodec::Reader::has(QLatin1String key) const
{
    const QCborValue value = m_map.value(key);
    return !value.isUndefined() && !value.isNull();
}

QCborValue RecordCodec::Reader::field(
    QLatin1String key, bool (QCborValue::*hasType)() const, const QString &expected, Presence presence)
{
    if (!has(key)) {
        if (presence == Presence::Required)
            reject(key, tr("is missing"));
        return {};
    }
    const QCborValue value = m_map.value(key);
    if (!(value.*hasType)()) {
        reject(key, tr("must be %1").arg(expected));
        return {};
    }
    return value;
}

QString RecordCodec::Reader::text(QLatin1String key)
{
    return field(key, &QCborValue::isString, tr("text")).toString();
}

std::optional<QString> RecordCodec::Reader::optionalText(QLatin1String key)
{
    const QCborValue value = field(key, &QCborValue::isString, tr("text"), Presence::Optional);
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

bool RecordCodec::Reader::boolean(QLatin1String key)
{
    return field(key, &QCborValue::isBool, tr("true or false")).toBool();
}

int RecordCodec::Reader::integer(QLatin1String key, int min, int max)
{
    const QString expected = tr("an integer from %1 to %2").arg(min).arg(max);
    const QCborValue value = field(key, &QCborValue::isInteger, expected);
    if (!value.isInteger())
        return min;
    const qint64 number = value.toInteger();
    if (number < min || number > max) {
        reject(key, tr("must be %1").arg(expected));
        return min;
    }
    return int(number);
}

QDate RecordCodec::Reader::date(QLatin1String key, Presence presence)
{
    const QString expected = tr("a date (YYYY-MM-DD)");
    const QString text = field(key, &QCborValue::isString, expected, presence).toString();
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != IsoDateLength || !date.isValid()) {
        reject(key, tr("must be %1").arg(expected));
        return {};
    }
    return date;
}

QByteArray RecordCodec::Reader::bytes(QLatin1String key)
{
    return field(key, &QCborValue::isByteArray, tr("bytes")).toByteArray();
}

QStringList RecordCodec::Reader::texts(QLatin1String key)
{
    QStringList result;
    const QCborArray items = field(key, &QCborValue::isArray, tr("a list")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            rejectPath(itemPath(key, i), tr("must be %1").arg(tr("text")));
        result.append(items.at(i).toString());
    }
    return result;
}

RecordCodec::Reader RecordCodec::Reader::child(QLatin1String key)
{
    return Reader(field(key, &QCborValue::isMap, tr("a map")).toMap(), m_problem, path(key));
}

void RecordCodec::Reader::reject(QLatin1String key, const QString &problem)
{
    rejectPath(path(key), problem);
}

void RecordCodec::Reader::rejectPath(const QString &path, const QString &problem)
{
    if (m_problem->isEmpty())
        *m_problem = tr("%1: %2").arg(path, problem);
}

QString RecordCodec::Reader::path(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : QStringLiteral("%1.%2").arg(m_path, key);
}

QString RecordCodec::Reader::itemPath(QLatin1String key, qsizetype index) const
{
    return QStringLiteral("%1[%2]").arg(path(key)).arg(index);
}

Result<> RecordCodec::Reader::result(const QString &where) const
{
    if (m_problem->isEmpty())
        return {};
    return fail(ErrorCode::Corrupt, tr("%1: %2").arg(where, *m_problem));
}

// --- Person -----------------------------------------------------------------------------------------

QCborMap toCbor(const Person &person)
{
    const QCborMap parentage = record({
        { "relation"_L1, int(person.parentage.relation) },
        { "nameUrdu"_L1, person.parentage.nameUrdu },
        { "nameLatin"_L1, person.parentage.nameLatin },
    });
    const QCborValue passport = person.passport ? QCborValue(record({
                                    { "number"_L1, person.passport->number },
                                    { "nationality"_L1, person.passport->nationality },
                                }))
                                                : QCborValue();
    return record({
        { "id"_L1, person.id },
        { "district"_L1, person.district },
        { "nameUrdu"_L1, person.nameUrdu },
        { "nameLatin"_L1, person.nameLatin },
        { "parentage"_L1, parentage },
        { "aliases"_L1, QCborArray::fromStringList(person.aliases) },
        { "birthDate"_L1, dateValue(person.birthDate) },
        { "gender"_L1, int(person.gender) },
        { "cnic"_L1, optionalValue(person.cnic) },
        { "passport"_L1, passport },
        { "description"_L1, person.description },
        { "marks"_L1, person.marks },
        { "photo"_L1, person.photo },
        { "phones"_L1, QCborArray::fromStringList(person.phones) },
        { "addresses"_L1, arrayOf(person.addresses) },
        { "residenceDistrict"_L1, person.residenceDistrict },
    });
}

Person readPerson(RecordCodec::Reader &in)
{
    Person person;
    person.id = in.text("id"_L1);
    person.district = in.text("district"_L1);
    person.nameUrdu = in.text("nameUrdu"_L1);
    person.nameLatin = in.text("nameLatin"_L1);
    person.parentage = in.object("parentage"_L1, [](RecordCodec::Reader &parentage) {
        return Person::Parentage { parentage.enumeration("relation"_L1, ParentageRelation::WifeOf),
            parentage.text("nameUrdu"_L1), parentage.text("nameLatin"_L1) };
    });
    person.aliases = in.texts("aliases"_L1);
    person.birthDate = in.date("birthDate"_L1);
    person.gender = in.enumeration("gender"_L1, Gender::Unknown);
    person.cnic = in.optionalText("cnic"_L1);
    person.passport = in.optionalObject("passport"_L1, [](RecordCodec::Reader &passport) {
        return Person::Passport { passport.text("number"_L1), passport.text("nationality"_L1) };
    });
    person.description = in.text("description"_L1);
    person.marks = in.text("marks"_L1);
    person.photo = in.bytes("photo"_L1);
    person.phones = in.texts("phones"_L1);
    person.addresses = in.list("addresses"_L1, &readAddress);
    person.residenceDistrict = in.text("residenceDistrict"_L1);
    return person;
}

QCborMap toCbor(const Address &address)
{
    return record({
        { "type"_L1, int(address.type) },
        { "text"_L1, address.text },
        { "district"_L1, address.district },
        { "validFrom"_L1, dateValue(address.validFrom) },
        { "validTo"_L1, dateValue(address.validTo) },
    });
}

Address readAddress(RecordCodec::Reader &in)
{
    Address address;
    address.type = in.enumeration("type"_L1, AddressType::Work);
    address.text = in.text("text"_L1);
    address.district = in.text("district"_L1);
    address.validFrom = in.date("validFrom"_L1);
    address.validTo = in.date("validTo"_L1);
    return address;
}

// --- Case, charge, conviction -------------------------------------------------------------------------

QCborMap toCbor(const CaseRecord &caseRecord)
{
    QCborArray history;
    for (const CaseRecord::StatusEntry &entry : caseRecord.statusHistory)
        history.append(record({
            { "date"_L1, dateValue(entry.date) },
            { "status"_L1, int(entry.status) },
            { "note"_L1, entry.note },
        }));
    return record({
        { "id"_L1, caseRecord.id },
        { "firNumber"_L1, caseRecord.firNumber },
        { "firDate"_L1, dateValue(caseRecord.firDate) },
        { "policeStation"_L1, caseRecord.policeStation },
        { "district"_L1, caseRecord.district },
        { "court"_L1, caseRecord.court },
        { "isSpecialCourt"_L1, caseRecord.isSpecialCourt },
        { "caseNumber"_L1, caseRecord.caseNumber },
        { "judge"_L1, caseRecord.judge },
        { "prosecutor"_L1, caseRecord.prosecutor },
        { "statusHistory"_L1, history },
    });
}

CaseRecord readCaseRecord(RecordCodec::Reader &in)
{
    CaseRecord caseRecord;
    caseRecord.id = in.text("id"_L1);
    caseRecord.firNumber = in.text("firNumber"_L1);
    caseRecord.firDate = in.date("firDate"_L1);
    caseRecord.policeStation = in.text("policeStation"_L1);
    caseRecord.district = in.text("district"_L1);
    caseRecord.court = in.text("court"_L1);
    caseRecord.isSpecialCourt = in.boolean("isSpecialCourt"_L1);
    caseRecord.caseNumber = in.text("caseNumber"_L1);
    caseRecord.judge = in.text("judge"_L1);
    caseRecord.prosecutor = in.text("prosecutor"_L1);
    caseRecord.statusHistory = in.list("statusHistory"_L1, [](RecordCodec::Reader &entry) {
        return CaseRecord::StatusEntry { entry.date("date"_L1),
            entry.enumeration("status"_L1, CaseStatus::Closed), entry.text("note"_L1) };
    });
    return caseRecord;
}

QCborMap toCbor(const Charge &charge)
{
    return record({
        { "id"_L1, charge.id },
        { "caseId"_L1, charge.caseId },
        { "personId"_L1, charge.personId },
        { "offenceCode"_L1, charge.offenceCode },
        { "victimAgeBand"_L1, int(charge.victimAgeBand) },
        { "victimGender"_L1, int(charge.victimGender) },
        { "relationship"_L1, int(charge.relationship) },
    });
}

Charge readCharge(RecordCodec::Reader &in)
{
    Charge charge;
    charge.id = in.text("id"_L1);
    charge.caseId = in.text("caseId"_L1);
    charge.personId = in.text("personId"_L1);
    charge.offenceCode = in.text("offenceCode"_L1);
    charge.victimAgeBand = in.enumeration("victimAgeBand"_L1, VictimAgeBand::Adult);
    charge.victimGender = in.enumeration("victimGender"_L1, Gender::Unknown);
    charge.relationship = in.enumeration("relationship"_L1, Relationship::Unknown);
    return charge;
}

QCborMap toCbor(const Conviction &conviction)
{
    return record({
        { "id"_L1, conviction.id },
        { "caseId"_L1, conviction.caseId },
        { "personId"_L1, conviction.personId },
        { "judgmentDate"_L1, dateValue(conviction.judgmentDate) },
        { "court"_L1, conviction.court },
        { "sections"_L1, QCborArray::fromStringList(conviction.sections) },
        { "appealStatus"_L1, int(conviction.appealStatus) },
        { "isFinal"_L1, conviction.isFinal },
    });
}

Conviction readConviction(RecordCodec::Reader &in)
{
    Conviction conviction;
    conviction.id = in.text("id"_L1);
    conviction.caseId = in.text("caseId"_L1);
    conviction.personId = in.text("personId"_L1);
    conviction.judgmentDate = in.date("judgmentDate"_L1);
    conviction.court = in.text("court"_L1);
    conviction.sections = in.texts("sections"_L1);
    conviction.appealStatus = in.enumeration("appealStatus"_L1, AppealStatus::Acquitted);
    conviction.isFinal = in.boolean("isFinal"_L1);
    return conviction;
}

// --- Custody and monitoring ------------------------------------------------------------------------

QCborMap toCbor(const CustodyEvent &event)
{
    return record({
        { "id"_L1, event.id },
        { "personId"_L1, event.personId },
        { "kind"_L1, int(event.kind) },
        { "date"_L1, dateValue(event.date) },
        { "place"_L1, event.place },
        { "note"_L1, event.note },
    });
}

CustodyEvent readCustodyEvent(RecordCodec::Reader &in)
{
    CustodyEvent event;
    event.id = in.text("id"_L1);
    event.personId = in.text("personId"_L1);
    event.kind = in.enumeration("kind"_L1, CustodyKind::Release);
    event.date = in.date("date"_L1);
    event.place = in.text("place"_L1);
    event.note = in.text("note"_L1);
    return event;
}

QCborMap toCbor(const MonitoringOrder &order)
{
    return record({
        { "id"_L1, order.id },
        { "personId"_L1, order.personId },
        { "startDate"_L1, dateValue(order.startDate) },
        { "endDate"_L1, dateValue(order.endDate) },
        { "isLifetime"_L1, order.isLifetime },
        { "deviceId"_L1, order.deviceId },
        { "reportingFrequencyDays"_L1, order.reportingFrequencyDays },
        { "status"_L1, int(order.status) },
    });
}

MonitoringOrder readMonitoringOrder(RecordCodec::Reader &in)
{
    MonitoringOrder order;
    order.id = in.text("id"_L1);
    order.personId = in.text("personId"_L1);
    order.startDate = in.date("startDate"_L1);
    order.endDate = in.date("endDate"_L1);
    order.isLifetime = in.boolean("isLifetime"_L1);
    order.deviceId = in.text("deviceId"_L1);
    order.reportingFrequencyDays
        = in.integer("reportingFrequencyDays"_L1, 0, std::numeric_limits<int>::max());
    order.status = in.enumeration("status"_L1, MonitoringStatus::Ended);
    return order;
}

// --- Catalogue data ---------------------------------------------------------------------------------

QCborMap toCbor(const Offence &offence)
{
    return record({
        { "code"_L1, offence.code },
        { "law"_L1, offence.law },
        { "section"_L1, offence.section },
        { "title"_L1, offence.title },
        { "titleUr"_L1, offence.titleUr },
        { "punishment"_L1, offence.punishment },
        { "minYears"_L1, offence.minYears },
        { "maxYears"_L1, offence.maxYears },
        { "life"_L1, offence.hasLifeImprisonment },
        { "death"_L1, offence.hasDeathPenalty },
        { "registrable"_L1, offence.isRegistrable },
        { "unsure"_L1, offence.isUnsure },
        { "effectiveFrom"_L1, dateValue(offence.effectiveFrom) },
        { "effectiveTo"_L1, dateValue(offence.effectiveTo) },
    });
}

Offence readOffence(RecordCodec::Reader &in)
{
    constexpr int MaxYears = 100;
    Offence offence;
    offence.code = in.text("code"_L1);
    offence.law = in.text("law"_L1);
    offence.section = in.text("section"_L1);
    offence.title = in.text("title"_L1);
    offence.titleUr = in.text("titleUr"_L1);
    offence.punishment = in.text("punishment"_L1);
    offence.minYears = in.integer("minYears"_L1, 0, MaxYears);
    offence.maxYears = in.integer("maxYears"_L1, 0, MaxYears);
    offence.hasLifeImprisonment = in.boolean("life"_L1);
    offence.hasDeathPenalty = in.boolean("death"_L1);
    offence.isRegistrable = in.boolean("registrable"_L1);
    offence.isUnsure = in.boolean("unsure"_L1);
    offence.effectiveFrom = in.date("effectiveFrom"_L1, RecordCodec::Reader::Presence::Required);
    offence.effectiveTo = in.date("effectiveTo"_L1);
    return offence;
}

QCborMap toCbor(const District &district)
{
    return record({
        { "code"_L1, district.code },
        { "name"_L1, district.name },
        { "nameUr"_L1, district.nameUr },
        { "province"_L1, district.province },
    });
}

District readDistrict(RecordCodec::Reader &in)
{
    District district;
    district.code = in.text("code"_L1);
    district.name = in.text("name"_L1);
    district.nameUr = in.text("nameUr"_L1);
    district.province = in.text("province"_L1);
    return district;
}

// --- Decoding entry points ---------------------------------------------------------------------------

Result<Person> personFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "Person", &readPerson);
}

Result<Address> addressFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "Address", &readAddress);
}

Result<CaseRecord> caseRecordFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "CaseRecord", &readCaseRecord);
}

Result<Charge> chargeFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "Charge", &readCharge);
}

Result<Conviction> convictionFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "Conviction", &readConviction);
}

Result<CustodyEvent> custodyEventFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "CustodyEvent", &readCustodyEvent);
}

Result<MonitoringOrder> monitoringOrderFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "MonitoringOrder", &readMonitoringOrder);
}

Result<Offence> offenceFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "Offence", &readOffence);
}

Result<District> districtFromCbor(const QCborMap &map, const QString &where)
{
    return decode(map, where, "District", &readDistrict);
}

Result<QCborMap> RecordCodec::mapFromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::Corrupt,
            tr("%1: not valid JSON at character %2: %3")
                .arg(where)
                .arg(error.offset)
                .arg(error.errorString()));
    if (!document.isObject())
        return fail(ErrorCode::Corrupt, tr("%1: the top level must be a JSON object").arg(where));
    return QCborMap::fromJsonObject(document.object());
}

QByteArray RecordCodec::readResource(const QString &path)
{
    initModelResources();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Nigran::Models
