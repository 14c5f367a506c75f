#pragma once

#include "rules/registerworkflow.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// One row of the register list: enough to recognise a person, nothing more.
struct PersonSummary
{
    QString id;
    QString nameLatin;
    QString nameUrdu;
    QString cnic; ///< 13 digits, or empty
    QString passport;
    QString district;
    QDate birthDate;
    RegisterStatus status = RegisterStatus::Draft;
    bool sealed = false;
    QDate expectedRelease; ///< null when unknown or none (death sentence)
    QString sortKey; ///< the normalised name the list is ordered by
};

/// Orders the register list can be sorted by (each backed by an index).
enum class PersonOrder
{
    Name,
    UrduName,
    Cnic,
    ExpectedRelease
};

/// What the register list shows: free text (a Latin or Urdu name prefix, a CNIC prefix or an FIR
/// number) and filters.
struct PersonQuery
{
    QString text;
    std::optional<RegisterStatus> status;
    QString district;
    QDate releaseFrom; ///< expected release on or after (null = no bound)
    QDate releaseTo; ///< expected release on or before
    bool includeSealed = false;
    PersonOrder order = PersonOrder::Name; ///< a name or CNIC typed in the text orders by that column instead
};

/// Keyset position in the list (the last row of the previous page).
struct PersonPageKey
{
    QString sortKey;
    QString id;
};

} // namespace Nigran::Models
