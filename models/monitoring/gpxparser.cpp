#include "monitoring/gpxparser.h"

#include "monitoring/fiximport.h"

#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>

namespace Nigran::Models {

namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

Result<QList<Fix>> GpxParser::parse(QByteArrayView data, const QString &fileName, const QString &deviceId)
{
    QXmlStreamReader xml(data.toByteArray());
    QList<Fix> fixes;
    bool sawGpx = false;
    int depthInExtensions = 0;
    Fix current;
    qint64 pointLine = 0;
    bool inPoint = false;
    bool hasTime = false;

    auto error
        = [&](const QString &what) { return fail(FixImport::lineError(fileName, xml.lineNumber(), what)); };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return error(tr("the file declares a DTD, which a GPX file does not have"));
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!sawGpx) {
                if (name != QLatin1String("gpx"))
                    return error(tr("the root element is <%1>, not <gpx>").arg(name));
                sawGpx = true;
                continue;
            }
            if (name == QLatin1String("trkpt")) {
                if (inPoint)
                    return error(tr("a <trkpt> inside another <trkpt>"));
                inPoint = true;
                hasTime = false;
                pointLine = xml.lineNumber();
                current = Fix();
                current.deviceId = deviceId;
                const QXmlStreamAttributes attributes = xml.attributes();
                const std::optional<double> lat = number(attributes.value(QLatin1String("lat")).toString());
                const std::optional<double> lon = number(attributes.value(QLatin1String("lon")).toString());
                if (!lat || *lat < -90 || *lat > 90)
                    return error(tr("the trkpt has no valid lat attribute (−90…90)"));
                if (!lon || *lon < -180 || *lon > 180)
                    return error(tr("the trkpt has no valid lon attribute (−180…180)"));
                current.latitude = *lat;
                current.longitude = *lon;
                continue;
            }
            if (!inPoint)
                continue;
            if (name == QLatin1String("extensions")) {
                ++depthInExtensions;
                continue;
            }
            if (name == QLatin1String("time") && depthInExtensions == 0) {
                const QString text = xml.readElementText().trimmed();
                QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
                if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
                    return error(
                        tr("the time \"%1\" is not an ISO 8601 time with a zone (…Z)").arg(text.left(40)));
                current.fixTime = time.toUTC();
                hasTime = true;
                continue;
            }
            if (name == QLatin1String("ele") && depthInExtensions == 0) {
                if (!number(xml.readElementText()))
                    return error(tr("the elevation is not a number"));
                continue;
            }
            if (name == QLatin1String("hdop") && depthInExtensions == 0) {
                const std::optional<double> hdop = number(xml.readElementText());
                if (!hdop || *hdop <= 0)
                    return error(tr("the HDOP is not a positive number"));
                if (!current.hasAccuracy())
                    current.accuracyMetres = *hdop * Fix::HdopToMetres;
                continue;
            }
            if (depthInExtensions > 0) {
                if (name == QLatin1String("accuracy") || name == QLatin1String("hacc")) {
                    const std::optional<double> metres = number(xml.readElementText());
                    if (!metres || *metres < 0)
                        return error(tr("the accuracy is not a number of metres"));
                    current.accuracyMetres = *metres;
                } else if (name == QLatin1String("speed")) {
                    const std::optional<double> speed = number(xml.readElementText());
                    if (!speed || *speed < 0)
                        return error(tr("the speed is not a number of metres per second"));
                    current.speedMps = *speed;
                } else if (name == QLatin1String("battery")) {
                    const std::optional<double> battery = number(xml.readElementText());
                    if (!battery || *battery < 0 || *battery > 100)
                        return error(tr("the battery level is not a percentage"));
                    current.batteryPercent = int(std::lround(*battery));
                } else if (name == QLatin1String("strap")) {
                    const QString text = xml.readElementText().trimmed().toLower();
                    if (text == QLatin1String("closed"))
                        current.strap = StrapState::Closed;
                    else if (text == QLatin1String("open"))
                        current.strap = StrapState::Open;
                    else if (text != QLatin1String("unknown"))
                        return error(tr("the strap state is not closed, open or unknown"));
                } else if (name == QLatin1String("source")) {
                    const QString text = xml.readElementText().trimmed().toLower();
                    if (text == QLatin1String("gps"))
                        current.source = FixSource::Gps;
                    else if (text == QLatin1String("cell"))
                        current.source = FixSource::Cell;
                    else if (text == QLatin1String("wifi"))
                        current.source = FixSource::Wifi;
                    else
                        return error(tr("the source is not gps, cell or wifi"));
                }
            }
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("extensions") && depthInExtensions > 0) {
                --depthInExtensions;
            } else if (name == QLatin1String("trkpt") && inPoint) {
                inPoint = false;
                if (!hasTime)
                    return fail(FixImport::lineError(fileName, pointLine, tr("the trkpt has no <time>")));
                if (!fixes.isEmpty() && current.fixTime < fixes.last().fixTime)
                    return fail(FixImport::backwardsError(
                        fileName, pointLine, current.fixTime, fixes.last().fixTime));
                fixes.append(std::move(current));
            }
        }
    }
    if (xml.hasError())
        return error(tr("the XML is not well formed: %1").arg(xml.errorString()));
    if (!sawGpx)
        return fail(FixImport::lineError(fileName, 1, tr("the file has no <gpx> element")));
    return fixes;
}

} // namespace Nigran::Models
