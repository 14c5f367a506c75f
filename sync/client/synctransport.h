#pragma once

#include "core/result.h"
#include "protocol/endpoint.h"

#include <QByteArray>

#include <functional>

namespace Nigran::Sync {

/// How a SyncSession reaches the centre: one request, one response, for one endpoint. The network
/// transport (NetworkTransport) is asynchronous; an in-process one (LoopbackTransport) may answer
/// before exchange() returns. Either way `reply` is called exactly once.
class SyncTransport
{
public:
    using Reply = std::function<void(Models::Result<QByteArray>)>;

    virtual ~SyncTransport() = default;
    virtual void exchange(Endpoint endpoint, const QByteArray &request, Reply reply) = 0;

protected:
    SyncTransport() = default;
    SyncTransport(const SyncTransport &) = default;
    SyncTransport &operator=(const SyncTransport &) = default;
};

} // namespace Nigran::Sync
