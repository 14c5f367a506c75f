#include "services/monitoringservice.h"

#include "domain/recordcodec.h"
#include "monitoring/violationengine.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCborMap>
#include <QCborValue>
#include <QGeoCircle>
#include <QGeoPolygon>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Nigran::Models {

namespace {

Result<> requireValid(const QList<FieldError> &problems)
{
    if (problems.isEmpty())
        return {};
    return fail(Error::invalid(problems));
}

Result<MonitoringOrder> decodeOrder(const QByteArray &body)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return fail(
            ErrorCode::Corrupt, MonitoringService::tr("A stored monitoring order could not be read."));
    return monitoringOrderFromCbor(value.toMap());
}

QString stateKey(AlertState state)
{
    switch (state) {
    case AlertState::New:
        return QStringLiteral("new");
    case AlertState::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertState::Contacted:
        return QStringLiteral("contacted");
    case AlertState::Escalated:
        return QStringLiteral("escalated");
    case AlertState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

/// The problems of a zone against the limits of MonitoringService::saveZone().
QList<FieldError> validateZone(const ZoneRecord &record)
{
    QList<FieldError> problems;
    const QString label = record.label.trimmed();
    if (label.isEmpty())
        problems << FieldError { QStringLiteral("label"),
            MonitoringService::tr("Label: please name the zone (\"school\")") };
    else if (label.size() > MonitoringService::MaxLabelLength)
        problems << FieldError { QStringLiteral("label"),
            MonitoringService::tr("Label: at most %1 characters, not %2")
                .arg(MonitoringService::MaxLabelLength)
                .arg(label.size()) };
    const Zone &zone = record.zone;
    if (zone.bufferMetres() < 0 || zone.bufferMetres() > MonitoringService::MaxBufferMetres)
        problems << FieldError { QStringLiteral("buffer"),
            MonitoringService::tr("Buffer: from 0 to %1 m, not %2 m")
                .arg(MonitoringService::MaxBufferMetres)
                .arg(zone.bufferMetres()) };
    if (zone.graceSeconds() < 0 || zone.graceSeconds() > MonitoringService::MaxGraceSeconds)
        problems << FieldError { QStringLiteral("grace"),
            MonitoringService::tr("Grace period: from 0 to %1 s, not %2 s")
                .arg(MonitoringService::MaxGraceSeconds)
                .arg(zone.graceSeconds()) };
    if (zone.shape().type() == QGeoShape::CircleType) {
        const double radius = QGeoCircle(zone.shape()).radius();
        if (!(radius >= MonitoringService::MinRadiusMetres && radius <= MonitoringService::MaxRadiusMetres))
            problems << FieldError { QStringLiteral("radius"),
                MonitoringService::tr("Radius: from %1 m to %2 km, not %3 m")
                    .arg(MonitoringService::MinRadiusMetres)
                    .arg(MonitoringService::MaxRadiusMetres / 1000)
                    .arg(radius) };
    } else if (zone.shape().type() == QGeoShape::PolygonType) {
        const qsizetype corners = QGeoPolygon(zone.shape()).perimeter().size();
        if (corners < MonitoringService::MinPolygonVertices
            || corners > MonitoringService::MaxPolygonVertices)
            problems << FieldError { QStringLiteral("polygon"),
                MonitoringService::tr("Area: from %1 to %2 corners, not %3")
                    .arg(MonitoringService::MinPolygonVertices)
                    .arg(MonitoringService::MaxPolygonVertices)
                    .arg(corners) };
    } else {
        problems << FieldError { QStringLiteral("shape"),
            MonitoringService::tr("Shape: draw a circle or an area") };
    }
    const QList<ZoneSchedule::Window> &windows = zone.schedule().windows();
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const ZoneSchedule::Window &window = windows[i];
        if ((window.days & ZoneSchedule::EveryDay) == 0 || (window.days & ~ZoneSchedule::EveryDay) != 0
            || window.startMinute < 0 || window.startMinute >= ZoneSchedule::MinutesPerDay
            || window.endMinute < 0 || window.endMinute > ZoneSchedule::MinutesPerDay)
            problems << FieldError { QStringLiteral("schedule[%1]").arg(i),
                MonitoringService::tr(
                    "Schedule, window %1: choose at least one day and times from 00:00 to 24:00")
                    .arg(i + 1) };
    }
    return problems;
}

} // namespace

MonitoringService::MonitoringService(Office &office)
    : m_office(office)
{ }

// --- Orders and people -----------------------------------------------------------------------------

Result<MonitoringService::OrderContext> MonitoringService::orderContext(
    const QString &orderId, bool forWriting)
{
    auto stored = m_office.records().get(RecordKinds::monitoringOrder, orderId);
    if (!stored)
        return tl::unexpected(stored.error());
    if (!*stored || (*stored)->deleted)
        return fail(ErrorCode::NotFound, tr("There is no such monitoring order (%1).").arg(orderId));
    auto order = decodeOrder((*stored)->body);
    if (!order)
        return tl::unexpected(order.error());
    auto sealed = m_office.database().cached("SELECT sealed FROM persons WHERE id = ? AND deleted = 0");
    if (!sealed)
        return tl::unexpected(sealed.error());
    (*sealed)->bindAll(order->personId);
    auto row = (*sealed)->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(
            ErrorCode::NotFound, tr("The monitoring order %1 has no person on the register.").arg(orderId));
    if ((*sealed)->int64(0) != 0)
        return fail(ErrorCode::Sealed,
            forWriting ? tr("This entry is sealed after acquittal and cannot be changed.")
                       : tr("This entry is sealed after acquittal."));
    return OrderContext { *order, (*stored)->district };
}

Result<QList<MonitoredPerson>> MonitoringService::readMonitoredPeople()
{
    auto stmt = m_office.database().prepare("SELECT m.body, p.name_latin, p.district FROM monitoring_orders "
                                            "m JOIN persons p ON p.id = m.person_id "
                                            "WHERE m.deleted = 0 AND p.deleted = 0 AND p.sealed = 0");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QList<MonitoredPerson> people;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto order = decodeOrder(stmt->blob(0));
        if (!order)
            return tl::unexpected(order.error());
        if (order->deviceId.isEmpty())
            continue;
        people << MonitoredPerson { order->personId, stmt->text(1), stmt->text(2), order->id,
            order->deviceId };
    }
    std::sort(people.begin(), people.end(), [](const MonitoredPerson &a, const MonitoredPerson &b) {
        const int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return std::tie(a.personId, a.orderId) < std::tie(b.personId, b.orderId);
    });
    return people;
}

Result<QList<MonitoredPerson>> MonitoringService::monitoredPeople()
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    return readMonitoredPeople();
}

// --- Zones ------------------------------------------------------------------------------------------

Result<QList<ZoneRecord>> MonitoringService::zoneVersions(const QString &orderId, const QString &zoneId)
{
    auto stmt = m_office.database().prepare(
        "SELECT body FROM zones WHERE order_id = ? AND (ifnull(?, '') = '' OR zone_id = ?) AND deleted = 0 "
        "ORDER BY zone_id, zone_version");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bindAll(orderId, zoneId, zoneId);
    QList<ZoneRecord> versions;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return versions;
        auto record = MonitoringCodec::zoneRecordFromCbor(stmt->blob(0));
        if (!record)
            return tl::unexpected(record.error());
        versions << *record;
    }
}

Result<QList<ZoneRecord>> MonitoringService::liveZones(const QString &orderId)
{
    auto versions = zoneVersions(orderId);
    if (!versions)
        return tl::unexpected(versions.error());
    QList<ZoneRecord> live;
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const ZoneRecord &record = versions->at(i);
        const bool newest = i + 1 == versions->size() || versions->at(i + 1).zone.id() != record.zone.id();
        if (newest && !record.retired)
            live << record;
    }
    std::sort(live.begin(), live.end(), [](const ZoneRecord &a, const ZoneRecord &b) {
        const int byLabel = a.label.compare(b.label, Qt::CaseInsensitive);
        return byLabel != 0 ? byLabel < 0 : a.zone.id() < b.zone.id();
    });
    return live;
}

Result<QList<ZoneRecord>> MonitoringService::zones(const QString &orderId)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    NIGRAN_TRY(orderContext(orderId, false));
    return liveZones(orderId);
}

Result<QList<ZoneRecord>> MonitoringService::zoneHistory(const QString &orderId, const QString &zoneId)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    NIGRAN_TRY(orderContext(orderId, false));
    if (zoneId.isEmpty())
        return QList<ZoneRecord> {};
    return zoneVersions(orderId, zoneId);
}

Result<QString> MonitoringService::writeZone(const OrderContext &context, ZoneRecord record, int version)
{
    const Zone &zone = record.zone;
    auto rebuilt = Zone::create(zone.id(), version, zone.kind(), zone.shape(), zone.bufferMetres(),
        zone.schedule(), zone.graceSeconds());
    if (!rebuilt)
        return tl::unexpected(rebuilt.error());
    record.zone = *rebuilt;
    record.id = RecordStore::newId();
    record.personId = context.order.personId;
    record.orderId = context.order.id;
    record.label = record.label.trimmed();
    record.reason = record.reason.trimmed();
    record.editedBy = m_office.user().login;
    const QString action = record.retired ? QStringLiteral("retire")
        : version == 1                    ? QStringLiteral("create")
                                          : QStringLiteral("update");
    NIGRAN_TRY(m_office.records().put(RecordKinds::zone,
        { record.id, context.district, MonitoringCodec::columns(record), MonitoringCodec::encode(record) },
        m_office.user().login, action, QStringLiteral("zone %1 v%2").arg(record.zone.id()).arg(version)));
    return record.id;
}

Result<QString> MonitoringService::saveZone(ZoneRecord record)
{
    NIGRAN_TRY(m_office.require(Action::ManageMonitoring));
    auto context = orderContext(record.orderId, true);
    if (!context)
        return tl::unexpected(context.error());
    QList<FieldError> problems = validateZone(record);
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    int newest = 0;
    if (!record.zone.id().isEmpty()) {
        auto versions = zoneVersions(record.orderId, record.zone.id());
        if (!versions)
            return tl::unexpected(versions.error());
        if (!versions->isEmpty())
            newest = versions->last().zone.version();
    }
    if (newest > 0 && record.reason.trimmed().isEmpty())
        problems << FieldError { QStringLiteral("reason"), tr("Reason: a change to a zone needs a reason.") };
    NIGRAN_TRY(requireValid(problems));
    if (record.zone.id().isEmpty()) {
        auto withId = Zone::create(RecordStore::newId(), 1, record.zone.kind(), record.zone.shape(),
            record.zone.bufferMetres(), record.zone.schedule(), record.zone.graceSeconds());
        if (!withId)
            return tl::unexpected(withId.error());
        record.zone = *withId;
    }
    record.retired = false;
    auto id = writeZone(*context, std::move(record), newest + 1);
    if (!id)
        return tl::unexpected(id.error());
    NIGRAN_TRY(tx->commit());
    return id;
}

Result<> MonitoringService::retireZone(const QString &orderId, const QString &zoneId, const QString &reason)
{
    NIGRAN_TRY(m_office.require(Action::ManageMonitoring));
    auto context = orderContext(orderId, true);
    if (!context)
        return tl::unexpected(context.error());
    if (reason.trimmed().isEmpty())
        return fail(Error::invalid(
            { { QStringLiteral("reason"), tr("Reason: please say why the zone no longer applies.") } }));
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    auto versions = zoneVersions(orderId, zoneId);
    if (!versions)
        return tl::unexpected(versions.error());
    if (zoneId.isEmpty() || versions->isEmpty())
        return fail(ErrorCode::NotFound, tr("The order has no zone %1.").arg(zoneId));
    if (versions->last().retired)
        return fail(ErrorCode::IllegalTransition, tr("The zone %1 is already retired.").arg(zoneId));
    ZoneRecord record = versions->last();
    record.retired = true;
    record.reason = reason;
    NIGRAN_TRY(writeZone(*context, std::move(record), versions->last().zone.version() + 1));
    return tx->commit();
}

// --- Alerts -----------------------------------------------------------------------------------------

Result<QList<AlertRecord>> MonitoringService::alerts(const AlertQuery &query)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    auto stmt = m_office.database().prepare(
        "SELECT a.body FROM alerts a WHERE a.deleted = 0 AND a.severity >= ? AND (? = 0 OR a.state <> ?) "
        "AND (ifnull(?, '') = '' OR a.person_id = ?) AND (ifnull(?, '') = '' OR a.district = ?) "
        "AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = a.person_id AND p.sealed <> 0) "
        "ORDER BY a.raised_at DESC, a.id LIMIT ?");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bindAll(int(query.minimumSeverity), query.openOnly, int(AlertState::Closed), query.personId,
        query.personId, query.district, query.district, qint64(std::clamp(query.limit, 1, 100000)));
    QList<AlertRecord> found;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return found;
        auto record = MonitoringCodec::alertRecordFromCbor(stmt->blob(0));
        if (!record)
            return tl::unexpected(record.error());
        found << *record;
    }
}

Result<std::optional<AlertRecord>> MonitoringService::readAlert(const QString &alertId, QString *district)
{
    auto stored = m_office.records().get(RecordKinds::alert, alertId);
    if (!stored)
        return tl::unexpected(stored.error());
    if (!*stored || (*stored)->deleted)
        return std::optional<AlertRecord>();
    auto record = MonitoringCodec::alertRecordFromCbor((*stored)->body);
    if (!record)
        return tl::unexpected(record.error());
    if (district)
        *district = (*stored)->district;
    return std::optional(*record);
}

Result<std::optional<AlertRecord>> MonitoringService::alert(const QString &alertId)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    auto record = readAlert(alertId, nullptr);
    if (!record || !*record)
        return record;
    // Opening an alert shows where the person was: every view is an audit entry.
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("view"),
        QString::fromLatin1(RecordKinds::alert.table), alertId, {}));
    return record;
}

Result<> MonitoringService::writeAlert(
    const AlertRecord &record, const QString &district, const QString &action, const QString &detail)
{
    return m_office.records().put(RecordKinds::alert,
        { record.id, district, MonitoringCodec::columns(record), MonitoringCodec::encode(record) },
        m_office.user().login, action, detail);
}

Result<> MonitoringService::triage(
    const QString &alertId, AlertState to, const QString &note, AlertOutcome outcome)
{
    NIGRAN_TRY(m_office.require(Action::TriageAlert));
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    QString district;
    auto found = readAlert(alertId, &district);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no such alert (%1).").arg(alertId));
    AlertRecord record = **found;
    if (!AlertTriage::allows(record.state, to))
        return fail(ErrorCode::IllegalTransition,
            tr("Alert %1: it cannot go from \"%2\" to \"%3\".")
                .arg(alertId, MonitoringNames::stateName(record.state), MonitoringNames::stateName(to)));
    QList<FieldError> problems;
    const QString text = note.trimmed();
    if (to == AlertState::Closed && outcome == AlertOutcome::None)
        problems << FieldError { QStringLiteral("outcome"), tr("Outcome: please say how the alert ended.") };
    if (to != AlertState::Closed && outcome != AlertOutcome::None)
        problems << FieldError { QStringLiteral("outcome"),
            tr("Outcome: only a closed alert has an outcome.") };
    if ((to == AlertState::Escalated || to == AlertState::Closed) && text.isEmpty())
        problems << FieldError { QStringLiteral("note"),
            tr("Note: please say why the alert is %1.").arg(MonitoringNames::stateName(to).toLower()) };
    if (text.size() > MaxNoteLength)
        problems << FieldError { QStringLiteral("note"),
            tr("Note: at most %1 characters, not %2").arg(MaxNoteLength).arg(text.size()) };
    NIGRAN_TRY(requireValid(problems));
    const AlertState from = record.state;
    record.state = to;
    record.outcome = outcome;
    record.notes << AlertNote { m_office.clock().nowUtc(), m_office.user().login, text, to };
    NIGRAN_TRY(writeAlert(record, district, QStringLiteral("triage"),
        QStringLiteral("%1 -> %2").arg(stateKey(from), stateKey(to))));
    return tx->commit();
}

Result<> MonitoringService::addNote(const QString &alertId, const QString &note)
{
    NIGRAN_TRY(m_office.require(Action::TriageAlert));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return fail(Error::invalid({ { QStringLiteral("note"), tr("Note: please write the note.") } }));
    if (text.size() > MaxNoteLength)
        return fail(Error::invalid({ { QStringLiteral("note"),
            tr("Note: at most %1 characters, not %2").arg(MaxNoteLength).arg(text.size()) } }));
    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    QString district;
    auto found = readAlert(alertId, &district);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no such alert (%1).").arg(alertId));
    AlertRecord record = **found;
    record.notes << AlertNote { m_office.clock().nowUtc(), m_office.user().login, text, record.state };
    NIGRAN_TRY(writeAlert(record, district, QStringLiteral("note"), stateKey(record.state)));
    return tx->commit();
}

// --- Fixes ------------------------------------------------------------------------------------------

Result<QList<Fix>> MonitoringService::track(
    const QString &deviceId, const QDateTime &from, const QDateTime &to)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    FixStore store(m_office.database());
    auto fixes = store.track(deviceId, from, to);
    if (!fixes)
        return fixes;
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("view-track"),
        QStringLiteral("fix_blocks"), deviceId,
        QStringLiteral("%1 .. %2: %3 fixes")
            .arg(MonitoringCodec::rawTime(from), MonitoringCodec::rawTime(to))
            .arg(fixes->size())));
    return fixes;
}

Result<MonitoringService::ImportOutcome> MonitoringService::importFixes(
    const QString &orderId, const QList<Fix> &fixes, const std::function<bool(qint64, qint64)> &progress)
{
    NIGRAN_TRY(m_office.require(Action::ManageMonitoring));
    auto context = orderContext(orderId, true);
    if (!context)
        return tl::unexpected(context.error());
    const QString device = context->order.deviceId;
    if (device.isEmpty())
        return fail(Error::invalid({ { QStringLiteral("deviceId"),
            tr("Device: the monitoring order %1 has no device fitted yet.").arg(orderId) } }));
    QList<Fix> imported = fixes;
    QDateTime first;
    for (Fix &fix : imported) {
        if (fix.deviceId.isEmpty())
            fix.deviceId = device;
        if (fix.deviceId != device)
            return fail(Error::invalid({ { QStringLiteral("deviceId"),
                tr("Device: the fixes are of device %1, but the order's device is %2.")
                    .arg(fix.deviceId, device) } }));
        if (!fix.fixTime.isValid())
            return fail(
                Error::invalid({ { QStringLiteral("fixTime"), tr("Fix time: every fix needs a time.") } }));
        if (!first.isValid() || fix.fixTime < first)
            first = fix.fixTime;
    }
    ImportOutcome outcome;
    if (imported.isEmpty())
        return outcome;

    auto tx = Transaction::begin(m_office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    FixStore store(m_office.database());
    auto added = store.add(imported, progress);
    if (!added)
        return tl::unexpected(added.error());
    outcome.fixes = *added;

    // The violation engine over the device's stored fixes from a while before the first imported one,
    // against the order's zones as they are now.
    auto zoneRecords = liveZones(orderId);
    if (!zoneRecords)
        return tl::unexpected(zoneRecords.error());
    QList<Zone> zoneList;
    for (const ZoneRecord &record : *zoneRecords)
        zoneList << record.zone;
    auto latest = store.latestFixTime(device);
    if (!latest)
        return tl::unexpected(latest.error());
    auto stream = store.track(device, first.addSecs(-ImportLookBackSeconds), latest->addMSecs(1));
    if (!stream)
        return tl::unexpected(stream.error());
    ViolationEngine engine(zoneList);
    QList<Alert> raised;
    for (const Fix &fix : *stream)
        engine.feed(fix, raised);

    QSet<QString> written;
    for (const Alert &alert : raised) {
        AlertRecord record;
        record.id = AlertRecord::idFor(alert);
        if (written.contains(record.id))
            continue;
        auto existing = m_office.records().get(RecordKinds::alert, record.id);
        if (!existing)
            return tl::unexpected(existing.error());
        if (existing->has_value())
            continue;
        record.personId = context->order.personId;
        record.orderId = orderId;
        record.alert = alert;
        NIGRAN_TRY(writeAlert(record, context->district, QStringLiteral("create"),
            QStringLiteral("imported fixes of %1").arg(device)));
        written.insert(record.id);
    }
    outcome.newAlerts = int(written.size());
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("import-fixes"),
        QStringLiteral("fix_blocks"), device,
        QStringLiteral("%1 added, %2 duplicates, %3 new alerts")
            .arg(outcome.fixes.added)
            .arg(outcome.fixes.duplicates)
            .arg(outcome.newAlerts)));
    NIGRAN_TRY(tx->commit());
    return outcome;
}

Result<QList<CorrelationResult>> MonitoringService::correlate(const CrimeScene &scene)
{
    NIGRAN_TRY(m_office.require(Action::ReviewMonitoring));
    auto people = readMonitoredPeople();
    if (!people)
        return tl::unexpected(people.error());
    QList<CorrelationSubject> subjects;
    for (const MonitoredPerson &person : *people)
        subjects << CorrelationSubject { person.personId, person.deviceId };
    FixStore store(m_office.database());
    CrimeSceneCorrelator correlator(store);
    auto results = correlator.correlate(scene, subjects);
    if (!results)
        return results;
    qsizetype present = 0;
    for (const CorrelationResult &result : *results)
        present += result.presence == ScenePresence::Present ? 1 : 0;
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("correlate"),
        QStringLiteral("fix_blocks"), {},
        QStringLiteral("%1 .. %2: %3 subjects, %4 present")
            .arg(MonitoringCodec::rawTime(scene.from), MonitoringCodec::rawTime(scene.to))
            .arg(subjects.size())
            .arg(present)));
    return results;
}

} // namespace Nigran::Models
