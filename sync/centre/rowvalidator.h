#pragma once

#include "core/result.h"
#include "protocol/messages.h"

#include <QCoreApplication>
#include <QString>

namespace Nigran::Sync {

/// What the centre checks of a pushed row before it accepts it: a known entity, an id, and a body that
/// decodes as that entity's record (models' RecordCodec) and passes RecordValidator where the rules
/// need nothing beyond the record itself. Zones and alerts decode with MonitoringCodec, their ids and
/// indexed columns must match the body, and an alert's id is AlertRecord::idFor(its alert). Tombstones
/// are checked for form only.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::RowValidator)

public:
    /// The entities an office may push (the syncable tables; not ConflictEntity).
    static bool isKnownEntity(const QString &entity);

    /// An empty string when the row is acceptable; otherwise the field or check that failed
    /// ("body: Person record: cnic: …", "nameLatin"), never personal data.
    static QString problem(const WireRow &row);
};

} // namespace Nigran::Sync
