#include "centre/rowvalidator.h"

#include "domain/recordcodec.h"
#include "domain/recordvalidator.h"
#include "domain/sentence.h"
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
    // Workflow steps and revisions: a CBOR map is all the centre can check without the entry.
    return problem.isEmpty() ? QString() : tr("body: %1").arg(problem);
}

} // namespace Nigran::Sync
