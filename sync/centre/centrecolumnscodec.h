#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVariantList>

namespace Nigran::Sync {

/// Encodes a row's indexed column values (WireRow::columns) as one CBOR array
/// for the centre's stores, so that decoding gives back equal QVariants: null
/// (invalid QVariant), booleans, integers (as qint64), doubles, strings, byte
/// arrays and QDate (CBOR tag 1004, RFC 8943 full-date).
class CentreColumnsCodec
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreColumnsCodec)

public:
    /// Fails with InvalidInput naming the column index when a value has another
    /// type.
    [[nodiscard]] static Models::Result<QByteArray> encode(const QVariantList &columns);
    /// Fails with Corrupt when the bytes are not such an array.
    [[nodiscard]] static Models::Result<QVariantList> decode(const QByteArray &cbor);
};

} // namespace Nigran::Sync
