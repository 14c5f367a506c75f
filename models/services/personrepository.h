#pragma once

#include "core/result.h"
#include "domain/person.h"
#include "rules/registerworkflow.h"
#include "services/personsummary.h"
#include "store/recordstore.h"

#include <optional>

namespace Nigran::Models {

class Database;

/// How people are laid out in the store and found again: the indexed columns written beside each
/// person's CBOR body, and the register list's queries over them. No access checks: RegisterService
/// puts the role checks in front of this.
class PersonRepository
{
public:
    /// The row for a person in a workflow state (RecordKinds::person column order).
    static RecordWrite row(const Person &person, RegisterStatus status, bool sealed);
    /// The FIR number as it is indexed and searched ("123 / 2024" → "123/2024").
    static QString firKey(const QString &firNumber);

    /// A page of the list, ordered by the query's order (or by the column its text searches).
    [[nodiscard]] static Result<QList<PersonSummary>> search(
        Database &db, const PersonQuery &query, const std::optional<PersonPageKey> &after, int limit);
    /// What SQLite does for each statement of that page (EXPLAIN QUERY PLAN detail lines), so a
    /// test can check that every page is an index seek.
    [[nodiscard]] static Result<QStringList> queryPlan(
        Database &db, const PersonQuery &query, const std::optional<PersonPageKey> &after);
    [[nodiscard]] static Result<qint64> count(Database &db, const PersonQuery &query);
    /// How many people match, counting no further than `cap` + 1: the answer is exact up to `cap`,
    /// and `cap` + 1 means "more than `cap`". Reads at most `cap` + 1 matching rows, so its cost is
    /// bounded however large the register is.
    [[nodiscard]] static Result<qint64> countUpTo(Database &db, const PersonQuery &query, qint64 cap);
    /// The district codes of the register's visible (not deleted, not sealed) people, sorted: one
    /// pass over the table, instead of one count per district.
    [[nodiscard]] static Result<QStringList> districts(Database &db);
};

} // namespace Nigran::Models
