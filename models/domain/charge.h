#pragma once

#include "domain/person.h"

#include <QString>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class VictimAgeBand
{
    Child = 0, ///< under 18
    Adult = 1,
};

/// The victim's relationship to the offender. The values are stored; never renumber.
enum class Relationship
{
    Family = 0,
    Acquaintance = 1,
    Stranger = 2,
    PositionOfTrust = 3, ///< teacher, employer, cleric, guardian, ...
    Unknown = 4,
};

/// One charge against one accused in a case.
///
/// Deliberately holds no victim identity (name, address, CNIC, ...): the law forbids disclosing it.
/// Only the age band, gender and relationship category are kept.
struct Charge
{
    QString id; ///< UUID
    QString caseId; ///< UUID of the CaseRecord
    QString personId; ///< UUID of the accused Person
    QString offenceCode; ///< catalogue code ("PPC 376")
    VictimAgeBand victimAgeBand = VictimAgeBand::Adult;
    Gender victimGender = Gender::Unknown;
    Relationship relationship = Relationship::Unknown;

    friend bool operator==(const Charge &, const Charge &) = default;
};

} // namespace Nigran::Models
