#pragma once

#include <QList>
#include <QString>

#include <tl/expected.hpp>

namespace Nigran::Models {

enum class ErrorCode
{
    InvalidInput, ///< validation failed; see Error::fields
    NotFound,
    PermissionDenied, ///< the signed-in role may not do this
    IllegalTransition, ///< the workflow does not allow this step
    Duplicate, ///< a likely duplicate exists and was not acknowledged
    Sealed, ///< the record is sealed (acquittal) and cannot change
    WrongKey, ///< wrong password or database key
    Throttled, ///< too many wrong passwords; wait
    Corrupt, ///< the file is damaged or has been tampered with
    SchemaTooNew, ///< the file was written by a newer Nigran
    Io,
    Database,
    Crypto,
};

/// One problem with one input field, for the form to show beside it.
struct FieldError
{
    QString field; ///< machine name of the field ("cnic", "birthDate", "components[2].years")
    QString message; ///< translated, names the field for the user
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message; ///< translated summary for the user; never contains personal data
    QList<FieldError> fields; ///< per-field problems, for InvalidInput

    static Error invalid(QList<FieldError> problems);
    bool hasField(const QString &field) const;
};

template<typename T = void> using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error { code, std::move(message), {} });
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace Nigran::Models

/// Propagates the error of a Result-returning expression, otherwise continues.
#define NIGRAN_TRY(expr)                                                                                     \
    do {                                                                                                     \
        if (auto nigranTryResult_ = (expr); !nigranTryResult_)                                               \
            return ::tl::unexpected(std::move(nigranTryResult_.error()));                                    \
    } while (false)
