#include "monitoring/nmeaparser.h"

#include "monitoring/fiximport.h"

#include <QDate>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <optional>

namespace Nigran::Models {

namespace {

constexpr int MsPerDay = 24 * 3600 * 1000;
constexpr double KnotsToMps = 1852.0 / 3600.0;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::optional<double> toDouble(QByteArrayView field)
{
    if (field.isEmpty())
        return std::nullopt;
    double value = 0;
    const char *end = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(field.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool allDigits(QByteArrayView field)
{
    for (char c : field)
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// hhmmss or hhmmss.sss → milliseconds of the day.
std::optional<int> toTimeOfDay(QByteArrayView field)
{
    if (field.size() < 6 || !allDigits(field.first(6)))
        return std::nullopt;
    const int h = (field[0] - '0') * 10 + (field[1] - '0');
    const int m = (field[2] - '0') * 10 + (field[3] - '0');
    const int s = (field[4] - '0') * 10 + (field[5] - '0');
    if (h > 23 || m > 59 || s > 60) // 60: leap second
        return std::nullopt;
    int ms = 0;
    if (field.size() > 6) {
        if (field[6] != '.' || field.size() == 7 || !allDigits(field.sliced(7)))
            return std::nullopt;
        const QByteArrayView fraction = field.sliced(7).first(qMin<qsizetype>(field.size() - 7, 3));
        int scale = 100;
        for (char c : fraction) {
            ms += (c - '0') * scale;
            scale /= 10;
        }
    }
    return ((h * 60 + m) * 60 + qMin(s, 59)) * 1000 + ms;
}

/// ddmmyy → date; years 80–99 are 1980–1999 (GPS epoch), the rest 2000–2079.
std::optional<QDate> toDate(QByteArrayView field)
{
    if (field.size() != 6 || !allDigits(field))
        return std::nullopt;
    const int d = (field[0] - '0') * 10 + (field[1] - '0');
    const int m = (field[2] - '0') * 10 + (field[3] - '0');
    const int y = (field[4] - '0') * 10 + (field[5] - '0');
    const QDate date(y >= 80 ? 1900 + y : 2000 + y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

/// ddmm.mmmm / dddmm.mmmm with N/S/E/W → signed degrees.
std::optional<double> toDegrees(QByteArrayView value, QByteArrayView hemisphere, bool latitude)
{
    const std::optional<double> raw = toDouble(value);
    if (!raw || *raw < 0 || hemisphere.size() != 1)
        return std::nullopt;
    const double degrees = std::floor(*raw / 100.0);
    const double minutes = *raw - degrees * 100.0;
    if (minutes >= 60.0)
        return std::nullopt;
    double result = degrees + minutes / 60.0;
    const char h = hemisphere[0];
    if (latitude ? (h != 'N' && h != 'S') : (h != 'E' && h != 'W'))
        return std::nullopt;
    if (result > (latitude ? 90.0 : 180.0))
        return std::nullopt;
    if (h == 'S' || h == 'W')
        result = -result;
    return result;
}

QDateTime utc(const QDate &date, int msOfDay)
{
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(msOfDay), Qt::UTC);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::NmeaParser)

public:
    Reader(const QString &fileName, const QString &deviceId)
        : m_fileName(fileName)
        , m_deviceId(deviceId)
    { }

    Result<void> line(QByteArrayView text, qint64 number);
    Result<QList<Fix>> finish();

private:
    struct Pending
    {
        Fix fix;
        int msOfDay;
        qint64 line;
    };

    Error error(qint64 line, const QString &what) const
    {
        return FixImport::lineError(m_fileName, line, what);
    }
    Result<void> rmc(const QList<QByteArrayView> &fields, qint64 number);
    Result<void> gga(const QList<QByteArrayView> &fields, qint64 number);
    Result<void> add(Fix fix, qint64 number);
    Result<void> setDate(const QDate &date, int msOfDay);
    Result<Fix> position(
        QByteArrayView lat, QByteArrayView ns, QByteArrayView lon, QByteArrayView ew, qint64 number);

    QString m_fileName;
    QString m_deviceId;
    QList<Fix> m_fixes;
    QList<Pending> m_pending; ///< GGA fixes before the first dated RMC
    QDate m_date; ///< date of the last RMC, rolled over by GGA times
    int m_lastMsOfDay = -1;
};

Result<void> Reader::line(QByteArrayView text, qint64 number)
{
    while (!text.isEmpty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    if (text.isEmpty())
        return {};
    if (text.size() > NmeaParser::MaxLineLength)
        return fail(error(
            number, tr("the line is %1 characters long; an NMEA sentence has at most 82").arg(text.size())));
    for (char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return fail(error(number, tr("the line contains binary data, not an NMEA sentence")));
    if (text.front() != '$')
        return fail(error(number, tr("the line does not start with '$', so it is not an NMEA sentence")));
    const qsizetype star = text.lastIndexOf('*');
    if (star < 0 || text.size() != star + 3)
        return fail(error(number, tr("the sentence has no *hh checksum at its end (truncated line?)")));
    const int high = hexDigit(text[star + 1]);
    const int low = hexDigit(text[star + 2]);
    if (high < 0 || low < 0)
        return fail(error(number, tr("the checksum is not two hexadecimal digits")));
    unsigned char sum = 0;
    for (char c : text.sliced(1, star - 1))
        sum ^= static_cast<unsigned char>(c);
    const int expected = high * 16 + low;
    if (sum != expected)
        return fail(error(number,
            tr("the checksum is %1 but the sentence adds up to %2 (damaged line)")
                .arg(QString::number(expected, 16).toUpper().rightJustified(2, QLatin1Char('0')),
                    QString::number(sum, 16).toUpper().rightJustified(2, QLatin1Char('0')))));
    QList<QByteArrayView> fields;
    const QByteArrayView body = text.sliced(1, star - 1);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i == body.size() || body[i] == ',') {
            fields.append(body.sliced(start, i - start));
            start = i + 1;
        }
    }
    const QByteArrayView address = fields.front();
    if (address.startsWith("P"))
        return {}; // proprietary ($PUBX, $PMTK, $PSRF …)
    if (address.size() != 5)
        return fail(
            error(number, tr("\"%1\" is not an NMEA sentence name").arg(QString::fromLatin1(address))));
    const QByteArrayView type = address.sliced(2);
    if (type == "RMC")
        return rmc(fields, number);
    if (type == "GGA")
        return gga(fields, number);
    return {};
}

Result<Fix> Reader::position(
    QByteArrayView lat, QByteArrayView ns, QByteArrayView lon, QByteArrayView ew, qint64 number)
{
    const std::optional<double> latitude = toDegrees(lat, ns, true);
    if (!latitude)
        return fail(error(number,
            tr("the latitude \"%1,%2\" is not a valid ddmm.mmmm,N/S value")
                .arg(QString::fromLatin1(lat), QString::fromLatin1(ns))));
    const std::optional<double> longitude = toDegrees(lon, ew, false);
    if (!longitude)
        return fail(error(number,
            tr("the longitude \"%1,%2\" is not a valid dddmm.mmmm,E/W value")
                .arg(QString::fromLatin1(lon), QString::fromLatin1(ew))));
    Fix fix;
    fix.deviceId = m_deviceId;
    fix.latitude = *latitude;
    fix.longitude = *longitude;
    fix.source = FixSource::Gps;
    return fix;
}

Result<void> Reader::rmc(const QList<QByteArrayView> &f, qint64 number)
{
    if (f.size() < 10)
        return fail(
            error(number, tr("an RMC sentence needs at least 9 fields; this one has %1").arg(f.size() - 1)));
    const QByteArrayView status = f[2];
    if (status != "A" && status != "V")
        return fail(error(number, tr("the RMC status must be A or V")));
    const std::optional<int> time = toTimeOfDay(f[1]);
    const std::optional<QDate> date = toDate(f[9]);
    if (!f[1].isEmpty() && !time)
        return fail(error(number, tr("the time \"%1\" is not hhmmss.ss").arg(QString::fromLatin1(f[1]))));
    if (!f[9].isEmpty() && !date)
        return fail(
            error(number, tr("the date \"%1\" is not a valid ddmmyy date").arg(QString::fromLatin1(f[9]))));
    const bool modeInvalid = f.size() > 12 && f[12] == "N";
    if (status == "V" || modeInvalid) {
        if (time && date) // no position, but the receiver knows the date and time
            return setDate(*date, *time);
        return {};
    }
    if (!time || !date)
        return fail(error(number, tr("a valid RMC fix must have a time and a date")));
    Result<Fix> fix = position(f[3], f[4], f[5], f[6], number);
    if (!fix)
        return fail(fix.error());
    if (!f[7].isEmpty()) {
        const std::optional<double> knots = toDouble(f[7]);
        if (!knots || *knots < 0)
            return fail(error(
                number, tr("the speed \"%1\" is not a number of knots").arg(QString::fromLatin1(f[7]))));
        fix->speedMps = *knots * KnotsToMps;
    }
    NIGRAN_TRY(setDate(*date, *time));
    fix->fixTime = utc(*date, *time);
    return add(std::move(*fix), number);
}

Result<void> Reader::setDate(const QDate &date, int msOfDay)
{
    // GGA sentences before the first dated RMC: date them from it (a later time of day is the day before).
    for (Pending &pending : m_pending) {
        const QDate day = pending.msOfDay <= msOfDay ? date : date.addDays(-1);
        pending.fix.fixTime = utc(day, pending.msOfDay);
        NIGRAN_TRY(add(std::move(pending.fix), pending.line));
    }
    m_pending.clear();
    m_date = date;
    m_lastMsOfDay = msOfDay;
    return {};
}

Result<void> Reader::gga(const QList<QByteArrayView> &f, qint64 number)
{
    if (f.size() < 10)
        return fail(
            error(number, tr("a GGA sentence needs at least 9 fields; this one has %1").arg(f.size() - 1)));
    if (f[6].isEmpty() || f[6] == "0")
        return {}; // no fix
    if (f[6].size() != 1 || f[6][0] < '1' || f[6][0] > '8')
        return fail(
            error(number, tr("the GGA fix quality \"%1\" is not 0–8").arg(QString::fromLatin1(f[6]))));
    const std::optional<int> time = toTimeOfDay(f[1]);
    if (!time)
        return fail(error(number, tr("the time \"%1\" is not hhmmss.ss").arg(QString::fromLatin1(f[1]))));
    Result<Fix> fix = position(f[2], f[3], f[4], f[5], number);
    if (!fix)
        return fail(fix.error());
    if (!f[8].isEmpty()) {
        const std::optional<double> hdop = toDouble(f[8]);
        if (!hdop || *hdop <= 0)
            return fail(
                error(number, tr("the HDOP \"%1\" is not a positive number").arg(QString::fromLatin1(f[8]))));
        fix->accuracyMetres = *hdop * Fix::HdopToMetres;
    }
    if (!m_date.isValid()) {
        m_pending.append(Pending { std::move(*fix), *time, number });
        return {};
    }
    // A GGA-only run: the day rolls over when the time of day jumps back by more than half a day.
    if (*time < m_lastMsOfDay && m_lastMsOfDay - *time > MsPerDay / 2)
        m_date = m_date.addDays(1);
    m_lastMsOfDay = *time;
    fix->fixTime = utc(m_date, *time);
    return add(std::move(*fix), number);
}

Result<void> Reader::add(Fix fix, qint64 number)
{
    if (!m_fixes.isEmpty()) {
        Fix &last = m_fixes.last();
        if (fix.fixTime == last.fixTime) { // RMC + GGA (or GP + GN) of one epoch
            if (!last.hasAccuracy())
                last.accuracyMetres = fix.accuracyMetres;
            if (!last.hasSpeed())
                last.speedMps = fix.speedMps;
            return {};
        }
        if (fix.fixTime < last.fixTime)
            return fail(FixImport::backwardsError(m_fileName, number, fix.fixTime, last.fixTime));
    }
    m_fixes.append(std::move(fix));
    return {};
}

Result<QList<Fix>> Reader::finish()
{
    if (!m_pending.isEmpty())
        return fail(error(m_pending.front().line,
            tr("GGA sentences carry no date and the file has no valid RMC sentence to take it from")));
    return std::move(m_fixes);
}

} // namespace

Result<QList<Fix>> NmeaParser::parse(QByteArrayView data, const QString &fileName, const QString &deviceId)
{
    Reader reader(fileName, deviceId);
    qint64 number = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++number;
        NIGRAN_TRY(reader.line(data.sliced(start, end - start), number));
        start = end + 1;
    }
    return reader.finish();
}

} // namespace Nigran::Models
