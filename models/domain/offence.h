#pragma once

#include <QDate>
#include <QString>

namespace Nigran::Models {

/// One section of the offence catalogue (resources/catalogue/offences.json), as one edition has it.
struct Offence
{
    QString code; ///< "PPC 376", "PECA 21"
    QString law; ///< "PPC", "PECA"
    QString section; ///< "376"
    QString title; ///< English short title
    QString titleUr; ///< Urdu short title
    QString punishment; ///< the punishment as found, in English
    int minYears = 0; ///< range of a term of imprisonment in years; 0..0 when only life or death
    int maxYears = 0;
    bool hasLifeImprisonment = false; ///< life imprisonment (25 years, PPC s.57) is available
    bool hasDeathPenalty = false;
    bool isRegistrable = false; ///< listed in s.2(h) of the Anti-Rape Act 2021
    bool isUnsure = false; ///< the facts were not verified; treat as editable data
    QDate effectiveFrom; ///< the section came into force
    QDate effectiveTo; ///< repealed after this day; null while in force

    bool isInForceOn(QDate date) const
    {
        return effectiveFrom <= date && (effectiveTo.isNull() || date <= effectiveTo);
    }

    friend bool operator==(const Offence &, const Offence &) = default;
};

} // namespace Nigran::Models
