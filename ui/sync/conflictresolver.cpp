#include "conflictresolver.h"

#include "domain/recordcodec.h"
#include "domain/sentence.h"
#include "protocol/messagecodec.h"
#include "services/office.h"
#include "services/personrepository.h"
#include "store/recordkind.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>

namespace Nigran::Gui {

using Models::ErrorCode;
using Models::Result;

namespace {

/// Checks that `body` decodes as a record of `entity`; rows of kinds without a codec pass.
Result<QCborMap> decodeBody(const QString &entity, const QByteArray &body, const QString &where)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return Models::fail(ErrorCode::Corrupt, ConflictResolver::tr("%1: not a record.").arg(where));
    const QCborMap map = value.toMap();
    Result<> decoded;
    auto check = [&decoded](const auto &result) {
        if (!result)
            decoded = tl::unexpected(result.error());
    };
    if (entity == QLatin1String(Models::RecordKinds::person.table))
        check(Models::personFromCbor(map, where));
    else if (entity == QLatin1String(Models::RecordKinds::caseRecord.table))
        check(Models::caseRecordFromCbor(map, where));
    else if (entity == QLatin1String(Models::RecordKinds::charge.table))
        check(Models::chargeFromCbor(map, where));
    else if (entity == QLatin1String(Models::RecordKinds::conviction.table))
        check(Models::convictionFromCbor(map, where));
    else if (entity == QLatin1String(Models::RecordKinds::sentence.table))
        check(Models::sentenceFromCbor(map));
    else if (entity == QLatin1String(Models::RecordKinds::custodyEvent.table))
        check(Models::custodyEventFromCbor(map, where));
    else if (entity == QLatin1String(Models::RecordKinds::monitoringOrder.table))
        check(Models::monitoringOrderFromCbor(map, where));
    if (!decoded)
        return tl::unexpected(decoded.error());
    return map;
}

/// The indexed columns of a merged row: recomputed from the body where they come from it; the
/// workflow's columns (a person's status and seal) stay as the current row has them.
QVariantList columnsFor(const Models::RecordKind &kind, const QCborMap &body, const QVariantList &current)
{
    if (&kind == &Models::RecordKinds::person) {
        auto person = Models::personFromCbor(body);
        if (!person)
            return current;
        QVariantList columns = Models::PersonRepository::row(*person, {}, false).columns;
        for (qsizetype i = 7; i < columns.size() && i < current.size(); ++i)
            columns[i] = current.at(i);
        return columns;
    }
    QVariantList columns = current;
    for (qsizetype i = 0; i < kind.columns.size() && i < columns.size(); ++i) {
        const QLatin1String column(kind.columns.at(i));
        QString key;
        if (column == QLatin1String("person_id"))
            key = QStringLiteral("personId");
        else if (column == QLatin1String("case_id"))
            key = QStringLiteral("caseId");
        else if (column == QLatin1String("conviction_id"))
            key = QStringLiteral("convictionId");
        if (!key.isEmpty() && body.contains(key))
            columns[i] = body.value(key).toString();
        if (column == QLatin1String("fir_key") && body.contains(QStringLiteral("firNumber")))
            columns[i] = Models::PersonRepository::firKey(body.value(QStringLiteral("firNumber")).toString());
    }
    return columns;
}

} // namespace

Result<QList<OpenConflict>> ConflictResolver::openConflicts(Models::Office &office)
{
    NIGRAN_TRY(office.require(Models::Action::ViewRecord));
    auto stmt
        = office.database().prepare("SELECT id, body FROM sync_conflicts WHERE open = 1 ORDER BY hlc, id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QList<OpenConflict> conflicts;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        auto record = Sync::MessageCodec::decodeConflict(stmt->blob(1));
        if (!record)
            return tl::unexpected(record.error());
        conflicts << OpenConflict { stmt->text(0), *record, false };
    }
    auto pending = office.database().prepare("SELECT count(*) FROM outbox WHERE resolves = ?");
    if (!pending)
        return tl::unexpected(pending.error());
    for (OpenConflict &conflict : conflicts) {
        pending->bindAll(conflict.id);
        auto row = pending->step();
        if (!row)
            return tl::unexpected(row.error());
        conflict.resolutionPending = *row && pending->int64(0) > 0;
        pending->reset();
    }
    return conflicts;
}

Result<ConflictComparison> ConflictResolver::compare(Models::Office &office, const OpenConflict &conflict)
{
    NIGRAN_TRY(office.require(Models::Action::ViewRecord));
    const Models::RecordKind *kind = Models::RecordKinds::byTable(conflict.record.entity);
    if (!kind || kind == &Models::RecordKinds::syncConflict)
        return Models::fail(ErrorCode::InvalidInput,
            tr("Conflict %1 is about a kind of record this version of Nigran does not know (%2).")
                .arg(conflict.id, conflict.record.entity));
    auto stored = office.records().get(*kind, conflict.record.rowId);
    if (!stored)
        return tl::unexpected(stored.error());
    ConflictComparison comparison;
    QCborMap current;
    if (*stored) {
        comparison.currentDeleted = (*stored)->deleted;
        auto decoded = decodeBody(conflict.record.entity, (*stored)->body,
            tr("Current version of row %1").arg(conflict.record.rowId));
        if (!decoded)
            return tl::unexpected(decoded.error());
        current = *decoded;
    } else {
        comparison.currentDeleted = true;
    }
    comparison.conflictingDeleted = conflict.record.theirs.deleted;
    auto conflicting = decodeBody(conflict.record.entity, conflict.record.theirs.body,
        tr("Conflicting version of row %1").arg(conflict.record.rowId));
    if (!conflicting)
        return tl::unexpected(conflicting.error());

    QStringList keys;
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        keys << it.key().toString();
    for (auto it = conflicting->cbegin(); it != conflicting->cend(); ++it) {
        if (!keys.contains(it.key().toString()))
            keys << it.key().toString();
    }
    for (const QString &key : std::as_const(keys)) {
        ConflictField field { key, current.value(key), conflicting->value(key), false };
        field.differs = field.current.toCbor() != field.conflicting.toCbor();
        comparison.fields << field;
    }
    return comparison;
}

Result<> ConflictResolver::resolve(
    Models::Office &office, const OpenConflict &conflict, const QSet<QString> &takeConflicting)
{
    NIGRAN_TRY(office.require(Models::Action::CorrectVerified));
    const Models::RecordKind *kind = Models::RecordKinds::byTable(conflict.record.entity);
    if (!kind || kind == &Models::RecordKinds::syncConflict)
        return Models::fail(ErrorCode::InvalidInput,
            tr("Conflict %1 is about a kind of record this version of Nigran does not know (%2).")
                .arg(conflict.id, conflict.record.entity));
    auto snapshot = office.records().snapshot(*kind, conflict.record.rowId);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    QCborMap merged;
    QVariantList currentColumns = conflict.record.theirs.columns;
    QString district = conflict.record.theirs.district;
    if (*snapshot) {
        auto current = decodeBody(conflict.record.entity, (*snapshot)->body,
            tr("Current version of row %1").arg(conflict.record.rowId));
        if (!current)
            return tl::unexpected(current.error());
        merged = *current;
        currentColumns = (*snapshot)->columns;
        district = (*snapshot)->district;
    }
    auto conflicting = decodeBody(conflict.record.entity, conflict.record.theirs.body,
        tr("Conflicting version of row %1").arg(conflict.record.rowId));
    if (!conflicting)
        return tl::unexpected(conflicting.error());
    for (const QString &key : takeConflicting) {
        if (conflicting->contains(key))
            merged.insert(key, conflicting->value(key));
        else
            merged.remove(key);
    }
    // The merged revision must still be a valid record of its kind.
    NIGRAN_TRY(decodeBody(conflict.record.entity, merged.toCborValue().toCbor(),
        tr("Resolution of conflict %1").arg(conflict.id)));
    const Models::RecordWrite row { conflict.record.rowId, district,
        columnsFor(*kind, merged, currentColumns), merged.toCborValue().toCbor() };
    return office.records().putResolving(*kind, row, conflict.id, office.user().login,
        QStringLiteral("fields from the conflicting version: %1").arg(takeConflicting.size()));
}

QString ConflictResolver::displayValue(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("—");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isByteArray())
        return tr("%n byte(s)", nullptr, int(value.toByteArray().size()));
    return value.toDiagnosticNotation(QCborValue::Compact);
}

QString ConflictResolver::entityName(const QString &entity)
{
    if (entity == QLatin1String(Models::RecordKinds::person.table))
        return tr("Person");
    if (entity == QLatin1String(Models::RecordKinds::caseRecord.table))
        return tr("Case");
    if (entity == QLatin1String(Models::RecordKinds::charge.table))
        return tr("Charge");
    if (entity == QLatin1String(Models::RecordKinds::conviction.table))
        return tr("Conviction");
    if (entity == QLatin1String(Models::RecordKinds::sentence.table))
        return tr("Sentence");
    if (entity == QLatin1String(Models::RecordKinds::custodyEvent.table))
        return tr("Custody event");
    if (entity == QLatin1String(Models::RecordKinds::monitoringOrder.table))
        return tr("Monitoring order");
    return entity;
}

} // namespace Nigran::Gui
