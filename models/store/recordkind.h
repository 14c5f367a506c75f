#pragma once

#include <QList>

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

inline const QList<const RecordKind *> all { &person, &caseRecord, &charge, &conviction, &sentence,
    &custodyEvent, &monitoringOrder, &transition, &revision };
} // namespace RecordKinds

} // namespace Nigran::Models
