#include "core/result.h"

#include <QCoreApplication>

namespace Nigran::Models {

Error Error::invalid(QList<FieldError> problems)
{
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << problem.message;
    return Error { ErrorCode::InvalidInput,
        QCoreApplication::translate("Nigran::Models::Error", "Please correct the following:\n%1")
            .arg(lines.join(QLatin1Char('\n'))),
        std::move(problems) };
}

bool Error::hasField(const QString &field) const
{
    return std::any_of(fields.cbegin(), fields.cend(), [&](const FieldError &f) { return f.field == field; });
}

} // namespace Nigran::Models
