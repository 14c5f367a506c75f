#include "exchange/exchangecodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTimeZone>

#include <limits>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

const QString RequestTag = QStringLiteral("nigran-exchange?");
const QString ReplyTag = QStringLiteral("nigran-exchange");

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

/// Reads the fields of one document map; the first problem is kept and named.
class FieldReader
{
public:
    FieldReader(const QCborMap &map, QString document)
        : m_map(map)
        , m_document(std::move(document))
    { }

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    QCborValue value(const char *name, QCborValue::Type type, const QString &expected)
    {
        const QCborValue value = m_map.value(key(name));
        if (ok() && value.type() != type) {
            m_problem = ExchangeCodec::tr("%1: %2: must be %3").arg(m_document, key(name), expected);
            return {};
        }
        return value;
    }
    QString text(const char *name)
    {
        return value(name, QCborValue::String, ExchangeCodec::tr("text")).toString();
    }
    QByteArray bytes(const char *name)
    {
        return value(name, QCborValue::ByteArray, ExchangeCodec::tr("bytes")).toByteArray();
    }
    qint64 integer(const char *name, qint64 minimum, qint64 maximum)
    {
        const qint64 number = value(name, QCborValue::Integer, ExchangeCodec::tr("an integer")).toInteger();
        if (ok() && (number < minimum || number > maximum)) {
            m_problem = ExchangeCodec::tr("%1: %2: must be from %3 to %4")
                            .arg(m_document, key(name))
                            .arg(minimum)
                            .arg(maximum);
            return 0;
        }
        return number;
    }
    QDateTime time(const char *name)
    {
        return QDateTime::fromMSecsSinceEpoch(
            integer(name, 0, std::numeric_limits<qint64>::max()), QTimeZone::utc());
    }
    QCborArray array(const char *name, qsizetype maximum)
    {
        const QCborArray items = value(name, QCborValue::Array, ExchangeCodec::tr("an array")).toArray();
        if (ok() && items.size() > maximum) {
            m_problem
                = ExchangeCodec::tr("%1: %2: more than %3 entries").arg(m_document, key(name)).arg(maximum);
            return {};
        }
        return items;
    }
    void fail(const QString &problem)
    {
        if (ok())
            m_problem = problem;
    }

private:
    const QCborMap &m_map;
    QString m_document;
    QString m_problem;
};

Result<QCborMap> documentMap(const QByteArray &bytes, const QString &tag, const QString &document)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap())
        return Models::fail(ErrorCode::Corrupt,
            ExchangeCodec::tr("%1: not a Nigran exchange document (damaged or another kind of file)")
                .arg(document));
    const QCborMap map = root.toMap();
    if (map.value(key("m")).toString() != tag)
        return Models::fail(ErrorCode::Corrupt,
            ExchangeCodec::tr("%1: the file holds another kind of exchange document").arg(document));
    const QCborValue format = map.value(key("f"));
    if (!format.isInteger())
        return Models::fail(ErrorCode::Corrupt, ExchangeCodec::tr("%1: f: must be an integer").arg(document));
    if (format.toInteger() != ExchangeFormatVersion)
        return Models::fail(ErrorCode::InvalidInput,
            ExchangeCodec::tr("%1: format version %2; this version of Nigran reads version %3. Please update "
                              "Nigran.")
                .arg(document)
                .arg(format.toInteger())
                .arg(ExchangeFormatVersion));
    return map;
}

QCborValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QCborValue(time.toMSecsSinceEpoch()) : QCborValue(qint64(0));
}

} // namespace

QByteArray ExchangeCodec::encode(const ExchangeRequest &request)
{
    QCborMap map;
    map.insert(key("m"), RequestTag);
    map.insert(key("f"), request.format);
    map.insert(key("x"), request.exchangeId);
    map.insert(key("o"), request.officeId);
    map.insert(key("d"), request.district);
    map.insert(key("t"), timeValue(request.created));
    map.insert(key("hs"), request.handshake);
    QCborArray batches;
    for (const QByteArray &batch : request.batches)
        batches.append(batch);
    map.insert(key("b"), batches);
    map.insert(key("c"), request.cursor);
    map.insert(key("ps"), request.pageSize);
    map.insert(key("pm"), request.maxPages);
    return map.toCborValue().toCbor();
}

QByteArray ExchangeCodec::encode(const ExchangeReply &reply)
{
    QCborMap map;
    map.insert(key("m"), ReplyTag);
    map.insert(key("f"), reply.format);
    map.insert(key("x"), reply.exchangeId);
    map.insert(key("o"), reply.officeId);
    map.insert(key("d"), reply.district);
    map.insert(key("t"), timeValue(reply.created));
    map.insert(key("hs"), reply.handshake);
    QCborArray pushes;
    for (const QByteArray &push : reply.pushes)
        pushes.append(push);
    map.insert(key("r"), pushes);
    QCborArray pages;
    for (const ExchangePage &page : reply.pages) {
        QCborMap entry;
        entry.insert(key("c"), page.cursor);
        entry.insert(key("p"), page.page);
        pages.append(entry);
    }
    map.insert(key("p"), pages);
    return map.toCborValue().toCbor();
}

Result<ExchangeRequest> ExchangeCodec::decodeRequest(const QByteArray &bytes)
{
    const QString document = tr("exchange file");
    auto map = documentMap(bytes, RequestTag, document);
    if (!map)
        return tl::unexpected(map.error());
    FieldReader read(*map, document);
    ExchangeRequest request;
    request.format = ExchangeFormatVersion;
    request.exchangeId = read.text("x");
    request.officeId = read.text("o");
    request.district = read.text("d");
    request.created = read.time("t");
    request.handshake = read.bytes("hs");
    const QCborArray batches = read.array("b", MaxBatches);
    for (qsizetype i = 0; i < batches.size() && read.ok(); ++i) {
        if (!batches.at(i).isByteArray())
            read.fail(tr("%1: b[%2]: must be bytes").arg(document).arg(i));
        request.batches << batches.at(i).toByteArray();
    }
    request.cursor = read.integer("c", 0, std::numeric_limits<qint64>::max());
    request.pageSize = int(read.integer("ps", 1, 100000));
    request.maxPages = int(read.integer("pm", 1, MaxPages));
    if (!read.ok())
        return Models::fail(ErrorCode::Corrupt, read.problem());
    return request;
}

Result<ExchangeReply> ExchangeCodec::decodeReply(const QByteArray &bytes)
{
    const QString document = tr("exchange reply");
    auto map = documentMap(bytes, ReplyTag, document);
    if (!map)
        return tl::unexpected(map.error());
    FieldReader read(*map, document);
    ExchangeReply reply;
    reply.format = ExchangeFormatVersion;
    reply.exchangeId = read.text("x");
    reply.officeId = read.text("o");
    reply.district = read.text("d");
    reply.created = read.time("t");
    reply.handshake = read.bytes("hs");
    const QCborArray pushes = read.array("r", MaxBatches);
    for (qsizetype i = 0; i < pushes.size() && read.ok(); ++i) {
        if (!pushes.at(i).isByteArray())
            read.fail(tr("%1: r[%2]: must be bytes").arg(document).arg(i));
        reply.pushes << pushes.at(i).toByteArray();
    }
    const QCborArray pages = read.array("p", MaxPages);
    for (qsizetype i = 0; i < pages.size() && read.ok(); ++i) {
        const QCborMap entry = pages.at(i).toMap();
        if (!pages.at(i).isMap() || !entry.value(key("c")).isInteger()
            || entry.value(key("c")).toInteger() < 0 || !entry.value(key("p")).isByteArray()) {
            read.fail(tr("%1: p[%2]: must be a page with its cursor").arg(document).arg(i));
            break;
        }
        reply.pages << ExchangePage { entry.value(key("c")).toInteger(),
            entry.value(key("p")).toByteArray() };
    }
    if (!read.ok())
        return Models::fail(ErrorCode::Corrupt, read.problem());
    return reply;
}

} // namespace Nigran::Sync
