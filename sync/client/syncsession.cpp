#include "client/syncsession.h"

#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/migrator.h"
#include "store/recordkind.h"
#include "store/transaction.h"

#include <QSet>
#include <QUuid>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;
using Models::SyncState;

namespace {

const QString SyncEntity = QStringLiteral("sync");

} // namespace

SyncSession::SyncSession(Models::Office &office, SyncTransport &transport)
    : m_office(office)
    , m_transport(transport)
    , m_alive(std::make_shared<int>(0))
{ }

SyncSession::~SyncSession() = default;

void SyncSession::run(Done done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_report = {};
    handshake();
}

void SyncSession::finish(Result<SyncReport> result)
{
    Done done = std::exchange(m_done, nullptr);
    if (done)
        done(std::move(result));
}

void SyncSession::send(Endpoint endpoint, const QByteArray &request, std::function<void(QByteArray)> onReply)
{
    std::weak_ptr<int> alive = m_alive;
    m_transport.exchange(
        endpoint, request, [this, alive, onReply = std::move(onReply)](Result<QByteArray> reply) {
            if (alive.expired())
                return;
            if (!reply) {
                setBatchRows(m_batchRows / 2);
                finish(tl::unexpected(reply.error()));
                return;
            }
            onReply(*reply);
        });
}

void SyncSession::handshake()
{
    auto head = m_office.audit().head();
    if (!head)
        return finish(tl::unexpected(head.error()));
    m_auditTarget = head->seq;
    const HandshakeRequest request { ProtocolVersion, Models::Migrator::latestVersion(),
        m_office.clock().nowUtc(), *head };
    send(Endpoint::Handshake, MessageCodec::encode(request), [this](const QByteArray &bytes) {
        if (auto adopted = adoptHandshake(m_office, bytes, m_report); !adopted)
            return finish(tl::unexpected(adopted.error()));
        pushNext();
    });
}

Result<> SyncSession::adoptHandshake(
    Models::Office &office, const QByteArray &bytes, SyncReport &report, OlderCentreHead olderHead)
{
    auto response = MessageCodec::decodeHandshakeResponse(bytes);
    if (!response)
        return tl::unexpected(response.error());
    if (response->protocol != ProtocolVersion)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The centre speaks sync protocol version %1; this office speaks version %2. Please update "
               "Nigran.")
                .arg(response->protocol)
                .arg(ProtocolVersion));
    if (response->district != office.district())
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The office certificate is for district %1 but this office keeps the register of %2.")
                .arg(response->district, office.district()));
    report.clockSkewMs = response->clockSkewMs;
    report.clockSkewed = qAbs(response->clockSkewMs) > 5 * 60 * 1000;

    // The centre may know a newer head than this store recorded (an acknowledgement lost with a restored
    // store): adopt it if it is this office's own entry; a head the office does not have is refused.
    Models::Database &db = office.database();
    auto accepted = SyncState::acceptedAuditHead(db);
    if (!accepted)
        return tl::unexpected(accepted.error());
    const Models::AuditHead centre = response->acceptedAuditHead;
    if (centre == *accepted || centre.seq == 0)
        return {};
    if (centre.seq < accepted->seq && olderHead == OlderCentreHead::Keep)
        return {};
    auto pending = SyncState::pendingBatch(db);
    if (!pending)
        return tl::unexpected(pending.error());
    if (*pending)
        return {}; // the pending batch's acknowledgement will bring the head
    auto entries = office.audit().entries(centre.seq, 1);
    if (!entries)
        return tl::unexpected(entries.error());
    if (entries->isEmpty() || entries->first().seq != centre.seq || entries->first().hash != centre.hash)
        return Models::fail(ErrorCode::Corrupt,
            tr("The centre holds audit entry %1 of this office, but this office's audit log does not: the "
               "office's history differs from what the centre accepted.")
                .arg(centre.seq));
    return SyncState::setAcceptedAuditHead(db, centre);
}

void SyncSession::pushNext()
{
    Models::Database &db = m_office.database();
    auto pending = SyncState::pendingBatch(db);
    if (!pending)
        return finish(tl::unexpected(pending.error()));
    if (!*pending) {
        auto frozen = freezeBatch(m_office, { m_batchRows, m_auditTarget, 0, {} });
        if (!frozen)
            return finish(tl::unexpected(frozen.error()));
        if (!*frozen)
            return pullNext();
        *pending = *frozen;
    }
    const Models::PendingBatch batch = **pending;
    send(Endpoint::Push, batch.payload, [this, batch](const QByteArray &bytes) {
        if (auto acknowledged = acknowledge(m_office, batch, bytes, m_report); !acknowledged)
            return finish(tl::unexpected(acknowledged.error()));
        setBatchRows(m_batchRows * 2);
        pushNext();
    });
}

Result<std::optional<Models::PendingBatch>> SyncSession::freezeBatch(
    Models::Office &office, const FreezeLimits &limits)
{
    Models::Database &db = office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    std::optional<Models::PendingBatch> none;

    // One item per row, in the order of the row's first unsent edit.
    auto entries = SyncState::unbatched(db, limits.rows * 20);
    if (!entries)
        return tl::unexpected(entries.error());
    struct RowChange
    {
        QString entity, rowId, resolves;
        qint64 baseVersion = 0;
    };
    QList<RowChange> rows;
    QHash<QString, int> rowIndex;
    for (const Models::OutboxEntry &entry : std::as_const(*entries)) {
        const QString key = entry.entity + u'/' + entry.rowId;
        if (limits.heldRows.contains(key))
            continue; // its earlier edits wait in a pending batch: this one is sent after their result
        auto found = rowIndex.constFind(key);
        if (found == rowIndex.constEnd()) {
            if (rows.size() >= limits.rows)
                continue;
            rowIndex.insert(key, int(rows.size()));
            rows << RowChange { entry.entity, entry.rowId, entry.resolves, entry.baseVersion };
        } else if (!entry.resolves.isEmpty()) {
            rows[*found].resolves = entry.resolves;
        }
    }

    PushRequest request;
    request.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const RowChange &change : std::as_const(rows)) {
        PushItem item;
        item.baseVersion = change.baseVersion;
        item.resolves = change.resolves;
        item.row.entity = change.entity;
        item.row.id = change.rowId;
        if (const Models::RecordKind *kind = Models::RecordKinds::byTable(change.entity)) {
            auto snapshot = office.records().snapshot(*kind, change.rowId);
            if (!snapshot)
                return tl::unexpected(snapshot.error());
            if (*snapshot) {
                const Models::RemoteRecord &row = **snapshot;
                item.row = { change.entity, row.id, row.district, 0, row.hlc, row.origin, row.deleted,
                    row.columns, row.body };
            }
        }
        request.items << item;
        NIGRAN_TRY(SyncState::assignToBatch(db, change.entity, change.rowId, request.batchId));
    }

    auto accepted = SyncState::acceptedAuditHead(db);
    if (!accepted)
        return tl::unexpected(accepted.error());
    const qint64 auditSent = qMax(accepted->seq, limits.auditFrozenTo);
    if (auditSent < limits.auditTarget) {
        const int count = int(qMin<qint64>(MaxBatchAudit, limits.auditTarget - auditSent));
        auto audit = office.audit().entries(auditSent + 1, count);
        if (!audit)
            return tl::unexpected(audit.error());
        request.auditEntries = *audit;
    }
    if (request.items.isEmpty() && request.auditEntries.isEmpty())
        return none; // rolls back: nothing to send
    const Models::PendingBatch batch { request.batchId, MessageCodec::encode(request),
        office.clock().nowUtc() };
    NIGRAN_TRY(SyncState::savePendingBatch(db, batch));
    NIGRAN_TRY(tx->commit());
    return std::optional<Models::PendingBatch>(batch);
}

Result<> SyncSession::acknowledge(
    Models::Office &office, const Models::PendingBatch &batch, const QByteArray &bytes, SyncReport &report)
{
    auto response = MessageCodec::decodePushResponse(bytes);
    if (!response)
        return tl::unexpected(response.error());
    auto request = MessageCodec::decodePushRequest(batch.payload);
    if (!request)
        return tl::unexpected(request.error());
    if (response->batchId != batch.batchId || response->results.size() != request->items.size())
        return Models::fail(ErrorCode::Corrupt,
            tr("The centre answered batch %1 with the results of another batch.").arg(batch.batchId));

    Models::Database &db = office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    int applied = 0, conflicts = 0, rejected = 0;
    for (qsizetype i = 0; i < request->items.size(); ++i) {
        const PushItem &item = request->items.at(i);
        const ItemResult &result = response->results.at(i);
        if (result.entity != item.row.entity || result.id != item.row.id)
            return Models::fail(ErrorCode::Corrupt,
                tr("The centre's result %1 of batch %2 is for another row.").arg(i).arg(batch.batchId));
        const Models::RecordKind *kind = Models::RecordKinds::byTable(item.row.entity);
        switch (result.status) {
        case ItemStatus::Applied:
            ++applied;
            if (kind)
                NIGRAN_TRY(office.records().setVersion(*kind, item.row.id, result.version));
            NIGRAN_TRY(SyncState::rebase(db, item.row.entity, item.row.id, result.version));
            break;
        case ItemStatus::Conflict: {
            ++conflicts;
            // Visible at once; the centre's own record of it arrives with the next pull.
            auto known = office.records().get(Models::RecordKinds::syncConflict, result.conflictId);
            if (!known)
                return tl::unexpected(known.error());
            if (!*known) {
                ConflictRecord conflict;
                conflict.entity = item.row.entity;
                conflict.rowId = item.row.id;
                conflict.centreVersion = result.version;
                conflict.baseVersion = item.baseVersion;
                conflict.theirs = item.row;
                conflict.theirs.origin = office.officeId();
                conflict.raisedAt = office.clock().nowUtc();
                NIGRAN_TRY(office.records().applyRemote(Models::RecordKinds::syncConflict,
                    { result.conflictId, office.district(), 0, item.row.hlc, office.officeId(), false,
                        { conflict.entity, conflict.rowId, true }, MessageCodec::encodeConflict(conflict) }));
            }
            break;
        }
        case ItemStatus::Rejected:
            ++rejected;
            break;
        }
    }
    NIGRAN_TRY(SyncState::dropBatch(db, batch.batchId));
    NIGRAN_TRY(SyncState::setAcceptedAuditHead(db, response->acceptedAuditHead));
    NIGRAN_TRY(
        office.audit().append(office.user().login, QStringLiteral("sync-push"), SyncEntity, batch.batchId,
            QStringLiteral("items %1, applied %2, conflicts %3, rejected %4, audit entries %5")
                .arg(request->items.size())
                .arg(applied)
                .arg(conflicts)
                .arg(rejected)
                .arg(request->auditEntries.size())));
    NIGRAN_TRY(tx->commit());
    ++report.batches;
    report.applied += applied;
    report.conflicts += conflicts;
    report.rejected += rejected;
    return {};
}

void SyncSession::pullNext()
{
    auto cursor = SyncState::cursor(m_office.database());
    if (!cursor)
        return finish(tl::unexpected(cursor.error()));
    const qint64 from = *cursor;
    send(Endpoint::Pull, MessageCodec::encode(PullRequest { from, m_pageSize }),
        [this, from](const QByteArray &bytes) {
            auto more = applyPage(m_office, from, bytes, m_report);
            if (!more)
                return finish(tl::unexpected(more.error()));
            if (*more)
                return pullNext();
            m_fixPull = std::make_unique<FixPull>(m_office, m_fixWindowDays, m_fixPageSize);
            fixesNext();
        });
}

void SyncSession::fixesNext()
{
    auto request = m_fixPull->nextRequest();
    if (!request)
        return finish(tl::unexpected(request.error()));
    send(
        Endpoint::Fixes, MessageCodec::encode(*request), [this, request = *request](const QByteArray &bytes) {
            auto more = m_fixPull->apply(request, bytes, m_report);
            if (!more)
                return finish(tl::unexpected(more.error()));
            if (*more)
                return fixesNext();
            finish(m_report);
        });
}

Result<bool> SyncSession::applyPage(
    Models::Office &office, qint64 cursor, const QByteArray &bytes, SyncReport &report)
{
    auto page = MessageCodec::decodePullResponse(bytes);
    if (!page)
        return tl::unexpected(page.error());
    if (MessageCodec::pageChecksum(page->rows) != page->checksum)
        return Models::fail(ErrorCode::Corrupt,
            tr("The page of changes after %1 does not match its checksum; nothing of it was applied.")
                .arg(cursor));
    qint64 previous = cursor;
    for (const WireRow &row : std::as_const(page->rows)) {
        if (row.version <= previous || row.district != office.district())
            return Models::fail(ErrorCode::Corrupt,
                tr("The page of changes after %1 holds a row out of order or of another district (version "
                   "%2); "
                   "nothing of it was applied.")
                    .arg(cursor)
                    .arg(row.version));
        previous = row.version;
    }
    if (!page->rows.isEmpty() && page->nextCursor != page->rows.last().version)
        return Models::fail(ErrorCode::Corrupt,
            tr("The page of changes after %1 names a wrong next cursor; nothing of it was applied.")
                .arg(cursor));

    Models::Database &db = office.database();
    auto tx = Models::Transaction::begin(db);
    if (!tx)
        return tl::unexpected(tx.error());
    // The rows with unacknowledged local edits, read once per page (principle 3).
    auto pendingEdits = SyncState::unacknowledgedRows(db);
    if (!pendingEdits)
        return tl::unexpected(pendingEdits.error());
    qint64 newCursor = cursor;
    QList<Models::RemoteChange> changes;
    changes.reserve(page->rows.size());
    bool held = false;
    for (const WireRow &row : std::as_const(page->rows)) {
        const Models::RecordKind *kind = Models::RecordKinds::byTable(row.entity);
        if (kind) {
            if (!pendingEdits->isEmpty() && pendingEdits->contains(row.entity + u'/' + row.id)) {
                held = true; // never over unacknowledged local edits: stop, and get it again next time
                break;
            }
            if (row.columns.size() != kind->columns.size())
                return Models::fail(ErrorCode::Corrupt,
                    tr("Row version %1 of the page after %2 has %3 indexed columns where %4 are expected.")
                        .arg(row.version)
                        .arg(cursor)
                        .arg(row.columns.size())
                        .arg(kind->columns.size()));
            QVariantList columns = row.columns;
            for (QVariant &value : columns) {
                if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
                    value = QStringLiteral(""); // empty text stays text, not NULL
            }
            changes << Models::RemoteChange { kind,
                { row.id, row.district, row.version, row.hlc, row.origin, row.deleted, columns, row.body } };
        }
        // An entity this version does not know (a newer centre) is passed over.
        newCursor = row.version;
    }
    NIGRAN_TRY(office.records().applyRemoteRows(changes));
    const int applied = int(changes.size());
    if (!held)
        newCursor = qMax(newCursor, page->nextCursor);
    NIGRAN_TRY(SyncState::setCursor(db, newCursor));
    NIGRAN_TRY(office.audit().append(office.user().login, QStringLiteral("sync-pull"), SyncEntity,
        QString::number(newCursor),
        QStringLiteral("rows %1, applied %2, held %3")
            .arg(page->rows.size())
            .arg(applied)
            .arg(held ? 1 : 0)));
    NIGRAN_TRY(tx->commit());
    ++report.pages;
    report.rowsPulled += applied;
    report.pullHeld = report.pullHeld || held;
    return page->hasMore && !held;
}

} // namespace Nigran::Sync
