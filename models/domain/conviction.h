#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class AppealStatus
{
    None = 0,
    Pending = 1,
    Upheld = 2,
    Modified = 3,
    Acquitted = 4,
};

/// A person's conviction in a case.
struct Conviction
{
    QString id; ///< UUID
    QString caseId; ///< UUID of the CaseRecord
    QString personId; ///< UUID of the convicted Person
    QDate judgmentDate;
    QString court;
    QStringList sections; ///< catalogue codes convicted under ("PPC 376")
    AppealStatus appealStatus = AppealStatus::None;
    bool isFinal = false; ///< no further appeal lies or the time for it has passed

    friend bool operator==(const Conviction &, const Conviction &) = default;
};

} // namespace Nigran::Models
