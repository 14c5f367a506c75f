#include "monitoring/fiximport.h"

#include "monitoring/csvfixparser.h"
#include "monitoring/gpxparser.h"
#include "monitoring/nmeaparser.h"

#include <QFile>
#include <QFileInfo>

namespace Nigran::Models {

std::optional<FixImport::Format> FixImport::detect(QByteArrayView head, const QString &fileName)
{
    QByteArrayView text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    while (!text.isEmpty()
        && (text.front() == ' ' || text.front() == '\r' || text.front() == '\n' || text.front() == '\t'))
        text = text.sliced(1);
    if (text.startsWith("<?xml") || text.startsWith("<gpx"))
        return Format::Gpx;
    if (text.startsWith("$"))
        return Format::Nmea;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("gpx"))
        return Format::Gpx;
    if (suffix == QLatin1String("nmea") || suffix == QLatin1String("nma") || suffix == QLatin1String("log"))
        return Format::Nmea;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return Format::Csv;
    return std::nullopt;
}

Result<QList<Fix>> FixImport::parse(
    Format format, QByteArrayView data, const QString &fileName, const QString &deviceId)
{
    switch (format) {
    case Format::Nmea:
        return NmeaParser::parse(data, fileName, deviceId);
    case Format::Gpx:
        return GpxParser::parse(data, fileName, deviceId);
    case Format::Csv:
        return CsvFixParser::parse(data, fileName, deviceId);
    }
    return fail(ErrorCode::InvalidInput, tr("%1: unknown file format").arg(fileName));
}

Result<QList<Fix>> FixImport::importFile(const QString &path, const QString &deviceId)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 could not be opened: %2").arg(name, file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(ErrorCode::InvalidInput,
            tr("%1 is too large (%2 MB); split it into files under %3 MB")
                .arg(name)
                .arg(file.size() >> 20)
                .arg(MaxFileBytes >> 20));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("%1 could not be read: %2").arg(name, file.errorString()));
    const std::optional<Format> format
        = detect(QByteArrayView(data).first(qMin<qsizetype>(data.size(), 256)), name);
    if (!format)
        return fail(ErrorCode::InvalidInput, tr("%1 is not an NMEA, GPX or CSV file of fixes").arg(name));
    return parse(*format, data, name, deviceId);
}

Error FixImport::lineError(const QString &fileName, qint64 line, const QString &what)
{
    return Error { ErrorCode::InvalidInput, tr("%1, line %2: %3").arg(fileName).arg(line).arg(what), {} };
}

Error FixImport::backwardsError(
    const QString &fileName, qint64 line, const QDateTime &time, const QDateTime &previous)
{
    return lineError(fileName, line,
        tr("the fix time %1 is earlier than the fix before it (%2); fixes must be in time order")
            .arg(time.toString(Qt::ISODateWithMs), previous.toString(Qt::ISODateWithMs)));
}

} // namespace Nigran::Models
