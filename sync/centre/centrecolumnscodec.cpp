#include "centre/centrecolumnscodec.h"

#include <QCborArray>
#include <QCborValue>
#include <QDate>

namespace Nigran::Sync {

namespace {

/// RFC 8943: a full-date ("YYYY-MM-DD") text string.
constexpr auto FullDateTag = QCborTag(1004);

// QCborValue gives an empty text or byte string back as a null QString / QByteArray, which a store
// would write as NULL: empty stays empty.
QString nonNull(QString text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray nonNull(QByteArray bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace

Models::Result<QByteArray> CentreColumnsCodec::encode(const QVariantList &columns)
{
    QCborArray array;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &value = columns.at(i);
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            array.append(QCborValue(nullptr));
            break;
        case QMetaType::Bool:
            array.append(value.toBool());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            array.append(qint64(value.toLongLong()));
            break;
        case QMetaType::Double:
            array.append(value.toDouble());
            break;
        case QMetaType::QString:
            array.append(value.toString());
            break;
        case QMetaType::QByteArray:
            array.append(value.toByteArray());
            break;
        case QMetaType::QDate:
            array.append(QCborValue(FullDateTag, value.toDate().toString(Qt::ISODate)));
            break;
        default:
            return Models::fail(Models::ErrorCode::InvalidInput,
                tr("Column %1 of the row has a type the centre cannot store (%2).")
                    .arg(i)
                    .arg(QString::fromLatin1(value.typeName())));
        }
    }
    return array.toCborValue().toCbor();
}

Models::Result<QVariantList> CentreColumnsCodec::decode(const QByteArray &cbor)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !root.isArray())
        return Models::fail(
            Models::ErrorCode::Corrupt, tr("The stored columns of a row are damaged and cannot be read."));
    QVariantList columns;
    const QCborArray array = root.toArray();
    columns.reserve(array.size());
    for (const QCborValue &value : array) {
        if (value.isNull() || value.isUndefined())
            columns.append(QVariant());
        else if (value.isBool())
            columns.append(value.toBool());
        else if (value.isInteger())
            columns.append(qint64(value.toInteger()));
        else if (value.isDouble())
            columns.append(value.toDouble());
        else if (value.isString())
            columns.append(nonNull(value.toString()));
        else if (value.isByteArray())
            columns.append(nonNull(value.toByteArray()));
        else if (value.isTag() && value.tag() == FullDateTag && value.taggedValue().isString())
            columns.append(QDate::fromString(value.taggedValue().toString(), Qt::ISODate));
        else
            return Models::fail(Models::ErrorCode::Corrupt,
                tr("The stored columns of a row are damaged and cannot be read."));
    }
    return columns;
}

} // namespace Nigran::Sync
