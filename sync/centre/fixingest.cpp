#include "centre/fixingest.h"

#include "security/clock.h"

namespace Nigran::Sync {

using Models::ErrorCode;
using Models::fail;
using Models::Fix;
using Models::Result;

namespace {

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Corrupt:
        return 400;
    case ErrorCode::PermissionDenied:
        return 403;
    default:
        return 500;
    }
}

} // namespace

FixIngest::FixIngest(CentreStore &store, const Models::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

void FixIngest::setAfterIngest(AfterIngest hook)
{
    m_afterIngest = std::move(hook);
}

Result<VendorBatch::Receipt> FixIngest::ingest(const QList<Fix> &fixes)
{
    VendorBatch::Receipt receipt;
    receipt.receivedAt = m_clock.nowUtc().toUTC();
    auto tx = m_store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto stored = (*tx)->storeFixes(fixes, receipt.receivedAt);
    if (!stored)
        return tl::unexpected(stored.error());
    if (m_afterIngest && !stored->isEmpty()) {
        QList<Fix> accepted;
        accepted.reserve(stored->size());
        for (const StoredFix &fix : std::as_const(*stored))
            accepted.append(fix.fix);
        NIGRAN_TRY(m_afterIngest(**tx, accepted));
    }
    NIGRAN_TRY((*tx)->commit());
    receipt.accepted = stored->size();
    receipt.duplicates = fixes.size() - stored->size();
    return receipt;
}

Result<VendorBatch::Receipt> FixIngest::ingestBody(const PeerIdentity &peer, const QByteArray &body)
{
    if (peer.kind != PeerIdentity::Kind::Vendor)
        return fail(ErrorCode::PermissionDenied, tr("Only a tag vendor's certificate may post fixes."));
    auto fixes = VendorBatch::parse(body, m_clock.nowUtc());
    if (!fixes)
        return tl::unexpected(fixes.error());
    return ingest(*fixes);
}

Reply FixIngest::handle(const PeerIdentity &peer, const QByteArray &body)
{
    auto receipt = ingestBody(peer, body);
    if (!receipt)
        return Reply::text(receipt.error().message.toUtf8() + '\n', httpStatus(receipt.error().code));
    return Reply::json(VendorBatch::encodeReceipt(*receipt));
}

} // namespace Nigran::Sync
