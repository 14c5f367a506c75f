#include "protocol/messagecodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDate>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>

#include <zstd.h>

#include <limits>
#include <memory>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

constexpr QCborTag FullDateTag = QCborTag(1004);

// Message tags ("m").
const QString HandshakeRequestTag = QStringLiteral("hs?");
const QString HandshakeResponseTag = QStringLiteral("hs");
const QString PushRequestTag = QStringLiteral("push?");
const QString PushResponseTag = QStringLiteral("push");
const QString PullRequestTag = QStringLiteral("pull?");
const QString PullResponseTag = QStringLiteral("pull");
const QString FixPullRequestTag = QStringLiteral("fix?");
const QString FixPullResponseTag = QStringLiteral("fix");

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QCborValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QCborValue(time.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}

QCborValue columnValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return QCborValue(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
        return QCborValue(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        return QCborValue(qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::QDate:
        return value.toDate().isValid()
            ? QCborValue(FullDateTag, QCborValue(value.toDate().toString(Qt::ISODate)))
            : QCborValue(QCborValue::Null);
    default:
        return QCborValue(value.toString());
    }
}

QCborMap headMap(const Models::AuditHead &head)
{
    QCborMap map;
    map.insert(key("s"), head.seq);
    map.insert(key("h"), head.hash);
    return map;
}

QCborMap rowMap(const WireRow &row)
{
    QCborMap map;
    map.insert(key("e"), row.entity);
    map.insert(key("i"), row.id);
    map.insert(key("d"), row.district);
    map.insert(key("v"), row.version);
    map.insert(key("h"), row.hlc);
    map.insert(key("o"), row.origin);
    map.insert(key("x"), row.deleted);
    QCborArray columns;
    for (const QVariant &value : row.columns)
        columns.append(columnValue(value));
    map.insert(key("c"), columns);
    map.insert(key("b"), row.body);
    return map;
}

QCborMap auditMap(const Models::AuditEntry &entry)
{
    QCborMap map;
    map.insert(key("s"), entry.seq);
    map.insert(key("t"), timeValue(entry.at));
    map.insert(key("u"), entry.actor);
    map.insert(key("a"), entry.action);
    map.insert(key("e"), entry.entity);
    map.insert(key("i"), entry.entityId);
    map.insert(key("d"), entry.detail);
    map.insert(key("p"), entry.prevHash);
    map.insert(key("h"), entry.hash);
    return map;
}

QCborMap resultMap(const ItemResult &result)
{
    QCborMap map;
    map.insert(key("e"), result.entity);
    map.insert(key("i"), result.id);
    map.insert(key("s"), int(result.status));
    map.insert(key("v"), result.version);
    map.insert(key("c"), result.conflictId);
    map.insert(key("r"), int(result.reason));
    map.insert(key("d"), result.detail);
    return map;
}

QCborMap conflictMap(const ConflictRecord &conflict)
{
    QCborMap map;
    map.insert(key("e"), conflict.entity);
    map.insert(key("i"), conflict.rowId);
    map.insert(key("cv"), conflict.centreVersion);
    map.insert(key("bv"), conflict.baseVersion);
    map.insert(key("t"), rowMap(conflict.theirs));
    map.insert(key("at"), timeValue(conflict.raisedAt));
    map.insert(key("o"), conflict.open);
    map.insert(key("rv"), conflict.resolvedByVersion);
    map.insert(key("ro"), conflict.resolvedByOffice);
    return map;
}

QCborMap message(const QString &tag)
{
    QCborMap map;
    map.insert(key("m"), tag);
    return map;
}

QByteArray pack(const QCborMap &map)
{
    return MessageCodec::compress(QCborValue(map).toCbor());
}

/// Reads one message, keeping the first problem with its path.
class Reader
{
public:
    Reader(QCborMap map, std::shared_ptr<QString> problem, QString path)
        : m_map(std::move(map))
        , m_problem(std::move(problem))
        , m_path(std::move(path))
    { }

    QString path(const char *k) const { return m_path.isEmpty() ? key(k) : m_path + u'.' + key(k); }

    void reject(const QString &path, const QString &problem)
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("%1: %2").arg(path, problem);
    }

    QCborValue field(const char *k, bool (QCborValue::*hasType)() const, const QString &expected)
    {
        const QCborValue value = m_map.value(key(k));
        if (value.isUndefined()) {
            reject(path(k), MessageCodec::tr("missing"));
            return {};
        }
        if (!(value.*hasType)()) {
            reject(path(k), MessageCodec::tr("must be %1").arg(expected));
            return {};
        }
        return value;
    }

    QString text(const char *k)
    {
        return field(k, &QCborValue::isString, MessageCodec::tr("text")).toString();
    }
    QByteArray bytes(const char *k)
    {
        return field(k, &QCborValue::isByteArray, MessageCodec::tr("bytes")).toByteArray();
    }
    bool boolean(const char *k)
    {
        return field(k, &QCborValue::isBool, MessageCodec::tr("true or false")).toBool();
    }
    qint64 integer(const char *k, qint64 min = std::numeric_limits<qint64>::min(),
        qint64 max = std::numeric_limits<qint64>::max())
    {
        const QCborValue value = field(k, &QCborValue::isInteger, MessageCodec::tr("an integer"));
        if (!value.isInteger())
            return 0;
        const qint64 number = value.toInteger();
        if (number < min || number > max) {
            reject(path(k), MessageCodec::tr("must be from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return number;
    }
    QDateTime time(const char *k)
    {
        const QCborValue value = m_map.value(key(k));
        if (value.isNull())
            return {};
        constexpr qint64 limit = 253402300799999; // 9999-12-31T23:59:59.999Z
        const qint64 ms = integer(k, -limit, limit);
        return m_problem->isEmpty() ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
    }
    Reader map(const char *k)
    {
        return Reader(field(k, &QCborValue::isMap, MessageCodec::tr("a map")).toMap(), m_problem, path(k));
    }
    /// Each element of an array of maps, read by `read(Reader &)`.
    template<typename T, typename F> QList<T> list(const char *k, F read)
    {
        QList<T> result;
        const QCborArray items = field(k, &QCborValue::isArray, MessageCodec::tr("a list")).toArray();
        for (qsizetype i = 0; i < items.size() && m_problem->isEmpty(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path(k)).arg(i);
            if (!items.at(i).isMap()) {
                reject(itemPath, MessageCodec::tr("must be a map"));
                break;
            }
            Reader item(items.at(i).toMap(), m_problem, itemPath);
            result.append(read(item));
        }
        return result;
    }
    /// A list of non-empty texts of at most `maxLength` characters, at most `maxCount` of them, none
    /// twice.
    QStringList texts(const char *k, qsizetype maxCount, qsizetype maxLength)
    {
        QStringList result;
        const QCborArray items = field(k, &QCborValue::isArray, MessageCodec::tr("a list")).toArray();
        if (items.size() > maxCount) {
            reject(path(k), MessageCodec::tr("must have at most %1 entries").arg(maxCount));
            return result;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path(k)).arg(i);
            if (!checkName(itemPath, items.at(i), maxLength))
                break;
            const QString text = items.at(i).toString();
            if (result.contains(text)) {
                reject(itemPath, MessageCodec::tr("is named twice"));
                break;
            }
            result << text;
        }
        return result;
    }
    /// Text `k` that is a non-empty name of at most `maxLength` characters.
    QString name(const char *k, qsizetype maxLength)
    {
        const QCborValue value = m_map.value(key(k));
        if (value.isUndefined()) {
            reject(path(k), MessageCodec::tr("missing"));
            return {};
        }
        return checkName(path(k), value, maxLength) ? value.toString() : QString();
    }
    bool checkName(const QString &where, const QCborValue &value, qsizetype maxLength)
    {
        if (!value.isString()) {
            reject(where, MessageCodec::tr("must be text"));
            return false;
        }
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > maxLength) {
            reject(where, MessageCodec::tr("must have 1 to %1 characters").arg(maxLength));
            return false;
        }
        return true;
    }
    QVariantList columns(const char *k)
    {
        QVariantList result;
        const QCborArray items = field(k, &QCborValue::isArray, MessageCodec::tr("a list")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QCborValue value = items.at(i);
            const QString itemPath = QStringLiteral("%1[%2]").arg(path(k)).arg(i);
            if (value.isNull())
                result.append(QVariant());
            else if (value.isString()) // an empty text stays text, not NULL
                result.append(value.toString().isNull() ? QStringLiteral("") : value.toString());
            else if (value.isInteger())
                result.append(QVariant(qlonglong(value.toInteger())));
            else if (value.isBool())
                result.append(value.toBool());
            else if (value.isDouble())
                result.append(value.toDouble());
            else if (value.isByteArray())
                result.append(value.toByteArray());
            else if (value.isTag() && value.tag() == FullDateTag && value.taggedValue().isString()) {
                const QDate date = QDate::fromString(value.taggedValue().toString(), Qt::ISODate);
                if (!date.isValid()) {
                    reject(itemPath, MessageCodec::tr("must be a date (YYYY-MM-DD)"));
                    break;
                }
                result.append(date);
            } else {
                reject(
                    itemPath, MessageCodec::tr("must be text, a number, true/false, bytes, a date or null"));
                break;
            }
        }
        return result;
    }

    bool ok() const { return m_problem->isEmpty(); }
    QString problem() const { return *m_problem; }

private:
    QCborMap m_map;
    std::shared_ptr<QString> m_problem;
    QString m_path;
};

Models::AuditHead readHead(Reader &in)
{
    return { in.integer("s", 0), in.bytes("h") };
}

WireRow readRow(Reader &in)
{
    WireRow row;
    row.entity = in.text("e");
    row.id = in.text("i");
    row.district = in.text("d");
    row.version = in.integer("v", 0);
    row.hlc = in.integer("h", 0);
    row.origin = in.text("o");
    row.deleted = in.boolean("x");
    row.columns = in.columns("c");
    row.body = in.bytes("b");
    return row;
}

Models::AuditEntry readAudit(Reader &in)
{
    Models::AuditEntry entry;
    entry.seq = in.integer("s", 1);
    entry.at = in.time("t");
    entry.actor = in.text("u");
    entry.action = in.text("a");
    entry.entity = in.text("e");
    entry.entityId = in.text("i");
    entry.detail = in.text("d");
    entry.prevHash = in.bytes("p");
    entry.hash = in.bytes("h");
    return entry;
}

ItemResult readResult(Reader &in)
{
    ItemResult result;
    result.entity = in.text("e");
    result.id = in.text("i");
    result.status = ItemStatus(in.integer("s", 0, int(ItemStatus::Rejected)));
    result.version = in.integer("v", 0);
    result.conflictId = in.text("c");
    result.reason = RejectReason(in.integer("r", 0, int(RejectReason::UnknownConflict)));
    result.detail = in.text("d");
    return result;
}

ConflictRecord readConflict(Reader &in)
{
    ConflictRecord conflict;
    conflict.entity = in.text("e");
    conflict.rowId = in.text("i");
    conflict.centreVersion = in.integer("cv", 0);
    conflict.baseVersion = in.integer("bv", 0);
    Reader theirs = in.map("t");
    conflict.theirs = readRow(theirs);
    conflict.raisedAt = in.time("at");
    conflict.open = in.boolean("o");
    conflict.resolvedByVersion = in.integer("rv", 0);
    conflict.resolvedByOffice = in.text("ro");
    return conflict;
}

Result<> problemResult(const QString &where, const QString &problem)
{
    if (problem.isEmpty())
        return {};
    return Models::fail(ErrorCode::Corrupt, MessageCodec::tr("Sync message (%1): %2").arg(where, problem));
}

/// Parses exactly one CBOR map from `cbor` (no trailing bytes).
Result<QCborMap> parseMap(const QByteArray &cbor, const QString &where)
{
    QCborStreamReader reader(cbor);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return Models::fail(ErrorCode::Corrupt,
            MessageCodec::tr("Sync message (%1): not valid CBOR at byte %2: %3")
                .arg(where)
                .arg(reader.currentOffset())
                .arg(reader.lastError().toString()));
    if (reader.currentOffset() != cbor.size())
        return Models::fail(ErrorCode::Corrupt,
            MessageCodec::tr("Sync message (%1): unexpected bytes after the message at byte %2")
                .arg(where)
                .arg(reader.currentOffset()));
    if (!value.isMap())
        return Models::fail(ErrorCode::Corrupt, MessageCodec::tr("Sync message (%1): not a map").arg(where));
    return value.toMap();
}

/// Decompresses and parses a message, checks its tag and reads it with `read(Reader &)`.
template<typename T, typename F>
Result<T> unpack(const QByteArray &bytes, const QString &tag, const QString &where, F read)
{
    auto cbor = MessageCodec::decompress(bytes, where);
    if (!cbor)
        return tl::unexpected(cbor.error());
    auto map = parseMap(*cbor, where);
    if (!map)
        return tl::unexpected(map.error());
    Reader in(*map, std::make_shared<QString>(), QString());
    const QString found = in.text("m");
    if (in.ok() && found != tag)
        in.reject(QStringLiteral("m"), MessageCodec::tr("is another message (%1)").arg(found.left(16)));
    if (!in.ok())
        return tl::unexpected(problemResult(where, in.problem()).error());
    T message = read(in);
    if (!in.ok())
        return tl::unexpected(problemResult(where, in.problem()).error());
    return message;
}

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    const quint32 size = qToBigEndian(quint32(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(bytes);
}

} // namespace

QByteArray MessageCodec::compress(const QByteArray &bytes)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t written
        = ZSTD_compress(out.data(), size_t(out.size()), bytes.constData(), size_t(bytes.size()), 3);
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

Result<QByteArray> MessageCodec::decompress(const QByteArray &bytes, const QString &where)
{
    if (bytes.isEmpty())
        return Models::fail(ErrorCode::Corrupt, tr("Sync message (%1): the body is empty").arg(where));
    if (bytes.size() > MaxEncodedSize)
        return Models::fail(ErrorCode::Corrupt,
            tr("Sync message (%1): the body is larger than %2 bytes").arg(where).arg(MaxEncodedSize));
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(
        ZSTD_createDStream(), &ZSTD_freeDStream);
    if (!stream)
        return Models::fail(ErrorCode::Io, tr("Sync message (%1): out of memory").arg(where));
    ZSTD_initDStream(stream.get());
    ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, 23);
    QByteArray out;
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer input { bytes.constData(), size_t(bytes.size()), 0 };
    for (;;) {
        ZSTD_outBuffer output { chunk.data(), size_t(chunk.size()), 0 };
        const size_t remaining = ZSTD_decompressStream(stream.get(), &output, &input);
        if (ZSTD_isError(remaining))
            return Models::fail(ErrorCode::Corrupt,
                tr("Sync message (%1): the body is not valid zstd data: %2")
                    .arg(where, QString::fromLatin1(ZSTD_getErrorName(remaining))));
        out.append(chunk.constData(), qsizetype(output.pos));
        if (out.size() > MaxDecodedSize)
            return Models::fail(ErrorCode::Corrupt,
                tr("Sync message (%1): the body expands to more than %2 bytes")
                    .arg(where)
                    .arg(MaxDecodedSize));
        if (remaining == 0) {
            if (input.pos < input.size)
                return Models::fail(ErrorCode::Corrupt,
                    tr("Sync message (%1): unexpected bytes after the compressed body").arg(where));
            break;
        }
        if (input.pos == input.size && output.pos < output.size)
            return Models::fail(
                ErrorCode::Corrupt, tr("Sync message (%1): the body is truncated").arg(where));
    }
    return out;
}

QByteArray MessageCodec::encode(const HandshakeRequest &message)
{
    QCborMap map = ::Nigran::Sync::message(HandshakeRequestTag);
    map.insert(key("p"), message.protocol);
    map.insert(key("s"), message.schema);
    map.insert(key("t"), timeValue(message.clientTime));
    map.insert(key("a"), headMap(message.auditHead));
    return pack(map);
}

QByteArray MessageCodec::encode(const HandshakeResponse &message)
{
    QCborMap map = ::Nigran::Sync::message(HandshakeResponseTag);
    map.insert(key("p"), message.protocol);
    map.insert(key("t"), timeValue(message.serverTime));
    map.insert(key("k"), message.clockSkewMs);
    map.insert(key("o"), message.officeId);
    map.insert(key("d"), message.district);
    map.insert(key("a"), headMap(message.acceptedAuditHead));
    return pack(map);
}

QByteArray MessageCodec::encode(const PushRequest &message)
{
    QCborMap map = ::Nigran::Sync::message(PushRequestTag);
    map.insert(key("b"), message.batchId);
    QCborArray audit;
    for (const Models::AuditEntry &entry : message.auditEntries)
        audit.append(auditMap(entry));
    map.insert(key("a"), audit);
    QCborArray items;
    for (const PushItem &item : message.items) {
        QCborMap itemMap;
        itemMap.insert(key("r"), rowMap(item.row));
        itemMap.insert(key("bv"), item.baseVersion);
        itemMap.insert(key("rs"), item.resolves);
        items.append(itemMap);
    }
    map.insert(key("i"), items);
    return pack(map);
}

QByteArray MessageCodec::encode(const PushResponse &message)
{
    QCborMap map = ::Nigran::Sync::message(PushResponseTag);
    map.insert(key("b"), message.batchId);
    QCborArray results;
    for (const ItemResult &result : message.results)
        results.append(resultMap(result));
    map.insert(key("r"), results);
    map.insert(key("a"), headMap(message.acceptedAuditHead));
    return pack(map);
}

QByteArray MessageCodec::encode(const PullRequest &message)
{
    QCborMap map = ::Nigran::Sync::message(PullRequestTag);
    map.insert(key("c"), message.cursor);
    map.insert(key("l"), message.limit);
    return pack(map);
}

QByteArray MessageCodec::encode(const PullResponse &message)
{
    QCborMap map = ::Nigran::Sync::message(PullResponseTag);
    QCborArray rows;
    for (const WireRow &row : message.rows)
        rows.append(rowMap(row));
    map.insert(key("r"), rows);
    map.insert(key("n"), message.nextCursor);
    map.insert(key("m+"), message.hasMore);
    map.insert(key("h"), message.checksum);
    return pack(map);
}

QByteArray MessageCodec::encode(const FixPullRequest &message)
{
    QCborMap map = ::Nigran::Sync::message(FixPullRequestTag);
    map.insert(key("c"), message.cursor);
    map.insert(key("w"), message.windowDays);
    map.insert(key("hd"), QCborArray::fromStringList(message.historyDevices));
    map.insert(key("hf"), timeValue(message.historyFrom));
    map.insert(key("l"), message.limit);
    return pack(map);
}

QByteArray MessageCodec::encode(const FixPullResponse &message)
{
    QCborMap map = ::Nigran::Sync::message(FixPullResponseTag);
    QCborArray devices;
    for (const DeviceFixes &device : message.devices) {
        QCborMap deviceMap;
        deviceMap.insert(key("i"), device.deviceId);
        deviceMap.insert(key("b"), device.block);
        devices.append(deviceMap);
    }
    map.insert(key("d"), devices);
    map.insert(key("n"), message.nextCursor);
    map.insert(key("m+"), message.hasMore);
    map.insert(key("hd"), QCborArray::fromStringList(message.historyDone));
    map.insert(key("hn"), timeValue(message.historyNext));
    return pack(map);
}

Result<HandshakeRequest> MessageCodec::decodeHandshakeRequest(const QByteArray &bytes)
{
    return unpack<HandshakeRequest>(bytes, HandshakeRequestTag, tr("handshake request"), [](Reader &in) {
        HandshakeRequest message;
        message.protocol = int(in.integer("p", 0, std::numeric_limits<int>::max()));
        message.schema = int(in.integer("s", 0, std::numeric_limits<int>::max()));
        message.clientTime = in.time("t");
        Reader head = in.map("a");
        message.auditHead = readHead(head);
        return message;
    });
}

Result<HandshakeResponse> MessageCodec::decodeHandshakeResponse(const QByteArray &bytes)
{
    return unpack<HandshakeResponse>(bytes, HandshakeResponseTag, tr("handshake response"), [](Reader &in) {
        HandshakeResponse message;
        message.protocol = int(in.integer("p", 0, std::numeric_limits<int>::max()));
        message.serverTime = in.time("t");
        message.clockSkewMs = in.integer("k");
        message.officeId = in.text("o");
        message.district = in.text("d");
        Reader head = in.map("a");
        message.acceptedAuditHead = readHead(head);
        return message;
    });
}

Result<PushRequest> MessageCodec::decodePushRequest(const QByteArray &bytes)
{
    return unpack<PushRequest>(bytes, PushRequestTag, tr("push request"), [](Reader &in) {
        PushRequest message;
        message.batchId = in.text("b");
        if (in.ok() && message.batchId.isEmpty())
            in.reject(in.path("b"), tr("must not be empty"));
        message.auditEntries = in.list<Models::AuditEntry>("a", readAudit);
        message.items = in.list<PushItem>("i", [](Reader &item) {
            PushItem result;
            Reader row = item.map("r");
            result.row = readRow(row);
            result.baseVersion = item.integer("bv", 0);
            result.resolves = item.text("rs");
            return result;
        });
        return message;
    });
}

Result<PushResponse> MessageCodec::decodePushResponse(const QByteArray &bytes)
{
    return unpack<PushResponse>(bytes, PushResponseTag, tr("push response"), [](Reader &in) {
        PushResponse message;
        message.batchId = in.text("b");
        message.results = in.list<ItemResult>("r", readResult);
        Reader head = in.map("a");
        message.acceptedAuditHead = readHead(head);
        return message;
    });
}

Result<PullRequest> MessageCodec::decodePullRequest(const QByteArray &bytes)
{
    return unpack<PullRequest>(bytes, PullRequestTag, tr("pull request"), [](Reader &in) {
        PullRequest message;
        message.cursor = in.integer("c", 0);
        message.limit = int(in.integer("l", 1, MaxPullLimit));
        return message;
    });
}

Result<PullResponse> MessageCodec::decodePullResponse(const QByteArray &bytes)
{
    return unpack<PullResponse>(bytes, PullResponseTag, tr("pull response"), [](Reader &in) {
        PullResponse message;
        message.rows = in.list<WireRow>("r", readRow);
        message.nextCursor = in.integer("n", 0);
        message.hasMore = in.boolean("m+");
        message.checksum = in.bytes("h");
        return message;
    });
}

Result<FixPullRequest> MessageCodec::decodeFixPullRequest(const QByteArray &bytes)
{
    return unpack<FixPullRequest>(bytes, FixPullRequestTag, tr("fix pull request"), [](Reader &in) {
        FixPullRequest message;
        message.cursor = in.integer("c", 0);
        message.windowDays = int(in.integer("w", 1, MaxWindowDays));
        message.historyDevices = in.texts("hd", MaxHistoryDevices, MaxDeviceIdLength);
        message.historyFrom = in.time("hf");
        if (in.ok() && !message.historyDevices.isEmpty() && !message.historyFrom.isValid())
            in.reject(in.path("hf"), tr("must be a time when history devices are named"));
        message.limit = int(in.integer("l", 1, MaxFixPullLimit));
        return message;
    });
}

Result<FixPullResponse> MessageCodec::decodeFixPullResponse(const QByteArray &bytes)
{
    return unpack<FixPullResponse>(bytes, FixPullResponseTag, tr("fix pull response"), [](Reader &in) {
        FixPullResponse message;
        QSet<QString> seen;
        message.devices = in.list<DeviceFixes>("d", [&seen](Reader &device) {
            DeviceFixes result;
            result.deviceId = device.name("i", MaxDeviceIdLength);
            result.block = device.bytes("b");
            if (device.ok() && result.block.isEmpty())
                device.reject(device.path("b"), tr("must not be empty"));
            if (device.ok() && seen.contains(result.deviceId))
                device.reject(device.path("i"), tr("is named twice"));
            seen.insert(result.deviceId);
            return result;
        });
        message.nextCursor = in.integer("n", 0);
        message.hasMore = in.boolean("m+");
        message.historyDone = in.texts("hd", MaxHistoryDevices, MaxDeviceIdLength);
        message.historyNext = in.time("hn");
        return message;
    });
}

QByteArray MessageCodec::encodeConflict(const ConflictRecord &conflict)
{
    return QCborValue(conflictMap(conflict)).toCbor();
}

Result<ConflictRecord> MessageCodec::decodeConflict(const QByteArray &body)
{
    const QString where = tr("conflict record");
    auto map = parseMap(body, where);
    if (!map)
        return tl::unexpected(map.error());
    Reader in(*map, std::make_shared<QString>(), QString());
    ConflictRecord conflict = readConflict(in);
    if (!in.ok())
        return tl::unexpected(problemResult(where, in.problem()).error());
    return conflict;
}

QByteArray MessageCodec::pageChecksum(const QList<WireRow> &rows)
{
    QCryptographicHash digest(QCryptographicHash::Sha256);
    addField(digest, QByteArray::number(rows.size()));
    for (const WireRow &row : rows) {
        for (const QString *text : { &row.entity, &row.id, &row.district })
            addField(digest, text->toUtf8());
        addField(digest, QByteArray::number(row.version));
        addField(digest, QByteArray::number(row.hlc));
        addField(digest, row.origin.toUtf8());
        addField(digest, row.deleted ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
        addField(digest, QByteArray::number(row.columns.size()));
        for (const QVariant &value : row.columns)
            addField(digest, columnValue(value).toCbor());
        addField(digest, row.body);
    }
    return digest.result();
}

} // namespace Nigran::Sync
