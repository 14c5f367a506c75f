#include "server/tagsimulator.h"

#include "centre/vendorbatch.h"
#include "monitoring/synthetictrack.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <vector>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Fix;
using Models::Result;

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr qint64 PktOffsetMs = 5 * 3600 * 1000;
constexpr int TickMs = 100;
constexpr int Attempts = 4;

/// One device's track and the fixes of its current PKT day not handed out yet.
struct Device
{
    explicit Device(Models::SyntheticTrack t)
        : track(std::move(t))
    { }

    Models::SyntheticTrack track;
    qint64 dayStartMs = std::numeric_limits<qint64>::min();
    QList<Fix> day;
    qsizetype next = 0;

    /// Appends the fixes with from ≤ fixTime < to.
    void take(qint64 fromMs, qint64 toMs, std::vector<Fix> &out)
    {
        while (true) {
            if (next >= day.size()) {
                // Next PKT day (or the one holding `fromMs` on the first call).
                const qint64 start = dayStartMs == std::numeric_limits<qint64>::min()
                    ? ((fromMs + PktOffsetMs) / DayMs) * DayMs - PktOffsetMs
                    : dayStartMs + DayMs;
                if (start >= toMs)
                    return;
                dayStartMs = start;
                day = track.fixes(QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(start + DayMs, QTimeZone::utc()));
                next = 0;
                continue;
            }
            const Fix &fix = day.at(next);
            const qint64 ms = fix.fixTime.toMSecsSinceEpoch();
            if (ms >= toMs)
                return;
            if (ms >= fromMs)
                out.push_back(fix);
            ++next;
        }
    }
};

struct Posted
{
    VendorBatch::Receipt receipt;
    bool transient = false; ///< worth another attempt
};

class Poster
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::TagSimulator)

public:
    explicit Poster(QUrl url)
        : m_url(std::move(url))
    {
        m_url.setPath(QStringLiteral("/v1/ingest"));
    }

    Result<> configure(const QByteArray &pkcs12, const QString &password)
    {
        QBuffer buffer;
        buffer.setData(pkcs12);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> authorities;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &authorities, password.toUtf8())
            || certificate.isNull() || key.isNull())
            return fail(ErrorCode::WrongKey,
                tr("The vendor bundle could not be read: wrong password, or not a PKCS#12 bundle."));
        if (authorities.isEmpty())
            return fail(
                ErrorCode::InvalidInput, tr("The vendor bundle holds no CA certificate of the centre."));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setProtocol(QSsl::TlsV1_3OrLater);
        m_tls.setCaCertificates(authorities); // only the centre's CA, never the system store
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_tls.setLocalCertificate(certificate);
        m_tls.setPrivateKey(key);
        return {};
    }

    Result<Posted> post(const QByteArray &body)
    {
        QNetworkRequest request(m_url);
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = m_manager.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QString networkError = reply->errorString();
        const bool transportFailed = status == 0;
        reply->deleteLater();
        Posted posted;
        if (transportFailed) {
            posted.transient = true;
            m_lastProblem
                = tr("The centre at %1 could not be reached: %2").arg(m_url.toString(), networkError);
            return posted;
        }
        if (status >= 500) {
            posted.transient = true;
            m_lastProblem
                = tr("The centre answered %1: %2").arg(status).arg(QString::fromUtf8(answer).trimmed());
            return posted;
        }
        if (status != 200)
            return fail(status == 403 ? ErrorCode::PermissionDenied : ErrorCode::InvalidInput,
                tr("The centre refused a batch (HTTP %1): %2")
                    .arg(status)
                    .arg(QString::fromUtf8(answer).trimmed()));
        auto receipt = VendorBatch::decodeReceipt(answer);
        if (!receipt)
            return tl::unexpected(receipt.error());
        posted.receipt = *receipt;
        return posted;
    }

    QString lastProblem() const { return m_lastProblem; }

private:
    QUrl m_url;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_manager;
    QString m_lastProblem;
};

} // namespace

Result<QStringList> TagSimulator::parseDevices(const QString &spec)
{
    static const QRegularExpression range(QStringLiteral("^(.*?)(\\d+)\\.\\.(.*?)(\\d+)$"));
    QStringList devices;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        const QRegularExpressionMatch match = range.match(item);
        if (!match.hasMatch()) {
            devices << item;
            continue;
        }
        const QString prefix = match.captured(1);
        const QString firstDigits = match.captured(2);
        const QString lastDigits = match.captured(4);
        if (match.captured(3) != prefix || firstDigits.size() != lastDigits.size())
            return fail(ErrorCode::InvalidInput,
                tr("A device range needs the same prefix and number width at both ends, e.g. "
                   "DEMO-TAG-00000..DEMO-TAG-00049 (got %1).")
                    .arg(item));
        const qint64 first = firstDigits.toLongLong();
        const qint64 last = lastDigits.toLongLong();
        if (last < first || last - first >= MaxDevices)
            return fail(ErrorCode::InvalidInput,
                tr("A device range must count up, at most %1 devices (got %2).").arg(MaxDevices).arg(item));
        for (qint64 n = first; n <= last; ++n)
            devices << prefix + QStringLiteral("%1").arg(n, firstDigits.size(), 10, QLatin1Char('0'));
    }
    if (devices.isEmpty() || devices.size() > MaxDevices)
        return fail(ErrorCode::InvalidInput, tr("Give 1 to %1 devices.").arg(MaxDevices));
    for (const QString &device : std::as_const(devices)) {
        // The same rule as the ingest endpoint's.
        Fix probe;
        probe.deviceId = device;
        probe.fixTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        if (!VendorBatch::parse(VendorBatch::encode({ probe }), QDateTime()))
            return fail(ErrorCode::InvalidInput,
                tr("%1 is not a device id the centre accepts (1 to %2 letters, digits, dots, dashes, "
                   "underscores or colons).")
                    .arg(device.left(80))
                    .arg(VendorBatch::MaxDeviceIdLength));
    }
    return devices;
}

QStringList TagSimulator::numberedDevices(const QString &prefix, int count)
{
    QStringList devices;
    const int width = std::max(5, int(QString::number(std::max(0, count - 1)).size()));
    for (int n = 0; n < count; ++n)
        devices << prefix + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
    return devices;
}

TagSimulator::TagSimulator(Settings settings)
    : m_settings(std::move(settings))
{ }

Result<TagSimulator::Progress> TagSimulator::run(const std::function<void(const Progress &)> &report)
{
    const Settings &s = m_settings;
    if (s.devices.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No devices to simulate."));
    if (!(s.rate > 0) || !(s.speedup > 0) || s.maxBatch < 1 || s.maxBatch > VendorBatch::MaxFixes)
        return fail(ErrorCode::InvalidInput, tr("The rate and the speed-up must be above zero."));
    Poster poster(s.url);
    NIGRAN_TRY(poster.configure(s.pkcs12, s.password));

    std::vector<Device> devices;
    devices.reserve(std::size_t(s.devices.size()));
    Models::SyntheticTrack::Settings trackSettings;
    trackSettings.cityIndex = s.cityIndex;
    for (const QString &id : s.devices)
        devices.emplace_back(Models::SyntheticTrack(id, s.seed, trackSettings));

    const qint64 startMs
        = (s.start.isValid() ? s.start : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const qint64 endMs = s.end.isValid() ? s.end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    qint64 simulatedMs = startMs;
    std::deque<Fix> backlog;
    std::vector<Fix> fresh;
    Progress progress;
    progress.simulatedTime = QDateTime::fromMSecsSinceEpoch(simulatedMs, QTimeZone::utc());
    double tokens = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTickMs = 0;
    qint64 lastReportMs = 0;

    for (;;) {
        const qint64 elapsedMs = clock.elapsed();
        progress.elapsedSeconds = elapsedMs / 1000.0;
        // Advance the simulated clock (never past the real one, nor the end) and collect new fixes.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 target
            = std::min({ startMs + qint64(std::llround(double(elapsedMs) * s.speedup)), nowMs, endMs });
        if (target > simulatedMs) {
            fresh.clear();
            for (Device &device : devices)
                device.take(simulatedMs, target, fresh);
            std::sort(
                fresh.begin(), fresh.end(), [](const Fix &a, const Fix &b) { return a.fixTime < b.fixTime; });
            backlog.insert(backlog.end(), fresh.begin(), fresh.end());
            progress.generated += qint64(fresh.size());
            simulatedMs = target;
            progress.simulatedTime = QDateTime::fromMSecsSinceEpoch(simulatedMs, QTimeZone::utc());
        }
        // At most `rate` fixes a second, with a burst of one second's worth.
        tokens = std::min(tokens + s.rate * double(elapsedMs - lastTickMs) / 1000.0, std::max(1.0, s.rate));
        lastTickMs = elapsedMs;
        while (!backlog.empty() && tokens >= 1) {
            const qsizetype n = qsizetype(
                std::min<double>({ double(backlog.size()), std::floor(tokens), double(s.maxBatch) }));
            const QList<Fix> batch(backlog.begin(), backlog.begin() + n);
            const QByteArray body = VendorBatch::encode(batch);
            Posted posted;
            for (int attempt = 1;; ++attempt) {
                auto result = poster.post(body);
                if (!result)
                    return tl::unexpected(result.error());
                posted = *result;
                if (!posted.transient)
                    break;
                if (attempt == Attempts)
                    return fail(ErrorCode::Io, poster.lastProblem());
                QThread::msleep(500 * attempt);
            }
            backlog.erase(backlog.begin(), backlog.begin() + n);
            tokens -= double(n);
            progress.sent += n;
            progress.accepted += posted.receipt.accepted;
            progress.duplicates += posted.receipt.duplicates;
            ++progress.batches;
        }
        progress.backlog = qint64(backlog.size());
        const qint64 afterMs = clock.elapsed();
        progress.elapsedSeconds = afterMs / 1000.0;
        const bool timeUp = s.durationSeconds > 0 && afterMs >= qint64(s.durationSeconds * 1000);
        const bool finished = simulatedMs >= endMs && backlog.empty();
        if (timeUp || finished) {
            if (report)
                report(progress);
            return progress;
        }
        if (report && afterMs - lastReportMs >= 1000) {
            lastReportMs = afterMs;
            report(progress);
        }
        const qint64 spent = afterMs - elapsedMs;
        if (spent < TickMs)
            QThread::msleep(static_cast<unsigned long>(TickMs - spent));
    }
}

} // namespace Nigran::Sync
