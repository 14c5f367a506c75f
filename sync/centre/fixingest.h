#pragma once

#include "centre/centrestore.h"
#include "centre/vendorbatch.h"
#include "core/result.h"
#include "monitoring/fix.h"
#include "server/peeridentity.h"
#include "server/reply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>

namespace Nigran::Models {
class Clock;
}

namespace Nigran::Sync {

/// The centre's tag-fix ingest (VendorBatch over `POST /v1/ingest`, vendor certificates only): parses
/// and validates a batch, then stores it in one store transaction with the centre's receive time.
/// Idempotent on (device, fix time): fixes stored before count as duplicates.
///
/// The after-ingest hook runs inside that same transaction with the fixes this batch stored (not the
/// duplicates), so whatever it writes (alerts raised by the violation engine) commits with the fixes
/// or not at all: when it fails, nothing of the batch is stored and the vendor gets the error (and
/// may post again).
///
/// Thread-safe: each call runs in its own store transaction (writers are serialised by the store).
/// Set the hook before serving.
class FixIngest
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::FixIngest)

public:
    /// `stored`: in batch order, each with Fix::id (= the ingest seq) and Fix::receivedTime set.
    using AfterIngest
        = std::function<Models::Result<>(CentreTransaction &tx, const QList<Models::Fix> &stored)>;

    FixIngest(CentreStore &store, const Models::Clock &clock);

    void setAfterIngest(AfterIngest hook);

    /// Stores already-parsed fixes (validated by the caller), with the hook.
    [[nodiscard]] Models::Result<VendorBatch::Receipt> ingest(const QList<Models::Fix> &fixes);
    /// Parses a VendorBatch body and stores it. Refuses office certificates (PermissionDenied).
    [[nodiscard]] Models::Result<VendorBatch::Receipt> ingestBody(
        const PeerIdentity &peer, const QByteArray &body);
    /// The HTTP answer for the route: 200 with the receipt, else the error's message (400 bad batch,
    /// 403 not a vendor, 500 store failure).
    [[nodiscard]] Reply handle(const PeerIdentity &peer, const QByteArray &body);

private:
    CentreStore &m_store;
    const Models::Clock &m_clock;
    AfterIngest m_afterIngest;
};

} // namespace Nigran::Sync
