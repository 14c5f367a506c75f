#include "monitoring/monitoringrecords.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QGeoCircle>
#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <limits>
#include <memory>

namespace Nigran::Models {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPolygonVertices = 100000; ///< form only; the service allows far fewer
constexpr int MaxNotes = 100000;

QCborValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QCborValue(time.toMSecsSinceEpoch()) : QCborValue();
}

/// Builds a map, leaving out undefined values (null times).
QCborMap cborMap(std::initializer_list<std::pair<QLatin1String, QCborValue>> fields)
{
    QCborMap map;
    for (const auto &[key, value] : fields)
        if (!value.isUndefined())
            map.insert(key, value);
    return map;
}

/// Reads typed values from a CBOR map like RecordCodec::Reader, with the floating-point numbers,
/// times and nested arrays the monitoring records need; keeps the first problem with its key path.
class Fields
{
public:
    explicit Fields(const QCborMap &map)
        : Fields(map, std::make_shared<QString>(), {})
    { }

    bool has(QLatin1String key) const
    {
        const QCborValue value = m_map.value(key);
        return !value.isUndefined() && !value.isNull();
    }

    QString text(QLatin1String key)
    {
        return field(key, &QCborValue::isString, MonitoringCodec::tr("text")).toString();
    }

    bool boolean(QLatin1String key)
    {
        return field(key, &QCborValue::isBool, MonitoringCodec::tr("true or false")).toBool();
    }

    qint64 integer(QLatin1String key, qint64 min, qint64 max)
    {
        const QString expected = MonitoringCodec::tr("an integer from %1 to %2").arg(min).arg(max);
        const QCborValue value = field(key, &QCborValue::isInteger, expected);
        if (!value.isInteger())
            return min;
        const qint64 number = value.toInteger();
        if (number < min || number > max) {
            reject(path(key), MonitoringCodec::tr("must be %1").arg(expected));
            return min;
        }
        return number;
    }

    template<typename E> E enumeration(QLatin1String key, E last)
    {
        return static_cast<E>(integer(key, 0, int(last)));
    }

    /// A finite number (integer or floating point) from min to max.
    double number(QLatin1String key, double min, double max)
    {
        return numberAt(path(key), m_map.value(key), min, max);
    }

    /// Milliseconds since the epoch; a null QDateTime when left out.
    QDateTime time(QLatin1String key)
    {
        if (!has(key))
            return {};
        const QCborValue value = m_map.value(key);
        if (!value.isInteger()) {
            reject(path(key), MonitoringCodec::tr("must be %1").arg(MonitoringCodec::tr("a time (ms)")));
            return {};
        }
        return QDateTime::fromMSecsSinceEpoch(value.toInteger(), QTimeZone::utc());
    }

    template<typename F> auto object(QLatin1String key, F read)
    {
        Fields nested(
            field(key, &QCborValue::isMap, MonitoringCodec::tr("a map")).toMap(), m_problem, path(key));
        return read(nested);
    }

    /// An array of maps, each read by `read(Fields &)`.
    template<typename F> auto list(QLatin1String key, F read, qsizetype maxItems)
    {
        QList<std::invoke_result_t<F, Fields &>> result;
        const QCborArray items = array(key, maxItems);
        for (qsizetype i = 0; i < items.size(); ++i) {
            Fields item(items.at(i).toMap(), m_problem, itemPath(key, i));
            if (!items.at(i).isMap())
                reject(item.m_path, MonitoringCodec::tr("must be a map"));
            result.append(read(item));
        }
        return result;
    }

    /// An array, at most `maxItems` long.
    QCborArray array(QLatin1String key, qsizetype maxItems)
    {
        const QCborArray items = field(key, &QCborValue::isArray, MonitoringCodec::tr("a list")).toArray();
        if (items.size() > maxItems) {
            reject(path(key), MonitoringCodec::tr("must not have more than %1 items").arg(maxItems));
            return {};
        }
        return items;
    }

    double numberAt(const QString &where, const QCborValue &value, double min, double max)
    {
        const QString expected = MonitoringCodec::tr("a number from %1 to %2").arg(min).arg(max);
        if (value.isUndefined() || value.isNull()) {
            reject(where, MonitoringCodec::tr("is missing"));
            return min;
        }
        if (!value.isDouble() && !value.isInteger()) {
            reject(where, MonitoringCodec::tr("must be %1").arg(expected));
            return min;
        }
        const double number = value.isInteger() ? double(value.toInteger()) : value.toDouble();
        if (!std::isfinite(number) || number < min || number > max) {
            reject(where, MonitoringCodec::tr("must be %1").arg(expected));
            return min;
        }
        return number;
    }

    QString path(QLatin1String key) const
    {
        return m_path.isEmpty() ? QString(key) : u"%1.%2"_s.arg(m_path, key);
    }

    QString itemPath(QLatin1String key, qsizetype index) const
    {
        return u"%1[%2]"_s.arg(path(key)).arg(index);
    }

    void reject(const QString &where, const QString &problem)
    {
        if (m_problem->isEmpty())
            *m_problem = MonitoringCodec::tr("%1: %2").arg(where, problem);
    }

    bool failed() const { return !m_problem->isEmpty(); }

    Result<> result(const QString &where) const
    {
        if (m_problem->isEmpty())
            return {};
        return fail(ErrorCode::Corrupt, MonitoringCodec::tr("%1: %2").arg(where, *m_problem));
    }

private:
    Fields(const QCborMap &map, std::shared_ptr<QString> problem, QString path)
        : m_map(map)
        , m_problem(std::move(problem))
        , m_path(std::move(path))
    { }

    QCborValue field(QLatin1String key, bool (QCborValue::*hasType)() const, const QString &expected)
    {
        if (!has(key)) {
            reject(path(key), MonitoringCodec::tr("is missing"));
            return {};
        }
        const QCborValue value = m_map.value(key);
        if (!(value.*hasType)()) {
            reject(path(key), MonitoringCodec::tr("must be %1").arg(expected));
            return {};
        }
        return value;
    }

    QCborMap m_map;
    std::shared_ptr<QString> m_problem;
    QString m_path;
};

Result<QCborMap> parse(const QByteArray &body, const QString &where)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError)
        return fail(ErrorCode::Corrupt,
            MonitoringCodec::tr("%1: not valid CBOR at byte %2").arg(where).arg(error.offset));
    if (!value.isMap())
        return fail(ErrorCode::Corrupt, MonitoringCodec::tr("%1: the top level must be a map").arg(where));
    return value.toMap();
}

// --- Zone ---------------------------------------------------------------------------------------------

QCborMap zoneToCbor(const Zone &zone)
{
    QCborArray schedule;
    for (const ZoneSchedule::Window &window : zone.schedule().windows())
        schedule.append(cborMap({
            { "days"_L1, int(window.days) },
            { "start"_L1, window.startMinute },
            { "end"_L1, window.endMinute },
        }));
    QCborMap map = cborMap({
        { "id"_L1, zone.id() },
        { "version"_L1, zone.version() },
        { "kind"_L1, int(zone.kind()) },
        { "buffer"_L1, zone.bufferMetres() },
        { "grace"_L1, zone.graceSeconds() },
        { "schedule"_L1, schedule },
    });
    if (zone.shape().type() == QGeoShape::CircleType) {
        const QGeoCircle circle(zone.shape());
        map.insert("circle"_L1,
            cborMap({
                { "lat"_L1, circle.center().latitude() },
                { "lon"_L1, circle.center().longitude() },
                { "radius"_L1, circle.radius() },
            }));
    } else {
        QCborArray vertices;
        for (const QGeoCoordinate &c : QGeoPolygon(zone.shape()).perimeter())
            vertices.append(QCborArray { c.latitude(), c.longitude() });
        map.insert("polygon"_L1, vertices);
    }
    return map;
}

/// Reads a zone; on a problem records it and returns a placeholder.
Zone readZone(Fields &in)
{
    const QString id = in.text("id"_L1);
    const int version = int(in.integer("version"_L1, 0, std::numeric_limits<int>::max()));
    const auto kind = in.enumeration("kind"_L1, ZoneKind::Inclusion);
    const double buffer = in.number("buffer"_L1, 0, 1e7);
    const int grace = int(in.integer("grace"_L1, 0, std::numeric_limits<int>::max()));
    const QList<ZoneSchedule::Window> windows = in.list(
        "schedule"_L1,
        [](Fields &window) {
            return ZoneSchedule::Window { quint8(window.integer("days"_L1, 0, ZoneSchedule::EveryDay)),
                int(window.integer("start"_L1, 0, ZoneSchedule::MinutesPerDay - 1)),
                int(window.integer("end"_L1, 0, ZoneSchedule::MinutesPerDay)) };
        },
        7 * ZoneSchedule::MinutesPerDay);
    QGeoShape shape;
    if (in.has("circle"_L1) == in.has("polygon"_L1)) {
        in.reject(
            in.path("circle"_L1), MonitoringCodec::tr("a zone needs exactly one of circle and polygon"));
    } else if (in.has("circle"_L1)) {
        shape = in.object("circle"_L1, [](Fields &circle) {
            const double lat = circle.number("lat"_L1, -90, 90);
            const double lon = circle.number("lon"_L1, -180, 180);
            const double radius = circle.number("radius"_L1, 0, 1e7);
            return QGeoShape(QGeoCircle(QGeoCoordinate(lat, lon), radius));
        });
    } else {
        const QCborArray vertices = in.array("polygon"_L1, MaxPolygonVertices);
        QList<QGeoCoordinate> ring;
        for (qsizetype i = 0; i < vertices.size(); ++i) {
            const QString where = in.itemPath("polygon"_L1, i);
            const QCborArray pair = vertices.at(i).toArray();
            if (!vertices.at(i).isArray() || pair.size() != 2) {
                in.reject(where, MonitoringCodec::tr("must be a list of latitude and longitude"));
                break;
            }
            const double lat = in.numberAt(where + u"[0]"_s, pair.at(0), -90, 90);
            const double lon = in.numberAt(where + u"[1]"_s, pair.at(1), -180, 180);
            ring.append(QGeoCoordinate(lat, lon));
        }
        shape = QGeoPolygon(ring);
    }
    if (in.failed())
        return ZoneRecord::noZone();
    auto zone = Zone::create(id, version, kind, shape, buffer, ZoneSchedule(windows), grace);
    if (!zone) {
        in.reject(in.path(shape.type() == QGeoShape::CircleType ? "circle"_L1 : "polygon"_L1),
            zone.error().message);
        return ZoneRecord::noZone();
    }
    return *zone;
}

// --- Alert --------------------------------------------------------------------------------------------

QCborMap alertToCbor(const Alert &alert)
{
    QCborArray evidence;
    for (const FixRef &ref : alert.evidence)
        evidence.append(cborMap({
            { "index"_L1, ref.index },
            { "fixId"_L1, ref.fixId },
            { "time"_L1, timeValue(ref.time) },
        }));
    return cborMap({
        { "kind"_L1, int(alert.kind) },
        { "deviceId"_L1, alert.deviceId },
        { "zoneId"_L1, alert.zoneId },
        { "zoneVersion"_L1, alert.zoneVersion },
        { "startedAt"_L1, timeValue(alert.startedAt) },
        { "raisedAt"_L1, timeValue(alert.raisedAt) },
        { "evidence"_L1, evidence },
    });
}

Alert readAlert(Fields &in)
{
    constexpr qint64 MaxInt64 = std::numeric_limits<qint64>::max();
    Alert alert;
    alert.kind = in.enumeration("kind"_L1, AlertKind::DeviceOffline);
    alert.deviceId = in.text("deviceId"_L1);
    alert.zoneId = in.text("zoneId"_L1);
    alert.zoneVersion = int(in.integer("zoneVersion"_L1, 0, std::numeric_limits<int>::max()));
    alert.startedAt = in.time("startedAt"_L1);
    alert.raisedAt = in.time("raisedAt"_L1);
    alert.evidence = in.list(
        "evidence"_L1,
        [](Fields &ref) {
            return FixRef { ref.integer("index"_L1, 0, MaxInt64), ref.integer("fixId"_L1, 0, MaxInt64),
                ref.time("time"_L1) };
        },
        MaxNotes);
    return alert;
}

} // namespace

// --- ZoneRecord / AlertRecord --------------------------------------------------------------------------

Zone ZoneRecord::noZone()
{
    static const Zone placeholder
        = *Zone::create({}, 0, ZoneKind::Exclusion, QGeoCircle(QGeoCoordinate(0, 0), 1));
    return placeholder;
}

bool operator==(const ZoneRecord &a, const ZoneRecord &b)
{
    const Zone &x = a.zone, &y = b.zone;
    return a.id == b.id && a.personId == b.personId && a.orderId == b.orderId && a.label == b.label
        && a.retired == b.retired && a.editedBy == b.editedBy && a.reason == b.reason && x.id() == y.id()
        && x.version() == y.version() && x.kind() == y.kind() && x.shape() == y.shape()
        && x.bufferMetres() == y.bufferMetres() && x.schedule() == y.schedule()
        && x.graceSeconds() == y.graceSeconds();
}

QString AlertRecord::idFor(const Alert &alert)
{
    const QString identity = u"%1|%2|%3|%4|%5"_s.arg(alert.deviceId)
                                 .arg(int(alert.kind))
                                 .arg(alert.zoneId)
                                 .arg(alert.zoneVersion)
                                 .arg(alert.startedAt.isValid() ? alert.startedAt.toMSecsSinceEpoch() : 0);
    QByteArray bytes = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).left(16);
    bytes[6] = char((quint8(bytes[6]) & 0x0F) | 0x50); // version 5 (name-based)
    bytes[8] = char((quint8(bytes[8]) & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

AlertSeverity AlertRecord::severityOf(AlertKind kind)
{
    switch (kind) {
    case AlertKind::ZoneEntry:
    case AlertKind::StrapTamper:
        return AlertSeverity::Critical;
    case AlertKind::ZoneExit:
    case AlertKind::CurfewBreach:
        return AlertSeverity::High;
    case AlertKind::SignalLost:
    case AlertKind::DeviceOffline:
        return AlertSeverity::Medium;
    case AlertKind::LowBattery:
        return AlertSeverity::Low;
    }
    return AlertSeverity::Medium;
}

// --- MonitoringCodec -----------------------------------------------------------------------------------

QByteArray MonitoringCodec::encode(const ZoneRecord &record)
{
    return QCborValue(cborMap({
                          { "id"_L1, record.id },
                          { "personId"_L1, record.personId },
                          { "orderId"_L1, record.orderId },
                          { "label"_L1, record.label },
                          { "retired"_L1, record.retired },
                          { "editedBy"_L1, record.editedBy },
                          { "reason"_L1, record.reason },
                          { "zone"_L1, zoneToCbor(record.zone) },
                      }))
        .toCbor();
}

QByteArray MonitoringCodec::encode(const AlertRecord &record)
{
    QCborArray notes;
    for (const AlertNote &note : record.notes)
        notes.append(cborMap({
            { "at"_L1, timeValue(note.at) },
            { "author"_L1, note.author },
            { "text"_L1, note.text },
            { "state"_L1, int(note.state) },
        }));
    return QCborValue(cborMap({
                          { "id"_L1, record.id },
                          { "personId"_L1, record.personId },
                          { "orderId"_L1, record.orderId },
                          { "state"_L1, int(record.state) },
                          { "outcome"_L1, int(record.outcome) },
                          { "alert"_L1, alertToCbor(record.alert) },
                          { "notes"_L1, notes },
                      }))
        .toCbor();
}

Result<ZoneRecord> MonitoringCodec::zoneRecordFromCbor(const QByteArray &body)
{
    const QString where = tr("Zone record");
    auto map = parse(body, where);
    if (!map)
        return tl::unexpected(map.error());
    Fields in(*map);
    ZoneRecord record;
    record.id = in.text("id"_L1);
    record.personId = in.text("personId"_L1);
    record.orderId = in.text("orderId"_L1);
    record.label = in.text("label"_L1);
    record.retired = in.boolean("retired"_L1);
    record.editedBy = in.text("editedBy"_L1);
    record.reason = in.text("reason"_L1);
    if (!in.failed())
        record.zone = in.object("zone"_L1, &readZone);
    NIGRAN_TRY(in.result(where));
    return record;
}

Result<AlertRecord> MonitoringCodec::alertRecordFromCbor(const QByteArray &body)
{
    const QString where = tr("Alert record");
    auto map = parse(body, where);
    if (!map)
        return tl::unexpected(map.error());
    Fields in(*map);
    AlertRecord record;
    record.id = in.text("id"_L1);
    record.personId = in.text("personId"_L1);
    record.orderId = in.text("orderId"_L1);
    record.state = in.enumeration("state"_L1, AlertState::Closed);
    record.outcome = in.enumeration("outcome"_L1, AlertOutcome::ReferredToPolice);
    record.alert = in.object("alert"_L1, &readAlert);
    record.notes = in.list(
        "notes"_L1,
        [](Fields &note) {
            AlertNote result;
            result.at = note.time("at"_L1);
            result.author = note.text("author"_L1);
            result.text = note.text("text"_L1);
            result.state = note.enumeration("state"_L1, AlertState::Closed);
            return result;
        },
        MaxNotes);
    NIGRAN_TRY(in.result(where));
    return record;
}

QVariantList MonitoringCodec::columns(const ZoneRecord &record)
{
    return { record.personId, record.orderId, record.zone.id(), record.zone.version() };
}

QVariantList MonitoringCodec::columns(const AlertRecord &record)
{
    return { record.personId, record.alert.deviceId, rawTime(record.alert.raisedAt), int(record.state),
        int(record.severity()) };
}

QString MonitoringCodec::rawTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// --- Names ---------------------------------------------------------------------------------------------

QString MonitoringNames::stateName(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return tr("New");
    case AlertState::Acknowledged:
        return tr("Acknowledged");
    case AlertState::Contacted:
        return tr("Contacted");
    case AlertState::Escalated:
        return tr("Escalated");
    case AlertState::Closed:
        return tr("Closed");
    }
    return {};
}

QString MonitoringNames::outcomeName(AlertOutcome outcome)
{
    switch (outcome) {
    case AlertOutcome::None:
        return tr("None");
    case AlertOutcome::Confirmed:
        return tr("Confirmed violation");
    case AlertOutcome::FalsePositive:
        return tr("False positive");
    case AlertOutcome::Explained:
        return tr("Authorised or explained");
    case AlertOutcome::ReferredToPolice:
        return tr("Referred to police");
    }
    return {};
}

QString MonitoringNames::severityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Low:
        return tr("Low");
    case AlertSeverity::Medium:
        return tr("Medium");
    case AlertSeverity::High:
        return tr("High");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

QString MonitoringNames::kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::ZoneEntry:
        return tr("Exclusion zone entered");
    case AlertKind::ZoneExit:
        return tr("Inclusion zone left");
    case AlertKind::CurfewBreach:
        return tr("Curfew breach");
    case AlertKind::StrapTamper:
        return tr("Strap tamper");
    case AlertKind::LowBattery:
        return tr("Low battery");
    case AlertKind::SignalLost:
        return tr("Signal lost while moving");
    case AlertKind::DeviceOffline:
        return tr("Device offline");
    }
    return {};
}

QString MonitoringNames::zoneKindName(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Exclusion:
        return tr("Exclusion zone");
    case ZoneKind::Inclusion:
        return tr("Inclusion zone");
    }
    return {};
}

} // namespace Nigran::Models
