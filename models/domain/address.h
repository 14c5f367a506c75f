#pragma once

#include <QDate>
#include <QString>

namespace Nigran::Models {

/// Kind of an address in a person's address history. The values are stored; never renumber.
enum class AddressType
{
    Permanent = 0,
    Present = 1,
    Temporary = 2,
    Work = 3,
};

/// One entry of a person's address history.
struct Address
{
    AddressType type = AddressType::Present;
    QString text; ///< the address as written ("House 12, Street 4, ...")
    QString district; ///< district code ("PB-LHR"); empty when unknown
    QDate validFrom; ///< null when unknown
    QDate validTo; ///< null while it is still valid

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace Nigran::Models
