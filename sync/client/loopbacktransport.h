#pragma once

#include "centre/centreservice.h"
#include "client/synctransport.h"
#include "server/peeridentity.h"

namespace Nigran::Sync {

/// A transport straight into an in-process CentreService, as the given certificate identity
/// (tests, and a centre that syncs with itself). Answers before exchange() returns.
class LoopbackTransport : public SyncTransport
{
public:
    LoopbackTransport(CentreService &centre, PeerIdentity peer)
        : m_centre(centre)
        , m_peer(std::move(peer))
    { }

    void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        reply(m_centre.handle(endpoint, m_peer, request));
    }

    const PeerIdentity &peer() const { return m_peer; }

private:
    CentreService &m_centre;
    PeerIdentity m_peer;
};

} // namespace Nigran::Sync
