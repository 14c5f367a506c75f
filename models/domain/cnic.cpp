#include "domain/cnic.h"

namespace Nigran::Models {

namespace {

constexpr qsizetype FirstDash = 5;
constexpr qsizetype SecondDash = 13;
constexpr qsizetype FormattedLength = 15;

} // namespace

Result<Cnic> Cnic::parse(const QString &text)
{
    const QString input = text.trimmed();
    const auto problem = [](const QString &what) {
        return fail(Error::invalid({ { QStringLiteral("cnic"), tr("CNIC: %1").arg(what) } }));
    };

    QString digits;
    QList<qsizetype> dashes;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == QLatin1Char('-'))
            dashes.append(i);
        else if (c.isDigit())
            digits.append(QLatin1Char(char('0' + c.digitValue())));
        else
            return problem(tr("may contain only digits and dashes"));
    }
    if (digits.size() != DigitCount)
        return problem(tr("must have 13 digits, not %1").arg(digits.size()));
    const bool dashesWellPlaced = dashes.isEmpty()
        || (input.size() == FormattedLength && dashes == QList<qsizetype> { FirstDash, SecondDash });
    if (!dashesWellPlaced)
        return problem(tr("dashes must be placed as #####-#######-#"));
    return Cnic(digits);
}

QString Cnic::formatted() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(
            m_digits.left(FirstDash), m_digits.mid(FirstDash, SecondDash - FirstDash - 1), m_digits.right(1));
}

std::optional<QString> Cnic::provinceHint() const
{
    switch (m_digits.front().digitValue()) {
    case 1:
    case 2:
        return QStringLiteral("KP");
    case 3:
        return QStringLiteral("PB");
    case 4:
        return QStringLiteral("SD");
    case 5:
        return QStringLiteral("BA");
    case 6:
        return QStringLiteral("IS");
    case 7:
        return QStringLiteral("GB");
    default:
        return std::nullopt;
    }
}

std::optional<Gender> Cnic::genderHint() const
{
    return m_digits.back().digitValue() % 2 == 1 ? Gender::Male : Gender::Female;
}

} // namespace Nigran::Models
