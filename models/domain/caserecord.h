#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// Stage of a criminal case. The values are stored; never renumber.
enum class CaseStatus
{
    FirRegistered = 0,
    UnderInvestigation = 1,
    ChallanSubmitted = 2, ///< police report (charge sheet) submitted to the court
    UnderTrial = 3,
    Convicted = 4,
    Acquitted = 5,
    UnderAppeal = 6,
    Closed = 7,
};

/// A criminal case: the FIR and the trial (DOMAIN.md, Records).
struct CaseRecord
{
    struct StatusEntry
    {
        QDate date;
        CaseStatus status = CaseStatus::FirRegistered;
        QString note;

        friend bool operator==(const StatusEntry &, const StatusEntry &) = default;
    };

    QString id; ///< UUID
    QString firNumber; ///< as written on the FIR ("123/2024")
    QDate firDate;
    QString policeStation;
    QString district; ///< district code of the police station
    QString court;
    bool isSpecialCourt = false; ///< Special Court under s.3 of the Anti-Rape Act 2021
    QString caseNumber;
    QString judge;
    QString prosecutor;
    QList<StatusEntry> statusHistory; ///< oldest first

    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace Nigran::Models
