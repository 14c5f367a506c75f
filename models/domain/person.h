#pragma once

#include "domain/address.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Nigran::Models {

/// The values are stored; never renumber.
enum class Gender
{
    Male = 0,
    Female = 1,
    Transgender = 2,
    Unknown = 3,
};

/// "S/O", "D/O", "W/O": the relation named in a person's parentage. The values are stored.
enum class ParentageRelation
{
    SonOf = 0,
    DaughterOf = 1,
    WifeOf = 2,
};

/// A person on the register (DOMAIN.md, Records).
struct Person
{
    /// Father's or husband's name, as Pakistani documents carry it.
    struct Parentage
    {
        ParentageRelation relation = ParentageRelation::SonOf;
        QString nameUrdu;
        QString nameLatin;

        friend bool operator==(const Parentage &, const Parentage &) = default;
    };

    /// For foreign nationals, instead of (or as well as) a CNIC.
    struct Passport
    {
        QString number; ///< upper-case letters and digits
        QString nationality; ///< ISO 3166-1 alpha-3, as in the passport's machine-readable zone ("AFG")

        friend bool operator==(const Passport &, const Passport &) = default;
    };

    QString id; ///< UUID, lower case without braces
    QString district; ///< code of the district office that owns the record
    QString nameUrdu;
    QString nameLatin;
    Parentage parentage;
    QStringList aliases;
    QDate birthDate;
    Gender gender = Gender::Unknown;
    std::optional<QString> cnic; ///< 13 digits, no dashes
    std::optional<Passport> passport;
    QString description; ///< physical description
    QString marks; ///< identifying marks
    QByteArray photo; ///< JPEG or PNG bytes (the whole database is encrypted)
    QStringList phones;
    QList<Address> addresses;
    QString residenceDistrict; ///< district code

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace Nigran::Models
