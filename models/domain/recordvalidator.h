#pragma once

#include "core/result.h"
#include "domain/caserecord.h"
#include "domain/charge.h"
#include "domain/conviction.h"
#include "domain/custodyevent.h"
#include "domain/districtlist.h"
#include "domain/monitoringorder.h"
#include "domain/offencecatalogue.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Nigran::Models {

/// Content rules for the register's records, for the forms and before every write.
///
/// Each problem is a FieldError whose `field` is the machine name ("cnic", "addresses[1].validFrom")
/// and whose `message` is translated and names the field for the user ("CNIC: must have 13 digits,
/// not 12"). An empty list means the record is valid. A record's own `id` may be empty (not yet
/// saved); references to other records (caseId, personId) are required. Dates are checked against
/// today, and no date may be before 1900.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RecordValidator)

public:
    /// Latin name; Urdu names in Arabic script; a CNIC or a passport; birth date at least 10 years ago;
    /// phones of digits and "+"; address dates in order; districts in `districts`; photo JPEG or PNG.
    static QList<FieldError> validate(
        const Person &person, const DistrictList &districts = DistrictList::builtIn());
    /// FIR number, date (not in the future), police station and district; status history in order.
    static QList<FieldError> validate(
        const CaseRecord &caseRecord, const DistrictList &districts = DistrictList::builtIn());
    /// The offence must be in force in the catalogue on `onDate` (the date of the offence or the FIR).
    static QList<FieldError> validate(
        const Charge &charge, QDate onDate, const OffenceCatalogue &catalogue = OffenceCatalogue::builtIn());
    /// Every section convicted under must be in force in the catalogue on the judgment date.
    static QList<FieldError> validate(
        const Conviction &conviction, const OffenceCatalogue &catalogue = OffenceCatalogue::builtIn());
    static QList<FieldError> validate(const CustodyEvent &event);
    /// The end follows the start, unless the order is for life (then it has no end).
    static QList<FieldError> validate(const MonitoringOrder &order);

    /// Translated warnings, never errors: the CNIC's hints (DOMAIN.md, Identity) disagree with the
    /// recorded gender or with the province of the district of residence.
    static QStringList warnings(
        const Person &person, const DistrictList &districts = DistrictList::builtIn());
};

} // namespace Nigran::Models
