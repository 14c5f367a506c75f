#include "centre/rowvalidator.h"

#include "domain/recordcodec.h"
#include "domain/recordvalidator.h"
#include "domain/sentence.h"
#include "monitoring/monitoringrecords.h"
#include "store/recordkind.h"

#include <QCborValue>
#include <QStringList>

namespace Nigran::Sync {

using namespace Nigran::Models;

namespace {

QString fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields.join(QStringLiteral(", "));
}

template<typename T> QString checkDecoded(const Result<T> &decoded)
{
    return decoded ? QString() : decoded.error().message;
}

template<typename T, typename V> QString checkValidated(const Result<T> &decoded, V validate)
{
    if (!decoded)
        return decoded.error().message;
    return fieldsOf(validate(*decoded));
}

/// The first indexed column that differs from what the body says, by its name; empty when none.
QString columnMismatch(const RecordKind &kind, const QVariantList &columns, const QVariantList &expected)
{
    for (qsizetype i = 0; i < expected.size() && i < columns.size(); ++i) {
        if (columns.at(i).toString() != expected.at(i).toString())
            return RowValidator::tr("column %1 does not match the body").arg(QLatin1String(kind.columns[i]));
    }
    return {};
}

QString zoneProblem(const WireRow &row)
{
    auto record = MonitoringCodec::zoneRecordFromCbor(row.body);
    if (!record)
        return record.error().message;
    if (record->id != row.id)
        return RowValidator::tr("id does not match the body");
    if (record->zone.id().isEmpty() || record->zone.version() < 1)
        return RowValidator::tr("zone: id and version");
    return columnMismatch(RecordKinds::zone, row.columns, MonitoringCodec::columns(*record));
}

QString alertProblem(const WireRow &row)
{
    auto record = MonitoringCodec::alertRecordFromCbor(row.body);
    if (!record)
        return record.error().message;
    // The same alert raised at the centre and in an office is one row: its id comes from the alert.
    if (record->id != row.id || row.id != AlertRecord::idFor(record->alert))
        return RowValidator::tr("id does not match the alert");
    if (record->alert.deviceId.isEmpty())
        return RowValidator::tr("alert: device");
    return columnMismatch(RecordKinds::alert, row.columns, MonitoringCodec::columns(*record));
}

} // namespace

bool RowValidator::isKnownEntity(const QString &entity)
{
    for (const RecordKind *kind : RecordKinds::all) {
        if (entity == QLatin1String(kind->table))
            return true;
    }
    return false;
}

QString RowValidator::problem(const WireRow &row)
{
    if (!isKnownEntity(row.entity))
        return tr("entity");
    if (row.id.isEmpty() || row.id.size() > 64)
        return tr("id");
    for (const RecordKind *kind : RecordKinds::all) {
        if (row.entity == QLatin1String(kind->table) && row.columns.size() != kind->columns.size())
            return tr("columns: %1 values where %2 are expected")
                .arg(row.columns.size())
                .arg(kind->columns.size());
    }
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(row.body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return tr("body: not a CBOR map");
    const QCborMap map = value.toMap();
    if (row.deleted)
        return {};
    const QString &entity = row.entity;
    QString problem;
    if (entity == QLatin1String(RecordKinds::person.table))
        problem = checkValidated(
            personFromCbor(map), [](const Person &p) { return RecordValidator::validate(p); });
    else if (entity == QLatin1String(RecordKinds::caseRecord.table))
        problem = checkValidated(
            caseRecordFromCbor(map), [](const CaseRecord &c) { return RecordValidator::validate(c); });
    else if (entity == QLatin1String(RecordKinds::charge.table))
        problem = checkDecoded(chargeFromCbor(map));
    else if (entity == QLatin1String(RecordKinds::conviction.table))
        problem = checkValidated(
            convictionFromCbor(map), [](const Conviction &c) { return RecordValidator::validate(c); });
    else if (entity == QLatin1String(RecordKinds::sentence.table))
        problem = checkDecoded(sentenceFromCbor(map));
    else if (entity == QLatin1String(RecordKinds::custodyEvent.table))
        problem = checkValidated(
            custodyEventFromCbor(map), [](const CustodyEvent &e) { return RecordValidator::validate(e); });
    else if (entity == QLatin1String(RecordKinds::monitoringOrder.table))
        problem = checkValidated(monitoringOrderFromCbor(map),
            [](const MonitoringOrder &o) { return RecordValidator::validate(o); });
    else if (entity == QLatin1String(RecordKinds::zone.table))
        problem = zoneProblem(row);
    else if (entity == QLatin1String(RecordKinds::alert.table))
        problem = alertProblem(row);
    // Workflow steps and revisions: a CBOR map is all the centre can check without the entry.
    return problem.isEmpty() ? QString() : tr("body: %1").arg(problem);
}

} // namespace Nigran::Sync
