#include "centre/vendorbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTimeZone>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

namespace Nigran::Sync {

using Models::Error;
using Models::ErrorCode;
using Models::FieldError;
using Models::Fix;
using Models::FixSource;
using Models::Result;
using Models::StrapState;

namespace {

constexpr qint64 FirstFixMs = 946684800000LL; // 2000-01-01T00:00:00Z

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : Days[month - 1];
}

/// Reads `count` decimal digits at `pos`; -1 when they are not all digits.
int digits(QByteArrayView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(byte));
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    char buffer[40];
    const auto done = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, done.ptr - buffer);
}

const char *sourceName(FixSource source)
{
    switch (source) {
    case FixSource::Cell:
        return "cell";
    case FixSource::Wifi:
        return "wifi";
    case FixSource::Gps:
        break;
    }
    return "gps";
}

const char *strapName(StrapState strap)
{
    switch (strap) {
    case StrapState::Closed:
        return "closed";
    case StrapState::Open:
        return "open";
    case StrapState::Unknown:
        break;
    }
    return "unknown";
}

bool validDeviceId(const QString &id)
{
    if (id.isEmpty() || id.size() > VendorBatch::MaxDeviceIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.'
            || u == '_' || u == '-' || u == ':';
        if (!ok)
            return false;
    }
    return true;
}

/// A member name the vendor sent, safe to repeat in one line: printable ASCII, at most 40 characters.
QString shown(const QString &name)
{
    QString out;
    for (const QChar c : name.left(40))
        out += c.unicode() >= 0x20 && c.unicode() < 0x7f ? c : QLatin1Char('?');
    return out.isEmpty() ? QStringLiteral("(empty)") : out;
}

/// The problem at `path` ("fixes[12].lat: must be between -90 and 90"), for the vendor and the form.
tl::unexpected<Error> problemAt(const QString &path, const QString &what)
{
    const QString message = VendorBatch::tr("%1: %2").arg(path, what);
    return tl::unexpected(Error { ErrorCode::InvalidInput, message, { FieldError { path, message } } });
}

/// The members of a fix, in the order they are checked.
enum Member
{
    Device,
    FixTime,
    DeviceTime,
    Lat,
    Lon,
    Accuracy,
    Speed,
    Source,
    Battery,
    Strap,
    MemberCount,
};

constexpr QLatin1String MemberNames[MemberCount] = { QLatin1String("device"), QLatin1String("fixTime"),
    QLatin1String("deviceTime"), QLatin1String("lat"), QLatin1String("lon"), QLatin1String("accuracy"),
    QLatin1String("speed"), QLatin1String("source"), QLatin1String("battery"), QLatin1String("strap") };

/// Parses one fix object; the error names `fixes[index].field`. One pass over the members (no lookups
/// by name), and the path is only formatted for an error.
Result<Fix> parseFix(const QJsonValue &value, qsizetype index, const QDateTime &now)
{
    const auto at = [index] { return QStringLiteral("fixes[%1]").arg(index); };
    const auto field = [&](Member member) { return at() + QLatin1Char('.') + MemberNames[member]; };
    if (!value.isObject())
        return problemAt(at(), VendorBatch::tr("must be an object"));
    const QJsonObject object = value.toObject();
    std::array<QJsonValue, MemberCount> values;
    values.fill(QJsonValue(QJsonValue::Undefined));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        int member = 0;
        while (member < MemberCount && key != MemberNames[member])
            ++member;
        if (member == MemberCount) {
            QStringList names;
            for (const QLatin1String name : MemberNames)
                names << name;
            return problemAt(at() + QLatin1Char('.') + shown(key),
                VendorBatch::tr("is not a field of a fix (fields: %1)")
                    .arg(names.join(QStringLiteral(", "))));
        }
        values[std::size_t(member)] = it.value();
    }
    const auto present = [&](Member member) {
        const QJsonValue &v = values[std::size_t(member)];
        return !v.isUndefined() && !v.isNull();
    };

    Fix fix;
    if (!values[Device].isString())
        return problemAt(field(Device), VendorBatch::tr("is required (a string)"));
    fix.deviceId = values[Device].toString();
    if (!validDeviceId(fix.deviceId))
        return problemAt(field(Device),
            VendorBatch::tr("must be 1 to %1 letters, digits, dots, dashes, underscores or colons")
                .arg(VendorBatch::MaxDeviceIdLength));

    const auto readTime = [&](Member member, bool required) -> Result<QDateTime> {
        if (!present(member)) {
            if (required)
                return problemAt(field(member), VendorBatch::tr("is required (an RFC 3339 time)"));
            return QDateTime();
        }
        const QJsonValue &v = values[std::size_t(member)];
        const QDateTime time = v.isString() ? VendorBatch::parseTime(v.toString().toLatin1()) : QDateTime();
        if (!time.isValid())
            return problemAt(
                field(member), VendorBatch::tr("must be an RFC 3339 time such as 2026-11-28T08:00:00Z"));
        return time;
    };
    auto fixTime = readTime(FixTime, true);
    if (!fixTime)
        return tl::unexpected(fixTime.error());
    if (fixTime->toMSecsSinceEpoch() < FirstFixMs)
        return problemAt(field(FixTime), VendorBatch::tr("must not be before 2000"));
    if (now.isValid() && fixTime->toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + VendorBatch::MaxFutureMs)
        return problemAt(field(FixTime),
            VendorBatch::tr("is more than %1 minutes after the centre's clock")
                .arg(VendorBatch::MaxFutureMs / 60000));
    fix.fixTime = *fixTime;
    auto deviceTime = readTime(DeviceTime, false);
    if (!deviceTime)
        return tl::unexpected(deviceTime.error());
    fix.deviceTime = *deviceTime;

    // Numbers: required ones must be there; optional ones may be absent or null (unknown).
    const auto readNumber = [&](Member member, double min, double max, bool required,
                                bool integer) -> Result<std::optional<double>> {
        if (!present(member)) {
            if (required)
                return problemAt(field(member), VendorBatch::tr("is required (a number)"));
            return std::optional<double>();
        }
        const QJsonValue &v = values[std::size_t(member)];
        if (!v.isDouble())
            return problemAt(field(member), VendorBatch::tr("must be a number"));
        const double number = v.toDouble();
        if (!std::isfinite(number) || number < min || number > max)
            return problemAt(field(member), VendorBatch::tr("must be between %1 and %2").arg(min).arg(max));
        if (integer && number != std::floor(number))
            return problemAt(field(member), VendorBatch::tr("must be a whole number"));
        return std::optional<double>(number);
    };
    auto lat = readNumber(Lat, -90, 90, true, false);
    if (!lat)
        return tl::unexpected(lat.error());
    fix.latitude = **lat;
    auto lon = readNumber(Lon, -180, 180, true, false);
    if (!lon)
        return tl::unexpected(lon.error());
    fix.longitude = **lon;
    auto accuracy = readNumber(Accuracy, 0, VendorBatch::MaxAccuracyMetres, false, false);
    if (!accuracy)
        return tl::unexpected(accuracy.error());
    fix.accuracyMetres = accuracy->value_or(-1.0);
    auto speed = readNumber(Speed, 0, VendorBatch::MaxSpeedMps, false, false);
    if (!speed)
        return tl::unexpected(speed.error());
    fix.speedMps = speed->value_or(-1.0);
    auto battery = readNumber(Battery, 0, 100, false, true);
    if (!battery)
        return tl::unexpected(battery.error());
    fix.batteryPercent = battery->has_value() ? int(**battery) : -1;

    if (present(Source)) {
        const QString source = values[Source].toString();
        if (source == QLatin1String("gps"))
            fix.source = FixSource::Gps;
        else if (source == QLatin1String("cell"))
            fix.source = FixSource::Cell;
        else if (source == QLatin1String("wifi"))
            fix.source = FixSource::Wifi;
        else
            return problemAt(field(Source), VendorBatch::tr("must be \"gps\", \"cell\" or \"wifi\""));
    }
    if (present(Strap)) {
        const QString strap = values[Strap].toString();
        if (strap == QLatin1String("closed"))
            fix.strap = StrapState::Closed;
        else if (strap == QLatin1String("open"))
            fix.strap = StrapState::Open;
        else if (strap == QLatin1String("unknown"))
            fix.strap = StrapState::Unknown;
        else
            return problemAt(field(Strap), VendorBatch::tr("must be \"closed\", \"open\" or \"unknown\""));
    }
    return fix;
}

} // namespace

QDateTime VendorBatch::parseTime(QByteArrayView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)
    if (text.size() < 20 || text.size() > 40)
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
        return {};
    if (day > daysInMonth(year, month))
        return {};
    qsizetype pos = 19;
    int millis = 0;
    if (text[pos] == '.') {
        ++pos;
        const qsizetype first = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (pos - first < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++pos;
        }
        const qsizetype count = pos - first;
        if (count == 0 || count > 9)
            return {};
        for (qsizetype i = count; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= text.size())
        return {};
    qint64 offsetMinutes = 0;
    const char zone = text[pos];
    if (zone == 'Z' || zone == 'z') {
        ++pos;
    } else if (zone == '+' || zone == '-') {
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMins = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59 || text[pos + 3] != ':')
            return {};
        offsetMinutes = (zone == '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};
    const qint64 seconds
        = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    // Qt::UTC rather than QTimeZone::utc(): the same instant, without the time-zone backend per fix.
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millis, Qt::UTC);
}

QByteArray VendorBatch::formatTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate).toLatin1();
}

Result<QList<Fix>> VendorBatch::parse(const QByteArray &body, const QDateTime &now)
{
    const QString batch = QStringLiteral("batch");
    if (body.size() > MaxBytes)
        return problemAt(batch,
            tr("is larger than %1 MiB; post at most %2 fixes at a time")
                .arg(MaxBytes / (1024 * 1024))
                .arg(MaxFixes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problemAt(batch,
            tr("is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return problemAt(batch, tr("must be a JSON object with a \"fixes\" array"));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("fixes"))
            return problemAt(QStringLiteral("batch"),
                tr("\"%1\" is not a field of a batch (only \"fixes\")").arg(shown(it.key())));
    }
    const QJsonValue fixesValue = object.value(QLatin1String("fixes"));
    if (!fixesValue.isArray())
        return problemAt(QStringLiteral("fixes"), tr("is required (an array of fixes)"));
    const QJsonArray array = fixesValue.toArray();
    if (array.isEmpty() || array.size() > MaxFixes)
        return problemAt(QStringLiteral("fixes"),
            tr("must hold 1 to %1 fixes (it holds %2)").arg(MaxFixes).arg(array.size()));
    QList<Fix> fixes;
    fixes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto fix = parseFix(array.at(i), i, now);
        if (!fix)
            return tl::unexpected(fix.error());
        fixes.append(std::move(*fix));
    }
    return fixes;
}

QByteArray VendorBatch::encode(const QList<Fix> &fixes)
{
    QByteArray out;
    out.reserve(fixes.size() * 220 + 16);
    out += "{\"fixes\":[";
    bool first = true;
    for (const Fix &fix : fixes) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"device\":";
        appendJsonString(out, fix.deviceId);
        out += ",\"fixTime\":\"" + formatTime(fix.fixTime) + '"';
        if (fix.deviceTime.isValid())
            out += ",\"deviceTime\":\"" + formatTime(fix.deviceTime) + '"';
        out += ",\"lat\":";
        appendNumber(out, fix.latitude);
        out += ",\"lon\":";
        appendNumber(out, fix.longitude);
        if (fix.hasAccuracy()) {
            out += ",\"accuracy\":";
            appendNumber(out, fix.accuracyMetres);
        }
        if (fix.hasSpeed()) {
            out += ",\"speed\":";
            appendNumber(out, fix.speedMps);
        }
        out += ",\"source\":\"";
        out += sourceName(fix.source);
        out += '"';
        if (fix.hasBattery())
            out += ",\"battery\":" + QByteArray::number(fix.batteryPercent);
        out += ",\"strap\":\"";
        out += strapName(fix.strap);
        out += "\"}";
    }
    out += "]}";
    return out;
}

QByteArray VendorBatch::encodeReceipt(const Receipt &receipt)
{
    return "{\"accepted\":" + QByteArray::number(receipt.accepted)
        + ",\"duplicates\":" + QByteArray::number(receipt.duplicates) + ",\"receivedAt\":\""
        + formatTime(receipt.receivedAt) + "\"}";
}

Result<VendorBatch::Receipt> VendorBatch::decodeReceipt(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject object = document.object();
    Receipt receipt;
    receipt.accepted = object.value(QLatin1String("accepted")).toInteger(-1);
    receipt.duplicates = object.value(QLatin1String("duplicates")).toInteger(-1);
    receipt.receivedAt = parseTime(object.value(QLatin1String("receivedAt")).toString().toLatin1());
    if (!document.isObject() || receipt.accepted < 0 || receipt.duplicates < 0
        || !receipt.receivedAt.isValid())
        return Models::fail(
            ErrorCode::Corrupt, tr("The centre's answer to a batch of fixes is not a receipt."));
    return receipt;
}

} // namespace Nigran::Sync
