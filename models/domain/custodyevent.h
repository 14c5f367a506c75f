#pragma once

#include <QDate>
#include <QString>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class CustodyKind
{
    Admission = 0,
    Transfer = 1, ///< moved to another prison; `place` is the new one
    Release = 2, ///< `place` is the prison released from
};

/// One step of a person's custody: admission, transfer or release.
struct CustodyEvent
{
    QString id; ///< UUID
    QString personId; ///< UUID
    CustodyKind kind = CustodyKind::Admission;
    QDate date;
    QString place; ///< prison or place of custody
    QString note;

    friend bool operator==(const CustodyEvent &, const CustodyEvent &) = default;
};

} // namespace Nigran::Models
