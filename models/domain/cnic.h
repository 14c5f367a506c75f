#pragma once

#include "core/result.h"
#include "domain/person.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// A Pakistani Computerised National Identity Card number: 13 digits, shown as #####-#######-#.
class Cnic
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::Cnic)

public:
    static constexpr int DigitCount = 13;

    /// Parses "#####-#######-#" or 13 digits (surrounding spaces ignored; Urdu digits accepted).
    /// On failure the error has one FieldError "cnic" naming the problem.
    [[nodiscard]] static Result<Cnic> parse(const QString &text);

    QString digits() const { return m_digits; }
    QString formatted() const;

    /// Province code from the first digit (1 KP, 2 former FATA → KP since the 2018 merger, 3 PB,
    /// 4 SD, 5 BA, 6 IS, 7 GB). A hint for a warning, never a rule.
    std::optional<QString> provinceHint() const;
    /// From the last digit: odd = male, even = female. A hint for a warning, never a rule.
    std::optional<Gender> genderHint() const;

    friend bool operator==(const Cnic &, const Cnic &) = default;

private:
    explicit Cnic(QString digits)
        : m_digits(std::move(digits))
    { }

    QString m_digits;
};

} // namespace Nigran::Models
