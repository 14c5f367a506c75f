#pragma once

#include "centre/centrestore.h"
#include "core/result.h"
#include "protocol/endpoint.h"
#include "protocol/messages.h"
#include "server/peeridentity.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Nigran::Models {
class Clock;
}

namespace Nigran::Sync {

/// The centre's side of the sync protocol (SYNC.md) over a CentreStore, independent of the transport.
///
/// The office and its district always come from the peer's certificate (PeerIdentity), never from a
/// message. An office seen for the first time is enrolled with an empty audit chain. A push runs in
/// one store transaction: a batch id already processed for the office is answered with the stored
/// response, byte for byte; otherwise the office's new audit entries must continue the accepted head
/// (a rewritten or broken chain refuses the whole push and is recorded on the office), and each item is
/// applied, kept as a conflict (a ConflictEntity row of the district) or rejected on its own. An applied
/// monitoring order that names a device assigns the device to the order's district in the same
/// transaction (DeviceAssignment), which decides where the device's fixes flow (fixPull).
class CentreService
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreService)

public:
    /// Clock skew beyond which the office is told to fix its clock (SYNC.md principle 9).
    static constexpr qint64 MaxClockSkewMs = 5 * 60 * 1000;

    CentreService(CentreStore &store, const Models::Clock &clock);

    /// Decodes the request body, runs the endpoint and returns the encoded response.
    [[nodiscard]] Models::Result<QByteArray> handle(
        Endpoint endpoint, const PeerIdentity &peer, const QByteArray &requestBody);

    [[nodiscard]] Models::Result<HandshakeResponse> handshake(
        const PeerIdentity &peer, const HandshakeRequest &request);
    [[nodiscard]] Models::Result<PushResponse> push(const PeerIdentity &peer, const PushRequest &request);
    /// The encoded response, as stored under the batch id (a retry gets these very bytes).
    [[nodiscard]] Models::Result<QByteArray> pushEncoded(
        const PeerIdentity &peer, const PushRequest &request);
    [[nodiscard]] Models::Result<PullResponse> pull(const PeerIdentity &peer, const PullRequest &request);
    /// Fixes of the devices assigned to the certificate's district (never another district's): first
    /// the history asked for (only of the district's devices), then the feed after the cursor within
    /// the window, at most `limit` fixes in all, grouped per device in FixCodec blocks.
    [[nodiscard]] Models::Result<FixPullResponse> fixPull(
        const PeerIdentity &peer, const FixPullRequest &request);

private:
    [[nodiscard]] Models::Result<> requireOffice(const PeerIdentity &peer) const;
    [[nodiscard]] Models::Result<OfficeRecord> officeFor(CentreTransaction &tx, const PeerIdentity &peer);
    /// Checks `entries` against the accepted head; returns the new head or a translated problem.
    [[nodiscard]] Models::Result<Models::AuditHead> verifyChain(CentreTransaction &tx,
        const QString &officeId, Models::AuditHead head, const QList<Models::AuditEntry> &entries,
        QList<Models::AuditEntry> &fresh);
    [[nodiscard]] Models::Result<ItemResult> applyItem(
        CentreTransaction &tx, const PeerIdentity &peer, const PushItem &item);
    /// An accepted monitoring order that names a device assigns the device to the row's district.
    [[nodiscard]] Models::Result<> assignDevice(CentreTransaction &tx, const WireRow &row);
    [[nodiscard]] Models::Result<> recordChainProblem(const PeerIdentity &peer, const QString &problem);

    CentreStore &m_store;
    const Models::Clock &m_clock;
};

} // namespace Nigran::Sync
