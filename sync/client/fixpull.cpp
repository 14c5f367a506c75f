#include "client/fixpull.h"

#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "monitoring/fixcodec.h"
#include "monitoring/fixstore.h"
#include "protocol/messagecodec.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/database.h"
#include "store/meta.h"
#include "store/transaction.h"

#include <QCborMap>
#include <QCborValue>
#include <QTimeZone>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

const QString FixPull::CursorKey = QStringLiteral("fixes.cursor");
const QString FixPull::HistoryDone = QStringLiteral("done");

QString FixPull::historyKey(const QString &deviceId)
{
    return QStringLiteral("fixes.history.") + deviceId;
}

FixPull::FixPull(Models::Office &office, int windowDays, int pageSize)
    : m_office(office)
    , m_windowDays(qBound(1, windowDays, MessageCodec::MaxWindowDays))
    , m_pageSize(qBound(1, pageSize, MessageCodec::MaxFixPullLimit))
{ }

Result<QStringList> FixPull::orderDevices(Models::Office &office)
{
    auto rows = office.database().prepare(
        "SELECT id, body FROM monitoring_orders WHERE deleted = 0 AND district = ?");
    if (!rows)
        return tl::unexpected(rows.error());
    rows->bindAll(office.district());
    QStringList devices;
    for (;;) {
        auto more = rows->step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        auto order = Models::monitoringOrderFromCbor(QCborValue::fromCbor(rows->blob(1)).toMap());
        if (!order)
            return Models::fail(ErrorCode::Corrupt,
                tr("Monitoring order %1 in this office's store cannot be read: %2")
                    .arg(rows->text(0), order.error().message));
        if (!order->deviceId.isEmpty() && order->deviceId.size() <= MessageCodec::MaxDeviceIdLength)
            devices << order->deviceId;
    }
    devices.sort();
    devices.removeDuplicates();
    return devices;
}

Result<FixPullRequest> FixPull::nextRequest()
{
    Models::Database &db = m_office.database();
    auto cursor = Models::Meta::get(db, CursorKey);
    if (!cursor)
        return tl::unexpected(cursor.error());
    FixPullRequest request;
    request.cursor = cursor->isEmpty() ? 0 : cursor->toLongLong();
    request.windowDays = m_windowDays;
    request.limit = m_pageSize;

    if (!m_devices) {
        auto devices = orderDevices(m_office);
        if (!devices)
            return tl::unexpected(devices.error());
        m_devices = std::move(*devices);
    }
    for (const QString &device : std::as_const(*m_devices)) {
        if (m_skipped.contains(device))
            continue;
        auto progress = Models::Meta::get(db, historyKey(device));
        if (!progress)
            return tl::unexpected(progress.error());
        if (*progress == HistoryDone)
            continue;
        const QDateTime resume = QDateTime::fromString(*progress, Qt::ISODateWithMs);
        request.historyDevices = { device };
        request.historyFrom
            = resume.isValid() ? resume.toUTC() : m_office.clock().nowUtc().addDays(-m_windowDays);
        break;
    }
    return request;
}

Result<bool> FixPull::apply(const FixPullRequest &request, const QByteArray &bytes, SyncReport &report)
{
    auto response = MessageCodec::decodeFixPullResponse(bytes);
    if (!response)
        return tl::unexpected(response.error());
    if (response->nextCursor < request.cursor)
        return Models::fail(ErrorCode::Corrupt,
            tr("The page of fixes after %1 names an earlier cursor (%2); nothing of it was stored.")
                .arg(request.cursor)
                .arg(response->nextCursor));
    QList<Models::Fix> fixes;
    for (const DeviceFixes &device : std::as_const(response->devices)) {
        auto decoded = Models::FixCodec::decode(device.block, device.deviceId);
        if (!decoded)
            return Models::fail(ErrorCode::Corrupt,
                tr("The page of fixes after %1 holds an unreadable block of device %2: %3; nothing of it was "
                   "stored.")
                    .arg(request.cursor)
                    .arg(device.deviceId, decoded.error().message));
        fixes << *decoded;
    }

    Models::Database &db = m_office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    Models::FixStore store(db);
    auto added = store.add(fixes);
    if (!added)
        return tl::unexpected(added.error());
    NIGRAN_TRY(Models::Meta::set(db, CursorKey, QString::number(response->nextCursor)));
    bool historyProgress = false;
    for (const QString &device : std::as_const(request.historyDevices)) {
        if (response->historyDone.contains(device)) {
            NIGRAN_TRY(Models::Meta::set(db, historyKey(device), HistoryDone));
            historyProgress = true;
        } else if (response->historyNext.isValid() && response->historyNext > request.historyFrom) {
            // The first device not done was cut: continue it from there next time.
            NIGRAN_TRY(Models::Meta::set(
                db, historyKey(device), response->historyNext.toUTC().toString(Qt::ISODateWithMs)));
            historyProgress = true;
            break;
        } else {
            m_skipped.insert(device); // not this district's at the centre (yet): once per run
            break;
        }
    }
    NIGRAN_TRY(m_office.audit().append(m_office.user().login, QStringLiteral("sync-fixes"),
        QStringLiteral("sync"), QString::number(response->nextCursor),
        QStringLiteral("devices %1, fixes %2, added %3, history devices %4")
            .arg(response->devices.size())
            .arg(fixes.size())
            .arg(added->added)
            .arg(request.historyDevices.size())));
    NIGRAN_TRY(tx->commit());
    ++report.fixPages;
    report.fixesPulled += int(added->added);
    // Ask again while the feed has more, or a history device made progress (or others wait).
    return response->hasMore || historyProgress || !request.historyDevices.isEmpty();
}

} // namespace Nigran::Sync
