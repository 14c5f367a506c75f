#include "centre/centreservice.h"

#include "centre/rowvalidator.h"
#include "domain/recordcodec.h"
#include "monitoring/fixcodec.h"
#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"
#include "security/clock.h"
#include "store/recordkind.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QUuid>

#include <algorithm>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;

namespace {

QString conflictEntity()
{
    return QString::fromLatin1(ConflictEntity);
}

WireRow conflictRow(const QString &id, const QString &district, qint64 version, qint64 hlc,
    const QString &origin, const ConflictRecord &conflict)
{
    return { conflictEntity(), id, district, version, hlc, origin, false,
        { conflict.entity, conflict.rowId, conflict.open }, MessageCodec::encodeConflict(conflict) };
}

} // namespace

CentreService::CentreService(CentreStore &store, const Models::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

Result<QByteArray> CentreService::handle(
    Endpoint endpoint, const PeerIdentity &peer, const QByteArray &requestBody)
{
    switch (endpoint) {
    case Endpoint::Handshake: {
        auto request = MessageCodec::decodeHandshakeRequest(requestBody);
        if (!request)
            return tl::unexpected(request.error());
        auto response = handshake(peer, *request);
        if (!response)
            return tl::unexpected(response.error());
        return MessageCodec::encode(*response);
    }
    case Endpoint::Push: {
        auto request = MessageCodec::decodePushRequest(requestBody);
        if (!request)
            return tl::unexpected(request.error());
        return pushEncoded(peer, *request);
    }
    case Endpoint::Pull: {
        auto request = MessageCodec::decodePullRequest(requestBody);
        if (!request)
            return tl::unexpected(request.error());
        auto response = pull(peer, *request);
        if (!response)
            return tl::unexpected(response.error());
        return MessageCodec::encode(*response);
    }
    case Endpoint::Fixes:
        break;
    }
    auto request = MessageCodec::decodeFixPullRequest(requestBody);
    if (!request)
        return tl::unexpected(request.error());
    auto response = fixPull(peer, *request);
    if (!response)
        return tl::unexpected(response.error());
    return MessageCodec::encode(*response);
}

Result<> CentreService::requireOffice(const PeerIdentity &peer) const
{
    if (peer.kind != PeerIdentity::Kind::Office || peer.id.isEmpty() || peer.district.isEmpty())
        return Models::fail(ErrorCode::PermissionDenied,
            tr("Only an office certificate with an office id and a district may synchronise the register."));
    return {};
}

Result<OfficeRecord> CentreService::officeFor(CentreTransaction &tx, const PeerIdentity &peer)
{
    auto office = tx.office(peer.id);
    if (!office)
        return tl::unexpected(office.error());
    if (*office) {
        if ((*office)->district != peer.district)
            return Models::fail(ErrorCode::PermissionDenied,
                tr("Office %1 is enrolled for another district than its certificate names (%2).")
                    .arg(peer.id, peer.district));
        return **office;
    }
    // First contact of an office whose certificate our CA issued: enrol it with an empty chain.
    OfficeRecord record { peer.id, peer.district, Models::AuditHead::genesis(), {}, {} };
    NIGRAN_TRY(tx.putOffice(record));
    return record;
}

Result<HandshakeResponse> CentreService::handshake(const PeerIdentity &peer, const HandshakeRequest &request)
{
    NIGRAN_TRY(requireOffice(peer));
    if (request.protocol != ProtocolVersion)
        return Models::fail(ErrorCode::InvalidInput,
            tr("This office speaks sync protocol version %1 but the centre speaks version %2. Please update "
               "Nigran.")
                .arg(request.protocol)
                .arg(ProtocolVersion));
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto office = officeFor(**tx, peer);
    if (!office)
        return tl::unexpected(office.error());
    NIGRAN_TRY((*tx)->commit());
    HandshakeResponse response;
    response.protocol = ProtocolVersion;
    response.serverTime = m_clock.nowUtc();
    response.clockSkewMs = request.clientTime.isValid() ? response.serverTime.msecsTo(request.clientTime) : 0;
    response.officeId = peer.id;
    response.district = peer.district;
    response.acceptedAuditHead = office->acceptedAuditHead;
    return response;
}

Result<Models::AuditHead> CentreService::verifyChain(CentreTransaction &tx, const QString &officeId,
    Models::AuditHead head, const QList<Models::AuditEntry> &entries, QList<Models::AuditEntry> &fresh)
{
    for (const Models::AuditEntry &entry : entries) {
        if (entry.computeHash() != entry.hash)
            return Models::fail(ErrorCode::Corrupt,
                tr("Audit entry %1 of office %2 does not match its hash: the entry was altered.")
                    .arg(entry.seq)
                    .arg(officeId));
        if (entry.seq <= head.seq) {
            // Already accepted: it must be the very entry the centre holds.
            auto stored = tx.auditEntries(officeId, entry.seq - 1, 1);
            if (!stored)
                return tl::unexpected(stored.error());
            if (stored->isEmpty() || stored->first().seq != entry.seq || stored->first().hash != entry.hash)
                return Models::fail(ErrorCode::Corrupt,
                    tr("Audit entry %1 of office %2 differs from the one the centre accepted: the office's "
                       "history was rewritten.")
                        .arg(entry.seq)
                        .arg(officeId));
            continue;
        }
        if (entry.seq != head.seq + 1)
            return Models::fail(ErrorCode::Corrupt,
                tr("Audit entry %1 of office %2 does not follow the accepted entry %3: entries are missing.")
                    .arg(entry.seq)
                    .arg(officeId)
                    .arg(head.seq));
        if (entry.prevHash != head.hash)
            return Models::fail(ErrorCode::Corrupt,
                tr("Audit entry %1 of office %2 does not continue the accepted chain at entry %3: the "
                   "office's "
                   "history was rewritten.")
                    .arg(entry.seq)
                    .arg(officeId)
                    .arg(head.seq));
        head = { entry.seq, entry.hash };
        fresh << entry;
    }
    return head;
}

Result<> CentreService::recordChainProblem(const PeerIdentity &peer, const QString &problem)
{
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto office = officeFor(**tx, peer);
    if (!office)
        return tl::unexpected(office.error());
    office->chainProblem = problem;
    NIGRAN_TRY((*tx)->putOffice(*office));
    return (*tx)->commit();
}

Result<ItemResult> CentreService::applyItem(
    CentreTransaction &tx, const PeerIdentity &peer, const PushItem &item)
{
    WireRow row = item.row;
    ItemResult result { row.entity, row.id, ItemStatus::Rejected, 0, {}, RejectReason::None, {} };
    if (!RowValidator::isKnownEntity(row.entity)) {
        result.reason = RejectReason::UnknownEntity;
        result.detail = tr("entity");
        return result;
    }
    if (row.district != peer.district) {
        result.reason = RejectReason::OutOfScope;
        result.detail = tr("district");
        return result;
    }
    if (const QString problem = RowValidator::problem(row); !problem.isEmpty()) {
        result.reason = RejectReason::Invalid;
        result.detail = problem;
        return result;
    }
    auto current = tx.row(row.entity, row.id);
    if (!current)
        return tl::unexpected(current.error());
    if (*current && (*current)->district != peer.district) {
        result.reason = RejectReason::OutOfScope;
        result.detail = tr("district");
        return result;
    }
    const qint64 currentVersion = *current ? (*current)->version : 0;
    row.origin = peer.id; // who made the change is the certificate's office, whatever the row says

    std::optional<WireRow> resolvedRow;
    std::optional<ConflictRecord> resolved;
    if (!item.resolves.isEmpty()) {
        auto conflictRow = tx.row(conflictEntity(), item.resolves);
        if (!conflictRow)
            return tl::unexpected(conflictRow.error());
        std::optional<ConflictRecord> conflict;
        if (*conflictRow && (*conflictRow)->district == peer.district) {
            auto decoded = MessageCodec::decodeConflict((*conflictRow)->body);
            if (decoded && decoded->entity == row.entity && decoded->rowId == row.id)
                conflict = *decoded;
        }
        if (!conflict) {
            result.reason = RejectReason::UnknownConflict;
            result.detail = tr("resolves");
            return result;
        }
        // A conflict already closed by someone else: this edit is judged like any other.
        if (conflict->open) {
            resolvedRow = **conflictRow;
            resolved = conflict;
        }
    }

    if (item.baseVersion == currentVersion) {
        auto version = tx.nextVersion();
        if (!version)
            return tl::unexpected(version.error());
        row.version = *version;
        NIGRAN_TRY(tx.putRow(row));
        if (row.entity == QLatin1String(Models::RecordKinds::monitoringOrder.table) && !row.deleted)
            NIGRAN_TRY(assignDevice(tx, row));
        if (resolved) {
            resolved->open = false;
            resolved->resolvedByVersion = row.version;
            resolved->resolvedByOffice = peer.id;
            auto conflictVersion = tx.nextVersion();
            if (!conflictVersion)
                return tl::unexpected(conflictVersion.error());
            NIGRAN_TRY(tx.putRow(conflictRow(
                resolvedRow->id, resolvedRow->district, *conflictVersion, row.hlc, peer.id, *resolved)));
        }
        result.status = ItemStatus::Applied;
        result.version = row.version;
        return result;
    }

    // Someone else changed the row since this edit started: keep both, let a person decide.
    ConflictRecord conflict;
    conflict.entity = row.entity;
    conflict.rowId = row.id;
    conflict.centreVersion = currentVersion;
    conflict.baseVersion = item.baseVersion;
    conflict.theirs = row;
    conflict.raisedAt = m_clock.nowUtc();
    auto version = tx.nextVersion();
    if (!version)
        return tl::unexpected(version.error());
    const QString conflictId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    NIGRAN_TRY(tx.putRow(conflictRow(conflictId, peer.district, *version, row.hlc, peer.id, conflict)));
    result.status = ItemStatus::Conflict;
    result.version = currentVersion;
    result.conflictId = conflictId;
    return result;
}

Result<> CentreService::assignDevice(CentreTransaction &tx, const WireRow &row)
{
    // RowValidator has decoded and validated the body already.
    auto order = Models::monitoringOrderFromCbor(QCborValue::fromCbor(row.body).toMap());
    if (!order)
        return tl::unexpected(order.error());
    if (order->deviceId.isEmpty())
        return {};
    return tx.putDeviceAssignment({ order->deviceId, row.district, order->personId, row.id });
}

Result<QByteArray> CentreService::pushEncoded(const PeerIdentity &peer, const PushRequest &request)
{
    NIGRAN_TRY(requireOffice(peer));
    if (request.batchId.isEmpty())
        return Models::fail(
            ErrorCode::InvalidInput, tr("The push from office %1 has no batch id.").arg(peer.id));
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto stored = (*tx)->batchResponse(peer.id, request.batchId);
    if (!stored)
        return tl::unexpected(stored.error());
    if (*stored)
        return **stored;
    auto office = officeFor(**tx, peer);
    if (!office)
        return tl::unexpected(office.error());

    QList<Models::AuditEntry> fresh;
    auto head = verifyChain(**tx, peer.id, office->acceptedAuditHead, request.auditEntries, fresh);
    if (!head) {
        tx->reset(); // roll back, then record the problem on its own
        NIGRAN_TRY(recordChainProblem(peer, head.error().message));
        return tl::unexpected(head.error());
    }
    if (!fresh.isEmpty())
        NIGRAN_TRY((*tx)->appendAudit(peer.id, fresh));

    PushResponse response;
    response.batchId = request.batchId;
    for (const PushItem &item : request.items) {
        auto result = applyItem(**tx, peer, item);
        if (!result)
            return tl::unexpected(result.error());
        response.results << *result;
    }
    response.acceptedAuditHead = *head;
    const QByteArray encoded = MessageCodec::encode(response);
    NIGRAN_TRY((*tx)->saveBatchResponse(peer.id, request.batchId, encoded));
    office->acceptedAuditHead = *head;
    office->lastSync = m_clock.nowUtc();
    office->chainProblem.clear();
    NIGRAN_TRY((*tx)->putOffice(*office));
    NIGRAN_TRY((*tx)->commit());
    return encoded;
}

Result<PushResponse> CentreService::push(const PeerIdentity &peer, const PushRequest &request)
{
    auto encoded = pushEncoded(peer, request);
    if (!encoded)
        return tl::unexpected(encoded.error());
    return MessageCodec::decodePushResponse(*encoded);
}

Result<PullResponse> CentreService::pull(const PeerIdentity &peer, const PullRequest &request)
{
    NIGRAN_TRY(requireOffice(peer));
    const int limit = qBound(1, request.limit, MessageCodec::MaxPullLimit);
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto office = officeFor(**tx, peer);
    if (!office)
        return tl::unexpected(office.error());
    auto rows = (*tx)->changesSince(peer.district, qMax<qint64>(0, request.cursor), limit + 1);
    if (!rows)
        return tl::unexpected(rows.error());
    PullResponse response;
    response.hasMore = rows->size() > limit;
    response.rows = rows->mid(0, limit);
    response.nextCursor
        = response.rows.isEmpty() ? qMax<qint64>(0, request.cursor) : response.rows.last().version;
    response.checksum = MessageCodec::pageChecksum(response.rows);
    office->lastSync = m_clock.nowUtc();
    NIGRAN_TRY((*tx)->putOffice(*office));
    NIGRAN_TRY((*tx)->commit());
    return response;
}

Result<FixPullResponse> CentreService::fixPull(const PeerIdentity &peer, const FixPullRequest &request)
{
    NIGRAN_TRY(requireOffice(peer));
    const int limit = qBound(1, request.limit, MessageCodec::MaxFixPullLimit);
    const int windowDays = qBound(1, request.windowDays, MessageCodec::MaxWindowDays);
    const qint64 cursor = qMax<qint64>(0, request.cursor);
    const QDateTime now = m_clock.nowUtc();
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto office = officeFor(**tx, peer);
    if (!office)
        return tl::unexpected(office.error());
    auto assignments = (*tx)->districtDevices(peer.district);
    if (!assignments)
        return tl::unexpected(assignments.error());
    QStringList devices;
    for (const DeviceAssignment &assignment : std::as_const(*assignments)) {
        if (assignment.district == peer.district) // the store's answer, checked once more
            devices << assignment.deviceId;
    }
    devices.sort();
    devices.removeDuplicates();

    FixPullResponse response;
    response.nextCursor = cursor;
    QHash<QString, QList<Models::Fix>> fixes;
    qint64 budget = limit;

    // History first ("older on demand"), for the district's own devices only.
    for (const QString &device : request.historyDevices) {
        if (!std::binary_search(devices.cbegin(), devices.cend(), device))
            continue; // not this district's: nothing, and not reported as done
        if (budget == 0 || !request.historyFrom.isValid()) {
            response.historyNext = request.historyFrom;
            break;
        }
        auto history = (*tx)->deviceFixes(device, request.historyFrom, QDateTime(), int(budget + 1));
        if (!history)
            return tl::unexpected(history.error());
        QList<Models::Fix> &list = fixes[device];
        const qsizetype taken = qMin<qsizetype>(history->size(), budget);
        for (qsizetype i = 0; i < taken; ++i)
            list << history->at(i).fix;
        budget -= taken;
        if (history->size() > taken) {
            response.historyNext = history->at(taken).fix.fixTime;
            break;
        }
        response.historyDone << device;
    }

    // Then the feed after the cursor, within the window.
    if (budget == 0) {
        response.hasMore = true;
    } else {
        // Read before the feed: every fix up to it is committed, so a feed that ends here may move the
        // cursor past fixes of other districts' devices (history serves devices assigned later).
        auto last = (*tx)->lastFixSeq();
        if (!last)
            return tl::unexpected(last.error());
        QList<StoredFix> feed;
        if (!devices.isEmpty()) {
            auto stored = (*tx)->fixesSince(devices, cursor, now.addDays(-windowDays), int(budget + 1));
            if (!stored)
                return tl::unexpected(stored.error());
            feed = std::move(*stored);
        }
        response.hasMore = feed.size() > budget;
        if (response.hasMore)
            feed.resize(budget);
        for (const StoredFix &stored : std::as_const(feed)) {
            if (!std::binary_search(devices.cbegin(), devices.cend(), stored.fix.deviceId))
                return Models::fail(ErrorCode::Corrupt,
                    tr("The centre's store returned a fix of device %1, which is not assigned to district "
                       "%2.")
                        .arg(stored.fix.deviceId, peer.district));
            fixes[stored.fix.deviceId] << stored.fix;
            response.nextCursor = qMax(response.nextCursor, stored.seq);
        }
        if (!response.hasMore)
            response.nextCursor = qMax(response.nextCursor, *last);
    }

    QStringList withFixes = fixes.keys();
    withFixes.sort();
    for (const QString &device : std::as_const(withFixes)) {
        QList<Models::Fix> &list = fixes[device];
        if (list.isEmpty())
            continue;
        // History and feed may overlap: one fix per device and fix time.
        std::stable_sort(list.begin(), list.end(),
            [](const Models::Fix &a, const Models::Fix &b) { return a.fixTime < b.fixTime; });
        list.erase(std::unique(list.begin(), list.end(),
                       [](const Models::Fix &a, const Models::Fix &b) { return a.fixTime == b.fixTime; }),
            list.end());
        response.devices << DeviceFixes { device, Models::FixCodec::encode(list) };
    }
    NIGRAN_TRY((*tx)->commit());
    return response;
}

} // namespace Nigran::Sync
