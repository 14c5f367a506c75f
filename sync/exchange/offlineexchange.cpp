#include "exchange/offlineexchange.h"

#include "client/credentialstore.h"
#include "exchange/exchangecodec.h"
#include "exchange/exchangeenvelope.h"
#include "protocol/messagecodec.h"
#include "protocol/protocolversion.h"
#include "security/clock.h"
#include "services/office.h"
#include "store/migrator.h"
#include "store/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::Result;
using Models::SyncState;

namespace {

const QString SyncEntity = QStringLiteral("sync");

Result<OfficeCredentials> credentialsOf(Models::Office &office)
{
    auto credentials = CredentialStore::load(office);
    if (!credentials)
        return tl::unexpected(credentials.error());
    if (!*credentials)
        return Models::fail(ErrorCode::NotFound,
            OfflineExchange::tr("This office is not enrolled with a centre yet: an administrator must first "
                                "enrol it with the office bundle the centre issued."));
    return **credentials;
}

Result<> audit(Models::Office &office, const QString &action, const QString &id, const QString &detail)
{
    auto tx = Models::Transaction::begin(office.database());
    if (!tx)
        return tl::unexpected(tx.error());
    NIGRAN_TRY(office.audit().append(office.user().login, action, SyncEntity, id, detail));
    return tx->commit();
}

} // namespace

OfflineExchange::OfflineExchange(Models::Office &office)
    : m_office(office)
{ }

Result<QList<Models::PendingBatch>> OfflineExchange::pendingBatches(Models::Office &office)
{
    // SyncState only offers the oldest pending batch; a file carries all of them, in the same order.
    auto stmt
        = office.database().prepare("SELECT batch_id, payload, created FROM sync_batches ORDER BY rowid");
    if (!stmt)
        return tl::unexpected(stmt.error());
    QList<Models::PendingBatch> batches;
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        batches << Models::PendingBatch { stmt->text(0), stmt->blob(1),
            QDateTime::fromString(stmt->text(2), Qt::ISODateWithMs) };
    }
    return batches;
}

Result<OfflineExchange::Export> OfflineExchange::exportBytes()
{
    auto exported = build();
    if (!exported)
        return tl::unexpected(exported.error());
    NIGRAN_TRY(recordExport(exported->summary));
    return exported;
}

Result<> OfflineExchange::recordExport(const ExportSummary &summary)
{
    return audit(m_office, QStringLiteral("sync-export"), summary.exchangeId,
        QStringLiteral("batches %1 (new %2), items %3, audit entries %4, cursor %5, bytes %6")
            .arg(summary.batches)
            .arg(summary.newBatches)
            .arg(summary.items)
            .arg(summary.auditEntries)
            .arg(summary.cursor)
            .arg(summary.bytes));
}

Result<OfflineExchange::Export> OfflineExchange::build()
{
    auto credentials = credentialsOf(m_office);
    if (!credentials)
        return tl::unexpected(credentials.error());
    auto head = m_office.audit().head();
    if (!head)
        return tl::unexpected(head.error());

    // The batches already pending go again, first; their rows' later edits wait for their result.
    auto pending = pendingBatches(m_office);
    if (!pending)
        return tl::unexpected(pending.error());
    SyncSession::FreezeLimits limits { m_batchRows, head->seq, 0, {} };
    ExportSummary summary;
    const auto count = [&](const Models::PendingBatch &batch) -> Result<> {
        auto request = MessageCodec::decodePushRequest(batch.payload);
        if (!request)
            return tl::unexpected(request.error());
        for (const PushItem &item : std::as_const(request->items))
            limits.heldRows.insert(item.row.entity + u'/' + item.row.id);
        if (!request->auditEntries.isEmpty())
            limits.auditFrozenTo = qMax(limits.auditFrozenTo, request->auditEntries.last().seq);
        summary.items += int(request->items.size());
        summary.auditEntries += int(request->auditEntries.size());
        ++summary.batches;
        return {};
    };
    for (const Models::PendingBatch &batch : std::as_const(*pending))
        NIGRAN_TRY(count(batch));
    while (pending->size() < MaxBatchesPerFile) {
        auto frozen = SyncSession::freezeBatch(m_office, limits);
        if (!frozen)
            return tl::unexpected(frozen.error());
        if (!*frozen)
            break;
        NIGRAN_TRY(count(**frozen));
        *pending << **frozen;
        ++summary.newBatches;
    }

    auto cursor = SyncState::cursor(m_office.database());
    if (!cursor)
        return tl::unexpected(cursor.error());
    ExchangeRequest request;
    request.exchangeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.officeId = m_office.officeId();
    request.district = m_office.district();
    request.created = m_office.clock().nowUtc();
    request.handshake = MessageCodec::encode(
        HandshakeRequest { ProtocolVersion, Models::Migrator::latestVersion(), request.created, *head });
    for (const Models::PendingBatch &batch : std::as_const(*pending))
        request.batches << batch.payload;
    request.cursor = *cursor;
    request.pageSize = qBound(1, m_pageSize, MessageCodec::MaxPullLimit);
    request.maxPages = qBound(1, m_maxPages, ExchangeCodec::MaxPages);
    auto sealed = ExchangeEnvelope::seal(ExchangeCodec::encode(request), credentials->certificatePem,
        credentials->privateKeyPem, credentials->caCertificatePem);
    if (!sealed)
        return tl::unexpected(sealed.error());
    summary.exchangeId = request.exchangeId;
    summary.cursor = request.cursor;
    summary.bytes = sealed->size();
    return Export { *sealed, summary };
}

Result<OfflineExchange::ExportSummary> OfflineExchange::exportToFile(const QString &path)
{
    auto exported = build();
    if (!exported)
        return tl::unexpected(exported.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(exported->file) != exported->file.size() || !file.commit())
        return Models::fail(ErrorCode::Io,
            tr("The exchange file %1 could not be written: %2. Nothing was lost: the changes stay pending "
               "and go with the next export.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    NIGRAN_TRY(recordExport(exported->summary)); // once the file exists
    return exported->summary;
}

Result<OfflineExchange::ImportSummary> OfflineExchange::importBytes(const QByteArray &replyBytes)
{
    auto credentials = credentialsOf(m_office);
    if (!credentials)
        return tl::unexpected(credentials.error());
    if (replyBytes.size() > MaxReplyBytes)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The reply file is larger than %1 MB; it is not a Nigran reply.")
                .arg(MaxReplyBytes / (1024 * 1024)));
    auto opened = ExchangeEnvelope::open(replyBytes, credentials->certificatePem, credentials->privateKeyPem);
    if (!opened)
        return tl::unexpected(opened.error());
    if (!ExchangeEnvelope::sameCertificate(opened->signerCertificatePem, credentials->caCertificatePem))
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The reply file was not signed by this office's centre; nothing was imported."));
    auto reply = ExchangeCodec::decodeReply(opened->content);
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->officeId != m_office.officeId() || reply->district != m_office.district())
        return Models::fail(ErrorCode::PermissionDenied,
            tr("The reply file is for office %1 (district %2), not for this office; nothing was imported.")
                .arg(reply->officeId, reply->district));

    ImportSummary summary;
    summary.exchangeId = reply->exchangeId;
    NIGRAN_TRY(SyncSession::adoptHandshake(
        m_office, reply->handshake, summary.report, SyncSession::OlderCentreHead::Keep));

    // Push results: each acknowledges its pending batch; a batch no longer pending was acknowledged by
    // an earlier import or a network sync.
    for (const QByteArray &bytes : std::as_const(reply->pushes)) {
        auto response = MessageCodec::decodePushResponse(bytes);
        if (!response)
            return tl::unexpected(response.error());
        auto pending = pendingBatches(m_office);
        if (!pending)
            return tl::unexpected(pending.error());
        const auto batch = std::find_if(pending->cbegin(), pending->cend(),
            [&](const Models::PendingBatch &candidate) { return candidate.batchId == response->batchId; });
        if (batch == pending->cend()) {
            ++summary.batchesAlreadyAcknowledged;
            continue;
        }
        NIGRAN_TRY(SyncSession::acknowledge(m_office, *batch, bytes, summary.report));
    }

    // Pages: consecutive from the exported cursor; those the office has passed are already applied.
    for (const ExchangePage &page : std::as_const(reply->pages)) {
        auto cursor = SyncState::cursor(m_office.database());
        if (!cursor)
            return tl::unexpected(cursor.error());
        auto decoded = MessageCodec::decodePullResponse(page.page);
        if (!decoded)
            return tl::unexpected(decoded.error());
        summary.hasMore = decoded->hasMore;
        if (page.cursor == *cursor && !decoded->rows.isEmpty()) {
            const bool wasHeld = summary.report.pullHeld;
            auto more = SyncSession::applyPage(m_office, page.cursor, page.page, summary.report);
            if (!more)
                return tl::unexpected(more.error());
            if (summary.report.pullHeld && !wasHeld) {
                summary.hasMore = true; // a row waits for local edits to be acknowledged: exchange again
                break;
            }
            continue;
        }
        if (page.cursor <= *cursor && decoded->nextCursor <= *cursor) {
            summary.pagesAlreadyApplied += decoded->rows.isEmpty() ? 0 : 1;
            continue; // applied by an earlier import or a network sync (or empty)
        }
        summary.hasMore = true; // the office is elsewhere in the feed: the next exchange brings the rest
        break;
    }

    const SyncReport &report = summary.report;
    NIGRAN_TRY(audit(m_office, QStringLiteral("sync-import"), reply->exchangeId,
        QStringLiteral(
            "batches %1 (already acknowledged %2), applied %3, conflicts %4, rejected %5, pages %6 "
            "(already applied %7), rows %8, more %9")
            .arg(report.batches)
            .arg(summary.batchesAlreadyAcknowledged)
            .arg(report.applied)
            .arg(report.conflicts)
            .arg(report.rejected)
            .arg(report.pages)
            .arg(summary.pagesAlreadyApplied)
            .arg(report.rowsPulled)
            .arg(summary.hasMore ? 1 : 0)));
    return summary;
}

Result<OfflineExchange::ImportSummary> OfflineExchange::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Models::fail(ErrorCode::Io,
            tr("The reply file %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > MaxReplyBytes)
        return Models::fail(ErrorCode::InvalidInput,
            tr("The reply file %1 is larger than %2 MB; it is not a Nigran reply.")
                .arg(QFileInfo(path).fileName())
                .arg(MaxReplyBytes / (1024 * 1024)));
    return importBytes(file.readAll());
}

} // namespace Nigran::Sync
