#include "monitoring/csvfixparser.h"

#include "monitoring/fiximport.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace Nigran::Models {

namespace {

enum Column
{
    FixTime,
    Lat,
    Lon,
    DeviceId,
    DeviceTime,
    ReceivedTime,
    Accuracy,
    Hdop,
    SpeedMps,
    SpeedKmh,
    Source,
    Battery,
    Strap,
    ColumnCount
};

const QHash<QString, Column> &columnNames()
{
    static const QHash<QString, Column> names {
        { QStringLiteral("fix_time"), FixTime },
        { QStringLiteral("time"), FixTime },
        { QStringLiteral("lat"), Lat },
        { QStringLiteral("latitude"), Lat },
        { QStringLiteral("lon"), Lon },
        { QStringLiteral("lng"), Lon },
        { QStringLiteral("longitude"), Lon },
        { QStringLiteral("device_id"), DeviceId },
        { QStringLiteral("device"), DeviceId },
        { QStringLiteral("device_time"), DeviceTime },
        { QStringLiteral("received_time"), ReceivedTime },
        { QStringLiteral("accuracy_m"), Accuracy },
        { QStringLiteral("accuracy"), Accuracy },
        { QStringLiteral("hdop"), Hdop },
        { QStringLiteral("speed_mps"), SpeedMps },
        { QStringLiteral("speed"), SpeedMps },
        { QStringLiteral("speed_kmh"), SpeedKmh },
        { QStringLiteral("source"), Source },
        { QStringLiteral("provider"), Source },
        { QStringLiteral("battery"), Battery },
        { QStringLiteral("battery_percent"), Battery },
        { QStringLiteral("strap"), Strap },
    };
    return names;
}

/// Splits CSV records; tracks the line each record starts on.
class Records
{
public:
    explicit Records(QByteArrayView data)
        : m_data(data)
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
    }

    bool atEnd() const { return m_position >= m_data.size(); }
    qint64 line() const { return m_line; }
    qint64 recordLine() const { return m_recordLine; }

    /// Next record; false with `problem` set on an unterminated quote or a stray quote.
    bool next(QList<QString> &fields, bool &problem)
    {
        fields.clear();
        problem = false;
        m_recordLine = m_line;
        QByteArray field;
        bool quoted = false;
        bool wasQuoted = false;
        while (m_position < m_data.size()) {
            const char c = m_data[m_position++];
            if (quoted) {
                if (c == '"') {
                    if (m_position < m_data.size() && m_data[m_position] == '"') {
                        field.append('"');
                        ++m_position;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == '"') {
                if (!field.isEmpty() || wasQuoted) {
                    problem = true;
                    return false;
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.append(QString::fromUtf8(field));
                field.clear();
                wasQuoted = false;
            } else if (c == '\n') {
                ++m_line;
                if (!field.isEmpty() && field.back() == '\r')
                    field.chop(1);
                fields.append(QString::fromUtf8(field));
                return true;
            } else if (wasQuoted && c != '\r') {
                problem = true; // text after a closing quote
                return false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            problem = true;
            return false;
        }
        if (!field.isEmpty() && field.back() == '\r')
            field.chop(1);
        fields.append(QString::fromUtf8(field));
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QDateTime> time(const QString &text)
{
    const QDateTime value = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!value.isValid() || value.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return value.toUTC();
}

bool isBlank(const QList<QString> &fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

Result<QList<Fix>> CsvFixParser::parse(QByteArrayView data, const QString &fileName, const QString &deviceId)
{
    Records records(data);
    QList<QString> fields;
    bool problem = false;
    auto error = [&](const QString &what) {
        return fail(FixImport::lineError(fileName, records.recordLine(), what));
    };
    if (data.indexOf('\0') >= 0) {
        const qsizetype at = data.indexOf('\0');
        return fail(FixImport::lineError(
            fileName, data.first(at).count('\n') + 1, tr("the file contains binary data, not text")));
    }

    // Header.
    std::array<int, ColumnCount> index;
    index.fill(-1);
    do {
        if (records.atEnd())
            return fail(FixImport::lineError(
                fileName, 1, tr("the file is empty; the first row must name the columns")));
        if (!records.next(fields, problem))
            return error(tr("a quote is not closed or is followed by text"));
    } while (isBlank(fields));
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields[i].trimmed().toLower();
        const auto it = columnNames().constFind(name);
        if (it == columnNames().cend())
            continue;
        if (index[*it] >= 0)
            return error(tr("the column \"%1\" appears twice").arg(name.left(40)));
        index[*it] = i;
    }
    for (Column required : { FixTime, Lat, Lon }) {
        if (index[required] < 0)
            return error(
                tr("the first row must name the columns fix_time, lat and lon (see the import help)"));
    }

    QList<Fix> fixes;
    while (!records.atEnd()) {
        if (!records.next(fields, problem))
            return error(tr("a quote is not closed or is followed by text"));
        if (isBlank(fields))
            continue;
        auto field = [&](Column column) -> QString {
            const int i = index[column];
            return i >= 0 && i < fields.size() ? fields[i].trimmed() : QString();
        };
        if (fields.size() < index[FixTime] + 1 || fields.size() < index[Lat] + 1
            || fields.size() < index[Lon] + 1)
            return error(tr("the row has %1 fields, fewer than the header names (truncated line?)")
                             .arg(fields.size()));
        Fix fix;
        fix.deviceId = field(DeviceId).isEmpty() ? deviceId : field(DeviceId);
        const std::optional<QDateTime> fixTime = time(field(FixTime));
        if (!fixTime)
            return error(tr("fix_time \"%1\" is not an ISO 8601 time with a zone (…Z or +05:00)")
                             .arg(field(FixTime).left(40)));
        fix.fixTime = *fixTime;
        const std::optional<double> lat = number(field(Lat));
        if (!lat || *lat < -90 || *lat > 90)
            return error(tr("lat \"%1\" is not a latitude (−90…90)").arg(field(Lat).left(40)));
        const std::optional<double> lon = number(field(Lon));
        if (!lon || *lon < -180 || *lon > 180)
            return error(tr("lon \"%1\" is not a longitude (−180…180)").arg(field(Lon).left(40)));
        fix.latitude = *lat;
        fix.longitude = *lon;
        for (Column column : { DeviceTime, ReceivedTime }) {
            if (field(column).isEmpty())
                continue;
            const std::optional<QDateTime> value = time(field(column));
            if (!value)
                return error(tr("\"%1\" is not an ISO 8601 time with a zone").arg(field(column).left(40)));
            (column == DeviceTime ? fix.deviceTime : fix.receivedTime) = *value;
        }
        auto nonNegative = [&](Column column, double &out, double scale) -> bool {
            if (field(column).isEmpty())
                return true;
            const std::optional<double> value = number(field(column));
            if (!value || *value < 0)
                return false;
            out = *value * scale;
            return true;
        };
        if (!nonNegative(Accuracy, fix.accuracyMetres, 1.0))
            return error(tr("accuracy \"%1\" is not a number of metres").arg(field(Accuracy).left(40)));
        if (!fix.hasAccuracy()) {
            double hdop = -1;
            if (!nonNegative(Hdop, hdop, Fix::HdopToMetres))
                return error(tr("hdop \"%1\" is not a number").arg(field(Hdop).left(40)));
            fix.accuracyMetres = hdop;
        }
        if (!nonNegative(SpeedMps, fix.speedMps, 1.0))
            return error(
                tr("speed \"%1\" is not a number of metres per second").arg(field(SpeedMps).left(40)));
        if (!fix.hasSpeed() && !nonNegative(SpeedKmh, fix.speedMps, 1.0 / 3.6))
            return error(tr("speed_kmh \"%1\" is not a number").arg(field(SpeedKmh).left(40)));
        if (const QString source = field(Source).toLower(); !source.isEmpty()) {
            if (source == QLatin1String("gps") || source == QLatin1String("gnss"))
                fix.source = FixSource::Gps;
            else if (source == QLatin1String("cell") || source == QLatin1String("network"))
                fix.source = FixSource::Cell;
            else if (source == QLatin1String("wifi") || source == QLatin1String("wi-fi"))
                fix.source = FixSource::Wifi;
            else
                return error(tr("source \"%1\" is not gps, cell or wifi").arg(source.left(40)));
        }
        if (!field(Battery).isEmpty()) {
            const std::optional<double> battery = number(field(Battery));
            if (!battery || *battery < 0 || *battery > 100)
                return error(tr("battery \"%1\" is not a percentage (0–100)").arg(field(Battery).left(40)));
            fix.batteryPercent = int(std::lround(*battery));
        }
        if (const QString strap = field(Strap).toLower(); !strap.isEmpty()) {
            if (strap == QLatin1String("closed"))
                fix.strap = StrapState::Closed;
            else if (strap == QLatin1String("open"))
                fix.strap = StrapState::Open;
            else if (strap != QLatin1String("unknown"))
                return error(tr("strap \"%1\" is not closed, open or unknown").arg(strap.left(40)));
        }
        if (!fixes.isEmpty() && fix.fixTime < fixes.last().fixTime)
            return fail(
                FixImport::backwardsError(fileName, records.recordLine(), fix.fixTime, fixes.last().fixTime));
        fixes.append(std::move(fix));
    }
    return fixes;
}

} // namespace Nigran::Models
