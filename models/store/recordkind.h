#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringView>

namespace Nigran::Models {

/// A syncable table: its name, the entity name used on the wire and in the audit log, and the
/// indexed columns written beside the CBOR body (in RecordWrite::columns order).
struct RecordKind
{
    const char *table;
    QList<const char *> columns;
};

namespace RecordKinds {
inline const RecordKind person { "persons",
    { "cnic", "passport", "name_latin", "name_urdu", "name_key", "urdu_key", "birth_date", "status",
        "sealed" } };
inline const RecordKind caseRecord { "cases", { "person_id", "fir_key" } };
inline const RecordKind charge { "charges", { "person_id", "case_id" } };
inline const RecordKind conviction { "convictions", { "person_id", "case_id" } };
inline const RecordKind sentence { "sentences", { "person_id", "conviction_id" } };
inline const RecordKind custodyEvent { "custody_events", { "person_id" } };
inline const RecordKind monitoringOrder { "monitoring_orders", { "person_id" } };
inline const RecordKind transition { "register_transitions", { "person_id" } };
inline const RecordKind revision { "revisions", { "person_id" } };
inline const RecordKind zone { "zones", { "person_id", "order_id", "zone_id", "zone_version" } };
inline const RecordKind alert { "alerts", { "person_id", "device_id", "raised_at", "state", "severity" } };

/// The district's sync conflicts as the centre reports them (rows of Sync::ConflictEntity; the body is
/// a ConflictRecord). Written only by the sync client, never pushed: not part of `all`.
inline const RecordKind syncConflict { "sync_conflicts", { "entity", "row_id", "open" } };

inline const QList<const RecordKind *> all { &person, &caseRecord, &charge, &conviction, &sentence,
    &custodyEvent, &monitoringOrder, &transition, &revision, &zone, &alert };

/// The kind whose table is `table` (syncConflict included), or nullptr.
inline const RecordKind *byTable(QStringView table)
{
    if (table == QLatin1String(syncConflict.table))
        return &syncConflict;
    for (const RecordKind *kind : all) {
        if (table == QLatin1String(kind->table))
            return kind;
    }
    return nullptr;
}
} // namespace RecordKinds

} // namespace Nigran::Models
