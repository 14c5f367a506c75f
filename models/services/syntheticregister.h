#pragma once

#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/person.h"
#include "domain/sentence.h"

#include <QDate>

namespace Nigran::Models {

/// A case file for a synthetic person: one case, one registrable charge, a conviction and a sentence.
struct SyntheticCaseFile
{
    CaseRecord caseRecord;
    Charge charge;
    Conviction conviction;
    Sentence sentence;
};

/// Obviously fictional people for demos, tests and benchmarks. Deterministic for a seed and index.
///
/// Every surname is "Namoona" (نمونہ, "specimen"), every CNIC starts with 9 (no province uses it)
/// and every FIR number ends in "/SYN", so synthetic records cannot be mistaken for real ones.
class SyntheticRegister
{
public:
    explicit SyntheticRegister(quint32 seed = 1, QDate today = QDate::currentDate());

    Person person(qint64 index, const QString &district) const;
    SyntheticCaseFile caseFile(qint64 index, const QString &personId, const QString &district) const;
    /// A 13-digit synthetic CNIC for an index (unique per index below 10^11).
    static QString cnic(qint64 index);
    static bool isSynthetic(const Person &person);

private:
    quint64 mix(qint64 index, quint64 salt) const;

    quint32 m_seed;
    QDate m_today;
};

} // namespace Nigran::Models
