#pragma once

#include "core/result.h"
#include "protocol/messages.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Gui {

/// An open sync conflict of this office's district, as stored by the sync client.
struct OpenConflict
{
    QString id;
    Sync::ConflictRecord record;
    bool resolutionPending = false; ///< a resolution is saved here and not yet acknowledged by the centre
};

/// One top-level field of a record in both versions.
struct ConflictField
{
    QString key; ///< the record's CBOR key ("nameLatin", "marks")
    QCborValue current; ///< undefined when the version lacks the field
    QCborValue conflicting;
    bool differs = false;
};

/// The two versions of a conflicted row, field by field: the one this office holds now (the centre's
/// current version once pulled) and the conflicting revision the centre kept beside it.
struct ConflictComparison
{
    QList<ConflictField> fields;
    bool currentDeleted = false;
    bool conflictingDeleted = false;
};

/// The logic behind the conflict view (no widgets): lists the open conflicts, decodes both versions with
/// the record codec (each body must decode as its kind) and writes a resolution: a new revision of the
/// row, field by field from the version chosen, through RecordStore::putResolving (which names the
/// conflict in the outbox so the centre closes it, and audits "resolve"). Viewing needs
/// Action::ViewRecord, resolving Action::CorrectVerified.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Gui::ConflictResolver)

public:
    [[nodiscard]] static Models::Result<QList<OpenConflict>> openConflicts(Models::Office &office);
    [[nodiscard]] static Models::Result<ConflictComparison> compare(
        Models::Office &office, const OpenConflict &conflict);
    /// Writes the resolving revision: every field from the current version except those in
    /// `takeConflicting`, which come from the conflicting one.
    [[nodiscard]] static Models::Result<> resolve(
        Models::Office &office, const OpenConflict &conflict, const QSet<QString> &takeConflicting);

    /// A field's value as text for the view ("—" when absent).
    static QString displayValue(const QCborValue &value);
    /// The translated name of a record kind's table ("persons" → "Person").
    static QString entityName(const QString &entity);
};

} // namespace Nigran::Gui
